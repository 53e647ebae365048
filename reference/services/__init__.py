"""gRPC servicers: thin translations between the contracts and the domain objects of the platform."""
