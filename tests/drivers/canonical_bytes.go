// Encode every .binpb vector in a directory with cqchecksum.CanonicalBytes and, for comparison, with
// protobuf-go's deterministic marshalling. Prints a JSON array of {"vector", "canonical_hex",
// "deterministic_hex", "error"}. Message types are found by full name (the part of the file name
// before "__"), so the module needs a file blank-importing every generated package, which
// tests/test_checksum_canonical.py writes.
package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/cq-platform/cqc/gen/go/cqchecksum"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"
)

type result struct {
	Vector           string `json:"vector"`
	CanonicalHex     string `json:"canonical_hex"`
	DeterministicHex string `json:"deterministic_hex"`
	Error            string `json:"error"`
}

func encode(path string) (res result) {
	res.Vector = strings.TrimSuffix(filepath.Base(path), ".binpb")
	typeName := strings.SplitN(res.Vector, "__", 2)[0]
	messageType, err := protoregistry.GlobalTypes.FindMessageByName(protoreflect.FullName(typeName))
	if err != nil {
		res.Error = fmt.Sprintf("no message type %s in the generated package", typeName)
		return res
	}
	wire, err := os.ReadFile(path)
	if err != nil {
		res.Error = err.Error()
		return res
	}
	message := messageType.New().Interface()
	if err := proto.Unmarshal(wire, message); err != nil {
		res.Error = fmt.Sprintf("decoding: %v", err)
		return res
	}
	canonical, err := cqchecksum.CanonicalBytes(message)
	if err != nil {
		res.Error = fmt.Sprintf("CanonicalBytes: %v", err)
		return res
	}
	deterministic, err := proto.MarshalOptions{Deterministic: true}.Marshal(message)
	if err != nil {
		res.Error = fmt.Sprintf("Marshal: %v", err)
		return res
	}
	res.CanonicalHex, res.DeterministicHex = hex.EncodeToString(canonical), hex.EncodeToString(deterministic)
	return res
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: canonicalbytes <vectors-dir>")
		os.Exit(2)
	}
	paths, err := filepath.Glob(filepath.Join(os.Args[1], "*.binpb"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	results := make([]result, 0, len(paths))
	for _, path := range paths {
		results = append(results, encode(path))
	}
	out, err := json.Marshal(results)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	fmt.Println(string(out))
}
