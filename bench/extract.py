"""Event coding benchmark: the whole coder (resolvers, triggers, modality, slot filling) on the sample corpus.

Prints coder load time (target < 2 s), articles/s per core for coding cleaned articles (target >= 300; the median
of the per-round rates) and peak RSS (target < 1 GB).

    python bench/extract.py [--rounds 10]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time

from bench_corpus import cleaned_corpus

TARGET_PER_SECOND = 300.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=10, help="passes over the corpus (default 10)")
    args = parser.parse_args()
    articles = cleaned_corpus()

    started = time.perf_counter()
    from marsad.events.coder import EventCoder
    from marsad.events.coder import coding_input

    coder = EventCoder.default()
    inputs = [coding_input(doc_id, a.text, a.source_text, a.segments, a.published, a.url, a.outlet)
              for doc_id, a in articles]
    coder.code(inputs[0])
    load_seconds = time.perf_counter() - started

    mentions = 0
    round_rates = []  # per round: the machine is shared, so a slow round says more about it than about the code
    for _ in range(args.rounds):
        cpu_start = time.process_time()
        for item in inputs:
            mentions += len(coder.code(item).mentions)
        round_rates.append(len(inputs) / (time.process_time() - cpu_start))
    rate = statistics.median(round_rates)
    print(f"corpus: {len(inputs)} cleaned articles; {args.rounds} rounds; {mentions // args.rounds} mentions per round")
    print(f"coder load (lexicons, gazetteer, matchers): {load_seconds:.2f} s (target < 2 s)")
    print(f"coding: {rate:.0f} articles/s/core, median of {args.rounds} rounds (best {max(round_rates):.0f}, slowest "
          f"{min(round_rates):.0f}; target {TARGET_PER_SECOND:.0f}, ratio {rate / TARGET_PER_SECOND:.2f})")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB (target < 1024 MB)")


if __name__ == "__main__":
    main()
