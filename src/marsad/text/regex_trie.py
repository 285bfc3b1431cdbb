"""Regex alternations written as tries, for word lists compiled into patterns (dates, coder cue phrases)."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words`, the longest that fits first, written as a trie.

    The regex engine tries the branches of an alternation one by one; with one branch per word, a position where
    no word starts costs a test per word. Sharing prefixes makes it a test per distinct letter. Only words on one
    path of the trie can match at the same position, and along a path longer words come first, so the engine
    meets the matching words in the same order as in the flat longest-first alternation.
    """
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    children = sorted((char for char in node if char), key=lambda char: (-_depth(node[char]), char))
    branches = [re.escape(char).replace("\\ ", " ") + _trie_pattern(node[char]) for char in children]
    if "" in node:
        branches.append("")  # the word ending here, after every longer one
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _depth(node: dict[str, dict]) -> int:
    return max((1 + _depth(child) for char, child in node.items() if char), default=0)
