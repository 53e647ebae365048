// Command goldenvectors decodes every golden vector with the generated Go package and re-encodes it.
//
//	go run . <vectors-dir>
//
// It prints a JSON array, one result per vector: {"vector", "binary_hex_sha256", "binary_hex", "json",
// "error"}. binary_hex is the deterministic re-encoding of the decoded .binpb and binary_hex_sha256
// its hash; json is the canonical JSON re-encoding of the decoded .json. Both forms must decode to
// equal messages. A vector that fails gets an error naming the file and the field, and the run goes on.
//
// Message types are found by full name in protoregistry.GlobalTypes, where each generated package
// registers its types when imported: the module this runs in needs a file that blank-imports every
// package under gen/go/cq (tests/test_golden_vectors.py writes it, since packages come and go).
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"
	"google.golang.org/protobuf/types/dynamicpb"
)

const variantSeparator = "__"

type result struct {
	Vector          string          `json:"vector"`
	BinaryHexSHA256 *string         `json:"binary_hex_sha256"`
	BinaryHex       *string         `json:"binary_hex"`
	JSON            json.RawMessage `json:"json"`
	Error           *string         `json:"error"`
}

// locate walks the wire format and names the first field whose bytes cannot be decoded, with the
// reason; "" when it finds nothing wrong.
func locate(md protoreflect.MessageDescriptor, b []byte) string {
	for len(b) > 0 {
		number, wireType, n := protowire.ConsumeTag(b)
		if n < 0 {
			return fmt.Sprintf("tag: %v", protowire.ParseError(n))
		}
		b = b[n:]
		fd := md.Fields().ByNumber(number)
		name := fmt.Sprintf("#%d", number)
		if fd != nil {
			name = string(fd.Name())
		}
		m := protowire.ConsumeFieldValue(number, wireType, b)
		if m < 0 {
			return fmt.Sprintf("%s: %v", name, protowire.ParseError(m))
		}
		value := b[:m]
		b = b[m:]
		if fd == nil || wireType != protowire.BytesType {
			continue
		}
		payload, _ := protowire.ConsumeBytes(value)
		switch {
		case fd.Message() != nil:
			if inner := locate(fd.Message(), payload); inner != "" {
				return name + "." + inner
			}
		case fd.Kind() == protoreflect.StringKind && !utf8.Valid(payload):
			return name + ": invalid UTF-8"
		}
	}
	return ""
}

// member is one key of a JSON object with its value, as written.
type member struct {
	key   string
	value json.RawMessage
}

// members is the keys of a JSON object in document order; false when text is not an object.
func members(text []byte) ([]member, bool) {
	decoder := json.NewDecoder(bytes.NewReader(text))
	if token, err := decoder.Token(); err != nil || token != json.Delim('{') {
		return nil, false
	}
	var found []member
	for decoder.More() {
		token, err := decoder.Token()
		if err != nil {
			return nil, false
		}
		key, ok := token.(string)
		if !ok {
			return nil, false
		}
		var value json.RawMessage
		if err := decoder.Decode(&value); err != nil {
			return nil, false
		}
		found = append(found, member{key, value})
	}
	return found, true
}

// quote writes s as a JSON string (no HTML escaping).
func quote(s string) string {
	var out bytes.Buffer
	encoder := json.NewEncoder(&out)
	encoder.SetEscapeHTML(false)
	_ = encoder.Encode(s)
	return strings.TrimSuffix(out.String(), "\n")
}

// object is the JSON text {key: value}.
func object(key string, value []byte) []byte {
	return []byte("{" + quote(key) + ":" + string(value) + "}")
}

// decodes reports whether protojson parses text (a JSON object holding some fields) as an md message.
func decodes(md protoreflect.MessageDescriptor, text []byte) bool {
	var message proto.Message
	if messageType, err := protoregistry.GlobalTypes.FindMessageByName(md.FullName()); err == nil {
		message = messageType.New().Interface()
	} else {
		message = dynamicpb.NewMessage(md)
	}
	return protojson.Unmarshal(text, message) == nil
}

// walksInto reports whether a message's JSON form is an object of its fields; the well-known types
// have forms of their own (a string for Timestamp, anything for Value, ...), so a bad one is reported
// as a whole.
func walksInto(md protoreflect.MessageDescriptor) bool {
	return md != nil && md.ParentFile().Package() != "google.protobuf"
}

// below names the part of value, a JSON value of an md message, that does not decode: "" for none
// found or md nil, else ".inner".
func below(md protoreflect.MessageDescriptor, value []byte) string {
	if md == nil {
		return ""
	}
	if inner := locateJSON(md, value); inner != "" {
		return "." + inner
	}
	return ""
}

// locateJSON names the first field of text (the JSON of an md message) that protojson cannot decode,
// e.g. "limit_price.value", "candles[1].close_time" or `attributes["k"]`: each field is decoded on its
// own, and the walk goes down into the one that fails. "" when every field decodes by itself (the text
// is not an object, or the fault lies between fields: a key twice, two members of one oneof).
func locateJSON(md protoreflect.MessageDescriptor, text []byte) string {
	if !walksInto(md) {
		return ""
	}
	found, ok := members(text)
	if !ok {
		return ""
	}
	fields := md.Fields()
	for _, m := range found {
		if decodes(md, object(m.key, m.value)) {
			continue
		}
		fd := fields.ByJSONName(m.key)
		if fd == nil {
			fd = fields.ByTextName(m.key)
		}
		if fd == nil {
			return m.key
		}
		name := string(fd.Name())
		switch {
		case fd.IsMap():
			entries, ok := members(m.value)
			if !ok {
				return name
			}
			for _, entry := range entries {
				if !decodes(md, object(m.key, object(entry.key, entry.value))) {
					return name + "[" + quote(entry.key) + "]" + below(fd.MapValue().Message(), entry.value)
				}
			}
		case fd.IsList():
			var items []json.RawMessage
			if json.Unmarshal(m.value, &items) != nil {
				return name
			}
			for index, item := range items {
				if !decodes(md, object(m.key, append(append([]byte("["), item...), ']'))) {
					return fmt.Sprintf("%s[%d]%s", name, index, below(fd.Message(), item))
				}
			}
		default:
			return name + below(fd.Message(), m.value)
		}
		return name
	}
	return ""
}

func decode(jsonPath string) (res result) {
	jsonName := filepath.Base(jsonPath)
	res.Vector = strings.TrimSuffix(jsonName, ".json")
	binaryName := res.Vector + ".binpb"
	fail := func(format string, args ...any) result {
		message := fmt.Sprintf(format, args...)
		return result{Vector: res.Vector, Error: &message}
	}
	typeName := strings.SplitN(res.Vector, variantSeparator, 2)[0]
	messageType, err := protoregistry.GlobalTypes.FindMessageByName(protoreflect.FullName(typeName))
	if err != nil {
		return fail("%s: no message type %s in the generated package", jsonName, typeName)
	}
	text, err := os.ReadFile(jsonPath)
	if err != nil {
		return fail("%s: %v", jsonName, err)
	}
	fromJSON := messageType.New().Interface()
	if err := protojson.Unmarshal(text, fromJSON); err != nil {
		if where := locateJSON(messageType.Descriptor(), text); where != "" {
			return fail("%s: field %s: %v", jsonName, where, err)
		}
		return fail("%s: %v", jsonName, err)
	}
	wire, err := os.ReadFile(filepath.Join(filepath.Dir(jsonPath), binaryName))
	if err != nil {
		return fail("%s: %v", binaryName, err)
	}
	fromBinary := messageType.New().Interface()
	if err := proto.Unmarshal(wire, fromBinary); err != nil {
		if where := locate(messageType.Descriptor(), wire); where != "" {
			return fail("%s: field %s", binaryName, where)
		}
		return fail("%s: %v", binaryName, err)
	}
	if !proto.Equal(fromJSON, fromBinary) {
		return fail("%s and %s decode to different messages", jsonName, binaryName)
	}
	reencoded, err := proto.MarshalOptions{Deterministic: true}.Marshal(fromBinary)
	if err != nil {
		return fail("%s: re-encoding: %v", binaryName, err)
	}
	canonical, err := protojson.Marshal(fromJSON)
	if err != nil {
		return fail("%s: re-encoding: %v", jsonName, err)
	}
	sum := sha256.Sum256(reencoded)
	digest, encoded := hex.EncodeToString(sum[:]), hex.EncodeToString(reencoded)
	res.BinaryHexSHA256, res.BinaryHex = &digest, &encoded
	res.JSON = canonical
	return res
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: goldenvectors <vectors-dir>")
		os.Exit(2)
	}
	paths, err := filepath.Glob(filepath.Join(os.Args[1], "*.json"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	results := make([]result, 0, len(paths))
	for _, path := range paths {
		results = append(results, decode(path))
	}
	out, err := json.Marshal(results)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	fmt.Println(string(out))
}
