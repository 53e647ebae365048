"""Golden vectors: a fully populated message per contract type, as canonical JSON and binary (`cqc vectors`)."""
