"""Versioned Arabic word lists (YAML) read with importlib.resources; each has a schema and a validator."""
