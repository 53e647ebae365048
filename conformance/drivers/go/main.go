// Command driver-go is the Go client driver of the CQ conformance suite: it makes the calls the
// runner asks for through the generated Go package (gen/go) and its entry point, cqclient.Dial.
//
//	driver-go --target HOST:PORT
//
// stdin carries cq.conformance.v1.CallRequest frames (a 4-byte big-endian length, then the binary
// message). The driver makes each call in turn and answers with one CallResult frame on stdout, then
// exits 0 when stdin ends. stdout carries nothing but frames; logs go to stderr.
package main

import (
	"bufio"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"os"

	"google.golang.org/protobuf/proto"

	conformancev1 "github.com/cq-platform/cqc/gen/go/cq/conformance/v1"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("driver-go: ")
	target := flag.String("target", "", "HOST:PORT of the services under test (plaintext HTTP/2 gRPC)")
	flag.Parse()
	if *target == "" || flag.NArg() > 0 {
		log.Print("usage: driver-go --target HOST:PORT")
		os.Exit(2)
	}
	d := newDriver(*target)
	err := serve(os.Stdin, os.Stdout, d)
	d.close()
	if err != nil {
		log.Print(err)
		os.Exit(1)
	}
}

// serve answers every CallRequest frame of in with a CallResult frame on out until in ends.
func serve(in io.Reader, out io.Writer, d *driver) error {
	reader := bufio.NewReader(in)
	writer := bufio.NewWriter(out)
	for {
		frame, err := readFrame(reader)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if err := writeFrame(writer, d.handle(frame)); err != nil {
			return err
		}
	}
}

// readFrame reads one length-prefixed frame. It returns io.EOF only when in ends between frames.
func readFrame(in io.Reader) ([]byte, error) {
	var prefix [4]byte
	if _, err := io.ReadFull(in, prefix[:]); err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("stdin ended inside a frame's length: %w", err)
		}
		return nil, err
	}
	frame := make([]byte, binary.BigEndian.Uint32(prefix[:]))
	if _, err := io.ReadFull(in, frame); err != nil {
		return nil, fmt.Errorf("stdin ended inside a frame of %d bytes: %w", len(frame), err)
	}
	return frame, nil
}

// writeFrame writes result as one length-prefixed frame and flushes it, so that the runner, which
// waits for each answer before sending the next call, sees it at once.
func writeFrame(out *bufio.Writer, result *conformancev1.CallResult) error {
	body, err := proto.Marshal(result)
	if err != nil {
		return fmt.Errorf("encode the result of call %d: %w", result.GetCallId(), err)
	}
	if len(body) > math.MaxUint32 {
		return fmt.Errorf("the result of call %d is too large for a frame (%d bytes)", result.GetCallId(), len(body))
	}
	var prefix [4]byte
	binary.BigEndian.PutUint32(prefix[:], uint32(len(body)))
	if _, err := out.Write(prefix[:]); err != nil {
		return fmt.Errorf("write stdout: %w", err)
	}
	if _, err := out.Write(body); err != nil {
		return fmt.Errorf("write stdout: %w", err)
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("write stdout: %w", err)
	}
	return nil
}
