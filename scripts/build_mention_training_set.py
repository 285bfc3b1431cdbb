"""Build the mention filter's training set: dev gold coded by the coder versions listed in
training/mention_filter/sources.yaml.

For each source, the listed dev parts are coded by that commit's marsad (checked out with `git worktree` into a
temporary folder; HEAD means this working tree), and every mention is labelled against today's dev gold with the
evaluation's own matching: tp (matches a required gold event), fp (matches none) or optional.

    python scripts/build_mention_training_set.py [--out training/mention_filter/training_set.jsonl.gz]

Needs the git history of the repository. Then run scripts/train_mention_filter.py.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from marsad.datafile import load_yaml
from marsad.evaluate import default_actor_aliases, load_gold
from marsad.events.mention_filter import label_mentions, mention_from_dict, training_record

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold_dev"
SOURCES = ROOT / "training" / "mention_filter" / "sources.yaml"
DEFAULT_OUT = ROOT / "training" / "mention_filter" / "training_set.jsonl.gz"
CODER_SCRIPT = Path(__file__).resolve().parent / "_code_gold_texts.py"


def code_with(commit: str, gold_files: list[Path], workdir: Path) -> dict:
    out = workdir / f"coded_{commit}.json"
    if commit == "HEAD":
        src = ROOT / "src"
    else:
        checkout = workdir / f"checkout_{commit}"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(checkout), commit],
                       check=True, capture_output=True)
        src = checkout / "src"
    try:
        environment = dict(os.environ, PYTHONPATH=str(src), MARSAD_PURE_PYTHON="1")
        finished = subprocess.run([sys.executable, str(CODER_SCRIPT), str(out), *map(str, gold_files)],
                                  env=environment, cwd=workdir)
        if finished.returncode != 0:
            sys.exit(f"coding with {commit} failed (see above); fix or drop that source in {SOURCES}")
    finally:
        if commit != "HEAD":
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(checkout)], check=True,
                           capture_output=True)
    return json.loads(out.read_text(encoding="utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    gold = {article.id: article for article in load_gold(GOLD_DIR)}
    aliases = default_actor_aliases()
    records = []
    with tempfile.TemporaryDirectory() as workdir:
        for source in load_yaml(SOURCES.read_text(encoding="utf-8"))["sources"]:
            files = sorted(path for part in source["parts"] for path in GOLD_DIR.glob(f"{part}_*.json"))
            coded = code_with(str(source["commit"]), files, Path(workdir))
            counts = Counter()
            for article_id, result in sorted(coded.items()):
                article = gold[article_id]
                labels = label_mentions(article.events, [mention_from_dict(m) for m in result["mentions"]],
                                        aliases)
                counts.update(labels)
                records.append(training_record(
                    source["name"], article_id, article_id[0], article.is_event_article,
                    sum(not event.optional for event in article.events), result["text"], result["title"],
                    result["published"], result["mentions"], labels))
            print(f"{source['name']:12} {source['commit']:8} {len(coded):4} articles  "
                  + "  ".join(f"{key} {counts[key]}" for key in ("tp", "fp", "optional")))
    with gzip.open(args.out, "wt", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(records)} coded articles to {args.out}")


if __name__ == "__main__":
    main()
