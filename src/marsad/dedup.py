"""Article identity and near-duplicate (syndicated copy) detection with MinHash LSH (datasketch).

Exact copies are caught by the hash of the normalised body; near copies (the same wire story republished
with another headline, a trimmed sentence, different page furniture) by MinHash signatures of word shingles of
the normalised body, indexed with LSH so each new article is compared only with likely candidates.

Which copy is the original does not depend on ingestion order: the earliest publication date wins, then the
copy that does not credit another source (`نقلاً عن ...`), then the fuller text, then the smaller article id. A later-ingested article can therefore demote a stored one to duplicate.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass

from datasketch import LeanMinHash, MinHash, MinHashLSH

from marsad.lang.ar.normalize import normalize

_WORD = re.compile(r"\w+")
# Part of a signature's identity: a stored signature with another seed was hashed differently and is recomputed.
SIGNATURE_SEED = 2


def _identity(value: int) -> int:
    return value


def content_words(text: str) -> list[str]:
    """The normalised words of a text: what identity and near-duplicate checks compare."""
    return _WORD.findall(normalize(text))


def text_fingerprint(text: str, *, words: list[str] | None = None) -> str:
    """sha256 of the normalised word sequence: equal for copies that differ only in spelling or spacing."""
    words = content_words(text) if words is None else words
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


_NUMBER_WORDS = frozenset(
    normalize(w)
    for w in (
        "واحد واحدة اثنان اثنين اثنتان ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثمان ثماني ثمانية تسع تسعة "
        "عشر عشرة عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون ثمانين "
        "تسعون تسعين مئة مائة مئتان مئتين مائتين ألف آلاف ألفين عشرات مئات قتيل قتيلين قتيلا جريح جريحين"
    ).split()
)
_CLITICS = ("و", "ب", "ل", "ف")


def figure_tokens(text: str) -> frozenset[str]:
    """Digits and number words of a text: what an updated report changes when it revises a toll."""
    tokens = set()
    for word in _WORD.findall(normalize(text)):
        if word.isdigit():
            tokens.add(word)
            continue
        for candidate in (word, word[1:] if word.startswith(_CLITICS) else word):
            if candidate in _NUMBER_WORDS:
                tokens.add(candidate)
                break
    return frozenset(tokens)


def figures_compatible(a: str, b: str) -> bool:
    """False when each text states figures the other lacks: a revised report, not a copy."""
    tokens_a, tokens_b = figure_tokens(a), figure_tokens(b)
    return tokens_a <= tokens_b or tokens_b <= tokens_a


_CREDITS_ANOTHER_SOURCE = re.compile(r"نقلا عن|نقلا ع|المصدر ?:|بالتعاون مع|اعاده نشر|republished|source ?:")


@dataclass(frozen=True, slots=True)
class Provenance:
    """What decides which of two copies is the original."""

    article_id: str
    published: str | None
    text: str

    @property
    def credits_another_source(self) -> bool:
        return bool(_CREDITS_ANOTHER_SOURCE.search(normalize(self.text[:3000])))

    def rank(self) -> tuple:
        # earliest publication, then the copy that does not credit someone else, then the fuller text, then id
        return (self.published or "9999", self.credits_another_source, -len(self.text), self.article_id)


def original_first(a: Provenance, b: Provenance) -> bool:
    """True when `a` should be kept as the original and `b` linked to it as a copy."""
    return a.rank() <= b.rank()


@dataclass(frozen=True, slots=True)
class NearDuplicate:
    article_id: str
    similarity: float


@dataclass(frozen=True, slots=True)
class ArticleBody:
    """What the copy test reads of an article."""

    text_sha256: str  # `text_fingerprint` of the text
    text: str  # the clean text
    signature: LeanMinHash


class NearDuplicateIndex:
    """MinHash LSH index of article bodies."""

    def __init__(self, *, threshold: float = 0.6, num_perm: int = 64, shingle_words: int = 4):
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle_words = shingle_words
        self._template = MinHash(num_perm=num_perm, seed=SIGNATURE_SEED, hashfunc=_identity)
        # The LSH bands are tuned below the verification threshold and weighted against misses: candidates are
        # cheap to verify with the signature estimate, a missed copy is not recoverable.
        self._lsh = MinHashLSH(threshold=max(0.1, threshold - 0.15), num_perm=num_perm, weights=(0.2, 0.8))
        self._signatures: dict[str, LeanMinHash] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._signatures

    def signature(self, text: str, *, words: list[str] | None = None) -> LeanMinHash:
        words = content_words(text) if words is None else words
        k = self.shingle_words
        if len(words) <= k:
            shingles = [" ".join(words)]
        else:
            shingles = [" ".join(words[i : i + k]) for i in range(len(words) - k + 1)]
        minhash = MinHash(
            num_perm=self.num_perm,
            seed=SIGNATURE_SEED,
            hashfunc=_identity,
            permutations=self._template.permutations,
            scheme=self._template.scheme,
        )
        # crc32 in C instead of datasketch's default sha1 per shingle: same quality for near-duplicates, 20x cheaper
        minhash.update_batch([zlib.crc32(shingle.encode("utf-8")) for shingle in shingles])
        return LeanMinHash(minhash)

    @staticmethod
    def to_bytes(signature: LeanMinHash) -> bytes:
        buffer = bytearray(signature.bytesize())
        signature.serialize(buffer)
        return bytes(buffer)

    def from_bytes(self, blob: bytes) -> LeanMinHash | None:
        """Decode a stored signature; None when it was made with other settings (it is then recomputed)."""
        signature = LeanMinHash.deserialize(blob)
        return signature if len(signature.hashvalues) == self.num_perm and signature.seed == SIGNATURE_SEED else None

    def add(self, article_id: str, signature: LeanMinHash) -> None:
        if article_id in self._signatures:
            self.remove(article_id)
        self._lsh.insert(article_id, signature)
        self._signatures[article_id] = signature

    def remove(self, article_id: str) -> None:
        if article_id in self._signatures:
            self._lsh.remove(article_id)
            del self._signatures[article_id]

    def signature_of(self, article_id: str) -> LeanMinHash | None:
        """The signature an indexed article was added with, None when it is not indexed."""
        return self._signatures.get(article_id)

    def copy_similarity(self, body: ArticleBody, other: ArticleBody) -> float | None:
        """How similar two articles are when one copies the other, None when neither does.

        A copy has the same normalised text (similarity 1.0), or an estimated Jaccard similarity of at least the
        threshold and no figure the other text lacks on both sides (a revised toll makes a new report).
        """
        if body.text_sha256 == other.text_sha256:
            return 1.0
        similarity = float(body.signature.jaccard(other.signature))
        if similarity < self.threshold or not figures_compatible(body.text, other.text):
            return None
        return round(similarity, 3)

    def query(self, signature: LeanMinHash, *, exclude: str | None = None) -> list[NearDuplicate]:
        """Indexed articles whose estimated similarity reaches the threshold, most similar first."""
        found = []
        for candidate in self._lsh.query(signature):
            if candidate == exclude:
                continue
            similarity = signature.jaccard(self._signatures[candidate])
            if similarity >= self.threshold:
                found.append(NearDuplicate(candidate, round(float(similarity), 3)))
        found.sort(key=lambda d: (-d.similarity, d.article_id))
        return found
