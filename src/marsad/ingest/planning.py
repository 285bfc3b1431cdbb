"""Options of the ingestion stage and the plan of which files to read."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from marsad.errors import UsageError
from marsad.ingest.formats import check_input_format, document_stem
from marsad.models import Rejection

STDIN_PATH = "-"
STDIN_DISPLAY = "<stdin>"
DEFAULT_MAX_DOCUMENT_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """Settings of the ingestion stage.

    `max_document_bytes` bounds one document (a whole text/HTML/feed file, one JSONL line, one WARC record);
    `input_format` is "auto" (sniff) or one of text, html, jsonl, rss, warc to force it.
    """

    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES
    input_format: str = "auto"

    def __post_init__(self) -> None:
        check_input_format(self.input_format)
        if self.max_document_bytes <= 0:
            raise UsageError(f"max_document_bytes must be positive, got {self.max_document_bytes}")


@dataclass(frozen=True, slots=True)
class InputFile:
    """One file to read (or stdin when `path == "-"`); `size_bytes` is 0 for stdin, whose size is unknown."""

    path: str
    display: str
    size_bytes: int
    stem: str

    @property
    def is_stdin(self) -> bool:
        """Whether this input is the standard input stream."""
        return self.path == STDIN_PATH


STDIN_INPUT = InputFile(path=STDIN_PATH, display=STDIN_DISPLAY, size_bytes=0, stem="stdin")


@dataclass(slots=True)
class InputPlan:
    """The files to read, in order, and the given paths that cannot be used."""

    files: list[InputFile] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)


def plan_inputs(paths: list[str], options: IngestOptions | None = None) -> InputPlan:
    """Expand paths into a deterministic list of input files; unusable paths become rejections.

    Directories are walked recursively in name order, skipping hidden entries; symlinked directories are
    followed once. A file reached twice (listed twice, or through a link) is read once.
    """
    del options  # accepted for symmetry with read_input; planning needs no setting yet
    plan = InputPlan()
    seen: set[tuple[int, int] | str] = set()
    for given in paths:
        if given == STDIN_PATH:
            if STDIN_PATH not in seen:
                seen.add(STDIN_PATH)
                plan.files.append(STDIN_INPUT)
            continue
        path = Path(given)
        status = _stat_or_reject(path, given, plan)
        if status is None:
            continue
        if stat.S_ISDIR(status.st_mode):
            _expand_directory(path, status, plan, seen, visited_dirs=set())
        else:
            _add_file(path, given, status, plan, seen)
    return plan


def _stat_or_reject(path: Path, display: str, plan: InputPlan) -> os.stat_result | None:
    try:
        return path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            target = os.readlink(path)
            plan.rejections.append(Rejection(
                display, "broken-link",
                f"{display}: symbolic link to {target}, which does not exist; fix or remove the link",
            ))
        else:
            plan.rejections.append(Rejection(
                display, "missing", f"{display}: no such file or directory; check the path",
            ))
    except PermissionError:
        plan.rejections.append(Rejection(
            display, "permission",
            f"{display}: permission denied; make it (and its parent directories) readable for this user",
        ))
    except OSError as error:
        plan.rejections.append(Rejection(
            display, "io-error", f"{display}: cannot be examined ({error.strerror or error}); check the disk",
        ))
    return None


def _add_file(path: Path, display: str, status: os.stat_result, plan: InputPlan,
              seen: set[tuple[int, int] | str]) -> None:
    if not stat.S_ISREG(status.st_mode):
        plan.rejections.append(Rejection(
            display, "not-a-file",
            f"{display}: not a regular file (a device, pipe or socket); pass regular files, or '-' for stdin",
        ))
        return
    identity = (status.st_dev, status.st_ino)
    if identity in seen:
        return
    seen.add(identity)
    plan.files.append(InputFile(path=str(path), display=display, size_bytes=status.st_size,
                                stem=document_stem(path.name)))


def _expand_directory(directory: Path, status: os.stat_result, plan: InputPlan,
                      seen: set[tuple[int, int] | str], visited_dirs: set[tuple[int, int]]) -> None:
    identity = (status.st_dev, status.st_ino)
    if identity in visited_dirs:
        return  # a symlink loop back to a directory already being walked
    visited_dirs = visited_dirs | {identity}
    try:
        with os.scandir(directory) as entries:
            names = sorted(entry.name for entry in entries if not entry.name.startswith("."))
    except OSError as error:
        display = str(directory)
        plan.rejections.append(Rejection(
            display, "unreadable",
            f"{display}: directory cannot be listed ({error.strerror or error}); "
            "make it readable and searchable (chmod +rx) or leave it out",
        ))
        return
    for name in names:
        child = directory / name
        child_status = _stat_or_reject(child, str(child), plan)
        if child_status is None:
            continue
        if stat.S_ISDIR(child_status.st_mode):
            _expand_directory(child, child_status, plan, seen, visited_dirs)
        else:
            _add_file(child, str(child), child_status, plan, seen)
