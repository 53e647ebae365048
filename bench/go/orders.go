package main

import (
	"context"
	"crypto/rand"
	"flag"
	"fmt"
	"sync"
	"time"

	typesv1 "github.com/cq-platform/cqc/gen/go/cq/types/v1"
	venuesv1 "github.com/cq-platform/cqc/gen/go/cq/venues/v1"
	"github.com/cq-platform/cqc/gen/go/cqclient"
)

// orders runs N clients (one connection each), each placing market IOC orders that alternate buy and
// sell, so that every order matches against the simulated book and the position stays flat.
func orders(args []string) error {
	flags := flag.NewFlagSet("orders", flag.ExitOnError)
	target := flags.String("target", "127.0.0.1:50051", "server address")
	token := flags.String("token", "dev-alice", "bearer token")
	account := flags.String("account", "acc_alice_spot", "venue account")
	instrument := flags.String("instrument", "cq:spot:BTC-USD", "instrument")
	quantity := flags.String("quantity", "0.001", "order quantity")
	clients := flags.Int("clients", 1, "concurrent clients, one connection each")
	duration := flags.Duration("duration", 10*time.Second, "measured window")
	warmup := flags.Duration("warmup", 500*time.Millisecond, "time to run before measuring")
	if err := flags.Parse(args); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), *warmup+*duration+30*time.Second)
	defer cancel()
	var (
		mu        sync.Mutex
		latencies []time.Duration
		statuses  = map[string]int{}
		failures  = map[string]int{}
		done      sync.WaitGroup
		begin     = time.Now()
		measureAt = begin.Add(*warmup)
		stopAt    = measureAt.Add(*duration)
	)
	for i := 0; i < *clients; i++ {
		done.Add(1)
		go func(index int) {
			defer done.Done()
			client, err := cqclient.Dial(*target, cqclient.WithToken(*token))
			if err != nil {
				mu.Lock()
				failures[err.Error()]++
				mu.Unlock()
				return
			}
			defer client.Close()
			gateway := client.VenueGateway()
			var local []time.Duration
			localStatuses, localFailures := map[string]int{}, map[string]int{}
			for n := 0; ; n++ {
				sent := time.Now()
				if sent.After(stopAt) {
					break
				}
				side := typesv1.Side_SIDE_BUY
				if n%2 == 1 {
					side = typesv1.Side_SIDE_SELL
				}
				request := &venuesv1.PlaceOrderRequest{
					RequestId: uuid4(),
					Order: &venuesv1.Order{
						ClientOrderId: fmt.Sprintf("bench-%d-%d-%d", begin.UnixNano(), index, n),
						AccountId:     *account,
						InstrumentId:  *instrument,
						Side:          side,
						Type:          venuesv1.OrderType_ORDER_TYPE_MARKET,
						TimeInForce:   venuesv1.TimeInForce_TIME_IN_FORCE_IOC,
						Quantity:      &typesv1.Decimal{Value: *quantity},
					},
				}
				response, err := gateway.PlaceOrder(ctx, request)
				took := time.Since(sent)
				if sent.Before(measureAt) {
					continue
				}
				if err != nil {
					localFailures[err.Error()]++
					continue
				}
				local = append(local, took)
				localStatuses[response.GetOrder().GetStatus().String()]++
			}
			mu.Lock()
			defer mu.Unlock()
			latencies = append(latencies, local...)
			for k, v := range localStatuses {
				statuses[k] += v
			}
			for k, v := range localFailures {
				failures[k] += v
			}
		}(i)
	}
	done.Wait()
	summary := summarise(latencies)
	return emit(map[string]any{
		"clients":    *clients,
		"duration_s": duration.Seconds(),
		"orders":     summary.Count,
		"rate":       float64(summary.Count) / duration.Seconds(),
		"latency":    summary,
		"statuses":   statuses,
		"failures":   failures,
	})
}

// uuid4 is a random RFC 4122 version 4 UUID.
func uuid4() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}
