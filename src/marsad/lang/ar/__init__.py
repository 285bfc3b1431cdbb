"""Arabic: normalisation for matching, sentence splitting and word lists used across the pipeline."""

from marsad.lang.ar.normalize import Normalized, arabic_letter_ratio, normalize, normalize_with_offsets

__all__ = ["Normalized", "arabic_letter_ratio", "normalize", "normalize_with_offsets"]
