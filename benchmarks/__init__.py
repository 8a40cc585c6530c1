"""Performance benchmarks of cc-server (not run in CI); see benchmarks/README.md."""
