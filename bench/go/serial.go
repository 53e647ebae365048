package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	_ "github.com/cq-platform/cqc/gen/go/cq/markets/v1"
	_ "github.com/cq-platform/cqc/gen/go/cq/venues/v1"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"
)

type serialResult struct {
	Fixture string    `json:"fixture"`
	Op      string    `json:"op"`
	Bytes   int       `json:"bytes"`
	RunsNs  []float64 `json:"runs_ns_per_op"`
}

// serial times proto.Unmarshal of each fixture's bytes (decode) and proto.Marshal of the decoded
// message (encode), in ns per operation, --runs times each for at least --min-time.
func serial(args []string) error {
	flags := flag.NewFlagSet("serial", flag.ExitOnError)
	var fixtures repeated
	flags.Var(&fixtures, "fixture", "NAME=MESSAGE_TYPE=FILE (repeatable)")
	runs := flags.Int("runs", 5, "repetitions of each measurement")
	minTime := flags.Duration("min-time", time.Second, "minimum time of one repetition")
	if err := flags.Parse(args); err != nil {
		return err
	}
	var results []serialResult
	for _, spec := range fixtures {
		parts := strings.SplitN(spec, "=", 3)
		if len(parts) != 3 {
			return fmt.Errorf("--fixture %q: want NAME=MESSAGE_TYPE=FILE", spec)
		}
		kind, err := protoregistry.GlobalTypes.FindMessageByName(protoreflect.FullName(parts[1]))
		if err != nil {
			return fmt.Errorf("%s: %w", parts[1], err)
		}
		data, err := os.ReadFile(parts[2])
		if err != nil {
			return err
		}
		decoded := kind.New().Interface()
		if err := proto.Unmarshal(data, decoded); err != nil {
			return fmt.Errorf("%s: %w", parts[2], err)
		}
		decode := serialResult{Fixture: parts[0], Op: "decode", Bytes: len(data)}
		encode := serialResult{Fixture: parts[0], Op: "encode", Bytes: len(data)}
		for r := 0; r < *runs; r++ {
			decode.RunsNs = append(decode.RunsNs, timeOp(*minTime, func() error {
				return proto.Unmarshal(data, kind.New().Interface())
			}))
			encode.RunsNs = append(encode.RunsNs, timeOp(*minTime, func() error {
				_, err := proto.Marshal(decoded)
				return err
			}))
		}
		results = append(results, decode, encode)
	}
	return emit(map[string]any{"results": results})
}

// timeOp runs op in growing batches until minTime has passed and returns ns per call.
func timeOp(minTime time.Duration, op func() error) float64 {
	calls, batch := 0, 1
	start := time.Now()
	for {
		for i := 0; i < batch; i++ {
			if err := op(); err != nil {
				panic(err)
			}
		}
		calls += batch
		elapsed := time.Since(start)
		if elapsed >= minTime {
			return float64(elapsed.Nanoseconds()) / float64(calls)
		}
		if batch < 1<<20 {
			batch *= 2
		}
	}
}
