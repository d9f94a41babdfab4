"""Performance measurements on generated data: `python -m benchmarks` (see README)."""
