"""CQC's contract generator: turns the protos under ``proto/`` into the packages under ``gen/``."""
