package main

import (
	"context"
	"encoding/base64"
	"sort"
	"strings"

	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	conformancev1 "github.com/cq-platform/cqc/gen/go/cq/conformance/v1"
)

// withRequestMetadata appends the request's metadata to ctx in order. grpc-go holds binary ("-bin")
// values as raw bytes and base64-encodes them on the wire itself, so those are decoded here.
func withRequestMetadata(ctx context.Context, headers []*conformancev1.Header) (context.Context, error) {
	pairs := make([]string, 0, 2*len(headers))
	for _, header := range headers {
		key, value := strings.ToLower(header.GetKey()), header.GetValue()
		if strings.HasSuffix(key, "-bin") {
			// The protocol allows padded and unpadded base64; without the padding both decode alike.
			raw, err := base64.RawStdEncoding.DecodeString(strings.TrimRight(value, "="))
			if err != nil {
				return nil, harnessErrorf("metadata %q: value is not base64: %v", key, err)
			}
			value = string(raw)
		}
		pairs = append(pairs, key, value)
	}
	return metadata.AppendToOutgoingContext(ctx, pairs...), nil
}

// headersOf lists received metadata, keys sorted (grpc-go keeps no order across keys) and values of
// "-bin" keys, which grpc-go has already decoded, in standard padded base64.
func headersOf(md metadata.MD) []*conformancev1.Header {
	keys := make([]string, 0, len(md))
	for key := range md {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	var headers []*conformancev1.Header
	for _, key := range keys {
		binary := strings.HasSuffix(key, "-bin")
		for _, value := range md[key] {
			if binary {
				value = base64.StdEncoding.EncodeToString([]byte(value))
			}
			headers = append(headers, &conformancev1.Header{Key: strings.ToLower(key), Value: value})
		}
	}
	return headers
}

// callFailed converts a call's error into its status code, message and details.
func callFailed(err error) *conformancev1.CallFailed {
	// A non-status error (which the client library should not produce) becomes UNKNOWN with its text.
	st, _ := status.FromError(err)
	failed := &conformancev1.CallFailed{Code: int32(st.Code()), Message: st.Message()}
	for _, detail := range st.Proto().GetDetails() {
		failed.Details = append(failed.Details,
			&conformancev1.ErrorDetail{TypeUrl: detail.GetTypeUrl(), Value: detail.GetValue()})
	}
	return failed
}
