"""Planning: paths expand into a deterministic, de-duplicated file list; stems become document ids."""

from __future__ import annotations

import os

import pytest
from ingest_fixtures import PAGE_DUMP, write

from marsad.errors import UsageError
from marsad.ingest import IngestOptions, document_stem, plan_inputs


def relative(plan, root) -> list[str]:
    return [os.path.relpath(item.path, root) for item in plan.files]


def test_directory_expands_recursively_in_name_order_skipping_hidden_entries(tmp_path):
    for name in ["b.txt", "a/z.txt", "a/b/c.html", "c.jsonl", "a.txt", ".hidden.txt", ".git/config",
                 "a/.cache/x.txt", "B.txt"]:
        write(tmp_path / "corpus" / name, PAGE_DUMP)
    plan = plan_inputs([str(tmp_path / "corpus")], IngestOptions())
    assert relative(plan, tmp_path / "corpus") == ["B.txt", "a/b/c.html", "a/z.txt", "a.txt", "b.txt", "c.jsonl"]
    assert plan.rejections == []


def test_plan_is_identical_across_runs(tmp_path):
    for number in range(30):
        write(tmp_path / f"d{number % 4}" / f"{number:03d}.txt", PAGE_DUMP)
    first = plan_inputs([str(tmp_path)], IngestOptions())
    assert first == plan_inputs([str(tmp_path)], IngestOptions())
    assert len(first.files) == 30


def test_explicit_paths_keep_their_given_order_and_display(tmp_path):
    second = write(tmp_path / "z.txt", PAGE_DUMP)
    first = write(tmp_path / "a.txt", PAGE_DUMP)
    plan = plan_inputs([str(second), str(first)], IngestOptions())
    assert [(item.display, item.stem, item.size_bytes) for item in plan.files] == [
        (str(second), "z", len(PAGE_DUMP.encode("utf-8"))), (str(first), "a", len(PAGE_DUMP.encode("utf-8")))]


def test_explicitly_named_hidden_file_is_read(tmp_path):
    hidden = write(tmp_path / ".draft.txt", PAGE_DUMP)
    assert [item.stem for item in plan_inputs([str(hidden)]).files] == [".draft"]


def test_a_file_reached_twice_is_planned_once(tmp_path):
    path = write(tmp_path / "corpus" / "a.txt", PAGE_DUMP)
    (tmp_path / "corpus" / "link-to-a.txt").symlink_to(path)
    plan = plan_inputs([str(path), str(tmp_path / "corpus"), str(path)], IngestOptions())
    assert [item.path for item in plan.files] == [str(path)]


def test_symlinked_directory_loop_is_walked_once(tmp_path):
    write(tmp_path / "corpus" / "a.txt", PAGE_DUMP)
    (tmp_path / "corpus" / "loop").symlink_to(tmp_path / "corpus")
    write(tmp_path / "elsewhere" / "b.txt", PAGE_DUMP)
    (tmp_path / "corpus" / "more").symlink_to(tmp_path / "elsewhere")
    plan = plan_inputs([str(tmp_path / "corpus")], IngestOptions())
    assert [item.stem for item in plan.files] == ["a", "b"]


def test_stdin_dash_is_planned_once_in_position(tmp_path):
    path = write(tmp_path / "a.txt", PAGE_DUMP)
    plan = plan_inputs([str(path), "-", "-"], IngestOptions())
    assert [(item.path, item.is_stdin, item.size_bytes) for item in plan.files] == [
        (str(path), False, len(PAGE_DUMP.encode("utf-8"))), ("-", True, 0)]


def test_fifo_is_rejected_as_not_a_file(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    plan = plan_inputs([str(fifo)], IngestOptions())
    assert plan.files == [] and [rejection.code for rejection in plan.rejections] == ["not-a-file"]


@pytest.mark.parametrize(("name", "stem"), [
    ("000_7fd397a2ddf4eca3.txt", "000_7fd397a2ddf4eca3"),
    ("x.txt.gz", "x"),
    ("crawl-2023.warc.gz", "crawl-2023"),
    ("feed.xml.gz", "feed"),
    ("batch.JSONL", "batch"),
    ("page.html", "page"),
    ("article", "article"),
    ("report.v2.txt", "report.v2"),
    ("2023.03.14", "2023.03.14"),
    ("notes.gz", "notes"),
])
def test_document_stem_strips_compression_and_format_extensions(name, stem):
    assert document_stem(name) == stem


@pytest.mark.parametrize("options", [{"input_format": "pdf"}, {"max_document_bytes": 0}])
def test_invalid_options_raise_usage_error_naming_the_choices(options):
    with pytest.raises(UsageError) as raised:
        IngestOptions(**options)
    assert "text" in str(raised.value) or "positive" in str(raised.value)
