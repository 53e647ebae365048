// Command cq-example is a first CQ client: it resolves an asset, streams prices, buys BTC and watches
// the order fill, then reads the portfolio and the risk snapshot.
//
//	go run . [-target HOST:PORT] [-token TOKEN] [-account ID]   (defaults: $CQ_TARGET, $CQ_TOKEN, $CQ_ACCOUNT)
//
// It prints a summary line starting "OK:", or exits 1 with a line starting "FAIL:".
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"
	"google.golang.org/grpc/status"

	assetsv1 "github.com/cq-platform/cqc/gen/go/cq/assets/v1"
	marketsv1 "github.com/cq-platform/cqc/gen/go/cq/markets/v1"
	portfoliov1 "github.com/cq-platform/cqc/gen/go/cq/portfolio/v1"
	riskv1 "github.com/cq-platform/cqc/gen/go/cq/risk/v1"
	typesv1 "github.com/cq-platform/cqc/gen/go/cq/types/v1"
	venuesv1 "github.com/cq-platform/cqc/gen/go/cq/venues/v1"
	"github.com/cq-platform/cqc/gen/go/cqclient"
	"github.com/cq-platform/cqc/gen/go/cqdecimal"
)

const (
	instrument    = "cq:spot:BTC-USD"
	venue         = "sim"
	streamTimeout = 30 * time.Second // streams get no default deadline: bound them so nothing can hang
)

var quantity = decimal.RequireFromString("0.01")

func main() {
	target := flag.String("target", env("CQ_TARGET", "127.0.0.1:50051"), "host:port of the CQ services")
	token := flag.String("token", env("CQ_TOKEN", "dev-alice"), "bearer token")
	account := flag.String("account", env("CQ_ACCOUNT", "acc_alice_spot"), "venue account to trade on")
	flag.Parse()
	client := must(cqclient.Dial(*target, cqclient.WithToken(*token)))
	defer client.Close()
	ctx := context.Background()

	// 1. A venue's name for an asset -> the canonical asset.
	resolved := must(client.AssetRegistry().ResolveVenueSymbol(ctx, &assetsv1.ResolveVenueSymbolRequest{
		VenueSymbol: &typesv1.VenueSymbol{VenueId: "kraken", Symbol: "XBT"}}))
	fmt.Printf("resolved kraken XBT -> %s (%s)\n", resolved.GetAsset().GetAssetId(), resolved.GetAsset().GetName())
	if resolved.GetAsset().GetAssetId() != "BTC" {
		fail("kraken XBT resolved to %q, not BTC", resolved.GetAsset().GetAssetId())
	}

	// 2. A few live prices of BTC-USD on the sim venue; cancelling the context ends the stream.
	pricesCtx, stopPrices := context.WithTimeout(ctx, streamTimeout)
	prices := must(client.MarketData().StreamPrices(pricesCtx, &marketsv1.StreamPricesRequest{
		InstrumentIds: []string{instrument}, VenueIds: []string{venue}}))
	var ask decimal.Decimal
	for n := 1; n <= 5; n++ {
		p := next(prices.Recv, "the price stream").GetPrice()
		ask = dec(p.GetAskPrice())
		fmt.Printf("price %d: %s %s bid %s ask %s (seq %d)\n", n, p.GetVenueId(), p.GetInstrumentId(),
			dec(p.GetBidPrice()), ask, p.GetSequenceNumber())
	}
	stopPrices()

	// 3. A marketable limit buy: 1% above the last ask, rounded up to the instrument's price tick.
	inst := must(client.AssetRegistry().GetInstrument(ctx, &assetsv1.GetInstrumentRequest{InstrumentId: instrument}))
	tick := dec(inst.GetInstrument().GetTickSize())
	limit := ask.Mul(decimal.RequireFromString("1.01")).Div(tick).Ceil().Mul(tick)
	order := &venuesv1.Order{
		ClientOrderId: "first-trade-" + uuid.NewString(), AccountId: *account, InstrumentId: instrument,
		Side: typesv1.Side_SIDE_BUY, Type: venuesv1.OrderType_ORDER_TYPE_LIMIT,
		TimeInForce: venuesv1.TimeInForce_TIME_IN_FORCE_GTC,
		LimitPrice:  cqdecimal.ToProto(limit), Quantity: cqdecimal.ToProto(quantity),
	}
	placed := must(client.VenueGateway().PlaceOrder(ctx, &venuesv1.PlaceOrderRequest{RequestId: uuid.NewString(), Order: order})).GetOrder()
	fmt.Printf("placed %s (%s): buy %s %s limit %s, %s\n", placed.GetOrderId(), order.GetClientOrderId(),
		quantity, instrument, limit, short(placed.GetStatus().String()))
	if placed.GetStatus() == venuesv1.OrderStatus_ORDER_STATUS_REJECTED {
		fail("order rejected: %s %s", placed.GetRejectReason(), placed.GetVenueMessage())
	}

	// The stream replays from start_time = the order's create_time (the server's clock, not ours: the
	// reference services run on virtual time), so reports sent before it opened come first and none
	// can be missed, however late this call is made.
	reportsCtx, stopReports := context.WithTimeout(ctx, streamTimeout)
	stream := must(client.VenueGateway().StreamExecutionReports(reportsCtx, &venuesv1.StreamExecutionReportsRequest{
		AccountId: *account, StartTime: placed.GetCreateTime()}))
	var reports []*venuesv1.ExecutionReport
	var got []string
	for len(reports) == 0 || !terminal(reports[len(reports)-1].GetOrderStatus()) {
		r := next(stream.Recv, "the execution report stream").GetExecutionReport()
		if r.GetOrderId() != placed.GetOrderId() {
			continue // another order of the account, or a cancel reject (nil report)
		}
		reports = append(reports, r)
		got = append(got, short(r.GetExecType().String())+"/"+short(r.GetOrderStatus().String()))
		fmt.Printf("report seq %d: %s %s cum %s\n", r.GetSequence(), short(r.GetExecType().String()),
			short(r.GetOrderStatus().String()), dec(r.GetCumQuantity()))
	}
	stopReports()
	if !inFIXOrder(reports) {
		fail("expected reports [PENDING_NEW] NEW TRADE... ending FILLED %s, got %v", quantity, got)
	}
	fill := reports[len(reports)-1]

	// 4. The portfolio and the account's risk after the fill.
	book := must(client.Portfolio().GetPortfolio(ctx, &portfoliov1.GetPortfolioRequest{PortfolioId: "pf_" + *account})).GetPortfolio()
	i := slices.IndexFunc(book.GetPositions(), func(p *portfoliov1.Position) bool { return p.GetInstrumentId() == instrument })
	if i < 0 || dec(book.GetPositions()[i].GetQuantity()).LessThan(quantity) {
		fail("no %s position of at least %s in %s after the fill", instrument, quantity, book.GetPortfolioId())
	}
	btc := dec(book.GetPositions()[i].GetQuantity())
	nav := dec(book.GetNav().GetValue()).String() + " " + book.GetNav().GetAssetId()
	fmt.Printf("portfolio %s: NAV %s, BTC position %s\n", book.GetPortfolioId(), nav, btc)
	risk := must(client.RiskEngine().GetRiskSnapshot(ctx, &riskv1.GetRiskSnapshotRequest{AccountId: *account})).GetSnapshot()
	gross := risk.GetExposure().GetGross()
	fmt.Printf("risk %s: gross exposure %s %s, leverage %.3f", risk.GetAccountId(), dec(gross.GetValue()),
		gross.GetAssetId(), risk.GetExposure().GetLeverage())
	for _, v := range risk.GetValueAtRisk()[:min(1, len(risk.GetValueAtRisk()))] {
		fmt.Printf(", VaR %.0f%% %s %s", v.GetConfidence()*100, dec(v.GetValueAtRisk().GetValue()), v.GetValueAtRisk().GetAssetId())
	}
	fmt.Println()

	fmt.Printf("OK: kraken XBT is BTC; 5 prices; %s FILLED %s @ %s in %d reports; BTC position %s; NAV %s\n",
		placed.GetOrderId(), dec(fill.GetCumQuantity()), dec(fill.GetAveragePrice()), len(reports), btc, nav)
}

// inFIXOrder: [PENDING_NEW] NEW TRADE..., sequences rising, the last one FILLED with the whole quantity.
func inFIXOrder(reports []*venuesv1.ExecutionReport) bool {
	rank := map[venuesv1.ExecType]int{venuesv1.ExecType_EXEC_TYPE_PENDING_NEW: 0,
		venuesv1.ExecType_EXEC_TYPE_NEW: 1, venuesv1.ExecType_EXEC_TYPE_TRADE: 2}
	seen := map[int]bool{}
	for i, r := range reports {
		k, ok := rank[r.GetExecType()]
		if !ok || i > 0 && (k < rank[reports[i-1].GetExecType()] || r.GetSequence() <= reports[i-1].GetSequence()) {
			return false
		}
		seen[k] = true
	}
	last := reports[len(reports)-1]
	return seen[1] && seen[2] && last.GetOrderStatus() == venuesv1.OrderStatus_ORDER_STATUS_FILLED &&
		dec(last.GetCumQuantity()).Equal(quantity)
}

func terminal(s venuesv1.OrderStatus) bool {
	return slices.Contains([]venuesv1.OrderStatus{venuesv1.OrderStatus_ORDER_STATUS_FILLED,
		venuesv1.OrderStatus_ORDER_STATUS_CANCELED, venuesv1.OrderStatus_ORDER_STATUS_REJECTED,
		venuesv1.OrderStatus_ORDER_STATUS_EXPIRED}, s)
}

// short drops an enum value's type prefix: "ORDER_STATUS_FILLED" -> "FILLED".
func short(name string) string {
	for _, prefix := range []string{"EXEC_TYPE_", "ORDER_STATUS_"} {
		name = strings.TrimPrefix(name, prefix)
	}
	return name
}

// dec reads a contract decimal exactly; money never passes through a float.
func dec(d *typesv1.Decimal) decimal.Decimal { return must(cqdecimal.FromProto(d)) }

// next reads a stream's next message; the stream ending first is a failure too.
func next[T any](recv func() (T, error), name string) T {
	message, err := recv()
	if errors.Is(err, io.EOF) {
		fail("%s ended early", name)
	}
	return must(message, err)
}

// must returns v, or exits with the error, naming its gRPC status code if it has one.
func must[T any](v T, err error) T {
	if err != nil {
		if s, ok := status.FromError(err); ok {
			fail("%s: %s", s.Code(), s.Message())
		}
		fail("%v", err)
	}
	return v
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "FAIL: "+format+"\n", args...)
	os.Exit(1)
}

func env(name, fallback string) string {
	if value := os.Getenv(name); value != "" {
		return value
	}
	return fallback
}
