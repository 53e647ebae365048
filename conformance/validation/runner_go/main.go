// Command runner_go is the Go runner of the validation suite: protovalidate-go on the generated
// module (gen/go).
//
//	go run . CASES_DIR_OR_FILE...
//
// For every case of every fixture file (see ../README.md) it decodes "input" into "message" with
// protojson, validates it and prints one JSON object per line, sorted by case id, in the same shape
// as the Python and TypeScript runners. A case that cannot be decoded or validated is an "error"
// outcome, never a crash of the runner. The message types come from the packages imported in
// packages.go.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"buf.build/gen/go/bufbuild/protovalidate/protocolbuffers/go/buf/validate"
	"buf.build/go/protovalidate"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"
)

type fixtureCase struct {
	ID      string          `json:"id"`
	Message *string         `json:"message"`
	Input   json.RawMessage `json:"input"`
}

type violation struct {
	Field  string `json:"field"`
	Rule   string `json:"rule"`
	ForKey bool   `json:"for_key,omitempty"`
}

type result struct {
	Case       string      `json:"case"`
	Error      string      `json:"error"`
	Outcome    string      `json:"outcome"`
	Violations []violation `json:"violations"`
}

func errorResult(id, text string) result {
	return result{Case: id, Outcome: "error", Violations: []violation{}, Error: text}
}

// quote renders a string map key: backslash and quote escaped, control characters as \u00XX.
func quote(text string) string {
	var out strings.Builder
	out.WriteByte('"')
	for _, r := range text {
		switch {
		case r == '"' || r == '\\':
			out.WriteByte('\\')
			out.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&out, "\\u%04x", r)
		default:
			out.WriteRune(r)
		}
	}
	out.WriteByte('"')
	return out.String()
}

// renderPath renders order.legs[0].rate, attributes["key"]: names joined by dots, subscripts in brackets.
func renderPath(path *validate.FieldPath) string {
	parts := make([]string, 0, len(path.GetElements()))
	for _, element := range path.GetElements() {
		text := element.GetFieldName()
		switch element.WhichSubscript() {
		case validate.FieldPathElement_Index_case:
			text += "[" + strconv.FormatUint(element.GetIndex(), 10) + "]"
		case validate.FieldPathElement_BoolKey_case:
			text += "[" + strconv.FormatBool(element.GetBoolKey()) + "]"
		case validate.FieldPathElement_IntKey_case:
			text += "[" + strconv.FormatInt(element.GetIntKey(), 10) + "]"
		case validate.FieldPathElement_UintKey_case:
			text += "[" + strconv.FormatUint(element.GetUintKey(), 10) + "]"
		case validate.FieldPathElement_StringKey_case:
			text += "[" + quote(element.GetStringKey()) + "]"
		}
		parts = append(parts, text)
	}
	return strings.Join(parts, ".")
}

func runCase(validator protovalidate.Validator, c fixtureCase) (res result) {
	defer func() {
		if recovered := recover(); recovered != nil {
			res = errorResult(c.ID, fmt.Sprintf("panic: %v", recovered))
		}
	}()
	if c.Message == nil {
		return errorResult(c.ID, "fixture: a case needs an id and a message type name")
	}
	messageType, err := protoregistry.GlobalTypes.FindMessageByName(protoreflect.FullName(*c.Message))
	if err != nil {
		return errorResult(c.ID, fmt.Sprintf("decode: %v", err))
	}
	message := messageType.New().Interface()
	input := c.Input
	if input == nil {
		input = json.RawMessage("null")
	}
	if err := protojson.Unmarshal(input, message); err != nil {
		return errorResult(c.ID, fmt.Sprintf("decode: %v", err))
	}
	err = validator.Validate(message)
	violations := []violation{}
	if err != nil {
		var validationError *protovalidate.ValidationError
		if !errors.As(err, &validationError) {
			return errorResult(c.ID, fmt.Sprintf("validate: %v", err))
		}
		for _, v := range validationError.Violations {
			violations = append(violations, violation{
				Field:  renderPath(v.Proto.GetField()),
				Rule:   v.Proto.GetRuleId(),
				ForKey: v.Proto.GetForKey(),
			})
		}
	}
	sort.Slice(violations, func(i, j int) bool {
		a, b := violations[i], violations[j]
		if a.Field != b.Field {
			return a.Field < b.Field
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return !a.ForKey && b.ForKey
	})
	outcome := "valid"
	if len(violations) > 0 {
		outcome = "invalid"
	}
	return result{Case: c.ID, Outcome: outcome, Violations: violations}
}

func fixtureFiles(arguments []string) ([]string, error) {
	var files []string
	for _, argument := range arguments {
		info, err := os.Stat(argument)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			files = append(files, argument)
			continue
		}
		matches, err := filepath.Glob(filepath.Join(argument, "*.json"))
		if err != nil {
			return nil, err
		}
		sort.Strings(matches)
		files = append(files, matches...)
	}
	return files, nil
}

// casesOf reads one fixture file; an unreadable one becomes one error result named after the file.
func casesOf(path string) ([]fixtureCase, *result) {
	data, err := os.ReadFile(path)
	if err == nil {
		var file struct {
			Cases []json.RawMessage `json:"cases"`
		}
		if err = json.Unmarshal(data, &file); err == nil {
			cases := make([]fixtureCase, 0, len(file.Cases))
			for _, raw := range file.Cases {
				var c fixtureCase
				if json.Unmarshal(raw, &c) != nil {
					// Not an object, or an id or message of the wrong type.
					c = fixtureCase{}
				}
				cases = append(cases, c)
			}
			return cases, nil
		}
	}
	failed := errorResult(filepath.Base(path), fmt.Sprintf("fixture: %v", err))
	return nil, &failed
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: runner_go CASES_DIR_OR_FILE...")
		os.Exit(2)
	}
	files, err := fixtureFiles(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(2)
	}
	validator, err := protovalidate.New()
	if err != nil {
		fmt.Fprintln(os.Stderr, "error: protovalidate:", err)
		os.Exit(1)
	}
	var results []result
	for _, path := range files {
		cases, failed := casesOf(path)
		if failed != nil {
			results = append(results, *failed)
		}
		for _, c := range cases {
			results = append(results, runCase(validator, c))
		}
	}
	sort.SliceStable(results, func(i, j int) bool { return results[i].Case < results[j].Case })
	out := json.NewEncoder(os.Stdout)
	out.SetEscapeHTML(false)
	for _, r := range results {
		if err := out.Encode(r); err != nil {
			fmt.Fprintln(os.Stderr, "error:", err)
			os.Exit(1)
		}
	}
}
