"""Language data and language-specific text processing (Arabic lives in `marsad.lang.ar`)."""
