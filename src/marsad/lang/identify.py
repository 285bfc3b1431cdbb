"""Language identification: is this article Arabic, and if not, what is it?

Most inputs are Arabic, so a cheap script test answers first: text whose letters are mostly Arabic script and
that carries (almost) none of the letters that only Persian, Urdu, Kurdish or Pashto use is Arabic. Everything
else goes to py3langid (a Naive Bayes model shipped inside its wheel), which also names the other language.
Arabic varieties py3langid distinguishes (Egyptian `arz`, Moroccan `ary`) count as Arabic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


# Letters of Arabic-script languages that Modern Standard Arabic does not use.
_NON_ARABIC_SCRIPT_LETTERS = re.compile("[پچژگکیۆێڕڵڤەھےٹڈڑںۍښډټځڅږ]")
ARABIC_VARIETIES = frozenset({"ar", "arz", "ary"})
# Counting by deletion with str.translate runs in C; a regex character class is ~20x slower on Arabic text.
_DROP_ARABIC_LETTERS = {c: None for c in [*range(0x0621, 0x064B), *range(0x0671, 0x06D4), *range(0x06FA, 0x0700)]}
_DROP_ASCII_LETTERS = {c: None for c in [*range(ord("A"), ord("Z") + 1), *range(ord("a"), ord("z") + 1)]}
_SAMPLE_CHARS = 2000  # what the model reads
_SCRIPT_SAMPLE_CHARS = 800  # enough letters to tell the script apart


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    language: str  # ISO 639-1/3 code as py3langid names it; "und" when there is no text to judge
    score: float
    method: str  # "script" | "model"

    @property
    def is_arabic(self) -> bool:
        return self.language in ARABIC_VARIETIES


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify_language(text: str, *, min_arabic_ratio: float = 0.5) -> LanguageGuess:
    """Guess the language of an article body."""
    sample = text[:_SCRIPT_SAMPLE_CHARS]
    arabic = len(sample) - len(sample.translate(_DROP_ARABIC_LETTERS))
    latin = len(sample) - len(sample.translate(_DROP_ASCII_LETTERS))
    letters = arabic + latin
    if letters < 20:
        letters = sum(1 for ch in sample if ch.isalpha())  # another script entirely: the model will name it
    if letters < 20:
        return LanguageGuess("und", 0.0, "script")
    ratio = arabic / letters
    if ratio >= min_arabic_ratio:
        foreign = len(_NON_ARABIC_SCRIPT_LETTERS.findall(sample))
        if foreign / letters < 0.005:
            return LanguageGuess("ar", round(ratio, 3), "script")
    sample = text[:_SAMPLE_CHARS]
    language, score = _identifier().classify(sample)
    if language in ARABIC_VARIETIES and ratio < min_arabic_ratio:
        # a few Arabic words inside a Latin-script article do not make it Arabic
        language, score = _identifier().classify(re.sub(r"[\u0600-\u06FF]+", " ", sample))
    return LanguageGuess("ar" if language in ARABIC_VARIETIES else language, round(float(score), 3), "model")
