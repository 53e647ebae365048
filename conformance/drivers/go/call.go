package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"reflect"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"
	"google.golang.org/protobuf/types/known/emptypb"

	assetsv1 "github.com/cq-platform/cqc/gen/go/cq/assets/v1"
	conformancev1 "github.com/cq-platform/cqc/gen/go/cq/conformance/v1"
	eventsv1 "github.com/cq-platform/cqc/gen/go/cq/events/v1"
	marketsv1 "github.com/cq-platform/cqc/gen/go/cq/markets/v1"
	portfoliov1 "github.com/cq-platform/cqc/gen/go/cq/portfolio/v1"
	riskv1 "github.com/cq-platform/cqc/gen/go/cq/risk/v1"
	venuesv1 "github.com/cq-platform/cqc/gen/go/cq/venues/v1"
	"github.com/cq-platform/cqc/gen/go/cqclient"
)

// typedClients gives, per full service name, the facade's typed client of that service. Importing
// the service packages also registers their descriptors, through which calls are resolved.
var typedClients = map[protoreflect.FullName]func(*cqclient.Client) any{
	serviceName(assetsv1.AssetRegistryService_ServiceDesc): func(c *cqclient.Client) any { return c.AssetRegistry() },
	serviceName(eventsv1.EventStreamService_ServiceDesc):   func(c *cqclient.Client) any { return c.EventStream() },
	serviceName(marketsv1.MarketDataService_ServiceDesc):   func(c *cqclient.Client) any { return c.MarketData() },
	serviceName(portfoliov1.PortfolioService_ServiceDesc):  func(c *cqclient.Client) any { return c.Portfolio() },
	serviceName(riskv1.RiskEngineService_ServiceDesc):      func(c *cqclient.Client) any { return c.RiskEngine() },
	serviceName(venuesv1.VenueGatewayService_ServiceDesc):  func(c *cqclient.Client) any { return c.VenueGateway() },
}

func serviceName(desc grpc.ServiceDesc) protoreflect.FullName {
	return protoreflect.FullName(desc.ServiceName)
}

// harnessError is a failure of the driver itself rather than an outcome of the server under test.
type harnessError struct{ text string }

func (e *harnessError) Error() string { return e.text }

func harnessErrorf(format string, args ...any) error {
	return &harnessError{text: fmt.Sprintf(format, args...)}
}

// driver makes the calls against one target, with one facade client per token.
type driver struct {
	target  string
	clients map[string]*cqclient.Client
}

func newDriver(target string) *driver {
	return &driver{target: target, clients: map[string]*cqclient.Client{}}
}

func (d *driver) close() {
	for _, client := range d.clients {
		_ = client.Close()
	}
}

// client returns the facade client for token, dialling it on first use. Its default unary deadline
// is disabled: every call's deadline is the runner's timeout_ms, or none.
func (d *driver) client(token string) (*cqclient.Client, error) {
	if client, ok := d.clients[token]; ok {
		return client, nil
	}
	options := []cqclient.Option{cqclient.WithTimeout(0)}
	if token != "" {
		options = append(options, cqclient.WithToken(token))
	}
	client, err := cqclient.Dial(d.target, options...)
	if err != nil {
		return nil, err
	}
	d.clients[token] = client
	return client, nil
}

// handle decodes one CallRequest frame, makes the call and returns its result. It never panics: a
// frame that is no CallRequest, or a panic while calling, becomes a harness_error result.
func (d *driver) handle(frame []byte) (result *conformancev1.CallResult) {
	request := &conformancev1.CallRequest{}
	if err := proto.Unmarshal(frame, request); err != nil {
		return harnessResult(0, fmt.Sprintf("cannot decode the frame as a CallRequest: %v", err))
	}
	defer func() {
		if recovered := recover(); recovered != nil {
			result = harnessResult(request.GetCallId(), fmt.Sprintf("panic while calling: %v", recovered))
		}
	}()
	result = &conformancev1.CallResult{CallId: request.GetCallId()}
	err := d.call(request, result)
	var harness *harnessError
	switch {
	case errors.As(err, &harness):
		return harnessResult(request.GetCallId(), harness.text)
	case err != nil:
		result.Outcome = &conformancev1.CallResult_Failed{Failed: callFailed(err)}
	default:
		result.Outcome = &conformancev1.CallResult_Succeeded{Succeeded: &conformancev1.CallSucceeded{}}
	}
	return result
}

func harnessResult(callID uint64, text string) *conformancev1.CallResult {
	return &conformancev1.CallResult{CallId: callID, Outcome: &conformancev1.CallResult_HarnessError{HarnessError: text}}
}

// call makes the call request describes, recording responses, headers and trailers in result. It
// returns the call's gRPC error (nil when it ended OK) or a *harnessError.
func (d *driver) call(request *conformancev1.CallRequest, result *conformancev1.CallResult) error {
	client, err := d.client(request.GetToken())
	if err != nil {
		return harnessErrorf("cannot create the client: %v", err)
	}
	// A stream cancels its own call (cancel_after), so the call always gets a cancel function.
	var ctx context.Context
	var cancel context.CancelFunc
	if timeout := request.GetTimeoutMs(); timeout > 0 {
		ctx, cancel = context.WithTimeout(context.Background(), time.Duration(timeout)*time.Millisecond)
	} else {
		ctx, cancel = context.WithCancel(context.Background())
	}
	defer cancel()
	ctx, err = withRequestMetadata(ctx, request.GetMetadata())
	if err != nil {
		return err
	}
	if request.GetUndeclared() {
		return callUndeclared(ctx, client.Conn(), request.GetService(), request.GetMethod(), result)
	}
	stub, method, input, err := resolve(client, request)
	if err != nil {
		return err
	}
	if method.IsStreamingServer() {
		return callServerStream(ctx, cancel, stub, input, request.GetCancelAfter(), result)
	}
	return callUnary(ctx, stub, input, result)
}

// resolve finds the method through the generated descriptors, decodes the request into its input
// type and returns the typed client's Go method for it.
func resolve(client *cqclient.Client, request *conformancev1.CallRequest) (
	reflect.Value, protoreflect.MethodDescriptor, proto.Message, error,
) {
	none := reflect.Value{}
	name := protoreflect.FullName(request.GetService())
	descriptor, err := protoregistry.GlobalFiles.FindDescriptorByName(name)
	if err != nil {
		return none, nil, nil, harnessErrorf("unknown service %q", name)
	}
	service, ok := descriptor.(protoreflect.ServiceDescriptor)
	if !ok {
		return none, nil, nil, harnessErrorf("%q is not a service", name)
	}
	method := service.Methods().ByName(protoreflect.Name(request.GetMethod()))
	if method == nil {
		return none, nil, nil, harnessErrorf("no method %s in %s", request.GetMethod(), name)
	}
	if method.IsStreamingClient() {
		return none, nil, nil, harnessErrorf("%s/%s streams requests, which the driver protocol does not cover",
			name, method.Name())
	}
	typedClient, ok := typedClients[name]
	if !ok {
		return none, nil, nil, harnessErrorf("the Go facade has no client for %s", name)
	}
	// protoc-gen-go-grpc names the Go method after the proto method, which is already CamelCase.
	stub := reflect.ValueOf(typedClient(client)).MethodByName(string(method.Name()))
	if !stub.IsValid() {
		return none, nil, nil, harnessErrorf("the Go client of %s has no method %s", name, method.Name())
	}
	inputType, err := protoregistry.GlobalTypes.FindMessageByName(method.Input().FullName())
	if err != nil {
		return none, nil, nil, harnessErrorf("no generated type for %s: %v", method.Input().FullName(), err)
	}
	input := inputType.New().Interface()
	if err := proto.Unmarshal(request.GetRequest(), input); err != nil {
		return none, nil, nil, harnessErrorf("cannot decode the request as %s: %v", method.Input().FullName(), err)
	}
	return stub, method, input, nil
}

// callUnary calls stub, a typed client's unary method: func(ctx, in, ...CallOption) (out, error).
func callUnary(ctx context.Context, stub reflect.Value, input proto.Message, result *conformancev1.CallResult) error {
	var header, trailer metadata.MD
	returned := stub.Call([]reflect.Value{
		reflect.ValueOf(ctx), reflect.ValueOf(input),
		reflect.ValueOf(grpc.Header(&header)), reflect.ValueOf(grpc.Trailer(&trailer)),
	})
	result.Headers, result.Trailers = headersOf(header), headersOf(trailer)
	if err := errorOf(returned[1]); err != nil {
		return err
	}
	return appendResponse(result, returned[0])
}

// callServerStream calls stub, a typed client's server-streaming method:
// func(ctx, in, ...CallOption) (grpc.ServerStreamingClient[Out], error), and reads the stream to its
// end, or until cancelAfter messages have arrived and it cancels the call.
func callServerStream(
	ctx context.Context, cancel context.CancelFunc, stub reflect.Value, input proto.Message, cancelAfter uint32,
	result *conformancev1.CallResult,
) error {
	returned := stub.Call([]reflect.Value{reflect.ValueOf(ctx), reflect.ValueOf(input)})
	if err := errorOf(returned[1]); err != nil {
		return err
	}
	stream, ok := returned[0].Interface().(grpc.ClientStream)
	if !ok {
		return harnessErrorf("the stub returned a %s, not a grpc.ClientStream", returned[0].Type())
	}
	// Header and Trailer are read once the stream has ended (Recv returned an error), when neither
	// blocks and the trailer is complete.
	defer func() {
		header, _ := stream.Header()
		result.Headers, result.Trailers = headersOf(header), headersOf(stream.Trailer())
	}()
	recv := returned[0].MethodByName("Recv")
	for cancelAfter == 0 || len(result.Responses) < int(cancelAfter) {
		received := recv.Call(nil)
		if err := errorOf(received[1]); err != nil {
			if errors.Is(err, io.EOF) {
				return nil // the server ended the stream with OK
			}
			return err
		}
		if err := appendResponse(result, received[0]); err != nil {
			return err
		}
	}
	cancel()
	// Report what the library reports after the cancellation. Messages already buffered may still
	// come first; they arrived after the cut-off, so they are not recorded.
	for {
		err := errorOf(recv.Call(nil)[1])
		if err == nil {
			continue
		}
		if errors.Is(err, io.EOF) {
			// The server ended the stream at the same moment: the library reports no status.
			return status.Errorf(codes.Canceled, "cancelled by the driver after %d messages", cancelAfter)
		}
		return err
	}
}

// callUndeclared sends an empty message to /service/method without generated stubs, as a unary call
// on the facade's connection (so with its token). A response, if any, is not decoded or recorded.
func callUndeclared(
	ctx context.Context, conn *grpc.ClientConn, service, method string, result *conformancev1.CallResult,
) error {
	var header, trailer metadata.MD
	err := conn.Invoke(ctx, "/"+service+"/"+method, &emptypb.Empty{}, &emptypb.Empty{},
		grpc.Header(&header), grpc.Trailer(&trailer))
	result.Headers, result.Trailers = headersOf(header), headersOf(trailer)
	return err
}

// errorOf returns the error in a reflected error result, nil when there is none.
func errorOf(value reflect.Value) error {
	if value.IsNil() {
		return nil
	}
	return value.Interface().(error)
}

// appendResponse records a reflected response message in its binary encoding.
func appendResponse(result *conformancev1.CallResult, value reflect.Value) error {
	message, ok := value.Interface().(proto.Message)
	if !ok {
		return harnessErrorf("the stub returned a %s, not a proto.Message", value.Type())
	}
	encoded, err := proto.Marshal(message)
	if err != nil {
		return harnessErrorf("cannot encode the response %s: %v", message.ProtoReflect().Descriptor().FullName(), err)
	}
	result.Responses = append(result.Responses, encoded)
	return nil
}
