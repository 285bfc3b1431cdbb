"""Ingest benchmark: ingest + clean + identify + store into SQLite (event coding off; see bench/extract.py),
for page-dump text and for HTML pages.

Builds a synthetic corpus of N articles per kind (default 20,000) by varying the built-in sample corpus:
paragraphs are drawn from different sample articles and a quarter of their words are swapped for other corpus
words, so the articles are distinct (the near-duplicate index sees realistic, mostly unique text) while keeping
Arabic news vocabulary, boilerplate and length. Prints articles/s and MB/s per core (the pipeline runs on one
core) and peak RSS, and the ratio to the targets (500 text articles/s/core, 100 HTML pages/s/core, 500 MB).

    python bench/ingest.py [--n 20000] [--kinds text,html] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import shutil
import sys
import tempfile
import time
from html import escape
from pathlib import Path

from marsad.corpus import corpus_files
from marsad.pipeline import Pipeline
from marsad.settings import load_settings
from marsad.store import Store

TARGETS = {"text": 500.0, "html": 100.0}
RSS_TARGET_MB = 500.0

BOILERPLATE_HEAD = ["دمشق 21°C", "00963 11 555 0199", "الرئيسية | أخبار | تقارير | رياضة | اقتصاد"]
BOILERPLATE_TAIL = [
    "شارك المقال :",
    "0 Comments",
    "اقرأ أيضاً ...",
    "مقتل عنصرين في هجوم على حاجز في ريف المدينة الشرقي فجر اليوم بحسب مصادر محلية…",
    "© 2024 جميع الحقوق محفوظة",
]

HTML_TEMPLATE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="موقع الاختبار">
<meta property="article:published_time" content="2023-0{month}-{day:02d}T10:00:00+03:00">
<meta name="author" content="فريق التحرير"><link rel="canonical" href="https://bench.example/{n}.html">
</head><body><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/news">أخبار</a></li>
<li><a href="/sport">رياضة</a></li></ul></nav>
<main><article><h1>{title}</h1><p class="byline">بقلم: فريق التحرير</p>{paragraphs}</article></main>
<aside><h3>الأكثر قراءة</h3><ul>{related}</ul></aside>
<footer><p>© 2024 جميع الحقوق محفوظة</p></footer></body></html>
"""


def _paragraph_pool() -> tuple[list[str], list[str]]:
    paragraphs, vocabulary = [], []
    for path in corpus_files():
        if path.suffix != ".txt":
            continue
        for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            block = block.strip()
            if len(block) > 200 and "اقرأ" not in block:
                paragraphs.append(block)
                vocabulary.extend(w for w in block.split() if len(w) > 3)
    if not paragraphs:
        sys.exit("the sample corpus has no text articles; reinstall marsad")
    return paragraphs, vocabulary


def _vary(paragraph: str, vocabulary: list[str], rng: random.Random) -> str:
    words = paragraph.split()
    for i in range(len(words)):
        if rng.random() < 0.25:
            words[i] = rng.choice(vocabulary)
    return " ".join(words)


def build_corpus(directory: Path, n: int, kind: str, seed: int = 7) -> int:
    """Write n synthetic articles of `kind` (text or html) into `directory`; return bytes written."""
    rng = random.Random(seed)
    paragraphs, vocabulary = _paragraph_pool()
    total = 0
    for i in range(n):
        body = [_vary(p, vocabulary, rng) for p in rng.sample(paragraphs, k=rng.randint(3, 6))]
        title = _vary(rng.choice(paragraphs)[:90], vocabulary, rng)
        sub = directory / f"{i // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        if kind == "text":
            content = "\n\n".join(BOILERPLATE_HEAD + [title, "إعداد: فريق التحرير"] + body + BOILERPLATE_TAIL)
            path = sub / f"bench_{i:06d}.txt"
        else:
            content = HTML_TEMPLATE.format(
                title=escape(title),
                month=rng.randint(1, 9),
                day=rng.randint(1, 28),
                n=i,
                paragraphs="".join(f"<p>{escape(p)}</p>" for p in body),
                related="".join(f'<li><a href="/r/{j}">{escape(_vary(rng.choice(paragraphs)[:80], vocabulary, rng))}'
                                f"</a></li>" for j in range(5)),
            )
            path = sub / f"bench_{i:06d}.html"
        data = content.encode("utf-8")
        path.write_bytes(data)
        total += len(data)
    return total


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench(kind: str, n: int, workdir: Path) -> dict:
    corpus = workdir / f"corpus-{kind}"
    size = build_corpus(corpus, n, kind)
    db = workdir / f"bench-{kind}.db"
    settings = load_settings(db=str(db))
    with Store.open(str(db)) as store:
        cpu_start, wall_start = time.process_time(), time.perf_counter()
        summary = Pipeline(store, settings, code_events=False).run([str(corpus)], command="bench")
        cpu, wall = time.process_time() - cpu_start, time.perf_counter() - wall_start
    stored = summary.cleaned
    return {
        "kind": kind,
        "articles": n,
        "stored": stored,
        "duplicates": len(summary.duplicates),
        "rejected": len(summary.rejected),
        "MB": size / 1e6,
        "wall_s": wall,
        "cpu_s": cpu,
        "articles_per_s_per_core": n / cpu,
        "MB_per_s_per_core": size / 1e6 / cpu,
        "peak_rss_mb": peak_rss_mb(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=20000, help="articles per kind (default 20000)")
    parser.add_argument("--kinds", default="text,html", help="comma-separated: text, html")
    parser.add_argument("--keep", type=Path, help="keep the generated corpus and databases in this folder")
    args = parser.parse_args()
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="marsad-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        for kind in args.kinds.split(","):
            result = bench(kind, args.n, workdir)
            target = TARGETS[kind]
            print(
                f"{kind:5s} {result['articles']:6d} articles ({result['MB']:.1f} MB): "
                f"{result['articles_per_s_per_core']:.0f} articles/s/core "
                f"(target {target:.0f}, ratio {result['articles_per_s_per_core'] / target:.2f}), "
                f"{result['MB_per_s_per_core']:.2f} MB/s/core, wall {result['wall_s']:.1f} s, "
                f"peak RSS {result['peak_rss_mb']:.0f} MB (target < {RSS_TARGET_MB:.0f}), "
                f"stored {result['stored']}, duplicates {result['duplicates']}, rejected {result['rejected']}"
            )
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
