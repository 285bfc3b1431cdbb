"""Small realistic Arabic inputs for the ingestion tests, written for these tests (not copied from sources)."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from marsad.ingest import IngestOptions, InputFile, document_stem, plan_inputs, read_input
from marsad.models import RawDocument, Rejection

SEEDS_DIR = Path(__file__).resolve().parents[2] / "shared" / "seeds"

HEADLINE = "مقتل ثلاثة مدنيين بقصف مدفعي على ريف إدلب الجنوبي"
PAGE_DUMP = (
    "الرئيسية | أخبار | سياسة\n\n"
    f"{HEADLINE}\n\n"
    "إدلب – مراسلنا: قُتل ثلاثة مدنيين بينهم طفل وأصيب خمسة آخرون، صباح الثلاثاء 14 آذار 2023، "
    "جراء قصف مدفعي استهدف بلدة كفرنبل في ريف إدلب الجنوبي، وفق ما أفاد به الدفاع المدني.\n\n"
    "وقال مصدر محلي إن القذائف سقطت على منازل سكنية قرب السوق الرئيسي، ما أدى إلى دمار واسع.\n\n"
    "جميع الحقوق محفوظة © 2023\n"
)
SECOND_STORY = (
    "بغداد – اغتال مسلحون مجهولون ناشطاً مدنياً بإطلاق النار عليه أمام منزله في حي الكرادة "
    "وسط العاصمة العراقية مساء الأحد، بحسب مصدر أمني.\n"
)
THIRD_STORY = (
    "عدن – تظاهر مئات المواطنين أمام مبنى المحافظة احتجاجاً على انقطاع الكهرباء وتردي الخدمات، "
    "وأغلق المحتجون الطريق الرئيسي بالإطارات المشتعلة.\n"
)
ENGLISH_STORY = (
    "Three civilians were killed and five wounded on Tuesday when artillery shells hit homes near the "
    "main market of the town, the civil defence said in a statement.\n"
)

HTML_PAGE = (
    "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
    f"<title>{HEADLINE}</title></head>\n<body><article><h1>{HEADLINE}</h1>"
    "<p>قُتل ثلاثة مدنيين بينهم طفل جراء قصف مدفعي استهدف بلدة كفرنبل.</p>"
    "<p>وقال مصدر محلي إن القذائف سقطت على منازل سكنية.</p></article></body></html>\n"
)


def html_page_declaring(charset: str, *, http_equiv: bool = False) -> str:
    """An Arabic HTML page whose head declares `charset` (as <meta charset> or as http-equiv)."""
    meta = (f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if http_equiv
            else f'<meta charset="{charset}">')
    return (f"<html><head>{meta}<title>{HEADLINE}</title></head><body><p>{SECOND_STORY}</p>"
            f"<p>{THIRD_STORY}</p></body></html>\n")


RSS_FEED = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>وكالة أنباء المرصد</title>
  <link>https://news.example.org/</link>
  <item>
    <title>{HEADLINE}</title>
    <link>https://news.example.org/2023/03/14/idlib-shelling</link>
    <pubDate>Tue, 14 Mar 2023 09:30:00 +0300</pubDate>
    <description>قصف مدفعي على ريف إدلب</description>
    <content:encoded><![CDATA[<p>قُتل ثلاثة مدنيين بينهم طفل جراء قصف مدفعي.</p><p>وأصيب خمسة آخرون.</p>]]></content:encoded>
  </item>
  <item>
    <title>اغتيال ناشط في بغداد</title>
    <link>https://news.example.org/2023/03/12/baghdad</link>
    <pubDate>Sun, 12 Mar 2023 21:05:00 +0300</pubDate>
    <description>{SECOND_STORY.strip()}</description>
  </item>
</channel>
</rss>
"""

ATOM_FEED = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>شبكة الأخبار اليمنية</title>
  <id>urn:example:feed</id>
  <updated>2023-03-15T08:00:00Z</updated>
  <entry>
    <title>احتجاجات في عدن</title>
    <id>urn:example:aden-1</id>
    <link href="https://yemen.example.net/aden/1"/>
    <published>2023-03-15T07:45:00+03:00</published>
    <updated>2023-03-15T08:00:00Z</updated>
    <content type="html">&lt;p&gt;{THIRD_STORY.strip()}&lt;/p&gt;</content>
  </entry>
</feed>
"""


def jsonl_lines(*records: str) -> bytes:
    """Join raw JSONL lines (already serialised) into file bytes."""
    return "".join(line + "\n" for line in records).encode("utf-8")


def html_response_body(text: str, *, charset: str = "utf-8", meta: bool = False) -> bytes:
    """An HTML payload for a WARC response carrying `text`, encoded in `charset`."""
    head = f'<meta charset="{charset}">' if meta else ""
    return f"<html><head>{head}<title>خبر</title></head><body><p>{text}</p></body></html>".encode(charset)


def make_warc(records: list[tuple[str, str, str, bytes]], *, gzip_records: bool = False) -> bytes:
    """Build a WARC of `response` records: (url, http status line, content type, payload) each."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip_records)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "marsad-tests"}))
    for url, status, content_type, payload in records:
        http_headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                      http_headers=http_headers))
    return buffer.getvalue()


def gzipped(data: bytes) -> bytes:
    """Gzip `data` with a fixed timestamp so the bytes are reproducible."""
    return gzip.compress(data, mtime=0)


def write(path: Path, data: bytes | str) -> Path:
    """Write bytes (or UTF-8 text) to `path`, creating parent directories."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def read_path(path: Path, **options: object) -> list[RawDocument | Rejection]:
    """Plan one path and read everything it yields (documents and rejections alike)."""
    ingest_options = IngestOptions(**options)
    plan = plan_inputs([str(path)], ingest_options)
    items: list[RawDocument | Rejection] = list(plan.rejections)
    for input_file in plan.files:
        items.extend(read_input(input_file, ingest_options))
    return items


def read_file(path: Path, **options: object) -> list[RawDocument | Rejection]:
    """Read one file without planning (the file need not pass planning checks)."""
    input_file = InputFile(path=str(path), display=str(path), size_bytes=0, stem=document_stem(path.name))
    return list(read_input(input_file, IngestOptions(**options)))


def documents(items: list[RawDocument | Rejection]) -> list[RawDocument]:
    """Only the documents of a read."""
    return [item for item in items if isinstance(item, RawDocument)]


def rejections(items: list[RawDocument | Rejection]) -> list[Rejection]:
    """Only the rejections of a read."""
    return [item for item in items if isinstance(item, Rejection)]


def only_document(items: list[RawDocument | Rejection]) -> RawDocument:
    """The single document of a read; fails the test with the items when there is not exactly one."""
    assert len(items) == 1 and isinstance(items[0], RawDocument), items
    return items[0]


def only_rejection(items: list[RawDocument | Rejection]) -> Rejection:
    """The single rejection of a read; fails the test with the items when there is not exactly one."""
    assert len(items) == 1 and isinstance(items[0], Rejection), items
    return items[0]
