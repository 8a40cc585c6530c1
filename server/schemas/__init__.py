"""Request schemas: strict (unknown fields refused), bounded strings, clear messages."""

# Ids, versions and sequence numbers fit PostgreSQL's INTEGER; larger ones are refused as
# invalid input instead of failing in the database.
MAX_INT = 2**31 - 1
