"""Numbers in Arabic news text: digits, number words, dual nouns and vague quantities.

`find_numbers` reports every quantity with its span in the original text: Western and Eastern digits (`374`,
`٣٧٤`, `5,000`, `5.000`, `1.5 مليون`, `الـ5 آلاف`), number words (`ثلاثمائة وأربعة وسبعين`, `مئتي`,
`ثلاثين ألفاً`), dual nouns (`قتيلين` = 2), a singular noun that counts one (`مقتل شخص`, `قتيل واحد`) and
vague quantities (`عشرات`, `عدد من`) with their ACLED-convention coded value. Labels are not quantities and
are left out: years, dates, times, phone numbers, `كوفيد-19`, `القرار 2254`. Ordinal words (`الفيلق الخامس`,
`العشرين من كانون الثاني`) come back with `ordinal=True` and must never be read as counts.

The word lists live in `marsad/lang/ar/data/numbers.yaml` (schema: SCHEMA-figures.md); everything is matched on
`marsad.lang.ar.normalize`d text and mapped back to the source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import accumulate, compress, count
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from marsad.errors import MarsadError
from marsad.lang.ar.normalize import Normalized, normalize, normalize_with_offsets
from marsad.text._records import fast_init

DATA_PACKAGE = "marsad.lang.ar.data"
NUMBERS_FILE = "numbers.yaml"

PROCLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
ARTICLE_PROCLITICS = ("ال", "وال", "فال", "بال", "وبال", "لل", "ولل", "فلل")
# Accusative tanween is written with an alef (ألفاً → الفا); these endings never take it.
_NO_ACCUSATIVE_ALEF = ("ه", "ا", "ين", "ون", "ات", "ان")

# libyaml's parser reads the word lists several times faster than the pure-Python one, with the same result
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Arabic words first: they are most tokens, and no alternative can start with another's first character
_TOKEN = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+|\d+(?:[.,]\d+)*|[a-z]+|\S")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")  # every alternative takes a character: no empty match
_THOUSANDS = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")
_DECIMAL = re.compile(r"\d+\.\d+")
_YEARS = range(1900, 2101)
_PHONE_MIN_DIGITS = 8
_YEAR_SUFFIXES = frozenset({"م", "ه"})
_DUAL_ENDINGS = ("ين", "ان")
# a dual the vowel marks spell out: fatha (maybe with shadda) before the final -ين (بائعَين, إرهابيَّين); the
# plural has a kasra there (بائعِين)
_MARKED_DUAL = re.compile("[\u064e\u0651]*\u064e[\u0651]*\u064a\u0652?\u0646[\u064b-\u0652]*$")
_LIST_GAP = 3  # words that may qualify a listed noun before "و" + the next noun (ضابط برتبة ملازم وجندي)
_TRAILING_MARKS = frozenset(chr(c) for c in range(0x064B, 0x0660)) | {"\u0670", "\u0640"}

# kinds of number words
UNIT, ONE_OF, TEN, TENS, HUNDRED, HUNDREDS = "unit", "one_of", "ten", "tens", "hundred", "hundreds"
SCALE_ONE, SCALE_TWO, SCALE_PLURAL, ORDINAL = "scale_one", "scale_two", "scale_plural", "ordinal"
_ARTICLE_KINDS = frozenset({UNIT, TEN, TENS, ORDINAL})
_MULTIPLIERS = frozenset({SCALE_ONE, SCALE_PLURAL})


class WordListInvalid(MarsadError):
    """A word list (YAML) does not follow its schema; the message names the file and every problem."""

    def __init__(self, source: str, problems: list[str]):
        listed = "; ".join(problems[:10]) + (f"; and {len(problems) - 10} more" if len(problems) > 10 else "")
        super().__init__(f"{source}: {listed} (fix the file; its layout is in SCHEMA-figures.md)")
        self.source = source
        self.problems = problems


@fast_init
@dataclass(frozen=True, slots=True)
class NumberMention:
    """One quantity in a text; offsets index the original text."""

    start: int
    end: int
    surface: str
    value: int | None
    vague: bool = False
    coded: int | None = None
    low: int | None = None
    high: int | None = None
    ordinal: bool = False
    # count noun folded into the mention, normalised singular (قتيل for قتيلين, شخص for مقتل شخص)
    noun: str | None = None


@dataclass(frozen=True, slots=True)
class VagueQuantity:
    """A vague quantity word and the values it is coded with."""

    phrase: tuple[str, ...]
    coded: int
    low: int
    high: int | None


@dataclass(frozen=True, slots=True)
class _Word:
    kind: str
    value: int
    definite: bool
    conjunction: bool
    # letters of proclitic (و ف ب ل) the span should leave out
    proclitic: int


@dataclass(frozen=True)
class NumberWords:
    """The compiled number lexicon: every normalised token form mapped to what it means."""

    version: int
    words: Mapping[str, _Word]
    vague_by_first: Mapping[str, tuple[tuple[tuple[str, ...], VagueQuantity, int], ...]]
    dual_nouns: Mapping[str, tuple[str, int]]
    singular_heads: frozenset[str]
    singular_nouns: Mapping[str, tuple[str, int]]
    not_numbers: frozenset[str]
    designators: frozenset[str]
    year_cues: frozenset[str]
    months: frozenset[str]
    # every token that can start a quantity other than digits, for a fast first test
    anchors: frozenset[str] = frozenset()
    # duals with a possessive that only count as the next item of a list (رجل وطفليه)
    listed_duals: Mapping[str, tuple[str, int]] = field(default_factory=dict)
    # words that end the phrase after a counted noun, so that "و" + noun past them starts no list item
    list_breakers: frozenset[str] = frozenset()
    list_qualifiers: frozenset[tuple[str, ...]] = frozenset()
    # the number two as a word (اثنان, اثنتين), which confirms a dual the lexicon does not list
    twos: frozenset[str] = frozenset()

    @cached_property
    def anchors_and_heads(self) -> frozenset[str]:
        """Tokens worth a look: those that can start a quantity and event words that may govern a dual."""
        return self.anchors | self.singular_heads


@dataclass(slots=True)  # not frozen: a frozen dataclass costs several times more to build, and there is one per number
class NumberSpan:
    """A quantity found in normalised text, as a range of token indexes [first, last)."""

    first: int
    last: int
    value: int | None
    vague: bool = False
    coded: int | None = None
    low: int | None = None
    high: int | None = None
    ordinal: bool = False
    noun: str | None = None
    # leading letters of the first token that are a proclitic, not part of the quantity (و in وثلاثة)
    skip: int = 0
    # carries the article (الخمسة, الـ5 آلاف), so it may qualify the definite noun before it
    definite: bool = False
    # the next item of a list of count nouns, past the words that qualify the item before (ضابط برتبة ملازم وجندي)
    listed: bool = False


@fast_init
@dataclass(frozen=True, slots=True)
class Tokens:
    """Normalised text cut into words, digit groups and single punctuation marks."""

    norm: Normalized
    starts: list[int]
    ends: list[int]
    texts: list[str]
    source: str = ""

    def __len__(self) -> int:
        return len(self.texts)

    def source_span(self, first: int, last: int, skip: int = 0) -> tuple[int, int]:
        """Source-text span of tokens [first, last), leaving out `skip` leading letters of the first."""
        start, end = self.norm.to_source(self.starts[first] + skip, self.ends[last - 1])
        # marks the normaliser dropped after the last letter (ثلاثةُ, ألفاً) belong to the word
        while end < len(self.source) and self.source[end] in _TRAILING_MARKS:
            end += 1
        return start, end

    def glued(self, left: int, right: int) -> bool:
        """True when token `left` ends exactly where token `right` starts (no space between)."""
        return self.ends[left] == self.starts[right]


def tokenize(text: str | Normalized, source: str = "") -> Tokens:
    """Normalise `text` (unless already normalised) and cut it into tokens.

    `source` is the text a `Normalized` was made from; source spans then reach the marks normalising dropped.
    """
    norm = text if isinstance(text, Normalized) else normalize_with_offsets(text)
    # split() with the token pattern as its one group gives [gap, token, gap, token, ..., gap] without a match
    # object per token; running sums of the lengths are then the tokens' ends and the next tokens' starts
    pieces = _TOKEN_SPLIT.split(norm.text)
    bounds = list(accumulate(map(len, pieces)))
    return Tokens(norm, bounds[0:-1:2], bounds[1::2], pieces[1::2], source if isinstance(text, Normalized) else text)


# ---------------------------------------------------------------------------------------------------------
# Word list: load, validate, compile


def load_number_words(path: str | Path | None = None) -> NumberWords:
    """Read, validate and compile numbers.yaml (the shipped one unless `path` is given)."""
    data, source = _read_yaml(path, NUMBERS_FILE)
    problems = validate_number_words(data)
    if problems:
        raise WordListInvalid(source, problems)
    return compile_number_words(data)


@lru_cache(maxsize=1)
def default_number_words() -> NumberWords:
    """The shipped number lexicon, compiled once on first use."""
    return load_number_words()


def _read_yaml(path: str | Path | None, name: str) -> tuple[Any, str]:
    if path is None:
        resource = resources.files(DATA_PACKAGE) / name
        text = resource.read_text(encoding="utf-8")
        source = f"{DATA_PACKAGE}/{name}"
    else:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise WordListInvalid(str(path), [f"cannot be read ({exc.strerror})"]) from exc
        source = str(path)
    try:
        return yaml.load(text, Loader=_YAML_LOADER), source
    except yaml.YAMLError as exc:
        raise WordListInvalid(source, [f"is not valid YAML ({exc})"]) from exc


_NUMBER_KEYS = {
    "version", "units", "one_of", "ten", "tens", "hundred", "hundreds", "scales", "ordinals", "not_numbers",
    "vague", "dual_nouns", "singular_one", "not_counts",
}


def validate_number_words(data: Any) -> list[str]:
    """Problems that make `data` (parsed numbers.yaml) unusable; an empty list when it is valid."""
    if not isinstance(data, dict):
        return ["the top level must be a mapping"]
    problems = _check_keys(data, _NUMBER_KEYS, "top level")
    if not isinstance(data.get("version"), int) or data.get("version", 0) < 1:
        problems.append("version must be a positive integer")
    problems += _check_numbered(data.get("units"), "units", range(1, 10))
    problems += _check_numbered(data.get("tens"), "tens", range(20, 100, 10))
    problems += _check_numbered(data.get("hundreds"), "hundreds", range(200, 1000, 100))
    problems += _check_numbered(data.get("ordinals"), "ordinals", range(1, 11))
    for key in ("one_of", "ten", "hundred", "not_numbers"):
        problems += _check_words(data.get(key), key)
    scales = data.get("scales")
    if not isinstance(scales, dict) or not scales:
        problems.append("scales must map a power of ten to {one, two, plural}")
    else:
        for scale, forms in scales.items():
            if not isinstance(scale, int) or scale < 1000:
                problems.append(f"scales: {scale!r} is not an integer >= 1000")
            if not isinstance(forms, dict):
                problems.append(f"scales.{scale} must be a mapping with one, two and plural")
                continue
            problems += _check_keys(forms, {"one", "two", "plural"}, f"scales.{scale}", required=True)
            for key in ("one", "two", "plural"):
                problems += _check_words(forms.get(key), f"scales.{scale}.{key}")
    problems += _check_vague(data.get("vague"))
    problems += _check_word_groups(data, "dual_nouns", ("both_cases", "nominative_only"))
    problems += _check_word_groups(data, "singular_one", ("heads", "nouns", "list_breakers", "list_qualifiers"))
    problems += _check_word_groups(data, "not_counts", ("designators", "year_cues", "months"))
    if not problems:
        problems += _check_collisions(data)
    return problems


def _check_word_groups(data: dict, section: str, keys: tuple[str, ...]) -> list[str]:
    """A section that maps exactly `keys` to word lists."""
    group = data.get(section)
    if not isinstance(group, dict):
        return [f"{section} must be a mapping with {', '.join(keys[:-1])} and {keys[-1]}"]
    problems = _check_keys(group, set(keys), section, required=True)
    for key in keys:
        problems += _check_words(group.get(key), f"{section}.{key}", single=key not in _PHRASE_KEYS)
    return problems


_PHRASE_KEYS = frozenset({"list_qualifiers"})  # word-group lists whose entries may be phrases


def _check_keys(data: dict, allowed: Iterable[str], where: str, required: bool = False) -> list[str]:
    allowed = set(allowed)
    problems = [f"{where}: unknown key {key!r}" for key in data if key not in allowed]
    wanted = allowed if required else allowed - {"version"}
    problems += [f"{where}: missing key {key!r}" for key in sorted(wanted) if key not in data]
    return problems


def _check_words(words: Any, where: str, single: bool = True) -> list[str]:
    if not isinstance(words, list) or not words:
        return [f"{where} must be a non-empty list of words"]
    problems = []
    for word in words:
        if not isinstance(word, str) or not normalize(word).strip():
            problems.append(f"{where}: {word!r} is not a word")
        elif single and " " in normalize(word).strip():
            problems.append(f"{where}: {word!r} must be a single word")
    return problems


def _check_numbered(table: Any, where: str, expected: range) -> list[str]:
    if not isinstance(table, dict):
        return [f"{where} must map each of {expected.start}..{expected.stop - 1} to a list of words"]
    problems = [f"{where}: {key!r} is not one of {list(expected)}" for key in table if key not in expected]
    problems += [f"{where}: {value} is missing" for value in expected if value not in table]
    for value, words in table.items():
        problems += _check_words(words, f"{where}.{value}")
    return problems


def _check_vague(entries: Any) -> list[str]:
    if not isinstance(entries, list) or not entries:
        return ["vague must be a non-empty list of {phrases, coded, low, high}"]
    problems = []
    for index, entry in enumerate(entries):
        where = f"vague[{index}]"
        if not isinstance(entry, dict):
            problems.append(f"{where} must be a mapping")
            continue
        problems += _check_keys(entry, {"phrases", "coded", "low", "high"}, where, required=True)
        problems += _check_words(entry.get("phrases"), f"{where}.phrases", single=False)
        coded, low, high = entry.get("coded"), entry.get("low"), entry.get("high")
        if not all(isinstance(v, int) and v >= 0 for v in (coded, low)):
            problems.append(f"{where}: coded and low must be non-negative integers")
        elif high is not None and not isinstance(high, int):
            problems.append(f"{where}: high must be an integer or null")
        elif not (low <= coded and (high is None or coded <= high)):
            problems.append(f"{where}: coded {coded} must lie within [low, high]")
    return problems


def _check_collisions(data: dict) -> list[str]:
    seen: dict[str, tuple[str, int]] = {}
    problems = []
    for kind, value, word in _valued_words(data):
        key = normalize(word).strip()
        if key in seen and seen[key] != (kind, value):
            problems.append(f"{word!r} is both {seen[key][0]} {seen[key][1]} and {kind} {value}")
        seen.setdefault(key, (kind, value))
    return problems


def _valued_words(data: dict) -> Iterable[tuple[str, int, str]]:
    for value, words in data["units"].items():
        yield from ((UNIT, value, w) for w in words)
    yield from ((ONE_OF, 1, w) for w in data["one_of"])
    yield from ((TEN, 10, w) for w in data["ten"])
    for value, words in data["tens"].items():
        yield from ((TENS, value, w) for w in words)
    yield from ((HUNDRED, 100, w) for w in data["hundred"])
    for value, words in data["hundreds"].items():
        yield from ((HUNDREDS, value, w) for w in words)
    for scale, forms in data["scales"].items():
        yield from ((SCALE_ONE, scale, w) for w in forms["one"])
        yield from ((SCALE_TWO, 2 * scale, w) for w in forms["two"])
        yield from ((SCALE_PLURAL, scale, w) for w in forms["plural"])
    for value, words in data["ordinals"].items():
        yield from ((ORDINAL, value, w) for w in words)


def _with_accusative(form: str) -> list[str]:
    return [form] if form.endswith(_NO_ACCUSATIVE_ALEF) else [form, form + "ا"]


def _clitic_forms(word: str, article: bool) -> Iterable[tuple[str, bool, bool, int]]:
    """(form, definite, conjunction, proclitic letters) for every clitic variant of a normalised word."""
    for proclitic in PROCLITICS:
        yield proclitic + word, False, proclitic.startswith("و"), len(proclitic)
    if article:
        for proclitic in ARTICLE_PROCLITICS:
            # the span keeps the article and drops only the conjunction or preposition before it
            yield proclitic + word, True, proclitic.startswith("و"), len(proclitic) - 2


def compile_number_words(data: dict) -> NumberWords:
    """Build the lookup tables from validated numbers.yaml data."""
    words: dict[str, _Word] = {}
    valued = [(kind, value, normalize(word).strip()) for kind, value, word in _valued_words(data)]
    # bare words first, so that a word never loses to a clitic reading of another (واحد is not و + احد)
    for kind, value, word in valued:
        for base in _with_accusative(word):
            words.setdefault(base, _Word(kind, value, False, False, 0))
    for kind, value, word in valued:
        for base in _with_accusative(word):
            for form, definite, conjunction, proclitic in _clitic_forms(base, kind in _ARTICLE_KINDS):
                words.setdefault(form, _Word(kind, value, definite, conjunction, proclitic))
    not_numbers = frozenset(
        p + normalize(w).strip() for w in data["not_numbers"] for p in ("", "و", "ف", "ب", "ل")
    )

    vague: dict[str, list[tuple[tuple[str, ...], VagueQuantity, int]]] = {}
    for entry in data["vague"]:
        for phrase in entry["phrases"]:
            tokens = tuple(normalize(phrase).split())
            quantity = VagueQuantity(tokens, entry["coded"], entry["low"], entry["high"])
            first = tokens[0]
            variants = [(p + first, len(p)) for p in PROCLITICS]
            if first.startswith("ال"):
                variants += [(c + "لل" + first[2:], 0) for c in ("", "و", "ف")]
            for form, proclitic in variants:
                vague.setdefault(form, []).append(((form,) + tokens[1:], quantity, proclitic))
    vague_by_first = {k: tuple(sorted(v, key=lambda item: -len(item[0]))) for k, v in vague.items()}

    dual: dict[str, tuple[str, int]] = {}
    # a dual with a possessive drops its nun (امرأة وطفلاها, مقتل رجل وطفليه); -يه/-يهم are left out because
    # they collide with nisba and ta-marbuta words once folded (شخصيه = شخصية)
    possessed = ("اه", "اها", "اهما", "اهم", "يها", "يهما")
    for noun, endings in [(n, ("ين", "ان") + possessed) for n in data["dual_nouns"]["both_cases"]] + [
        (n, ("ان",)) for n in data["dual_nouns"]["nominative_only"]
    ]:
        lemma = normalize(noun).strip()
        stem = lemma[:-1] + "ت" if lemma.endswith("ه") else lemma
        for ending in endings:
            for proclitic in PROCLITICS + ARTICLE_PROCLITICS:
                skip = len(proclitic) if proclitic in PROCLITICS else len(proclitic) - 2
                dual[proclitic + stem + ending] = (lemma, skip)
    # -يه/-يهم do count as the next item of a list after "and" (مقتل رجل وطفليه), where no nisba word fits
    listed_duals: dict[str, tuple[str, int]] = {}
    for noun in data["dual_nouns"]["both_cases"]:
        lemma = normalize(noun).strip()
        stem = lemma[:-1] + "ت" if lemma.endswith("ه") else lemma
        for ending in ("يه", "يهم"):
            for conjunction in ("و", "ف"):
                listed_duals.setdefault(conjunction + stem + ending, (lemma, len(conjunction)))

    singular: dict[str, tuple[str, int]] = {}
    for noun in data["singular_one"]["nouns"]:
        lemma = normalize(noun).strip()
        for proclitic in ("", "و", "ف"):
            singular[proclitic + lemma] = (lemma, len(proclitic))
    heads = frozenset(
        p + normalize(h).strip() for h in data["singular_one"]["heads"] for p in ("", "و", "ف", "ب", "ل")
    )
    not_counts = data["not_counts"]
    anchors = (frozenset(words) | frozenset(vague_by_first) | frozenset(dual) | frozenset(singular) | not_numbers
               | frozenset(listed_duals))
    return NumberWords(
        version=data["version"],
        words=words,
        vague_by_first=vague_by_first,
        dual_nouns=dual,
        listed_duals=listed_duals,
        singular_heads=heads,
        singular_nouns=singular,
        not_numbers=not_numbers,
        designators=frozenset(normalize(w).strip() for w in not_counts["designators"]),
        year_cues=frozenset(
            p + normalize(w).strip() for w in not_counts["year_cues"] for p in ("", "و", "ف", "ب", "ل")
        ),
        months=frozenset(
            p + normalize(w).strip() for w in not_counts["months"] for p in ("", "و", "ف", "ب", "ل", "من")
        ),
        anchors=anchors,
        list_breakers=frozenset(normalize(w).strip() for w in data["singular_one"]["list_breakers"]),
        list_qualifiers=frozenset(tuple(normalize(w).split()) for w in data["singular_one"]["list_qualifiers"]),
        twos=frozenset(normalize(w).strip() for w in data["units"][2]),
    )


# ---------------------------------------------------------------------------------------------------------
# Scanning


def find_numbers(text: str, words: NumberWords | None = None) -> list[NumberMention]:
    """Every quantity in `text` (counts, vague quantities, ordinals flagged), with spans in the original text."""
    tokens = tokenize(text)
    mentions = []
    for span in scan_numbers(tokens, words or default_number_words()):
        start, end = tokens.source_span(span.first, span.last, span.skip)
        mentions.append(
            NumberMention(
                start, end, text[start:end], span.value, span.vague, span.coded, span.low, span.high,
                span.ordinal, span.noun,
            )
        )
    return mentions


def parse_number(words: str, lexicon: NumberWords | None = None) -> int | None:
    """The value of a text that is one exact quantity (`ثلاثمائة وأربعة وسبعين` → 374), else None."""
    tokens = tokenize(words)
    if not len(tokens):
        return None
    spans = scan_numbers(tokens, lexicon or default_number_words())
    if len(spans) != 1:
        return None
    span = spans[0]
    if span.first != 0 or span.last != len(tokens) or span.skip or span.ordinal or span.vague:
        return None
    return span.value


def scan_numbers(tokens: Tokens, lex: NumberWords) -> list[NumberSpan]:
    """Quantities in tokenised text, as token ranges (the figures resolver works on these)."""
    found: list[NumberSpan] = []
    texts = tokens.texts
    anchors = lex.anchors
    skip_until = 0
    last_noun_end = -1
    list_end = -1  # end of the last counted noun a "و" + singular noun may continue (ستة جنود وسائق)
    candidates = _candidate_tokens(texts, anchors, lex.singular_heads, lex.anchors_and_heads)
    position = 0  # tokens before this one are already read
    for i in candidates:
        if i < position or i < skip_until:
            continue
        text = texts[i]
        span: NumberSpan | None = None
        if text[0].isdigit():
            span, consumed = _digits(tokens, i, lex)
            if span is None:
                skip_until = consumed
                continue
        elif text in lex.not_numbers:
            continue
        elif text in lex.vague_by_first:
            span = _vague(tokens, i, lex)
        if span is None and text in lex.words and not text[0].isdigit():
            span = _number_words(tokens, i, lex)
        if span is None and not text[0].isdigit():
            span = _count_noun(tokens, i, lex, last_noun_end, list_end)
        if span is None:
            continue
        found.append(span)
        if span.noun is not None:
            last_noun_end = list_end = span.last
        elif (_PLURAL_COUNTED[0] <= (span.value or 0) <= _PLURAL_COUNTED[1] and span.last < len(texts)
              and texts[span.last][0].isalpha() and not texts[span.last].startswith("و")):
            # the plural noun after 3-10 ("ستة جنود وسائق" is seven); after 11 and more the noun is singular and
            # "200 انتحاري ومهاجم" names the same people twice
            list_end = span.last + 1
        position = span.last
    return found


def _candidate_tokens(
    texts: list[str], anchors: frozenset[str], heads: frozenset[str], anchors_and_heads: frozenset[str]
) -> list[int]:
    """Indexes of the tokens that can start a quantity: number words (`anchors`), tokens opening with a digit,
    and a word after an event word that may be a dual the lexicon does not list (مقتل بائعَين).

    Only these are read one by one; finding them is left to C loops (`map`, `compress`, sets).
    """
    # each distinct token once
    wanted = {text for text in set(texts) if text in anchors_and_heads or text[0].isdigit()}
    if not wanted:
        return []
    hits = list(compress(count(), map(wanted.__contains__, texts)))
    if heads.isdisjoint(wanted):
        return hits
    last = len(texts) - 1
    found = []
    for i in hits:
        text = texts[i]
        if text not in heads or text in anchors:
            found.append(i)
        elif i < last and texts[i + 1].endswith(_DUAL_ENDINGS) and texts[i + 1] not in wanted:
            found.append(i + 1)
    return found


def _digits(tokens: Tokens, i: int, lex: NumberWords) -> tuple[NumberSpan | None, int]:
    texts, text, norm = tokens.texts, tokens.texts[i], tokens.norm.text
    start, end = tokens.starts[i], tokens.ends[i]
    run_end = _digit_run_end(tokens, i)
    # "(02)": a communiqué's zero-padded count after the noun (القضاء على إرهابيين (02)), not a code
    padded_count = len(text) <= 3 and 0 < i < len(texts) - 1 and texts[i - 1] == "(" and texts[i + 1] == ")"
    if run_end - i >= 3 or (text[0] == "0" and len(text) > 1 and not padded_count) or (
            start > 0 and norm[start - 1] == "+"):
        return None, run_end  # phone number or code: 00963 939 114 037
    if text.isdigit() and len(text) >= _PHONE_MIN_DIGITS:
        return None, i + 1
    before = norm[start - 1] if start > 0 else " "
    after = norm[end] if end < len(norm) else " "
    if before in "/:-" and start > 1 and norm[start - 2].isalnum():
        return None, i + 1  # date, time, range, or a label glued by a hyphen (كوفيد-19)
    if after in "/:" and end + 1 < len(norm) and norm[end + 1].isdigit():
        return None, i + 1
    if after == "-" and end + 1 < len(norm) and norm[end + 1].isdigit():
        return None, i + 1
    if before.isascii() and before.isalpha() or after.isascii() and after.isalpha():
        return None, i + 1  # M4, F16
    if (i > 0 and texts[i - 1] in lex.designators) or _previous_word(tokens, i) in lex.designators:
        return None, i + 1
    if _is_date_part(tokens, i, i + 1, lex):
        return None, i + 1

    value: float | int
    if _THOUSANDS.fullmatch(text):
        value = int(text.replace(",", "").replace(".", ""))
    elif text.isdigit():
        value = int(text)
    elif _DECIMAL.fullmatch(text):
        value = float(text)
    else:
        return None, i + 1
    if isinstance(value, int) and value in _YEARS and len(text) == 4 and _is_year(tokens, i, lex):
        return None, i + 1

    first, last = i, i + 1
    if i > 0 and texts[i - 1] in ("ال", "وال", "بال", "لل") and tokens.glued(i - 1, i):
        first = i - 1  # الـ5 آلاف
    if last < len(texts):
        scale = lex.words.get(texts[last])
        if scale is not None and scale.kind in (SCALE_ONE, SCALE_PLURAL) and not scale.conjunction:
            value = value * scale.value
            last += 1
    if isinstance(value, float):
        if not value.is_integer():
            return None, i + 1
        value = int(value)
    skip = 1 if first < i and texts[first].startswith(("و", "ب")) else 0
    return NumberSpan(first, last, value, coded=value, low=value, high=value, skip=skip, definite=first < i), last


def _digit_run_end(tokens: Tokens, i: int) -> int:
    j = i + 1
    while (
        j < len(tokens)
        and tokens.texts[j].isdigit()
        and tokens.starts[j] - tokens.ends[j - 1] == 1
        and tokens.norm.text[tokens.ends[j - 1]] == " "
    ):
        j += 1
    return j


def _previous_word(tokens: Tokens, i: int) -> str:
    j = i - 1
    if j >= 0 and tokens.texts[j] in ("رقم", "ال"):
        j -= 1
    return tokens.texts[j] if j >= 0 else ""


def _is_year(tokens: Tokens, i: int, lex: NumberWords) -> bool:
    texts = tokens.texts
    if i > 0 and texts[i - 1] in lex.year_cues:
        return True
    if any(0 <= j < len(texts) and texts[j] in lex.months for j in (i - 1, i - 2, i + 1)):
        return True
    if i + 1 < len(texts) and texts[i + 1] in _YEAR_SUFFIXES:
        return True
    return i > 0 and texts[i - 1] == "/"


def _is_date_part(tokens: Tokens, first: int, last: int, lex: NumberWords) -> bool:
    """A day number: next to a month name, or `العشرين من كانون الثاني`."""
    texts = tokens.texts
    if last < len(texts) and texts[last] in lex.months:
        return True
    if last + 1 < len(texts) and texts[last] == "من" and texts[last + 1] in lex.months:
        return True
    return first > 0 and texts[first - 1] in lex.months


def _vague(tokens: Tokens, i: int, lex: NumberWords) -> NumberSpan | None:
    texts = tokens.texts
    for phrase, quantity, proclitic in lex.vague_by_first[texts[i]]:
        if tuple(texts[i : i + len(phrase)]) == phrase:
            return NumberSpan(
                i, i + len(phrase), None, vague=True, coded=quantity.coded, low=quantity.low,
                high=quantity.high, skip=proclitic,
            )
    return None


def _number_words(tokens: Tokens, i: int, lex: NumberWords) -> NumberSpan | None:
    texts = tokens.texts
    first = lex.words[texts[i]]
    if first.kind == ONE_OF:
        # أحد alone is "one of": count it only before a definite noun (أحد الجنود) or as 11 (أحد عشر)
        following = texts[i + 1] if i + 1 < len(texts) else ""
        teen = lex.words.get(following)
        if not (following.startswith("ال") or (teen is not None and teen.kind == TEN)):
            return None
    if first.kind == ORDINAL and not first.definite:
        return None
    if first.kind == SCALE_PLURAL:
        return None  # آلاف alone is vague and handled there

    total = 0
    current = first.value if first.kind not in (SCALE_ONE, SCALE_TWO) else 0
    if first.kind in (SCALE_ONE, SCALE_TWO):
        total = first.value
    last_kind = first.kind
    ordinal = first.kind == ORDINAL
    j = i + 1
    while j < len(texts):
        word = lex.words.get(texts[j])
        if word is None or word.kind == ORDINAL:
            break
        if word.conjunction:
            if not _joins_with_conjunction(last_kind, current, total, word):
                break
            if word.kind == SCALE_PLURAL:
                break
            if word.kind in (SCALE_ONE, SCALE_TWO):
                total += word.value
            else:
                current += word.value
        elif word.kind == TEN and last_kind in (UNIT, ONE_OF, ORDINAL) and current % 100 < 10:
            current += 10
        elif word.kind == HUNDRED and last_kind == UNIT and current < 10:
            current *= 100
        elif word.kind in _MULTIPLIERS and last_kind not in (SCALE_ONE, SCALE_PLURAL, SCALE_TWO) and current:
            if word.kind == SCALE_PLURAL and not 3 <= current <= 10:
                break
            total += current * word.value
            current = 0
        else:
            break
        last_kind = word.kind
        j += 1
    value = total + current
    if value == 0:
        return None
    skip = first.proclitic
    if first.kind == UNIT and first.value == 1 and texts[i].startswith("واحد") and last_kind == TEN and j == i + 2:
        skip = 1  # وأحد عشر folds to واحد عشر; "واحد عشر" is not Arabic, so the و is a conjunction

    if ordinal:
        return NumberSpan(i, j, value, ordinal=True, skip=skip)
    if first.definite and _is_date_part(tokens, i, j, lex):
        return NumberSpan(i, j, value, ordinal=True, skip=skip)
    return NumberSpan(i, j, value, coded=value, low=value, high=value, skip=skip, definite=first.definite)


def _joins_with_conjunction(last_kind: str, current: int, total: int, word: _Word) -> bool:
    """Whether `و<word>` continues the number so far (أربعة وسبعين) rather than starting a new one."""
    if last_kind in (UNIT, ORDINAL, ONE_OF):
        return word.kind == TENS and current % 100 < 10
    if last_kind in (HUNDRED, HUNDREDS):
        return word.kind in (UNIT, TEN, TENS) or (word.kind == ONE_OF)
    if last_kind in (SCALE_ONE, SCALE_TWO, SCALE_PLURAL):
        magnitude = _last_scale(total)
        return word.value < magnitude or (word.kind in (UNIT, TEN, TENS, HUNDRED, HUNDREDS))
    return False


def _last_scale(total: int) -> int:
    scale = 1000
    while total % (scale * 1000) == 0 and total >= scale * 1000:
        scale *= 1000
    return scale


_PLURAL_COUNTED = (3, 10)  # numbers whose counted noun is a plural


def _count_noun(
    tokens: Tokens, i: int, lex: NumberWords, last_noun_end: int, list_end: int = -1
) -> NumberSpan | None:
    texts = tokens.texts
    text = texts[i]
    dual = lex.dual_nouns.get(text)
    if dual is None and last_noun_end == i:
        dual = lex.listed_duals.get(text)
    confirmed = i + 1 < len(texts) and texts[i + 1] in lex.twos
    if dual is None and i > 0 and texts[i - 1] in lex.singular_heads:
        dual = _unlisted_dual(tokens, i, confirmed)
    if dual is not None:
        lemma, skip = dual
        if skip == 0 and last_noun_end == i:
            return None  # an agreeing adjective of the noun just read: طفلان شقيقان is two children
        last = i + 2 if confirmed else i + 1  # جنديين اثنين: the number word repeats the dual's two, it adds none
        return NumberSpan(i, last, 2, coded=2, low=2, high=2, noun=lemma, skip=skip)
    singular = lex.singular_nouns.get(text)
    if singular is None:
        return None
    lemma, skip = singular
    following = lex.words.get(texts[i + 1]) if i + 1 < len(texts) else None
    if following is not None and following.kind == UNIT and following.value == 1 and not following.proclitic:
        return NumberSpan(i, i + 2, 1, coded=1, low=1, high=1, noun=lemma, skip=skip)  # قتيل واحد
    after_head = i > 0 and texts[i - 1] in lex.singular_heads and skip == 0
    list_end = max(last_noun_end, list_end)
    listed = skip > 0 and _continues_list(texts, list_end, i, lex)  # مقتل طفل وامرأة, ستة جنود وسائق
    if (after_head or listed) and following is None:
        return NumberSpan(
            i, i + 1, 1, coded=1, low=1, high=1, noun=lemma, skip=skip, listed=listed and list_end < i
        )
    return None


def _unlisted_dual(tokens: Tokens, i: int, confirmed: bool) -> tuple[str, int] | None:
    """A dual after an event word that the lexicon does not list, when a number word or the vowels say so."""
    text = tokens.texts[i]
    if not text.endswith(_DUAL_ENDINGS) or len(text) < 5:
        return None
    if not confirmed:
        start, end = tokens.source_span(i, i + 1)
        if not _MARKED_DUAL.search(tokens.source[start:end]):
            return None
    stem = text[2:-2] if text.startswith("ال") else text[:-2]
    return (stem[:-1] + "ه" if stem.endswith("ت") else stem), 0


def _continues_list(texts: list[str], last_noun_end: int, i: int, lex: NumberWords) -> bool:
    """Whether token i ("و" + noun) is the next item after the count noun ending at `last_noun_end`."""
    if last_noun_end < 0 or not 0 <= i - last_noun_end <= _LIST_GAP:
        return False
    k = last_noun_end
    while k < i:
        qualifier = next((q for q in lex.list_qualifiers if tuple(texts[k:k + len(q)]) == q), None)
        if qualifier is not None:  # ستة جنود على الأقل وسائق: "at least" qualifies the count, it ends no phrase
            k += len(qualifier)
            continue
        if not texts[k][0].isalpha() or texts[k] in lex.list_breakers or texts[k].startswith("و"):
            return False
        k += 1
    return k == i
