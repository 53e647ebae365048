package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"os"
	"os/signal"
	"strings"
	"syscall"

	assetsv1 "github.com/cq-platform/cqc/gen/go/cq/assets/v1"
	marketsv1 "github.com/cq-platform/cqc/gen/go/cq/markets/v1"
	"google.golang.org/grpc"
	"google.golang.org/protobuf/proto"
)

const (
	getAsset       = "/cq.assets.v1.AssetRegistryService/GetAsset"
	getLatestPrice = "/cq.markets.v1.MarketDataService/GetLatestPrice"
)

// The bare servers decode the request and answer with a canned response, the bytes the reference
// services answered the same request with: gRPC and protobuf, nothing else.
type assetRegistry struct {
	assetsv1.UnimplementedAssetRegistryServiceServer
	response *assetsv1.GetAssetResponse
}

func (s *assetRegistry) GetAsset(context.Context, *assetsv1.GetAssetRequest) (*assetsv1.GetAssetResponse, error) {
	return s.response, nil
}

type marketData struct {
	marketsv1.UnimplementedMarketDataServiceServer
	response *marketsv1.GetLatestPriceResponse
}

func (s *marketData) GetLatestPrice(context.Context, *marketsv1.GetLatestPriceRequest) (*marketsv1.GetLatestPriceResponse, error) {
	return s.response, nil
}

// StreamPrices sends the canned price over and over as fast as the stream takes it, until the client
// cancels: the ceiling of a server stream on this machine.
func (s *marketData) StreamPrices(_ *marketsv1.StreamPricesRequest, stream marketsv1.MarketDataService_StreamPricesServer) error {
	response := &marketsv1.StreamPricesResponse{Price: s.response.GetPrice()}
	for {
		if err := stream.Send(response); err != nil {
			return err
		}
	}
}

func echoServer(args []string) error {
	flags := flag.NewFlagSet("echo-server", flag.ExitOnError)
	host := flags.String("host", "127.0.0.1", "address to bind")
	port := flags.Int("port", 0, "port to bind; 0 picks a free one")
	var responses repeated
	flags.Var(&responses, "response", "/pkg.Service/Method=FILE: the canned response of a method (repeatable)")
	if err := flags.Parse(args); err != nil {
		return err
	}
	assets := &assetRegistry{response: &assetsv1.GetAssetResponse{}}
	markets := &marketData{response: &marketsv1.GetLatestPriceResponse{}}
	for _, spec := range responses {
		method, file, ok := strings.Cut(spec, "=")
		if !ok {
			return fmt.Errorf("--response %q: want /pkg.Service/Method=FILE", spec)
		}
		data, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		var target proto.Message
		switch method {
		case getAsset:
			target = assets.response
		case getLatestPrice:
			target = markets.response
		default:
			return fmt.Errorf("--response: no canned method %s (have %s, %s)", method, getAsset, getLatestPrice)
		}
		if err := proto.Unmarshal(data, target); err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
	}
	listener, err := net.Listen("tcp", fmt.Sprintf("%s:%d", *host, *port))
	if err != nil {
		return err
	}
	server := grpc.NewServer()
	assetsv1.RegisterAssetRegistryServiceServer(server, assets)
	marketsv1.RegisterMarketDataServiceServer(server, markets)
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)
	go func() {
		<-stop
		server.Stop()
	}()
	if err := emit(map[string]string{"message": "serving", "address": listener.Addr().String()}); err != nil {
		return err
	}
	return server.Serve(listener)
}
