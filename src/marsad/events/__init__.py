"""Event coding: ACLED-style event mentions with evidence, non-events filtered out, and claims."""
