"""End to end through the library and the CLI: demo, idempotency, duplicates, bad inputs, kill-and-rerun."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from marsad.corpus import corpus_files
from marsad.pipeline import run_pipeline
from marsad.settings import load_settings
from marsad.store import Store

runner = CliRunner()

ARTICLE = """حلب 18°C

الرئيسية | سياسة | اقتصاد | رياضة

مقتل مدنيين اثنين بقصف مدفعي على بلدة في ريف حلب الغربي

حلب – «المرصد الإخباري»: قتل مدنيان اثنان وأصيب أربعة آخرون، صباح الأحد، جراء قصف مدفعي استهدف منازل في بلدة الأتارب بريف حلب الغربي، بحسب ما أفاد به الدفاع المدني.

وقال مسؤول في الدفاع المدني إن فرقه انتشلت جثتي الضحيتين من تحت الأنقاض ونقلت المصابين إلى مستشفى قريب، مشيراً إلى أن القصف تركز على الأحياء السكنية وسط البلدة.

شارك المقال :

اقرأ أيضاً ...

انفجار عبوة ناسفة بسيارة عسكرية على طريق دير الزور الرقة يوقع ثلاثة جرحى…
"""


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "marsad.db")


def test_demo_ingests_the_built_in_corpus_and_prints_a_summary(db):
    result = invoke("demo", "--db", db)
    assert result.exit_code == 0, result.output
    assert "articles read" in result.output
    assert "articles per outlet" in result.output
    assert "syndicated duplicates" in result.output
    with Store.open(db) as store:
        assert store.count_articles() >= 30
        assert store.count_articles(status="duplicate") >= 1


def test_link_command_links_what_changed_and_rebuilds_on_request(db):
    invoke("demo", "--db", db)
    with Store.open(db) as store:
        events = store.count_events()
    result = invoke("link", "--db", db)
    assert result.exit_code == 0, result.output
    assert "linked 0 new or changed mentions" in result.output
    assert f"the store holds {events} events" in result.output
    rebuilt = invoke("link", "--rebuild", "--db", db)
    assert rebuilt.exit_code == 0, rebuilt.output
    assert "rebuilt every event from" in rebuilt.output and "(requested)" in rebuilt.output
    assert f"the store holds {events} events" in rebuilt.output


def test_the_syndicated_copy_in_the_corpus_is_linked_to_its_original(db):
    invoke("demo", "--db", db)
    with Store.open(db) as store:
        duplicates = store.list_articles(status="duplicate", limit=None)
    pairs = {(row["id"], row["duplicate_of"]) for row in duplicates}
    assert any("syndicated" in copy for copy, _ in pairs), pairs


def test_running_the_same_input_twice_adds_nothing(db, tmp_path):
    write(tmp_path / "in" / "aleppo.txt", ARTICLE)
    first = invoke("run", str(tmp_path / "in"), "--db", db)
    assert first.exit_code == 0, first.output
    with Store.open(db) as store:
        before = store.list_articles(with_text=True)
    second = invoke("run", str(tmp_path / "in"), "--db", db)
    assert second.exit_code == 0
    assert "unchanged (already stored)" in second.output
    with Store.open(db) as store:
        after = store.list_articles(with_text=True)
    assert [(r["id"], r["clean_text"], r["updated_at"]) for r in before] == [
        (r["id"], r["clean_text"], r["updated_at"]) for r in after
    ]


def test_the_cleaned_article_keeps_metadata_and_loses_the_read_also_teaser(db, tmp_path):
    write(tmp_path / "aleppo.txt", ARTICLE)
    invoke("run", str(tmp_path / "aleppo.txt"), "--db", db)
    with Store.open(db) as store:
        row = store.get_article("aleppo")
    assert row["title"].startswith("مقتل مدنيين اثنين")
    assert "الأتارب" in row["clean_text"]
    assert "عبوة ناسفة" not in row["clean_text"]
    assert "18°C" not in row["clean_text"]
    for clean_start, source_start, length in row["segments"]:
        assert row["clean_text"][clean_start:clean_start + length] == row["source_text"][
            source_start:source_start + length]


BAD_INPUTS = {
    "empty.txt": b"",
    "binary.txt": bytes(range(256)) * 20,
    "truncated.txt.gz": gzip.compress(ARTICLE.encode("utf-8"))[:60],
    "broken.jsonl": b'{"id": "ok-1", "text": "' + "قتل جندي في هجوم على حاجز عسكري قرب المدينة صباح اليوم".encode() +
                    b'"}\n{"id": "bad", "text": \n',
    "malformed.html": b"<html><head><title>x</title></head><body><div><div><script>var a = 1;</script>",
    "english.txt": ("The ministry of defence said on Monday that five soldiers were killed when their patrol "
                    "was ambushed near the border town, and that an investigation had been opened.").encode(),
}


def test_each_bad_input_gets_one_line_and_the_run_goes_on(db, tmp_path):
    folder = tmp_path / "mixed"
    for name, data in BAD_INPUTS.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    write(folder / "good.txt", ARTICLE)
    os.symlink(tmp_path / "nowhere.txt", folder / "dangling.txt")
    result = runner.invoke(app, ["run", str(folder), str(tmp_path / "no-such-file.txt"), "--db", db])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "discarding data" not in result.output  # third-party log chatter stays out of the report
    messages = [line for line in result.output.splitlines() if line.startswith(("rejected [", "not Arabic ["))]
    codes = {line.split("]")[0].split("[")[1] for line in messages}
    assert {"empty", "binary", "truncated", "bad-json", "no-text", "missing", "broken-link", "en"} <= codes, messages
    with Store.open(db) as store:
        assert store.get_article("good") is not None
        assert store.get_article("ok-1") is not None
        assert store.get_article("english")["status"] == "non_arabic"
        stored_codes = {row["code"] for row in store.rejections()}
    assert {"empty", "binary", "truncated", "bad-json", "non-arabic"} <= stored_codes


def test_a_file_larger_than_the_limit_is_rejected_without_losing_stored_articles(db, tmp_path):
    write(tmp_path / "a" / "good.txt", ARTICLE)
    invoke("run", str(tmp_path / "a"), "--db", db)
    huge = tmp_path / "b" / "huge.txt"
    huge.parent.mkdir()
    with huge.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    result = runner.invoke(app, ["run", str(huge), "--db", db])
    assert result.exit_code == 1
    assert "too-large" in result.output
    with Store.open(db) as store:
        assert store.get_article("good") is not None


def test_usage_errors_exit_with_code_2(db):
    assert runner.invoke(app, ["run", "x", "--format", "pdf", "--db", db]).exit_code == 2
    assert runner.invoke(app, ["run", "--no-such-option"]).exit_code == 2
    assert runner.invoke(app, ["show", "no-such-article", "--db", db]).exit_code == 2


def test_an_unreachable_store_is_exit_code_3_with_one_line(tmp_path):
    result = runner.invoke(app, ["articles", "--db", "postgresql://postgres@127.0.0.1:1/x?connect_timeout=2"])
    assert result.exit_code == 3
    assert result.output.count("\n") == 1


def test_stdin_is_ingested_as_one_article(db):
    result = runner.invoke(app, ["run", "-", "--db", db], input=ARTICLE)
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        assert store.get_article("stdin") is not None


def test_articles_show_and_export_list_the_stored_articles(db, tmp_path):
    write(tmp_path / "aleppo.txt", ARTICLE)
    invoke("run", str(tmp_path / "aleppo.txt"), "--db", db)
    assert "aleppo" in invoke("articles", "--db", db).output
    shown = invoke("show", "aleppo", "--db", db).output
    assert "الأتارب" in shown and "title" in shown
    out_jsonl = tmp_path / "a.jsonl"
    invoke("export", "--level", "articles", "--format", "jsonl", "-o", str(out_jsonl), "--db", db)
    record = json.loads(out_jsonl.read_text(encoding="utf-8").splitlines()[0])
    assert record["id"] == "aleppo" and "الأتارب" in record["text"]
    out_csv = tmp_path / "a.csv"
    invoke("export", "--level", "articles", "--format", "csv", "-o", str(out_csv), "--db", db)
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8"))))
    assert rows[0]["id"] == "aleppo"


def test_an_unknown_export_is_a_usage_error_listing_what_exists(db):
    result = runner.invoke(app, ["export", "--level", "galaxies", "--db", db])
    assert result.exit_code == 2
    assert "--level articles --format jsonl" in result.output


def test_duplicate_resolution_does_not_depend_on_ingestion_order(tmp_path):
    corpus = {p.stem: p for p in corpus_files()}
    copy = next(stem for stem in corpus if "syndicated" in stem)
    originals = []
    for order in ("forward", "reverse"):
        db = str(tmp_path / f"{order}.db")
        files = [str(p) for p in sorted(corpus.values(), reverse=order == "reverse")]
        with Store.open(db) as store:
            for path in files:
                run_pipeline([path], store, load_settings(db=db))
            row = store.get_article(copy)
            originals.append((row["status"], row["duplicate_of"]))
    assert originals[0] == originals[1]
    assert originals[0][0] == "duplicate"


# A different story under the same file name: the outlet reused the page, or the file was replaced.
REPLACED_STORY = """الرئيسية | سياسة | اقتصاد | رياضة

مقتل شرطيين بانفجار عبوة ناسفة في قضاء الحويجة

كركوك – «المرصد الإخباري»: قُتل عنصران من الشرطة الاتحادية العراقية وأصيب ثالث، فجر الثلاثاء، بانفجار عبوة ناسفة استهدفت دوريتهم على طريق زراعي في قضاء الحويجة جنوب غربي كركوك، وفق بيان لقيادة العمليات المشتركة.

وأضاف البيان أن القوات الأمنية طوقت المنطقة وباشرت عمليات تفتيش بحثاً عن المنفذين، فيما نُقل المصاب إلى مستشفى كركوك العام.
"""


def test_a_copy_whose_original_now_tells_another_story_is_freed_and_coded(db, tmp_path):
    """The syndicated copy was coded only through its original. When the original file comes back with a
    different story, the copy is an article of its own again: it gets its own events, and the old story is not
    lost from the store."""
    source = tmp_path / "in"
    write(source / "aleppo.txt", ARTICLE)
    write(source / "aleppo_copy.txt", ARTICLE.replace("بحسب ما أفاد به الدفاع المدني",
                                                      "بحسب ما أفاد به الدفاع المدني (نقلاً عن «المرصد الإخباري»)"))
    assert invoke("run", str(source), "--db", db).exit_code == 0
    with Store.open(db) as store:
        copy = store.get_article("aleppo_copy")
        assert (copy["status"], copy["duplicate_of"]) == ("duplicate", "aleppo")
        assert {m["article_id"] for m in store.list_mentions(limit=None)} == {"aleppo"}

    write(source / "aleppo.txt", REPLACED_STORY)
    result = invoke("run", str(source / "aleppo.txt"), "--db", db)
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        copy = store.get_article("aleppo_copy")
        assert (copy["status"], copy["duplicate_of"]) == ("ok", None)
        kinds = {(m["article_id"], m["sub_event_type"]) for m in store.list_mentions(limit=None)}
        assert ("aleppo_copy", "Shelling/artillery/missile attack") in kinds
        assert ("aleppo", "Remote explosive/landmine/IED") in kinds
        events = {(event["sub_event_type"], event["admin1"]) for event in store.list_events(limit=None)}
        assert {("Shelling/artillery/missile attack", "Aleppo"), ("Remote explosive/landmine/IED", "Kirkuk")} <= events, events


def test_a_corrected_original_keeps_its_copies(db, tmp_path):
    source = tmp_path / "in"
    write(source / "aleppo.txt", ARTICLE)
    write(source / "aleppo_copy.txt", ARTICLE + "\nنقلاً عن «المرصد الإخباري»\n")
    assert invoke("run", str(source), "--db", db).exit_code == 0
    write(source / "aleppo.txt", ARTICLE.replace("مشيراً إلى أن القصف", "موضحاً أن القصف"))
    assert invoke("run", str(source / "aleppo.txt"), "--db", db).exit_code == 0
    with Store.open(db) as store:
        copy = store.get_article("aleppo_copy")
        assert (copy["status"], copy["duplicate_of"]) == ("duplicate", "aleppo")
        assert {m["article_id"] for m in store.list_mentions(limit=None)} == {"aleppo"}


@pytest.mark.postgres
def test_sqlite_and_postgresql_stores_hold_the_same_articles(tmp_path, postgres_url):
    paths = [str(p) for p in corpus_files()]
    results = []
    for db in (str(tmp_path / "m.db"), postgres_url):
        with Store.open(db) as store:
            run_pipeline(paths, store, load_settings(db=db))
            results.append(
                [(r["id"], r["status"], r["duplicate_of"], r["outlet"], r["clean_text"])
                 for r in store.list_articles(limit=None, with_text=True)]
            )
    assert results[0] == results[1]


def _count_articles(db: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("select count(*) from articles").fetchone()[0]


@pytest.mark.slow
def test_a_run_killed_mid_way_leaves_a_consistent_store_and_a_rerun_completes_it(tmp_path):
    folder = tmp_path / "many"
    rng = random.Random(3)
    vocabulary = ARTICLE.split()
    for i in range(1500):
        words = [w if rng.random() > 0.3 else rng.choice(vocabulary) for w in ARTICLE.split(" ")]
        write(folder / f"{i // 100:02d}" / f"a{i:05d}.txt", " ".join(words))
    db = str(tmp_path / "kill.db")
    env = {**os.environ, "MARSAD_BATCH_SIZE": "50"}
    process = subprocess.Popen(
        [sys.executable, "-m", "marsad.cli", "run", str(folder), "--db", db, "--quiet"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        time.sleep(0.2)
        if Path(db).exists():
            try:
                if _count_articles(db) >= 100:
                    break
            except sqlite3.OperationalError:
                continue
        if process.poll() is not None:
            break
    assert process.poll() is None, "the run finished before it could be killed; make the corpus larger"
    process.send_signal(signal.SIGKILL)
    process.wait()
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        partial = conn.execute("select count(*) from articles").fetchone()[0]
        orphans = conn.execute(
            "select count(*) from article_signatures s left join articles a on a.id = s.article_id "
            "where a.id is null").fetchone()[0]
        half_written = conn.execute("select count(*) from articles where clean_text = '' or segments = ''"
                                    ).fetchone()[0]
    assert 0 < partial < 1500
    assert orphans == 0 and half_written == 0
    rerun = subprocess.run(
        [sys.executable, "-m", "marsad.cli", "run", str(folder), "--db", db, "--quiet"], env=env,
        capture_output=True, text=True,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert _count_articles(db) == 1500
