"""Bad inputs: each becomes one Rejection with a distinct code and a one-line message; the run goes on."""

from __future__ import annotations

import builtins
import errno
import io
import json

import pytest
from ingest_fixtures import (
    ENGLISH_STORY,
    HTML_PAGE,
    PAGE_DUMP,
    RSS_FEED,
    SECOND_STORY,
    THIRD_STORY,
    documents,
    gzipped,
    html_response_body,
    jsonl_lines,
    make_warc,
    only_rejection,
    read_file,
    read_path,
    rejections,
    write,
)

from marsad.ingest import IngestOptions, plan_inputs, read_input
from marsad.ingest import readers as readers_module
from marsad.models import RawDocument, Rejection

TWO_HUNDRED_MB = 200 * 1024 * 1024


def assert_one_line_naming(rejection: Rejection, name: str) -> None:
    assert name in rejection.source
    assert rejection.message.startswith(rejection.source)
    assert "\n" not in rejection.message and "Traceback" not in rejection.message


# ---------------------------------------------------------------- whole-file rejections

WHOLE_FILE_CASES = [
    # (file name, bytes, code)
    ("empty.txt", b"", "empty"),
    ("blank.txt", b" \n\r\n\t \n", "empty"),
    ("blank-utf16.txt", "   \n  ".encode("utf-16"), "empty"),
    ("empty.txt.gz", gzipped(b""), "empty"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary"),
    ("noise.html", bytes(range(256)) * 20, "binary"),
    ("ebcdic.txt", ENGLISH_STORY.encode("cp500") * 4, "encoding"),
    ("utf32.txt", PAGE_DUMP.encode("utf-32-le"), "encoding"),
    ("cut.txt.gz", gzipped(PAGE_DUMP.encode("utf-8") * 20)[:300], "truncated"),
    ("cut.html.gz", gzipped(HTML_PAGE.encode("utf-8") * 20)[:-4], "truncated"),
    ("damaged.txt.gz", gzipped(PAGE_DUMP.encode("utf-8"))[:-8] + b"\x00\x00\x00\x00\xff\xff\xff\xff", "corrupt"),
    ("notfeed.rss", f"{SECOND_STORY}\n{THIRD_STORY}", "bad-feed"),
    ("nofeeditems.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>قناة</title></channel></rss>',
     "empty"),
    ("array.json", json.dumps([{"text": SECOND_STORY}], ensure_ascii=False), "bad-json"),
]


@pytest.mark.parametrize(("name", "data", "code"), WHOLE_FILE_CASES, ids=[row[0] for row in WHOLE_FILE_CASES])
def test_bad_file_is_one_rejection_with_its_code_and_a_one_line_message(tmp_path, name, data, code):
    rejection = only_rejection(read_path(write(tmp_path / name, data)))
    assert rejection.code == code
    assert_one_line_naming(rejection, name)


def test_json_array_rejection_says_how_to_convert_to_jsonl(tmp_path):
    rejection = only_rejection(read_file(write(tmp_path / "a.json", '[{"text": "x"}]')))
    assert "jq -c" in rejection.message


def test_forced_warc_format_on_a_text_file_is_a_bad_warc_rejection(tmp_path):
    rejection = only_rejection(read_file(write(tmp_path / "page.txt", PAGE_DUMP), input_format="warc"))
    assert rejection.code == "bad-warc"
    assert_one_line_naming(rejection, "page.txt")


# ---------------------------------------------------------------- size limit

class CountingFile(io.FileIO):
    """A file that counts the bytes handed out, to prove a rejected file was not read."""

    bytes_read = 0

    def read(self, size=-1):
        data = super().read(size)
        CountingFile.bytes_read += len(data)
        return data

    def readall(self):
        data = super().readall()
        CountingFile.bytes_read += len(data)
        return data

    def readinto(self, buffer):
        count = super().readinto(buffer)
        CountingFile.bytes_read += count or 0
        return count


@pytest.fixture
def counting_open(monkeypatch):
    CountingFile.bytes_read = 0

    def fake_open(path, mode="r", *args, **kwargs):
        assert mode == "rb"
        return io.BufferedReader(CountingFile(path, "rb"))

    monkeypatch.setattr(readers_module, "open", fake_open, raising=False)
    return CountingFile


@pytest.mark.parametrize("name", ["huge.txt", "huge.html", "huge"])
def test_200mb_single_document_is_too_large_without_being_read(tmp_path, counting_open, name):
    path = tmp_path / name
    with open(path, "wb") as sparse:
        sparse.truncate(TWO_HUNDRED_MB)
    rejection = only_rejection(read_path(path))
    assert rejection.code == "too-large"
    assert "max_document_bytes" in rejection.message
    assert_one_line_naming(rejection, name)
    assert counting_open.bytes_read <= 64 * 1024


def test_gzip_that_decompresses_past_the_limit_is_too_large(tmp_path):
    path = write(tmp_path / "bomb.txt.gz", gzipped(PAGE_DUMP.encode("utf-8") * 200))
    assert only_rejection(read_file(path, max_document_bytes=100_000)).code == "too-large"


def test_jsonl_container_over_the_limit_streams_and_rejects_only_the_oversized_line(tmp_path):
    small = json.dumps({"text": SECOND_STORY}, ensure_ascii=False)
    large = json.dumps({"text": THIRD_STORY * 50}, ensure_ascii=False)
    path = write(tmp_path / "big.jsonl", jsonl_lines(small, large, small, small))
    limit = len(small.encode("utf-8")) + 10
    items = read_file(path, max_document_bytes=limit)
    assert [(type(item).__name__, item.source.rsplit("#", 1)[1]) for item in items] == [
        ("RawDocument", "line 1"), ("Rejection", "line 2"), ("RawDocument", "line 3"), ("RawDocument", "line 4")]
    assert items[1].code == "too-large"


# ---------------------------------------------------------------- JSONL lines

def test_invalid_jsonl_lines_are_rejected_by_line_and_the_others_read(tmp_path):
    lines = [
        json.dumps({"id": "ok-1", "text": SECOND_STORY}, ensure_ascii=False),
        '{"text": "انفجار عبوة ناسفة", ',                          # 2 bad JSON
        json.dumps(["قائمة", "لا", "كائن"], ensure_ascii=False),    # 3 not an object
        json.dumps({"title": "عنوان فقط"}, ensure_ascii=False),     # 4 neither text nor html
        json.dumps({"text": "   "}),                                # 5 blank text
        json.dumps({"text": 42}),                                   # 6 wrong type
        json.dumps({"text": THIRD_STORY, "published": 20230314}),   # 7 wrong metadata type
        json.dumps({"text": THIRD_STORY, "id": {"n": 1}}),          # 8 wrong id type
        json.dumps({"text": THIRD_STORY}, ensure_ascii=False),      # 9 fine
    ]
    data = jsonl_lines(*lines) + b'{"text": "\xe4\xf3\xc7"}\n'       # 10 windows-1256 bytes, not UTF-8
    path = write(tmp_path / "feed.jsonl", data)
    items = read_file(path)
    assert [doc.doc_id for doc in documents(items)] == ["ok-1", "feed-9"]
    assert [(rejection.source, rejection.code) for rejection in rejections(items)] == [
        (f"{path}#line 2", "bad-json"),
        (f"{path}#line 3", "bad-record"),
        (f"{path}#line 4", "bad-record"),
        (f"{path}#line 5", "bad-record"),
        (f"{path}#line 6", "bad-record"),
        (f"{path}#line 7", "bad-record"),
        (f"{path}#line 8", "bad-record"),
        (f"{path}#line 10", "bad-json"),
    ]
    for rejection in rejections(items):
        assert_one_line_naming(rejection, "feed.jsonl")
    assert "a JSON array, not an article object" in rejections(items)[1].message
    assert '"published"' in rejections(items)[5].message


def test_truncated_jsonl_gz_keeps_lines_before_the_cut_then_one_truncated_rejection(tmp_path):
    lines = [json.dumps({"text": f"{SECOND_STORY} ({number})"}, ensure_ascii=False) for number in range(400)]
    data = gzipped(jsonl_lines(*lines))
    items = read_file(write(tmp_path / "cut.jsonl.gz", data[: len(data) // 2]))
    found = documents(items)
    assert 0 < len(found) < 400
    assert [doc.doc_id for doc in found] == [f"cut-{number}" for number in range(1, len(found) + 1)]
    assert items[-1].code == "truncated" and len(rejections(items)) == 1
    assert_one_line_naming(items[-1], "cut.jsonl.gz")


# ---------------------------------------------------------------- truncated WARC

WARC_PAGES = [
    (f"https://news.example.org/{number}", "200 OK", "text/html; charset=utf-8",
     html_response_body(f"{SECOND_STORY} {number}" * 3))
    for number in range(1, 5)
]


@pytest.mark.parametrize("compressed", [False, True], ids=["warc", "warc.gz"])
@pytest.mark.parametrize("keep", [0.35, 0.6, 0.9], ids=["35%", "60%", "90%"])
def test_truncated_warc_yields_records_read_so_far_then_one_truncated_rejection(tmp_path, compressed, keep):
    data = make_warc(WARC_PAGES, gzip_records=compressed)
    cut = data[: int(len(data) * keep)]
    name = "crawl.warc.gz" if compressed else "crawl.warc"
    items = read_file(write(tmp_path / name, cut))
    found = documents(items)
    assert [doc.doc_id for doc in found] == [f"crawl-{number}" for number in range(1, len(found) + 1)]
    assert len(found) < len(WARC_PAGES)
    assert [rejection.code for rejection in rejections(items)] == ["truncated"]
    assert isinstance(items[-1], Rejection)
    assert_one_line_naming(items[-1], name)


@pytest.mark.parametrize(("compressed", "complete_records"), [(False, 3), (True, 4)], ids=["warc", "warc.gz"])
def test_warc_cut_in_its_last_bytes_is_still_reported_truncated(tmp_path, compressed, complete_records):
    # plain: the last payload loses a byte; gzip: only the last member's checksum trailer is lost
    data = make_warc(WARC_PAGES, gzip_records=compressed)[:-5]
    items = read_file(write(tmp_path / "crawl.warc", data))
    assert len(documents(items)) == complete_records
    assert [rejection.code for rejection in rejections(items)] == ["truncated"]


def test_warc_without_html_responses_is_an_empty_rejection(tmp_path):
    records = [("https://x.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00")]
    assert only_rejection(read_file(write(tmp_path / "images.warc", make_warc(records)))).code == "empty"


# ---------------------------------------------------------------- paths and file-system errors

def test_missing_path_is_a_plan_rejection(tmp_path):
    plan = plan_inputs([str(tmp_path / "nowhere.txt")], IngestOptions())
    assert plan.files == []
    assert [rejection.code for rejection in plan.rejections] == ["missing"]
    assert_one_line_naming(plan.rejections[0], "nowhere.txt")


def test_dangling_symlink_in_a_directory_is_rejected_and_the_rest_planned(tmp_path):
    write(tmp_path / "corpus" / "a.txt", PAGE_DUMP)
    (tmp_path / "corpus" / "b.txt").symlink_to(tmp_path / "deleted.txt")
    write(tmp_path / "corpus" / "c.txt", PAGE_DUMP)
    plan = plan_inputs([str(tmp_path / "corpus")], IngestOptions())
    assert [item.stem for item in plan.files] == ["a", "c"]
    assert [rejection.code for rejection in plan.rejections] == ["broken-link"]
    assert_one_line_naming(plan.rejections[0], "b.txt")


def test_unlistable_directory_is_an_unreadable_rejection(tmp_path, monkeypatch):
    write(tmp_path / "corpus" / "a.txt", PAGE_DUMP)
    write(tmp_path / "corpus" / "locked" / "b.txt", PAGE_DUMP)
    real_scandir = readers_module.os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr("marsad.ingest.planning.os.scandir", scandir)
    plan = plan_inputs([str(tmp_path / "corpus")], IngestOptions())
    assert [item.stem for item in plan.files] == ["a"]
    assert [rejection.code for rejection in plan.rejections] == ["unreadable"]
    assert "chmod" in plan.rejections[0].message


@pytest.mark.parametrize(("error", "code"), [
    (PermissionError(errno.EACCES, "Permission denied"), "permission"),
    (OSError(errno.EIO, "Input/output error"), "io-error"),
    (FileNotFoundError(errno.ENOENT, "No such file or directory"), "missing"),
])
def test_file_that_cannot_be_opened_is_a_rejection_and_the_next_file_is_still_read(tmp_path, monkeypatch, error, code):
    write(tmp_path / "a-locked.txt", PAGE_DUMP)
    write(tmp_path / "b-fine.txt", PAGE_DUMP)
    plan = plan_inputs([str(tmp_path)], IngestOptions())

    def failing_open(path, mode="r", *args, **kwargs):
        if "locked" in str(path):
            raise error
        return builtins.open(path, mode, *args, **kwargs)

    monkeypatch.setattr(readers_module, "open", failing_open, raising=False)
    items = [item for input_file in plan.files for item in read_input(input_file, IngestOptions())]
    assert [(type(item).__name__, getattr(item, "code", None)) for item in items] == [
        ("Rejection", code), ("RawDocument", None)]
    assert_one_line_naming(items[0], "a-locked.txt")


def test_file_deleted_after_planning_is_a_missing_rejection(tmp_path):
    path = write(tmp_path / "gone.txt", PAGE_DUMP)
    plan = plan_inputs([str(path)], IngestOptions())
    path.unlink()
    rejection = only_rejection(list(read_input(plan.files[0], IngestOptions())))
    assert rejection.code == "missing"


def test_read_error_in_the_middle_of_a_container_keeps_earlier_records(tmp_path, monkeypatch):
    lines = [json.dumps({"text": f"{THIRD_STORY} {number}"}, ensure_ascii=False) for number in range(3)]
    path = write(tmp_path / "flaky.jsonl", jsonl_lines(*lines))

    class FailsOnSecondLine(io.BufferedReader):
        lines_served = 0

        def readline(self, limit=-1):
            if self.lines_served == 1:
                raise OSError(errno.EIO, "Input/output error")
            self.lines_served += 1
            return super().readline(limit)

    monkeypatch.setattr(readers_module, "open", lambda name, mode="rb": FailsOnSecondLine(io.FileIO(name, mode)),
                        raising=False)
    items = read_file(path)
    assert [type(item) for item in items] == [RawDocument, Rejection]
    assert items[1].code == "io-error"
    assert_one_line_naming(items[1], "flaky.jsonl")


# ---------------------------------------------------------------- nothing raises

def test_a_directory_of_every_bad_input_reads_without_raising(tmp_path):
    for name, data, _ in WHOLE_FILE_CASES:
        write(tmp_path / "bad" / name, data)
    write(tmp_path / "bad" / "good.rss", RSS_FEED)
    items = read_path(tmp_path / "bad")
    assert len(documents(items)) == 2
    assert sorted(rejection.code for rejection in rejections(items)) == sorted(code for *_, code in WHOLE_FILE_CASES)
