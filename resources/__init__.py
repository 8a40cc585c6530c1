"""Console resources (themes, sounds, translations), shipped as package data."""
