"""The `marsad` command line: thin wrappers over the library that turn errors into one line and an exit code.

Exit codes: 0 every input fine; 1 some inputs rejected (each reported); 2 usage error; 3 store error;
130 interrupted.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from marsad import __version__
from marsad.errors import MarsadError, UsageError
from marsad.settings import SETTINGS, Settings, load_settings

app = typer.Typer(
    name="marsad",
    help="marsad (مرصد): Arabic conflict news in, trustworthy event data out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[
    Optional[str],
    typer.Option("--db", help="SQLite file or postgresql:// URL (default: setting 'db', ./marsad.db)."),
]


@app.callback()
def _quiet_third_party_logs() -> None:
    """marsad reports problems itself, one line per input; libraries' own warnings would only repeat them."""
    for name in ("trafilatura", "htmldate", "courlan", "charset_normalizer"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def handle_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into `marsad: error: ...` on stderr and the error's exit code."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except MarsadError as exc:
            err.print(f"marsad: error: {exc}", markup=False)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            err.print("marsad: interrupted; articles committed so far are kept, run the command again to complete")
            raise typer.Exit(130) from None

    return wrapper


def _settings(db: str | None = None) -> Settings:
    return load_settings(db=db)


def _open_store(settings: Settings):
    from marsad.store import Store

    return Store.open(settings.db)


def _print_summary(summary, settings: Settings, title: str) -> None:
    for rejection in summary.rejected:
        err.print(f"rejected [{rejection.code}] {rejection.message}", markup=False)
    for article_id, language in summary.non_arabic:
        err.print(
            f"not Arabic [{language}] {article_id}: stored and flagged, skipped by Arabic extraction", markup=False
        )
    table = Table(title=title, show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("inputs", str(summary.inputs))
    table.add_row("articles read", str(summary.documents))
    table.add_row("cleaned and stored", str(summary.cleaned))
    table.add_row("unchanged (already stored)", str(summary.unchanged))
    table.add_row("syndicated duplicates", str(len(summary.duplicates)))
    table.add_row("not Arabic (flagged)", str(len(summary.non_arabic)))
    table.add_row("rejected inputs", str(len(summary.rejected)))
    table.add_row("event mentions coded", str(summary.mentions))
    table.add_row("claims (accusations, denials, threats)", str(summary.claims))
    if summary.link is not None:
        table.add_row("events (linked across articles)", str(summary.link.events))
        table.add_row("  reported by several sources", str(summary.link.multi_source_events))
        table.add_row("  with conflicting reports", str(summary.link.events_with_conflicts))
        table.add_row("incidents", str(summary.link.incidents))
    table.add_row("seconds", f"{summary.seconds:.2f}")
    out.print(table)
    if summary.per_outlet:
        outlets = Table(title="articles per outlet", title_justify="left")
        outlets.add_column("outlet")
        outlets.add_column("articles", justify="right")
        for outlet, count in summary.per_outlet.most_common():
            outlets.add_row(outlet, str(count))
        out.print(outlets)
    if summary.per_language:
        out.print("languages: " + ", ".join(f"{lang} {n}" for lang, n in summary.per_language.most_common()))
    for copy, original, similarity in summary.duplicates:
        out.print(f"duplicate: {copy} is a copy of {original} (similarity {similarity:.2f})")
    out.print(f"store: {settings.db}")


def _run(paths: list[str], settings: Settings, input_format: str, command: str, quiet: bool) -> int:
    from marsad.ingest import plan_inputs
    from marsad.pipeline import Pipeline

    with _open_store(settings) as store:
        pipeline = Pipeline(store, settings, input_format=input_format)
        show_bar = not quiet and err.is_terminal
        if show_bar:
            total = sum(f.size_bytes for f in plan_inputs(paths, pipeline.ingest_options).files)
            with Progress(
                TextColumn("[progress.description]{task.description}"),
                BarColumn(),
                DownloadColumn(),
                TimeRemainingColumn(),
                console=err,
                transient=True,
            ) as bar:
                task = bar.add_task("ingesting", total=total or None)
                summary = pipeline.run(
                    paths, command=command, progress=lambda f, n: bar.update(task, advance=n, description=f.stem)
                )
        else:
            summary = pipeline.run(paths, command=command)
    if not quiet:
        _print_summary(summary, settings, f"marsad {command}")
    return summary.exit_code


@app.command()
@handle_errors
def run(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or - for stdin.")],
    db: DbOption = None,
    input_format: Annotated[
        str, typer.Option("--format", help="Input format: auto, text, html, jsonl, rss, warc.")
    ] = "auto",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
) -> None:
    """Ingest, clean, code and link the articles in PATHS."""
    if input_format not in ("auto", "text", "html", "jsonl", "rss", "warc"):
        raise UsageError(f"unknown --format '{input_format}'; use auto, text, html, jsonl, rss or warc")
    raise typer.Exit(_run(paths, _settings(db), input_format, "run", quiet))


@app.command()
@handle_errors
def demo(db: DbOption = None) -> None:
    """Run the pipeline over the built-in sample corpus and print a summary."""
    from marsad.corpus import corpus_files

    settings = _settings(db)
    files = [str(path) for path in corpus_files()]
    out.print(f"marsad {__version__} demo: {len(files)} sample files from the built-in corpus")
    _run(files, settings, "auto", "demo", quiet=False)


@app.command()
@handle_errors
def articles(
    db: DbOption = None,
    status: Annotated[Optional[str], typer.Option(help="ok, duplicate or non_arabic.")] = None,
    outlet: Annotated[Optional[str], typer.Option(help="Only this outlet (English name as listed).")] = None,
    limit: Annotated[int, typer.Option(help="How many to list.")] = 50,
    offset: Annotated[int, typer.Option(help="Skip this many first.")] = 0,
) -> None:
    """List stored articles."""
    with _open_store(_settings(db)) as store:
        rows = store.list_articles(status=status, outlet=outlet, limit=limit, offset=offset)
        total = store.count_articles(**{k: v for k, v in (("status", status), ("outlet", outlet)) if v})
    table = Table(title=f"{len(rows)} of {total} articles", title_justify="left")
    for column in ("id", "published", "outlet", "lang", "status", "title"):
        table.add_column(column, overflow="fold")
    for row in rows:
        status_text = row["status"] if row["status"] != "duplicate" else f"duplicate of {row['duplicate_of']}"
        table.add_row(
            row["id"], row["published"] or "", row["outlet"] or "", row["language"] or "", status_text,
            (row["title"] or "")[:80],
        )
    out.print(table)


@app.command()
@handle_errors
def show(
    article_id: Annotated[str, typer.Argument(metavar="ID", help="Article id (as listed by `marsad articles`).")],
    db: DbOption = None,
    source: Annotated[bool, typer.Option("--source", help="Also print the source text as given.")] = False,
) -> None:
    """Print one article: metadata, event mentions with evidence, and the text."""
    with _open_store(_settings(db)) as store:
        row = store.get_article(article_id)
    if row is None:
        raise UsageError(f"no article with id '{article_id}'; list ids with `marsad articles`")
    for key in ("id", "title", "outlet", "byline", "dateline", "published", "published_from", "url",
                "canonical_url", "language", "status", "duplicate_of", "source", "input_format", "encoding"):
        if row.get(key) not in (None, ""):
            out.print(f"[bold]{key}[/bold]: ", end="")
            out.print(str(row[key]), markup=False)
    if row["removed"]:
        kinds = sorted({kind for _, _, kind in row["removed"]})
        out.print(f"[bold]removed[/bold]: {len(row['removed'])} boilerplate blocks ({', '.join(kinds)})")
    with _open_store(_settings(db)) as store:
        mentions = store.list_mentions(article_id=article_id, limit=None)
        claims = store.claims_of(article_id)
        set_aside = store.set_aside_mentions(article_id)
    if mentions:
        out.rule(f"{len(mentions)} event mentions")
    for mention in mentions:
        deaths = "" if mention["fatalities"] is None else f", {mention['fatalities']} killed"
        out.print(f"[bold]{mention['id']}[/bold] {mention['event_type']} / {mention['sub_event_type']} "
                  f"on {mention['event_date'] or 'unknown date'} at {mention['location'] or mention['country'] or '?'}"
                  f"{deaths} (confidence {mention['confidence']:.2f})", markup=True, highlight=False)
        out.print(f"  actors: {mention['actor1'] or '?'} vs {mention['actor2'] or '-'}", markup=False)
        out.print(f"  why: {mention['explanation']}", markup=False)
        for evidence in mention["evidence"]:
            if evidence["field"] != "sentence":
                out.print(f"  {evidence['field']}: «{evidence['text']}» [{evidence['start']}:{evidence['end']}]",
                          markup=False)
    for claim in claims:
        out.print(f"claim ({claim['kind']}): {claim['claimant'] or '?'} → {claim['target'] or '?'}: "
                  f"«{claim['evidence']['text'][:160]}»", markup=False)
    if set_aside:
        out.rule(f"{len(set_aside)} set aside by the mention filter (not linked or exported)")
    for mention in set_aside:
        trigger = next((e for e in mention["evidence"] if e["field"] == "trigger"), None)
        out.print(f"p={mention['probability']:.2f} {mention['event_type']} / {mention['sub_event_type']} on "
                  f"{mention['event_date'] or 'unknown date'} at {mention['location'] or mention['country'] or '?'}"
                  + (f": «{trigger['text']}» [{trigger['start']}:{trigger['end']}]" if trigger else ""),
                  markup=False, highlight=False)
    if source or mentions:
        out.rule("source text (evidence highlighted, boilerplate struck through)")
        out.print(_highlighted_source(row, mentions, claims))
    else:
        out.rule("text")
        out.print(row["clean_text"], markup=False)


@app.command()
@handle_errors
def events(
    db: DbOption = None,
    event_type: Annotated[Optional[str], typer.Option("--type", help="Only this ACLED event type.")] = None,
    country: Annotated[Optional[str], typer.Option(help="Only this country (English name).")] = None,
    admin1: Annotated[Optional[str], typer.Option(help="Only this first-level admin area.")] = None,
    actor: Annotated[Optional[str], typer.Option(help="Only events with this actor (canonical name).")] = None,
    incident: Annotated[Optional[str], typer.Option(help="Only the events of this incident.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Event date on or after YYYY-MM-DD.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Event date on or before YYYY-MM-DD.")] = None,
    conflicts: Annotated[bool, typer.Option("--conflicts", help="Only events whose sources disagree.")] = False,
    limit: Annotated[int, typer.Option(help="How many to list.")] = 50,
) -> None:
    """List linked events (one per real-world event, with all its sources), newest first."""
    filters = dict(event_type=event_type, country=country, admin1=admin1, actor=actor, incident=incident,
                   since=since, until=until, has_conflicts=True if conflicts else None)
    with _open_store(_settings(db)) as store:
        rows = store.list_events(limit=limit, **filters)
        total = store.count_events(**filters)
    table = Table(title=f"{len(rows)} of {total} events", title_justify="left")
    for column in ("id", "date", "type", "sub-type", "location", "actor1", "actor2", "deaths", "sources",
                   "conflicts", "incident"):
        table.add_column(column, overflow="fold")
    for row in rows:
        deaths = "" if row["fatalities"] is None else str(row["fatalities"])
        if row["fatalities_high"] is not None and row["fatalities_high"] != row["fatalities"]:
            deaths += f" ({row['fatalities_low']}–{row['fatalities_high']})"
        table.add_row(row["id"], row["event_date"] or "", row["event_type"], row["sub_event_type"],
                      row["location"] or row["admin1"] or row["country"] or "", row["actor1"] or "",
                      row["actor2"] or "", deaths, str(row["sources"]),
                      ", ".join(c["field"] for c in row["conflicts"]), row["incident_id"] or "")
    out.print(table)


def _print_timeline(claims: list[dict], title: str) -> None:
    if not claims:
        return
    table = Table(title=title, title_justify="left")
    for column in ("reported", "outlet", "counts", "value", "wording", "superseded by"):
        table.add_column(column, overflow="fold")
    for claim in claims:
        table.add_row(claim.get("report_date") or "?", claim.get("outlet") or claim.get("source_article_id") or "",
                      claim.get("counts") or "", "" if claim.get("coded") is None else str(claim["coded"]),
                      claim.get("surface") or "", claim.get("superseded_by") or "")
    out.print(table)


def _print_conflicts(conflicts: list[dict]) -> None:
    for conflict in conflicts:
        out.print(f"[bold yellow]conflict on {conflict['field']}[/bold yellow] (coded: {conflict['chosen']})")
        for value in conflict["values"]:
            out.print(f"  {value['value']} — {', '.join(o for o in value['outlets'] if o) or ', '.join(value['sources'])}",
                      markup=False)


@app.command("show-event")
@handle_errors
def show_event(
    event_id: Annotated[str, typer.Argument(metavar="ID", help="Event id (as listed by `marsad events`).")],
    db: DbOption = None,
) -> None:
    """Print one event: coded fields, every source with its evidence, the figures timeline and conflicts."""
    with _open_store(_settings(db)) as store:
        event = store.get_event(event_id)
        if event is None:
            raise UsageError(f"no event with id '{event_id}'; list ids with `marsad events`")
        mentions = store.mentions_of_event(event_id)
        urls = store.source_urls(event["article_ids"])
    deaths = "unknown" if event["fatalities"] is None else str(event["fatalities"])
    out.print(f"[bold]{event['id']}[/bold] {event['event_type']} / {event['sub_event_type']}")
    out.print(f"date: {event['event_date'] or 'unknown'} (precision {event['time_precision']}); "
              f"place: {event['location'] or event['admin1'] or event['country'] or 'unknown'}"
              f" ({event['latitude']}, {event['longitude']}; precision {event['geo_precision']})", markup=False)
    out.print(f"actors: {event['actor1'] or '?'} vs {event['actor2'] or '-'}", markup=False)
    out.print(f"fatalities: {deaths} (ACLED, conservative); low/best/high {event['fatalities_low']}/"
              f"{event['fatalities_best']}/{event['fatalities_high']}", markup=False)
    out.print(f"sources: {event['sources']} original ({', '.join(event['outlets'])}); incident: "
              f"{event['incident_id'] or '-'}", markup=False)
    for url in urls:
        out.print(f"  {url}", markup=False)
    out.rule(f"{len(mentions)} reports")
    for mention in mentions:
        out.print(f"[bold]{mention['outlet'] or mention['article_id']}[/bold] ({mention['published'] or 'undated'}, "
                  f"{mention['article_id']}): {mention['sub_event_type']}, {mention['event_date'] or '?'}, "
                  f"{mention['location'] or '?'}, deaths {mention['fatalities']}", highlight=False)
        for evidence in mention["evidence"]:
            if evidence["field"] != "sentence":
                out.print(f"  {evidence['field']}: «{evidence['text']}»", markup=False)
    killed = event["counts"].get("killed")
    _print_timeline(list(killed["timeline"]) if killed else [], "death toll as reported over time")
    _print_conflicts(event["conflicts"])


@app.command("show-incident")
@handle_errors
def show_incident(
    incident_id: Annotated[str, typer.Argument(metavar="ID", help="Incident id (see `marsad events`).")],
    db: DbOption = None,
) -> None:
    """Print one incident: its events day by day, the casualty-figures timeline and the conflicts."""
    with _open_store(_settings(db)) as store:
        incident = store.get_incident(incident_id)
        if incident is None:
            raise UsageError(f"no incident with id '{incident_id}'; list incidents with `marsad incidents`")
        incident_events = [store.get_event(event_id) for event_id in incident["event_ids"]]
    out.print(f"[bold]{incident['id']}[/bold] {incident['first_date']} – {incident['last_date']}, "
              f"{incident['country']}: {', '.join(incident['locations'])}", highlight=False)
    out.print(f"actors: {', '.join(incident['actors'])}", markup=False)
    out.print(f"fatalities: {incident['fatalities']} (low/best/high {incident['fatalities_low']}/"
              f"{incident['fatalities_best']}/{incident['fatalities_high']}); sources: {incident['sources']}")
    table = Table(title="events", title_justify="left")
    for column in ("id", "date", "type", "location", "actors", "deaths", "sources"):
        table.add_column(column, overflow="fold")
    for event in sorted((e for e in incident_events if e), key=lambda e: e["event_date"] or ""):
        table.add_row(event["id"], event["event_date"] or "", event["sub_event_type"], event["location"] or "",
                      f"{event['actor1'] or '?'} / {event['actor2'] or '-'}",
                      "" if event["fatalities"] is None else str(event["fatalities"]), str(event["sources"]))
    out.print(table)
    _print_timeline(incident["timeline"], "casualty figures as reported over time")
    _print_conflicts(incident["conflicts"])


@app.command()
@handle_errors
def incidents(
    db: DbOption = None,
    country: Annotated[Optional[str], typer.Option(help="Only this country.")] = None,
    limit: Annotated[int, typer.Option(help="How many to list.")] = 50,
) -> None:
    """List incidents (multi-day operations grouping their daily events)."""
    with _open_store(_settings(db)) as store:
        rows = store.list_incidents(limit=limit, country=country)
        total = store.count_incidents()
    table = Table(title=f"{len(rows)} of {total} incidents", title_justify="left")
    for column in ("id", "from", "to", "country", "places", "events", "deaths", "sources"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(row["id"], row["first_date"] or "", row["last_date"] or "", row["country"] or "",
                      ", ".join(row["locations"][:3]), str(len(row["event_ids"])),
                      "" if row["fatalities"] is None else str(row["fatalities"]), str(row["sources"]))
    out.print(table)


@app.command()
@handle_errors
def link(
    db: DbOption = None,
    rebuild: Annotated[bool, typer.Option(
        "--rebuild", help="Rebuild every event and incident from the stored mentions instead of linking only the "
                          "articles changed since the last link (same result; use after editing the store by hand)."
    )] = False,
) -> None:
    """Link the mentions of new and changed articles into events and incidents (runs after every `run`)."""
    from marsad.link.persist import link_store

    with _open_store(_settings(db)) as store:
        summary = link_store(store, rebuild=rebuild)
    if summary.mode == "rebuild":
        out.print(f"rebuilt every event from {summary.mentions} mentions ({summary.reason}) in {summary.seconds:.1f} s")
    else:
        out.print(f"linked {summary.mentions_added} new or changed mentions and removed {summary.mentions_removed} "
                  f"(read {summary.mentions_loaded} stored ones) in {summary.seconds:.1f} s: "
                  f"{summary.events_written} events written, {summary.events_removed} removed")
    out.print(f"the store holds {summary.events} events ({summary.multi_source_events} with several sources, "
              f"{summary.events_with_conflicts} with conflicting reports) and {summary.incidents} incidents")


@app.command()
@handle_errors
def mentions(
    db: DbOption = None,
    event_type: Annotated[Optional[str], typer.Option("--type", help="Only this ACLED event type.")] = None,
    country: Annotated[Optional[str], typer.Option(help="Only this country (English name).")] = None,
    actor: Annotated[Optional[str], typer.Option(help="Only events with this actor (canonical name).")] = None,
    since: Annotated[Optional[str], typer.Option(help="Event date on or after YYYY-MM-DD.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Event date on or before YYYY-MM-DD.")] = None,
    limit: Annotated[int, typer.Option(help="How many to list.")] = 50,
) -> None:
    """List coded event mentions (one per article and event, before linking)."""
    with _open_store(_settings(db)) as store:
        rows = store.list_mentions(event_type=event_type, country=country, actor=actor, since=since,
                                   until=until, limit=limit)
        total = store.count_mentions()
    table = Table(title=f"{len(rows)} of {total} event mentions", title_justify="left")
    for column in ("id", "date", "type", "sub-type", "location", "actor1", "actor2", "deaths", "conf"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(row["id"], row["event_date"] or "", row["event_type"], row["sub_event_type"],
                      row["location"] or row["country"] or "", row["actor1"] or "", row["actor2"] or "",
                      "" if row["fatalities"] is None else str(row["fatalities"]), f"{row['confidence']:.2f}")
    out.print(table)


EVIDENCE_STYLES = {
    "trigger": "bold white on red",
    "event_date": "black on yellow",
    "location": "black on green",
    "actor1": "black on cyan",
    "actor2": "black on magenta",
    "fatalities": "bold white on blue",
    "claim": "underline",
}


def _highlighted_source(row: dict, mentions: list[dict], claims: list[dict]):
    from rich.text import Text

    text = Text(row["source_text"])
    for start, end, _kind in row["removed"]:
        text.stylize("dim strike", start, end)
    for claim in claims:
        evidence = claim["evidence"]
        text.stylize(EVIDENCE_STYLES["claim"], evidence["start"], evidence["end"])
    for mention in mentions:
        for evidence in mention["evidence"]:
            style = EVIDENCE_STYLES.get(evidence["field"])
            if style:
                text.stylize(style, evidence["start"], evidence["end"])
    return text


@app.command()
@handle_errors
def export(
    level: Annotated[str, typer.Option(help="articles, mentions, events or incidents.")] = "events",
    output_format: Annotated[str, typer.Option("--format", help="csv, jsonl, geojson or parquet.")] = "csv",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default stdout).")] = None,
    db: DbOption = None,
    status: Annotated[Optional[str], typer.Option(help="Only articles with this status.")] = None,
    outlet: Annotated[Optional[str], typer.Option(help="Only this outlet.")] = None,
    since: Annotated[Optional[str], typer.Option(help="On or after YYYY-MM-DD (publication or event date).")] = None,
    until: Annotated[Optional[str], typer.Option(help="On or before YYYY-MM-DD (publication or event date).")] = None,
    event_type: Annotated[Optional[str], typer.Option("--type", help="Mentions: only this event type.")] = None,
    country: Annotated[Optional[str], typer.Option(help="Mentions: only this country.")] = None,
    admin1: Annotated[Optional[str], typer.Option(help="Mentions: only this first-level admin area.")] = None,
    actor: Annotated[Optional[str], typer.Option(help="Mentions: only events with this actor.")] = None,
    incident: Annotated[Optional[str], typer.Option(help="Events: only the events of this incident.")] = None,
) -> None:
    """Write stored records as CSV, JSONL, GeoJSON or Parquet (events in CSV: ACLED's 31 columns first)."""
    from marsad.export import export as export_records

    filters = {k: v for k, v in (("status", status), ("outlet", outlet), ("since", since), ("until", until),
                                 ("event_type", event_type), ("country", country), ("admin1", admin1),
                                 ("actor", actor), ("incident", incident)) if v}
    with _open_store(_settings(db)) as store:
        if output is None:
            count = export_records(store, level, output_format, sys.stdout, filters)
        else:
            mode = "wb" if output_format == "parquet" else "w"
            with output.open(mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": ""})) as handle:
                count = export_records(store, level, output_format, handle, filters)
    err.print(f"exported {count} {level}" + (f" to {output}" if output else ""))


@app.command()
@handle_errors
def recode(db: DbOption = None) -> None:
    """Code the events of every stored article again (after updating marsad or its lexicons)."""
    from marsad.pipeline import Pipeline

    settings = _settings(db)
    with _open_store(settings) as store:
        summary = Pipeline(store, settings).recode()
    out.print(f"recoded {summary.documents} articles: {summary.mentions} event mentions, {summary.claims} claims "
              f"in {summary.seconds:.1f} s")


@app.command("eval")
@handle_errors
def evaluate_command(
    gold: Annotated[Optional[Path], typer.Argument(
        help="Gold JSON files (a folder or one file), or a gold JSONL file.")] = None,
    sentences: Annotated[Optional[Path], typer.Option(
        "--sentences", help="Score sentence-level reportedness on a labelled JSONL file instead.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    baseline: Annotated[
        Optional[Path], typer.Option(help="Check the scores against this gate file (floors and corpus hash).")
    ] = None,
    update_baseline: Annotated[
        bool, typer.Option("--update-baseline", help="Write the current scores as the new floors of --baseline.")
    ] = False,
    allow_lower_floor: Annotated[
        bool, typer.Option("--allow-lower-floor", help="With --update-baseline: allow floors to go down.")
    ] = False,
    rules_only: Annotated[
        bool, typer.Option("--rules-only", help="Score the coding rules alone, without the learned mention filter.")
    ] = False,
) -> None:
    """Score the event coder against gold annotations (metrics of the gold README)."""
    import json as json_module

    from marsad.eval_gate import check_gate, update_baseline as write_baseline
    from marsad.evaluate import format_report, run_evaluation
    from marsad.events.coder import EventCoder
    from marsad.events.predict import code_text

    if sentences is not None:
        from marsad.sentence_eval import coder_classifier, format_sentence_report, run_sentence_evaluation

        sentence_report = run_sentence_evaluation(
            sentences, coder_classifier(EventCoder.default(mention_filter=not rules_only)))
        out.print(json_module.dumps({k: v for k, v in sentence_report.items()}, ensure_ascii=False, default=str,
                                    indent=1) if as_json else format_sentence_report(sentence_report),
                  markup=False, highlight=False)
        return
    if gold is None:
        raise UsageError("give a folder of gold JSON files (or --sentences FILE)")
    if not gold.exists():
        raise UsageError(f"{gold}: no such file or folder; give a folder of gold JSON files")
    from marsad.link.persist import incidents_by_article

    coder = EventCoder.default(mention_filter=not rules_only)
    report = run_evaluation(
        gold,
        lambda article: code_text(article.id, article.text, url=article.url, coder=coder).mentions,
        link=lambda _gold, predictions: incidents_by_article(predictions),
    )
    out.print(json_module.dumps(report.as_dict(), ensure_ascii=False, indent=1) if as_json
              else format_report(report), markup=False, highlight=False)
    if baseline is not None and update_baseline:
        write_baseline(report, baseline, allow_lower=allow_lower_floor)
        err.print(f"wrote floors to {baseline}")
    elif baseline is not None:
        failures = check_gate(report, baseline)
        for failure in failures:
            err.print(f"gate: {failure}", markup=False)
        if failures:
            raise typer.Exit(1)
        err.print(f"gate passed ({baseline})")


@app.command()
@handle_errors
def rejections(
    db: DbOption = None,
    run_id: Annotated[Optional[int], typer.Option("--run", help="Only this run.")] = None,
    limit: Annotated[int, typer.Option(help="How many to list.")] = 50,
) -> None:
    """List inputs that were rejected, newest first, with the reason."""
    with _open_store(_settings(db)) as store:
        rows = store.rejections(run_id=run_id, limit=limit)
    table = Table(title=f"{len(rows)} rejected inputs", title_justify="left")
    for column in ("run", "code", "source", "message"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(str(row["run_id"]), row["code"], row["source"], row["message"])
    out.print(table)


@app.command()
@handle_errors
def runs(db: DbOption = None, limit: Annotated[int, typer.Option(help="How many to list.")] = 20) -> None:
    """List recent runs and what they did."""
    with _open_store(_settings(db)) as store:
        rows = store.runs(limit)
    table = Table(title="runs", title_justify="left")
    for column in ("id", "command", "started", "finished", "status", "summary"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(str(row["id"]), row["command"], row["started_at"], row["finished_at"] or "",
                      row["status"], row["summary"] or "")
    out.print(table)


@app.command()
@handle_errors
def settings() -> None:
    """Show every setting: its effective value, where to set it, and what it does."""
    effective = load_settings()
    table = Table(title="settings", title_justify="left")
    for column in ("name", "value", "environment", "help"):
        table.add_column(column, overflow="fold")
    for setting in SETTINGS:
        table.add_row(setting.name, str(getattr(effective, setting.name)), setting.env, setting.help)
    out.print(table)


def _print_watch_report(report) -> None:
    for source in report.sources:
        line = f"{source.status:13s} {source.name}: {source.new_items} new items, {source.articles} articles"
        if source.error:
            line += f"; failed ({source.failures} in a row): {source.error}"
        err.print(line, markup=False, highlight=False)
        for problem in source.problems:
            err.print(f"  {problem}", markup=False, highlight=False)
    for alert in report.alerts:
        out.print(f"alert [{alert.severity}] {alert.kind}: {alert.title}", markup=False, highlight=False)
    for delivery in report.deliveries.failed:
        err.print(f"delivery failed: {delivery.channel} {delivery.alert_key}: {delivery.last_error}", markup=False)


@app.command()
@handle_errors
def watch(
    config: Annotated[Path, typer.Argument(help="Watch configuration (YAML): sources, watchlists, channels.")],
    db: DbOption = None,
    once: Annotated[bool, typer.Option("--once", help="Make one pass and exit (for cron).")] = False,
) -> None:
    """Watch news feeds and sitemaps, code and link new articles, and send alerts; runs until stopped."""
    from marsad.watch.runner import run_watch

    settings = _settings(db)
    if not config.is_file():
        raise UsageError(f"{config}: no such file; write a watch configuration (see docs/watch.md)")
    if once:
        report = run_watch(config, settings.db, once=True, settings=settings)
        _print_watch_report(report)
        raise typer.Exit(1 if report.failed else 0)
    err.print(f"watching {config} into {settings.db}; Ctrl-C to stop")
    run_watch(config, settings.db, settings=settings, on_report=_print_watch_report)


@app.command()
@handle_errors
def alerts(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="How many to list.")] = 50,
) -> None:
    """List alerts sent (newest first) with their delivery state per channel."""
    from marsad.watch.runner import list_alerts, open_watch_store

    store = open_watch_store(_settings(db).db)
    try:
        listed = list_alerts(store, limit=limit)
    finally:
        store.close()
    table = Table(title=f"{len(listed['data'])} of {listed['count']} alerts", title_justify="left")
    for column in ("created", "severity", "kind", "watchlist", "event", "changes", "deliveries"):
        table.add_column(column, overflow="fold")
    for alert in listed["data"]:
        deliveries = ", ".join(f"{d['channel']}: {d['status']}" for d in alert.get("deliveries", []))
        table.add_row(alert["created_at"], alert["severity"], alert["kind"], alert["watchlist"], alert["event_id"],
                      "; ".join(alert.get("changes") or []), deliveries)
    out.print(table)


watchlist_app = typer.Typer(help="Check watchlists against stored events.")
app.add_typer(watchlist_app, name="watchlist")


@watchlist_app.command("test")
@handle_errors
def watchlist_test(
    file: Annotated[Path, typer.Argument(help="Watchlist YAML file.")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="How many stored events to check, newest first.")] = 1000,
) -> None:
    """Show which stored events a watchlist would match, and why (nothing is sent or recorded)."""
    from marsad.watch.runner import try_watchlists

    if not file.is_file():
        raise UsageError(f"{file}: no such file; give a watchlist YAML file")
    with _open_store(_settings(db)) as store:
        result = try_watchlists(store, file, limit=limit)
    table = Table(title=f"{result['count']} matches among {result['checked']} events", title_justify="left")
    for column in ("watchlist", "severity", "event", "date", "type", "location", "why"):
        table.add_column(column, overflow="fold")
    for match in result["data"]:
        event = match["event"]
        table.add_row(match["watchlist"], match["severity"], match["event_id"], event.get("event_date") or "",
                      event.get("event_type") or "", event.get("location") or "", "; ".join(match["reasons"]))
    out.print(table)


gazetteer_app = typer.Typer(help="Look up places, and merge GeoNames dumps for full village coverage.")
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("lookup")
@handle_errors
def gazetteer_lookup(
    name: Annotated[str, typer.Argument(help="Place name in Arabic or English, any spelling.")],
    limit: Annotated[int, typer.Option(help="How many candidates to show.")] = 20,
) -> None:
    """Show the gazetteer's candidates for NAME, most populous first."""
    from marsad.text.places import Gazetteer, lookup

    places = lookup(name, Gazetteer.load())
    if not places:
        err.print(f"no place called '{name}' in the gazetteer; `marsad gazetteer import` adds a GeoNames dump")
        raise typer.Exit(1)
    table = Table(title=f"{len(places)} candidates for {name}", title_justify="left")
    for column in ("id", "name", "arabic", "kind", "country", "admin1", "admin2", "lat", "lon", "population"):
        table.add_column(column, overflow="fold")
    for place in places[:limit]:
        table.add_row(place.id, place.name_en, place.name_ar, place.kind, place.country, place.admin1,
                      place.admin2, f"{place.lat:.4f}", f"{place.lon:.4f}", str(place.population))
    out.print(table)


@gazetteer_app.command("import")
@handle_errors
def gazetteer_import(
    dump: Annotated[Path, typer.Argument(help="GeoNames country dump (e.g. SY.txt, tab-separated, 19 columns).")],
    countries: Annotated[
        Optional[str], typer.Option(help="Only these ISO country codes, comma-separated (default: all in the file).")
    ] = None,
    output: Annotated[
        Optional[Path], typer.Option(help="User gazetteer to merge into (default $MARSAD_GAZETTEER or ~/.local/share).")
    ] = None,
) -> None:
    """Merge a GeoNames dump into your user gazetteer, loaded on top of the shipped one."""
    from marsad.text.places import import_geonames

    if not dump.is_file():
        raise UsageError(f"{dump}: no such file; download a country dump (e.g. SY.txt) from GeoNames first")
    codes = [c.strip().upper() for c in countries.split(",")] if countries else None
    path, added = import_geonames(dump, output, countries=codes)
    out.print(f"merged {added} places from {dump} into {path}")


@app.command()
@handle_errors
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1 keeps it on this machine).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    tile_url: Annotated[
        Optional[str],
        typer.Option(help="Base-map tile URL template, e.g. http://localhost:8080/{z}/{x}/{y}.png (setting "
                     "'tile_url'; default: offline outlines)."),
    ] = None,
) -> None:
    """Serve the dashboard (map, timeline, evidence view) and the JSON API; read-only unless api_token is set."""
    from marsad.web import serve as serve_web

    settings = load_settings(db=db, tile_url=tile_url)
    err.print(f"serving {settings.db} on http://{host}:{port}/ (Ctrl-C to stop)")
    serve_web(settings.db, host=host, port=port, settings=settings)


@app.command()
def version() -> None:
    """Print the marsad version."""
    out.print(__version__)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
