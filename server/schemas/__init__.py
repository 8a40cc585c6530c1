"""Request schemas: strict (unknown fields refused), bounded strings, clear messages."""
