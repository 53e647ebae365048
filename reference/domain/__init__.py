"""The simulated platform, free of gRPC: catalogue, market simulation, matching, ledger and risk."""
