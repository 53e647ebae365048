// Command cqbench is the Go side of the CQC benchmark suite (cqc/bench): a bare gRPC server that
// answers the benchmarked RPCs with canned responses (the machine's limit), the StreamPrices
// subscriber load client, the PlaceOrder load client and the serialisation benchmark.
//
// Every subcommand prints one JSON object on stdout (the server: once it listens) and logs to stderr.
//
//	cqbench echo-server --port 0 --response /pkg.Service/Method=FILE ...
//	cqbench subscribe --target HOST:PORT --subscribers N --duration 10s --instruments a,b,...
//	cqbench orders --target HOST:PORT --clients N --duration 10s
//	cqbench serial --fixture NAME=TYPE=FILE ... --runs 5 --min-time 1s
package main

import (
	"encoding/json"
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: cqbench echo-server|subscribe|orders|serial [flags]")
		os.Exit(2)
	}
	commands := map[string]func([]string) error{
		"echo-server": echoServer,
		"subscribe":   subscribe,
		"orders":      orders,
		"serial":      serial,
	}
	command, ok := commands[os.Args[1]]
	if !ok {
		fmt.Fprintf(os.Stderr, "cqbench: unknown command %q\n", os.Args[1])
		os.Exit(2)
	}
	if err := command(os.Args[2:]); err != nil {
		fmt.Fprintf(os.Stderr, "cqbench %s: %v\n", os.Args[1], err)
		os.Exit(1)
	}
}

// emit prints one JSON object on stdout, the result the Python orchestrator reads.
func emit(value any) error {
	encoded, err := json.Marshal(value)
	if err != nil {
		return err
	}
	_, err = fmt.Println(string(encoded))
	return err
}

// repeated is a repeatable string flag.
type repeated []string

func (r *repeated) String() string     { return fmt.Sprint(*r) }
func (r *repeated) Set(v string) error { *r = append(*r, v); return nil }
