// Round-trip every vector through cqdecimal: contract message -> decimal.Decimal -> contract message.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/cq-platform/cqc/gen/go/cqdecimal"
	typesv1 "github.com/cq-platform/cqc/gen/go/cq/types/v1"
)

type vectors struct {
	Valid   map[string]string `json:"valid"`
	Invalid []string          `json:"invalid"`
}

type result struct {
	OK    bool   `json:"ok"`
	Value string `json:"value,omitempty"`
}

func main() {
	raw, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var v vectors
	if err := json.Unmarshal(raw, &v); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	inputs := append([]string{}, v.Invalid...)
	for input := range v.Valid {
		inputs = append(inputs, input)
	}
	results := map[string]result{}
	for _, input := range inputs {
		d, err := cqdecimal.FromProto(&typesv1.Decimal{Value: input})
		if err != nil {
			results[input] = result{OK: false}
			continue
		}
		results[input] = result{OK: true, Value: cqdecimal.ToProto(d).GetValue()}
	}
	out, _ := json.Marshal(results)
	fmt.Println(string(out))
}
