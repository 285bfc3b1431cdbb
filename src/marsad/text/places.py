"""Find place names in Arabic text and resolve them to gazetteer places with ACLED geo-precision.

    gazetteer = Gazetteer.load()
    resolver = PlaceResolver(gazetteer)
    resolver.resolve("هجوم على سجن الصناعة بحي غويران جنوب مدينة الحسكة", country_hint="SY")

Names are found with one clitic-aware pass (`TermMatcher`). Each hit is then read in context: the word
before it (مدينة, بلدة, قرية, حي, مخيم, محافظة, ريف, جنوب, قرب ...) says what kind of place it is and how
precise the mention is; the other places and countries named in the article, the caller's country hint,
the outlet's country and population pick among same-named places. Stop-listed names (frequent words
that GeoNames also lists as places) and weak names (short, or only tiny places) need such support.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from marsad.datafile import load_yaml
from marsad.lang.ar.normalize import Normalized, normalize, normalize_with_offsets
from marsad.text._records import fast_init
from marsad.text.gazetteer import (
    SETTLEMENT_KINDS,
    Gazetteer,
    Place,
    user_gazetteer_path,
)
from marsad.text.matcher import CONJUNCTIONS, PREPOSITIONS, TermMatcher

PRECISION_EXACT = 1  # the town, neighbourhood or facility itself
PRECISION_NEAR = 2  # near a town, or part of a region ("south of", "countryside of")
PRECISION_REGION = 3  # a province, district or country

# Place words read before a name: what kinds they announce (normalised spelling, clitics stripped).
_KIND_WORDS: dict[str, frozenset[str]] = {
    "مدينه": frozenset({"city", "town"}),
    "بلده": frozenset({"town", "village", "city"}),
    "قريه": frozenset({"village", "town"}),
    "حي": frozenset({"neighbourhood"}),
    "احياء": frozenset({"neighbourhood"}),
    "مخيم": frozenset({"camp"}),
    "سجن": frozenset({"prison"}),
    "محافظه": frozenset({"region"}),
    "ولايه": frozenset({"region"}),
    "اقليم": frozenset({"region"}),
    "قضاء": frozenset({"district"}),
    "مديريه": frozenset({"district"}),
    "ناحيه": frozenset({"district", "town"}),
    "منطقه": frozenset({"district", "region", "town", "village", "neighbourhood"}),
    "مطار": frozenset({"airport", "base"}),
    "قاعده": frozenset({"base"}),
    "معبر": frozenset({"crossing"}),
    "منفذ": frozenset({"crossing"}),
    "حقل": frozenset({"oil_field"}),
    "ميناء": frozenset({"port"}),
    "سد": frozenset({"dam"}),
}
_AREA_KINDS = frozenset({"region", "district"})
_MINOR_KINDS = frozenset({"village", "neighbourhood"})
# place words that make the name a small place, whatever its namesakes abroad are
_SMALL_PLACE_WORDS = frozenset({"حي", "احياء", "قريه", "بلده"})
_ADMIN_WORDS = frozenset({"محافظه", "ولايه", "اقليم", "قضاء", "مديريه", "ناحيه"})
# Most specific first: the order in which an event is better coded at one place than another.
_KIND_SPECIFICITY = {"village": 1, "town": 2, "city": 3, "district": 4, "region": 5, "country": 6}
# Facility words before a town name ("مطار دير الزور") make the mention a place near the town.
_FACILITY_WORDS = frozenset({"مطار", "قاعده", "معبر", "منفذ", "حقل", "ميناء", "سد", "سجن", "مخيم"})
# Words that put the event near, around or in part of the named place.
_NEAR_WORDS = frozenset({
    "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي", "قرب", "بالقرب", "اطراف", "محيط",
    "ضواحي", "مشارف", "ريف", "باديه", "مدخل", "جوار", "حدود", "ارياف", "وسط",
})
_COUNTRYSIDE = "ريف"
_CENTRE = "وسط"  # "وسط رام الله": in the town itself, a point at the town, unlike its outskirts or countryside
_CLITICS = ("وب", "فب", "ول", "فل", "وك", "و", "ف", "ب", "ل", "ك")
_PREPOSITIONS = frozenset({"في", "من", "الي", "علي", "عن", "داخل", "قرب", "نحو", "باتجاه"})
# Minimum population for a single-word name to stand on its own, without a place word or support.
WEAK_NAME_POPULATION = 20_000
WEAK_NAME_LENGTH = 3
# Arabic-script names of places outside the Arabic-speaking world are transliterations that often spell
# ordinary Arabic words; such places need more population (or support) to stand alone.
NON_ARABIC_COUNTRIES = frozenset({"IR", "TR", "IL", "ET", "ER", "NG", "ML", "BF", "NE", "TD", "SS"})
WEAK_FOREIGN_POPULATION = 100_000


@fast_init
@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text: source span, the resolved place, ACLED geo-precision, other candidates."""

    start: int
    end: int
    surface: str
    place: Place
    precision: int
    alternatives: tuple[Place, ...] = ()
    qualifier: str = ""  # the place/direction word that shaped the reading, e.g. "جنوب", "ريف", "حي"


@dataclass(frozen=True, slots=True, eq=False)
class _NameFacts:
    """What a name's candidate places say by themselves, whatever the context (computed once per name)."""

    candidates: tuple[Place, ...]
    countries: frozenset[str]
    admin1: frozenset[str]  # the candidates' admin1 codes, empty ones left out
    single_admin1: str | None  # the admin1 code (maybe "") every candidate shares, None when they differ
    weak: bool  # short, tiny or foreign: needs a place word or support to stand alone
    long_core: bool  # longer than WEAK_NAME_LENGTH once the article is off
    only_country: str | None  # the country when all candidates share one
    only_admin1: str | None  # the admin1 code when all candidates with one share it

    @classmethod
    def of(cls, key: str, candidates: tuple[Place, ...]) -> _NameFacts:
        core = key.removeprefix("ال")
        curated = any(p.feature_class == "curated" for p in candidates)
        biggest = max((p.population for p in candidates), default=0)
        weak = (
            " " not in key
            and not curated
            and not any(p.kind in ("country", "region") for p in candidates)
            and (
                len(core) <= WEAK_NAME_LENGTH
                # population 0 means "unknown" in GeoNames (most Syrian towns); only a known tiny one is weak
                or 0 < biggest < WEAK_NAME_POPULATION
                or (all(p.country in NON_ARABIC_COUNTRIES for p in candidates) and biggest < WEAK_FOREIGN_POPULATION)
            )
        )
        all_admin1 = {p.admin1_code for p in candidates}
        countries = frozenset(p.country for p in candidates)
        admin1 = frozenset(code for code in all_admin1 if code)
        return cls(
            candidates,
            countries,
            admin1,
            next(iter(all_admin1)) if len(all_admin1) == 1 else None,
            weak,
            len(core) > WEAK_NAME_LENGTH,
            next(iter(countries)) if len(countries) == 1 else None,
            next(iter(admin1)) if len(admin1) == 1 else None,
        )


class _Support(NamedTuple):
    """How many of an article's place names point at each country and province."""

    countries: dict[str, int]
    admin1: dict[str, int]


class PlaceScan(NamedTuple):
    """What `PlaceResolver.scan` found in one text, for any number of `resolve` calls on that same text.

    `resolve` rewrites each hit's choice (`chosen`, `ranked`) on every call, so calls on one scan must not run
    at the same time.
    """

    text: str
    hits: tuple[_Hit, ...]


@dataclass(slots=True, eq=False)
class _Hit:
    start: int
    end: int
    norm_start: int
    norm_end: int
    surface: str
    key: str
    candidates: tuple[Place, ...]
    facts: _NameFacts
    kind_word: str = ""
    near_word: str = ""
    country_in_word: str = ""
    chosen: Place | None = None
    ranked: tuple[Place, ...] = ()


def load_stop_list(path: Path | None = None) -> frozenset[str]:
    """Normalised names that never become places without a place word (data: gazetteer/stoplist.txt)."""
    if path is None:
        path = Path(str(resources.files("marsad") / "data" / "gazetteer" / "stoplist.txt"))
    words = set()
    for line in path.read_text("utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(normalize(line))
    return frozenset(words)


_CONTEXT_WORDS = frozenset(_KIND_WORDS) | _NEAR_WORDS


def _has_preposition(prefix: str) -> bool:
    """Whether a matched name's proclitics hold a preposition (ب, ل, ك, after an optional و/ف)."""
    bare = prefix[1:] if prefix[:1] in CONJUNCTIONS[1:] else prefix
    return bare[:1] in PREPOSITIONS[1:]


@lru_cache(maxsize=16384)
def _strip_clitics(word: str) -> str:
    if word in _CONTEXT_WORDS:
        return word
    for clitic in _CLITICS:
        if word.startswith(clitic) and word[len(clitic):] in _CONTEXT_WORDS:
            return word[len(clitic):]
    return word


def _words_before(text: str, position: int) -> Iterator[str]:
    """The whole words of normalised `text` that end before `position`, nearest first, within 60 characters.

    Read one at a time (most hits need one): normalised text has no white space but the space, so a word runs
    from one space to the next.
    """
    floor = max(0, position - 60)
    end = position
    if position > 0 and text[position - 1] != " ":
        end = text.rfind(" ", floor, position)  # skip the hit's own proclitics, not a word of context
        if end < 0:
            return
    while True:
        while end > floor and text[end - 1] == " ":
            end -= 1
        if end <= floor:
            return
        start = text.rfind(" ", floor, end) + 1 or floor
        yield text[start:end].strip(".,:;\"'()-")
        end = start


class PlaceResolver:
    """Resolve place names in Arabic text against a `Gazetteer` (passed in, so tests can inject one)."""

    def __init__(self, gazetteer: Gazetteer, *, stop_list: Iterable[str] | None = None) -> None:
        self.gazetteer = gazetteer
        self.stop_list = frozenset(normalize(w) for w in stop_list) if stop_list is not None else load_stop_list()
        self._matcher: TermMatcher[Place] | None = None
        self._facts: dict[str, _NameFacts] = {}
        self._nationality_codes: dict[str, str] | None = None

    @property
    def matcher(self) -> TermMatcher[Place]:
        """The name matcher, built on first use (a few hundred ms for the shipped gazetteer)."""
        if self._matcher is None:
            entries = [(name, place) for place in self.gazetteer for name in set(place.names_ar) | {place.name_ar} if name]
            self._matcher = TermMatcher(entries)
        return self._matcher

    def scan(self, text: str, *, normalized: Normalized | None = None) -> PlaceScan:
        """The place names of `text` read in context, before any choice: what `resolve` does first.

        A caller that resolves one article more than once (a first pass, then with the country it found) scans
        once and hands the scan to each `resolve` call.
        """
        if normalized is None:
            norm = normalize_with_offsets(text)
        elif normalized.source_length != len(text):
            raise ValueError("`normalized` was not made from `text`: pass normalize_with_offsets(text)")
        else:
            norm = normalized
        hits = [hit for m in self.matcher.spans(norm) if (hit := self._read_context(norm, text, m)) is not None]
        return PlaceScan(text, tuple(self._merge_neighbourhood_phrases(hits, norm)))

    def resolve(
        self, text: str, *, country_hint: str | None = None, outlet_country: str | None = None,
        normalized: Normalized | None = None, scan: PlaceScan | None = None,
    ) -> list[PlaceMention]:
        """Place mentions in `text`, in text order; `country_hint`/`outlet_country` are ISO codes.

        Pass `normalized` (``normalize_with_offsets(text)``) when the caller already has it, to skip that step,
        and `scan` (``self.scan(text)``) to reuse the names an earlier resolution of the same text found.
        """
        if scan is None:
            scan = self.scan(text, normalized=normalized)
        elif scan.text is not text and scan.text != text:
            raise ValueError("`scan` was not made from `text`: pass resolver.scan(text)")
        hits = list(scan.hits)
        support = self._context(hits, country_hint)
        kept = [h for i, h in enumerate(hits) if self._is_supported(i, hits, support, country_hint)]
        for hit in kept:
            self._choose(hit, support, country_hint, outlet_country)
        # a second pass lets confident picks steer the ambiguous ones
        support = self._context(kept, country_hint, resolved=True)
        for hit in kept:
            self._choose(hit, support, country_hint, outlet_country, first_choice=hit.chosen)
        if country_hint:
            kept = self._without_foreign_homonyms(kept, country_hint, scan.text)
        return [self._mention(h) for h in kept if h.chosen is not None]

    def _without_foreign_homonyms(self, hits: list[_Hit], country_hint: str, text: str) -> list[_Hit]:
        """Drop small places abroad that only share a name with something in the article's country.

        In an article about Somalia, "هيران" found only as an Iraqi subdistrict, or in one about Jordan "ماركا" found
        only as a Somali town, is a local place the gazetteer lacks, not a village abroad. A foreign place
        stays when it is a city or larger (unless a word before it calls it a neighbourhood, village or small
        town: "حي ماركا"), when the text names its country or a larger place there (a West Bank village in
        an article the caller thinks is about Israel, next to رام الله), or when a nationality follows it
        ("الناصرية العراقية").
        """
        # a country is attested by a name of its own, or by another name that resolves there to a larger place
        attested: dict[str, set[str]] = {}
        for hit in hits:
            if hit.chosen is not None and not _is_minor(hit.chosen):
                attested.setdefault(hit.chosen.country, set()).add(hit.key)
        kept = []
        for hit in hits:
            place = hit.chosen
            if (place is not None and place.country != country_hint
                    and not attested.get(place.country, set()) - {hit.key}
                    and (_is_minor(place) or hit.kind_word in _SMALL_PLACE_WORDS)
                    and all(c.country != country_hint for c in hit.ranked)
                    and self._nationality_after(text, hit.end) != place.country):
                continue
            kept.append(hit)
        return kept

    def _nationality_after(self, text: str, end: int) -> str | None:
        """ISO code of the nationality adjective right after a name ("اللبنانية" → LB), if there is one."""
        following = normalize(text[end:end + 24]).split()[:1]
        if not following:
            return None
        if self._nationality_codes is None:
            self._nationality_codes = _nationality_codes(self.gazetteer)
        return self._nationality_codes.get(following[0].strip('".,;:()'))

    # -- reading the hits ---------------------------------------------------------------------------------

    def _read_context(self, norm: Normalized, source: str, match) -> _Hit | None:
        """The hit with the place and direction words before it; None for a name read through a preposition
        right after a place word ("ولاية بنوي" is not ب + نوى: a place word is followed by the name itself)."""
        facts = self._facts.get(match.term)
        if facts is None or facts.candidates is not match.payloads:
            facts = self._facts[match.term] = _NameFacts.of(match.term, match.payloads)
        hit = _Hit(
            match.start, match.end, match.norm_start, match.norm_end, source[match.start:match.end],
            match.term, match.payloads, facts,
        )
        words = _words_before(norm.text, match.norm_start - len(match.prefix))
        word = next(words, None)
        if word is not None and (stripped := _strip_clitics(word)) in _KIND_WORDS:
            if _has_preposition(match.prefix):
                return None
            hit.kind_word = stripped
            word = next(words, None)
        for _ in range(2):  # a place or direction word may stand two words before, after a preposition
            if word is None:
                break
            word = _strip_clitics(word)
            if word in _NEAR_WORDS:
                hit.near_word = word
                break
            if word not in _PREPOSITIONS and word != "من":
                break
            word = next(words, None)
        return hit

    def _merge_neighbourhood_phrases(self, hits: list[_Hit], norm: Normalized) -> list[_Hit]:
        """`حي X في Y`: keep X's neighbourhoods whose town is Y (or make one from Y when X is unknown)."""
        for i, hit in enumerate(hits[:-1]):
            if hit.kind_word != "حي":
                continue
            following = hits[i + 1]
            gap = norm.text[hit.norm_end:following.norm_start - 0].strip()
            gap_words = [_strip_clitics(w) for w in gap.split()]
            # the gap holds only linking words; a clitic ب of the town name ("بالموصل") shows up as "ب"
            if len(gap) > 14 or not all(w in _PREPOSITIONS | {"مدينه", "ب", ""} for w in gap_words):
                continue
            parents = {p.name_en for p in following.candidates} | {p.name_en.split(" (")[0] for p in following.candidates}
            matching = tuple(c for c in hit.candidates if c.kind == "neighbourhood" and c.parent in parents)
            if matching:
                hit.candidates = matching
                hit.facts = _NameFacts.of(hit.key, matching)
        return hits

    def _context(self, hits: list[_Hit], country_hint: str | None, *, resolved: bool = False) -> _Support:
        # plain dicts read with .get(): a Counter answers a missing key through a Python-level __missing__
        countries: dict[str, int] = {}
        admin1: dict[str, int] = {}
        counted: set[tuple[str, str]] = set()
        for hit in hits:
            if resolved and hit.chosen:
                if (hit.key, hit.chosen.id) in counted:
                    continue  # a name told three times is one piece of evidence, and it must not back itself
                counted.add((hit.key, hit.chosen.id))
                countries[hit.chosen.country] = countries.get(hit.chosen.country, 0) + 1
                if hit.chosen.admin1_code:
                    admin1[hit.chosen.admin1_code] = admin1.get(hit.chosen.admin1_code, 0) + 1
                continue
            if not resolved and hit.key in self.stop_list and not hit.kind_word:
                continue
            facts = hit.facts
            if facts.only_country is not None:
                countries[facts.only_country] = countries.get(facts.only_country, 0) + 1
            if facts.only_admin1 is not None and (resolved or facts.only_country is not None):
                admin1[facts.only_admin1] = admin1.get(facts.only_admin1, 0) + 1
        if country_hint:
            countries[country_hint] = countries.get(country_hint, 0) + 2
        return _Support(countries, admin1)

    def _is_supported(self, index: int, hits: list[_Hit], support: _Support, country_hint: str | None) -> bool:
        """Drop stop-listed and weak names unless a place word, a nearby sibling place or the hint backs them."""
        hit = hits[index]
        if hit.kind_word:
            return True
        facts = hit.facts
        stopped = hit.key in self.stop_list
        if not stopped and not facts.weak:
            return True
        if stopped and hit.near_word != _COUNTRYSIDE:
            return self._followed_by_same_province(index, hits)
        admin1 = support.admin1
        # the hit must not support itself
        if any(admin1.get(code, 0) - (code == facts.single_admin1) > 0 for code in facts.admin1):
            return True
        if country_hint and country_hint in facts.countries and facts.long_core:
            return True
        return hit.near_word != "" or self._followed_by_same_province(index, hits)

    @staticmethod
    def _followed_by_same_province(index: int, hits: list[_Hit]) -> bool:
        hit = hits[index]
        if index + 1 >= len(hits):
            return False
        following = hits[index + 1]
        if following.norm_start - hit.norm_end > 16:
            return False
        return not hit.facts.admin1.isdisjoint(following.facts.admin1)

    # -- choosing among candidates ---------------------------------------------------------------------

    def _choose(self, hit: _Hit, support: _Support, country_hint: str | None, outlet_country: str | None,
                first_choice: Place | None = None) -> None:
        """Rank the hit's candidates. The support counts the hit itself (by its only country in the first pass, by
        `first_choice`, its first-pass pick, in the second); that share is taken out, so a name never backs itself."""
        candidates = hit.candidates
        if hit.kind_word:
            wanted = _KIND_WORDS[hit.kind_word]
            fitting = tuple(c for c in candidates if c.kind in wanted)
            if hit.kind_word in _FACILITY_WORDS and not fitting:
                fitting = tuple(c for c in candidates if c.kind in SETTLEMENT_KINDS)
            if hit.kind_word in ("محافظه", "ولايه") and not fitting:
                fitting = tuple(c for c in candidates if c.kind in SETTLEMENT_KINDS)
            candidates = fitting or candidates
        if len(candidates) == 1:
            hit.ranked = candidates
            hit.chosen = candidates[0]
            return
        if first_choice is not None:
            own_country, own_admin1 = first_choice.country, first_choice.admin1_code or None
        else:
            own_country, own_admin1 = hit.facts.only_country, hit.facts.single_admin1
        supporting_countries, supporting_admin1 = support.countries, support.admin1

        def score(place: Place) -> float:
            value = math.log10(place.population + 10) / 2
            countries = supporting_countries.get(place.country, 0) - (1 if place.country == own_country else 0)
            admin1 = supporting_admin1.get(place.admin1_code, 0) - (1 if place.admin1_code == own_admin1 else 0)
            value += 2.5 * min(countries, 2) + 2.0 * min(admin1, 2)
            if country_hint and place.country == country_hint:
                value += 3.0
            if outlet_country and place.country == outlet_country:
                value += 1.0
            if place.feature_class == "curated":
                value += 0.5
            if hit.near_word == _COUNTRYSIDE:
                value += 3.0 if place.kind == "region" else 0.0
            elif place.kind == "country":
                value -= 1.0  # "عمان" is Amman before it is Oman
            elif place.kind in _AREA_KINDS:
                value -= 0.8  # a name shared by a province and its capital means the city
            return value

        ranked = sorted(candidates, key=lambda p: (-score(p), p.id))
        hit.ranked = tuple(ranked)
        hit.chosen = ranked[0]

    def _mention(self, hit: _Hit) -> PlaceMention:
        place = hit.chosen
        assert place is not None
        if place.feature_class == "curated" and place.kind == "region":
            precision = PRECISION_NEAR  # a forest or mountain range: smaller than a province
        elif place.kind in ("country", "region", "district"):
            precision = PRECISION_NEAR if place.kind != "country" and hit.near_word == _COUNTRYSIDE else PRECISION_REGION
            if place.kind == "district" and hit.near_word not in ("", _COUNTRYSIDE):
                precision = PRECISION_REGION
        elif hit.kind_word in _ADMIN_WORDS and place.kind in SETTLEMENT_KINDS:
            precision = PRECISION_NEAR  # "مديرية صرواح": somewhere in the district named after the town
        elif hit.near_word not in ("", _CENTRE) and place.kind in SETTLEMENT_KINDS or hit.kind_word in _FACILITY_WORDS and place.kind in SETTLEMENT_KINDS:
            precision = PRECISION_NEAR
        else:
            precision = PRECISION_EXACT
        qualifier = hit.near_word or hit.kind_word
        alternatives = tuple(p for p in hit.ranked[1:6] if p.id != place.id)
        return PlaceMention(hit.start, hit.end, hit.surface, place, precision, alternatives, qualifier)


def _is_minor(place: Place) -> bool:
    """A village, a neighbourhood or a small town (a subdistrict seat): too small to be news abroad by itself."""
    return place.kind in _MINOR_KINDS or place.kind == "town" and place.population < WEAK_NAME_POPULATION


@lru_cache(maxsize=1)
def nationality_forms() -> dict[str, str]:
    """Normalised nationality adjectives of data/nationalities.yaml with their derived forms (اللبنانية،
    لبنانيون...) → the country's English name."""
    data = load_yaml(resources.files("marsad").joinpath("data", "nationalities.yaml").read_text("utf-8"))
    forms: dict[str, str] = {}
    for adjective, country in data["adjectives"].items():
        base = normalize(adjective)
        for form in (base, base + "ه", base + "ون", base + "ين", "ال" + base, "ال" + base + "ه"):
            forms[form] = country
    return forms


def _nationality_codes(gazetteer: Gazetteer) -> dict[str, str]:
    """Normalised nationality adjectives, with their derived forms, → ISO country code."""
    codes = ((form, gazetteer.country_code(country)) for form, country in nationality_forms().items())
    return {form: code for form, code in codes if code is not None}


def most_specific(mentions: Iterable[PlaceMention]) -> PlaceMention | None:
    """The mention an event should be coded at: best precision, then a point place, then the earliest."""
    ranked = sorted(mentions, key=lambda m: (m.precision, _KIND_SPECIFICITY.get(m.place.kind, 0), m.start))
    return ranked[0] if ranked else None


def countries_of(mentions: Iterable[PlaceMention]) -> Counter:
    """How often each country (ISO code) is named or implied by the mentions."""
    return Counter(m.place.country for m in mentions)


def country_of(text: str, resolver: PlaceResolver, *, country_hint: str | None = None) -> str | None:
    """The country an article is mostly about (ISO code), or None when it names no place."""
    counts = countries_of(resolver.resolve(text, country_hint=country_hint))
    return counts.most_common(1)[0][0] if counts else None


# -- CLI hooks (`marsad gazetteer lookup NAME`, `marsad gazetteer import FILE`) ------------------------------


def lookup(name: str, gazetteer: Gazetteer) -> list[Place]:
    """Places called `name` (any script or spelling), most populous first."""
    return gazetteer.lookup(name)


def import_geonames(
    path: Path | str, gazetteer_path_out: Path | str | None = None, *, countries: Iterable[str] | None = None
) -> tuple[Path, int]:
    """Merge a GeoNames dump into the user gazetteer (default `user_gazetteer_path()`); return (file, places added)."""
    from marsad.text.gazetteer import read_places, render_tsv, write_tsv_gz

    out = Path(gazetteer_path_out) if gazetteer_path_out is not None else user_gazetteer_path()
    base = Gazetteer.load(user_path=False)
    user_places = read_places(out) if out.exists() else []
    base.add_all(user_places)
    added = base.merge_geonames_dump(path, countries=countries)
    merged = {p.id: p for p in user_places}
    merged.update({p.id: p for p in added})
    write_tsv_gz(render_tsv(merged.values(), ["marsad user gazetteer: places merged from GeoNames dumps"]), out)
    return out, len(added)


def default_resolver() -> PlaceResolver:
    """A resolver over the shipped gazetteer plus the user gazetteer ($MARSAD_GAZETTEER)."""
    return PlaceResolver(Gazetteer.load())


__all__ = [
    "PRECISION_EXACT",
    "PRECISION_NEAR",
    "PRECISION_REGION",
    "Gazetteer",
    "Place",
    "PlaceMention",
    "PlaceResolver",
    "countries_of",
    "country_of",
    "default_resolver",
    "import_geonames",
    "load_stop_list",
    "lookup",
    "most_specific",
]
