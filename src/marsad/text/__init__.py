"""Understanding stage: dates, figures, places and actors resolved from Arabic text."""
