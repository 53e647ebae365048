package main

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"sync"
	"time"

	marketsv1 "github.com/cq-platform/cqc/gen/go/cq/markets/v1"
	"github.com/cq-platform/cqc/gen/go/cqclient"
)

// subscriberResult is what one StreamPrices subscriber saw in the measured window.
type subscriberResult struct {
	Updates int     `json:"updates"`
	Rate    float64 `json:"updates_per_second"`
}

// subscribe opens N StreamPrices subscribers (one connection each, through cqclient), lets them warm
// up, then counts the updates each receives for the duration. Latency is receipt wall time minus the
// update's event_time, raw: with a realtime server whose virtual clock is offset from the wall clock,
// the caller subtracts the offset it measured.
func subscribe(args []string) error {
	flags := flag.NewFlagSet("subscribe", flag.ExitOnError)
	target := flags.String("target", "127.0.0.1:50051", "server address")
	token := flags.String("token", "dev-alice", "bearer token")
	subscribers := flags.Int("subscribers", 1, "concurrent subscribers, one connection each")
	duration := flags.Duration("duration", 10*time.Second, "measured window")
	warmup := flags.Duration("warmup", time.Second, "time to read before measuring")
	instruments := flags.String("instruments", "cq:spot:BTC-USD", "comma-separated instrument ids")
	if err := flags.Parse(args); err != nil {
		return err
	}
	ids := strings.Split(*instruments, ",")
	ctx, cancel := context.WithTimeout(context.Background(), *warmup+*duration+30*time.Second)
	defer cancel()

	var (
		start, end = make(chan struct{}), make(chan struct{})
		mu         sync.Mutex
		results    = make([]subscriberResult, *subscribers)
		latencies  []time.Duration
		failures   []string
		opened     sync.WaitGroup
		done       sync.WaitGroup
	)
	opened.Add(*subscribers)
	for i := 0; i < *subscribers; i++ {
		done.Add(1)
		go func(index int) {
			defer done.Done()
			count, samples, err := oneSubscriber(ctx, *target, *token, ids, &opened, start, end)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				failures = append(failures, fmt.Sprintf("subscriber %d: %v", index, err))
			}
			results[index] = subscriberResult{Updates: count, Rate: float64(count) / duration.Seconds()}
			latencies = append(latencies, samples...)
		}(i)
	}
	opened.Wait()
	time.Sleep(*warmup)
	close(start)
	time.Sleep(*duration)
	close(end)
	done.Wait()

	total, minimum := 0, -1.0
	for _, r := range results {
		total += r.Updates
		if minimum < 0 || r.Rate < minimum {
			minimum = r.Rate
		}
	}
	return emit(map[string]any{
		"subscribers":              *subscribers,
		"duration_s":               duration.Seconds(),
		"total_updates":            total,
		"total_rate":               float64(total) / duration.Seconds(),
		"min_rate_per_subscriber":  minimum,
		"mean_rate_per_subscriber": float64(total) / duration.Seconds() / float64(*subscribers),
		"per_subscriber":           results,
		"raw_latency":              summarise(latencies),
		"failures":                 failures,
	})
}

func oneSubscriber(ctx context.Context, target, token string, ids []string, opened *sync.WaitGroup,
	start, end <-chan struct{}) (int, []time.Duration, error) {
	signalled := false
	signal := func() {
		if !signalled {
			signalled = true
			opened.Done()
		}
	}
	defer signal()
	client, err := cqclient.Dial(target, cqclient.WithToken(token))
	if err != nil {
		return 0, nil, err
	}
	defer client.Close()
	streamCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	stream, err := client.MarketData().StreamPrices(streamCtx, &marketsv1.StreamPricesRequest{InstrumentIds: ids})
	if err != nil {
		return 0, nil, err
	}
	var (
		count     int
		samples   []time.Duration
		measuring bool
	)
	for {
		response, err := stream.Recv()
		received := time.Now()
		if err != nil {
			return count, samples, fmt.Errorf("after %d updates: %w", count, err)
		}
		signal()
		select {
		case <-end:
			return count, samples, nil
		default:
		}
		if !measuring {
			select {
			case <-start:
				measuring = true
			default:
				continue
			}
		}
		count++
		if at := response.GetPrice().GetEventTime(); at != nil {
			samples = append(samples, received.Sub(at.AsTime()))
		}
	}
}
