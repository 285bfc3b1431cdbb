"""The cleaning stage: from a RawDocument to a CleanArticle (body text with offsets, plus page metadata).

Text page dumps go line by line: each trimmed line is boilerplate (a widget, a related-stories block with its
teasers, navigation, a date or byline line, the headline) or a body paragraph. Body paragraphs are copied verbatim
and joined with blank lines; `segments` maps them back to `source_text`. The lines of a hard-wrapped paragraph are
rejoined into one line first (`marsad.clean.offsets.unwrap_lines`).

HTML goes through trafilatura first (marsad.clean.html); its extracted text becomes `source_text` and then runs
through the same text cleaner, so inline "read also" lines and widget residue go too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields

from marsad.clean.boilerplate import KIND_TEASER, BoilerplateRules, fold, load_rules
from marsad.clean.html import extract_html
from marsad.clean.metadata import (
    PageDate,
    PageDateParser,
    author_name_line,
    byline_from_prefixed,
    find_dateline,
    header_date_line,
    iso_from_meta,
    page_date_parser,
    resolve_outlet,
)
from marsad.clean.offsets import flatten_breaks, join_runs, split_lines, unwrap_lines
from marsad.clean.outlets import OutletRegistry, default_registry
from marsad.errors import InputRejected
from marsad.lang.ar.normalize import ARABIC_LETTERS
from marsad.models import CleanArticle, RawDocument

_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/\-_.]|$)")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_BODY_END = (".", "!", "?", "؟", "…", ":")
_CLOSERS = "\"”»)’' "
_DATE_ROLE_RANK = {"published": 0, "bare": 1, "updated": 2}
# A live-ticker entry: a clock time, maybe a label ("عاجل"), a separator, then at least five words of news.
_TICKER_ENTRY = re.compile(
    r"[0-9\u0660-\u0669\u06F0-\u06F9]{1,2}:[0-9\u0660-\u0669\u06F0-\u06F9]{2}\s*"
    r"(?:[|•\-–—:]\s*)?(?:(?:عاجل|خاص|تحديث|مباشر|الآن)\s*[|•\-–—:]\s*)?"
    r"(?P<news>\S+(?:\s+\S+){4,})"
)
_TEASER_CUT = ("…", "...")


@dataclass(frozen=True)
class CleanOptions:
    """Settings of the cleaning stage; each field's `help` says what it does."""

    max_headline_words: int = field(
        default=30, metadata={"help": "A line above the body longer than this is not taken as the headline."}
    )
    max_teaser_words: int = field(
        default=20, metadata={"help": "Lines this short after a 'read also' header are teasers."}
    )
    body_paragraph_words: int = field(
        default=8, metadata={"help": "A line with at least this many words is a body paragraph."}
    )
    min_body_letters: int = field(
        default=20, metadata={"help": "Fewer letters than this left in the body rejects the page."}
    )
    html_fast: bool = field(
        default=True, metadata={"help": "trafilatura fast mode: no readability/justext fallback extractors."}
    )
    html_include_tables: bool = field(
        default=True, metadata={"help": "Keep the text of HTML tables (casualty lists)."}
    )

    @classmethod
    def help(cls) -> dict[str, str]:
        """Name → help text of every setting."""
        return {item.name: item.metadata["help"] for item in fields(cls)}


@dataclass
class _TextResult:
    text: str
    segments: list
    removed: list[tuple[int, int, str]]
    title: str | None = None
    byline: str | None = None
    dateline: str | None = None
    dateline_outlet: str | None = None
    credit_outlet: str | None = None
    page_date: PageDate | None = None
    header_date: PageDate | None = None


def clean_document(
    doc: RawDocument,
    options: CleanOptions = CleanOptions(),
    outlets: OutletRegistry | None = None,
    *,
    rules: BoilerplateRules | None = None,
) -> CleanArticle:
    """Clean one document; raise InputRejected(code "no-text") when nothing article-like remains."""
    registry = outlets if outlets is not None else default_registry()
    rules = rules if rules is not None else load_rules()
    dates = page_date_parser()
    meta_title = meta_author = meta_site = meta_date = canonical_url = visible_date = None
    if doc.content_type == "html":
        extraction = extract_html(doc.content, doc.url, source=doc.source, options=options)
        source_text = extraction.text
        meta_title, meta_author, meta_site = extraction.title, extraction.author, extraction.sitename
        meta_date, canonical_url = extraction.published, extraction.canonical_url
        visible_date = extraction.visible_date
    else:
        source_text = doc.content
    result = clean_text(
        source_text,
        source=doc.source,
        title_hint=doc.title or meta_title,
        guess_headline=doc.content_type != "html",
        options=options,
        rules=rules,
        registry=registry,
        dates=dates,
    )
    page_date = result.page_date.iso if result.page_date else visible_date
    header_date = result.header_date.iso if result.header_date else None
    published, published_from = _pick_published(doc, meta_date, page_date, canonical_url, header_date)
    url = doc.url or canonical_url
    domain_outlet = next((o for o in (registry.by_domain(u) for u in (doc.url, canonical_url) if u) if o), None)
    outlet = (
        resolve_outlet(doc.outlet, registry)
        or (domain_outlet.name_en if domain_outlet else None)
        or resolve_outlet(meta_site, registry)
        or result.dateline_outlet
        or result.credit_outlet
    )
    return CleanArticle(
        doc_id=doc.doc_id,
        source_text=source_text,
        text=result.text,
        segments=result.segments,
        title=doc.title or meta_title or result.title,
        byline=result.byline or (meta_author.strip() if meta_author else None),
        outlet=outlet,
        dateline=result.dateline,
        published=published,
        published_from=published_from,
        url=url,
        canonical_url=canonical_url,
        removed=result.removed,
    )


def _pick_published(doc: RawDocument, meta_date: str | None, page_date: str | None,
                    canonical_url: str | None, header_date: str | None = None) -> tuple[str | None, str | None]:
    given = iso_from_meta(doc.published)
    if given:
        return given, "input"
    if meta_date:
        return meta_date, "meta"
    if page_date:
        return page_date, "dateline"
    for url in (doc.url, canonical_url):
        match = _URL_DATE.search(url or "")
        if match:
            iso = iso_from_meta("{}-{:0>2}-{:0>2}".format(*match.groups()))
            if iso:
                return iso, "url"
    if header_date:
        return header_date, "header"
    return None, None


def clean_text(
    source_text: str,
    *,
    source: str = "<text>",
    title_hint: str | None = None,
    guess_headline: bool = True,
    options: CleanOptions = CleanOptions(),
    rules: BoilerplateRules | None = None,
    registry: OutletRegistry | None = None,
    dates: PageDateParser | None = None,
) -> _TextResult:
    """Clean a plain-text page; see the module docstring. Raise InputRejected when no body remains."""
    rules = rules if rules is not None else load_rules()
    registry = registry if registry is not None else default_registry()
    dates = dates if dates is not None else page_date_parser()
    spans = unwrap_lines(source_text, split_lines(source_text))
    lines = [flatten_breaks(source_text[span.start:span.end]) for span in spans]
    kinds: list[str | None] = [None] * len(lines)
    bylines: list[str] = []
    page_dates: list[PageDate] = []
    header_dates: list[tuple[int, PageDate]] = []  # (line index, date) of widget lines that carry the page date

    in_block = False
    for index, line in enumerate(lines):
        verdict = rules.classify(line)
        if in_block:
            if verdict is not None:
                kinds[index] = verdict.kind
                continue
            if rules.is_teaser(line) or dates.date_line(line):
                kinds[index] = KIND_TEASER
                continue
            in_block = False
        if verdict is not None:
            kinds[index] = verdict.kind
            in_block = verdict.role == "block"
            header_date = header_date_line(line, dates, rules) if verdict.role == "widget" else None
            if header_date:
                header_dates.append((index, header_date))
            continue
        page_date = dates.date_line(line)
        if page_date:
            kinds[index] = "date"
            page_dates.append(page_date)
            continue
        header_date = header_date_line(line, dates, rules)
        if header_date:
            kinds[index] = "date"
            header_dates.append((index, header_date))
            continue
        byline = byline_from_prefixed(line, rules)
        if byline:
            kinds[index] = "byline"
            bylines.append(byline)

    remaining = [i for i, kind in enumerate(kinds) if kind is None]
    first_body = next((i for i in remaining if _is_body_paragraph(lines[i], options) or _is_ticker_entry(lines[i])),
                      len(lines))
    _mark_menu_runs(remaining, first_body, lines, kinds)
    head = [i for i, kind in enumerate(kinds[:first_body]) if kind is None]

    title = None
    headline_index = _find_headline(lines, head, title_hint, guess_headline, options, rules, registry)
    if headline_index is not None:
        title = lines[headline_index]
        kinds[headline_index] = "headline"
        for i in head:
            if i < headline_index:
                kinds[i] = "masthead"  # site name, tagline, section label above the headline
        after = [i for i in head if i > headline_index]
        if after and author_name_line(lines[after[0]], rules):
            kinds[after[0]] = "byline"
            bylines.append(lines[after[0]])  # a prefixed byline ("إعداد: ...") is surer and wins

    remaining = [i for i, kind in enumerate(kinds) if kind is None]
    dateline = (find_dateline(lines[remaining[0]], rules, registry)
                if remaining and not _is_ticker_entry(lines[remaining[0]]) else None)
    body = [i for i, kind in enumerate(kinds) if kind is None]
    if headline_index is not None and not _has_letters(" ".join(lines[i] for i in body), options.min_body_letters):
        # A one-line flash ("قتل جندي في هجوم على حاجز ...") is its own body: keep the line as text and title.
        kinds[headline_index] = None
        body = [i for i, kind in enumerate(kinds) if kind is None]
    text, segments = join_runs(source_text, ((spans[i].start, spans[i].end) for i in body))
    if not _has_letters(text, options.min_body_letters):
        raise InputRejected(
            source, "no-text",
            "no article text left after removing page furniture (navigation, widgets, related links); "
            "check that the input is an article page and not an index, menu or error page",
        )
    credit_outlet = None
    for i, kind in enumerate(kinds):
        if kind in ("copyright", "source-credit"):
            known = registry.find_in_text(lines[i])
            if known:
                credit_outlet = known.name_en
                break
    page_dates.sort(key=lambda found: _DATE_ROLE_RANK[found.role])
    # only the page's own header (above the first body paragraph) dates the page: not a teaser, not the body
    header_dates = sorted((found for i, found in header_dates if i < first_body),
                          key=lambda found: _DATE_ROLE_RANK[found.role])
    return _TextResult(
        text=text,
        segments=segments,
        removed=[(spans[i].start, spans[i].end, kind) for i, kind in enumerate(kinds) if kind is not None],
        title=title,
        byline=bylines[0] if bylines else None,
        dateline=dateline.text if dateline else None,
        dateline_outlet=dateline.outlet if dateline else None,
        credit_outlet=credit_outlet,
        page_date=page_dates[0] if page_dates else None,
        header_date=header_dates[0] if header_dates else None,
    )


def _has_letters(text: str, minimum: int) -> bool:
    """True when `text` has at least `minimum` letters (stops counting once it has)."""
    count = 0
    for run in _LETTER_RUN.finditer(text):
        count += len(run.group(0))
        if count >= minimum:
            return True
    return False


def _mark_menu_runs(remaining: list[int], first_body: int, lines: list[str], kinds: list[str | None]) -> None:
    """Before the body starts, four or more one-to-three-word lines in a row are a menu."""
    run: list[int] = []
    for i in remaining:
        if i < first_body and len(lines[i].split()) <= 3 and not lines[i].endswith((".", ":")):
            run.append(i)
            continue
        _flush_menu_run(run, kinds)
        run = []
    _flush_menu_run(run, kinds)


def _flush_menu_run(run: list[int], kinds: list[str | None]) -> None:
    if len(run) >= 4:
        for i in run:
            kinds[i] = "navigation"


def _is_body_paragraph(line: str, options: CleanOptions) -> bool:
    words = line.count(" ") + 1
    return words >= options.body_paragraph_words and (line.rstrip(_CLOSERS).endswith(_BODY_END) or words >= 25)


def _is_ticker_entry(line: str) -> bool:
    """A timestamped entry of a live ticker with a sentence of news: "06:40 عاجل | مقتل ثلاثة ...", "١٤:٢٠ - ..."."""
    match = _TICKER_ENTRY.match(line)
    if match is None or line.endswith(_TEASER_CUT):
        return False
    return ARABIC_LETTERS.search(match.group("news")) is not None


def _find_headline(lines: list[str], head: list[int], title_hint: str | None, guess: bool,
                   options: CleanOptions, rules: BoilerplateRules, registry: OutletRegistry) -> int | None:
    """The headline among the lines above the first body paragraph.

    With a title from the container or HTML, the line that matches it. Otherwise the longest headline-like line:
    mastheads, taglines and section labels above the headline are shorter than it far more often than not.
    """
    if title_hint:
        wanted = fold(title_hint)
        for i in head[:8]:
            candidate = fold(lines[i])
            overlaps = len(candidate) > 10 and (candidate in wanted or wanted in candidate)
            if candidate and (candidate == wanted or overlaps):
                return i
    if not guess:
        return None
    best, best_words = None, 0
    for position, i in enumerate(head[:8]):
        line = lines[i]
        words = len(line.split())
        if not 2 <= words <= options.max_headline_words or _ends_with_period(line) or not ARABIC_LETTERS.search(line):
            continue
        if registry.by_name(line) or (position > 0 and author_name_line(line, rules)):
            continue
        if words >= best_words:
            best, best_words = i, words
    return best


def _ends_with_period(line: str) -> bool:
    return line.endswith(".") and not line.endswith("..")
