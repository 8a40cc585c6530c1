"""Qt item models of the console, over plain Python case dicts (no network calls)."""
