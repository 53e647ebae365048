package main

// Every package of gen/go that defines messages, imported for its registrations in
// protoregistry.GlobalTypes, where the runner looks up each case's message type by name.
// tests/test_validation_suite.py fails, naming the import to add, when a package is missing here.
import (
	_ "github.com/cq-platform/cqc/gen/go/cq/assets/v1"
	_ "github.com/cq-platform/cqc/gen/go/cq/conformance/v1"
	_ "github.com/cq-platform/cqc/gen/go/cq/events/v1"
	_ "github.com/cq-platform/cqc/gen/go/cq/markets/v1"
	_ "github.com/cq-platform/cqc/gen/go/cq/portfolio/v1"
	_ "github.com/cq-platform/cqc/gen/go/cq/risk/v1"
	_ "github.com/cq-platform/cqc/gen/go/cq/types/v1"
	_ "github.com/cq-platform/cqc/gen/go/cq/venues/v1"
)
