"""Resolver benchmark: dates, figures, places and actors over the built-in sample corpus.

Prints load time, articles/s per core for each resolver and for all four together (target >= 1,000
articles/s/core combined, the median of the per-round rates; load < 1 s) and peak RSS (target < 500 MB).

    python bench/resolve.py [--rounds 20]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time

from bench_corpus import cleaned_corpus

from marsad.lang.ar import normalize_with_offsets
from marsad.lang.ar.sentences import split_sentences

TARGET_PER_SECOND = 1000.0


def corpus_texts() -> list[str]:
    return [article.text for _, article in cleaned_corpus()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=20, help="passes over the corpus (default 20)")
    args = parser.parse_args()
    texts = corpus_texts()

    started = time.perf_counter()
    from marsad.text.actors import ActorResolver, Lexicon
    from marsad.text.dates import resolve_dates
    from marsad.text.figures import extract_figures
    from marsad.text.places import Gazetteer, PlaceResolver

    places = PlaceResolver(Gazetteer.load())
    actors = ActorResolver(Lexicon.load())
    places.resolve(texts[0])  # builds the lazy name index and matcher
    resolve_dates(texts[0], None)
    extract_figures(texts[0])
    load_seconds = time.perf_counter() - started

    def run_dates(text, norm, sentences):
        resolve_dates(text, None, normalized=norm)

    def run_figures(text, norm, sentences):
        extract_figures(text, sentences, normalized=norm)

    def run_places(text, norm, sentences):
        places.resolve(text, normalized=norm)

    def run_actors(text, norm, sentences):
        actors.resolve(text, country="Syria", normalized=norm)

    prepared = [(t, normalize_with_offsets(t), split_sentences(t)) for t in texts]
    cpu_by_resolver = {}
    for name, function in (("dates", run_dates), ("figures", run_figures), ("places", run_places),
                           ("actors", run_actors)):
        cpu_start = time.process_time()
        for _ in range(args.rounds):
            for text, norm, sentences in prepared:
                function(text, norm, sentences)
        cpu_by_resolver[name] = time.process_time() - cpu_start
    n = args.rounds * len(texts)
    round_rates = []  # per round: the machine is shared, so a slow round says more about it than about the code
    for _ in range(args.rounds):
        cpu_start = time.process_time()
        for text in texts:
            norm = normalize_with_offsets(text)
            sentences = split_sentences(text)
            for function in (run_dates, run_figures, run_places, run_actors):
                function(text, norm, sentences)
        round_rates.append(len(texts) / (time.process_time() - cpu_start))
    combined = statistics.median(round_rates)
    mean_chars = sum(len(t) for t in texts) / len(texts)
    print(f"corpus: {len(texts)} articles, mean {mean_chars:.0f} characters of cleaned text; {args.rounds} rounds")
    print(f"load (gazetteer, actor lexicon, patterns): {load_seconds:.2f} s (target < 1 s)")
    for name, cpu in cpu_by_resolver.items():
        print(f"  {name:8s} {n / cpu:8.0f} articles/s/core")
    print(f"all four, with normalisation and sentence splitting: {combined:.0f} articles/s/core, median of "
          f"{args.rounds} rounds (best {max(round_rates):.0f}, slowest {min(round_rates):.0f}; "
          f"target {TARGET_PER_SECOND:.0f}, ratio {combined / TARGET_PER_SECOND:.2f})")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB (target < 500 MB)")


if __name__ == "__main__":
    main()
