"""Serial-letter batches: a plain loop with progress and cancel callbacks, writing files atomically.

The contract (house-style.md §2.2 R5): the worker hands in immutable LetterSpecs and callbacks;
should_stop() is checked between letters; on_progress(done, total) is called after each letter.
Output is written to a temporary file beside the target and moved into place with os.replace()
only when complete, so a cancelled or failed run leaves no half-written file behind. Per-recipient
copies are written into a hidden staging folder beside their target folder and moved at the end.

Letters that cannot be printed faithfully (characters without glyph, right-to-left text) or that
have no postal address are skipped and reported (crm-mechanics.md §3.3 "skip report"); the
``unprintable`` argument can instead replace such characters or abort the run.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from crmdesk.letters.render import LetterReport, LetterWriter, render_letter
from crmdesk.letters.spec import LetterSpec
from crmdesk.letters.textcheck import UnprintableTextError

BATCH_POLICIES = ("skip", "replace", "raise")


@dataclass(frozen=True)
class SkippedLetter:
    """A letter left out of the batch, and why."""

    index: int  # position in the input, 0-based
    recipient_key: str
    reason: str


@dataclass(frozen=True)
class BatchResult:
    """Counts and paths of a finished (or cancelled) batch."""

    total: int  # specs looked at
    written: int  # letters in the PDF
    pages: int
    cancelled: bool = False
    pdf_path: Path | None = None  # None when cancelled or nothing was printable
    recipient_paths: tuple[Path, ...] = ()
    skipped: tuple[SkippedLetter, ...] = ()
    reports: tuple[LetterReport, ...] = field(default=(), repr=False)  # letters with notes/problems


class _Staging:
    """Temporary output files of one batch run, committed together or removed together."""

    def __init__(self, out_path: Path, per_recipient_dir: Path | None) -> None:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".part", dir=out_path.parent)
        os.close(fd)
        self.out_path, self.pdf_temp = out_path, Path(name)
        self.per_recipient_dir = per_recipient_dir
        self.folder: Path | None = None
        if per_recipient_dir is not None:
            per_recipient_dir.parent.mkdir(parents=True, exist_ok=True)
            self.folder = Path(tempfile.mkdtemp(prefix=f".{per_recipient_dir.name}.", suffix=".part",
                                                dir=per_recipient_dir.parent))
        self.staged: list[Path] = []

    def recipient_file(self, index: int, key: str) -> Path:
        """A staged path for one recipient's PDF."""
        assert self.folder is not None
        path = self.folder / recipient_filename(index, key)
        self.staged.append(path)
        return path

    def commit(self, has_letters: bool) -> tuple[Path | None, tuple[Path, ...]]:
        """Move the finished files into place (the combined PDF only if it has letters)."""
        pdf_path = None
        if has_letters:
            _fsync(self.pdf_temp)
            _readable(self.pdf_temp)
            os.replace(self.pdf_temp, self.out_path)
            pdf_path = self.out_path
        moved = []
        if self.folder is not None and self.per_recipient_dir is not None and self.staged:
            self.per_recipient_dir.mkdir(parents=True, exist_ok=True)
            for path in self.staged:
                target = self.per_recipient_dir / path.name
                _readable(path)
                os.replace(path, target)
                moved.append(target)
        self.discard()
        return pdf_path, tuple(moved)

    def discard(self) -> None:
        """Remove every temporary file and folder of this run."""
        self.pdf_temp.unlink(missing_ok=True)
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


def _readable(path: Path) -> None:
    """mkstemp creates files as 0600; a letter is an ordinary document the user shares (umask applies)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def _fsync(path: Path) -> None:
    """Flush a finished file to disk before it replaces the target."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def recipient_filename(index: int, key: str) -> str:
    """ "0007-person-42.pdf": input position plus the recipient key, reduced to safe characters."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", key).strip("._")[:60] or "letter"
    return f"{index + 1:04d}-{slug}.pdf"


def render_batch(
    specs: Iterable[LetterSpec],
    out_path: str | os.PathLike[str],
    *,
    per_recipient_dir: str | os.PathLike[str] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    on_progress: Callable[[int, int | None], None] = lambda done, total: None,
    unprintable: str = "skip",
) -> BatchResult:
    """Render *specs* into one PDF at *out_path* (and one PDF per recipient if a folder is given).

    *on_progress* gets (letters done, total or None when *specs* has no len()).
    *unprintable*: "skip" (default) leaves such letters out and reports them, "replace" prints
    U+FFFD instead of the characters, "raise" aborts the run with UnprintableTextError.
    """
    if unprintable not in BATCH_POLICIES:
        raise ValueError(f"unprintable must be one of {BATCH_POLICIES}")
    total = len(specs) if hasattr(specs, "__len__") else None  # type: ignore[arg-type]
    recipient_dir = Path(per_recipient_dir) if per_recipient_dir is not None else None
    staging = _Staging(Path(out_path), recipient_dir)
    try:
        return _run(specs, staging, should_stop, on_progress, total, unprintable)
    except BaseException:
        staging.discard()
        raise


def _run(specs: Iterable[LetterSpec], staging: _Staging, should_stop: Callable[[], bool],
         on_progress: Callable[[int, int | None], None], total: int | None, unprintable: str) -> BatchResult:
    """The loop: one letter at a time, cancel checks in between, commit at the end."""
    policy = "replace" if unprintable == "replace" else "raise"
    writer = LetterWriter(staging.pdf_temp, unprintable=policy)
    skipped: list[SkippedLetter] = []
    reports: list[LetterReport] = []
    seen = 0
    for index, spec in enumerate(specs):
        if should_stop():
            return _cancel(staging, seen, writer)
        seen += 1
        reason = _add_letter(writer, staging, index, spec, unprintable, reports)
        if reason is not None:
            skipped.append(SkippedLetter(index, spec.recipient_key, reason))
        on_progress(seen, total)
    if should_stop():
        return _cancel(staging, seen, writer)
    summary = writer.close()
    pdf_path, recipient_paths = staging.commit(has_letters=summary.letters > 0)
    return BatchResult(seen, summary.letters, summary.pages, False, pdf_path, recipient_paths,
                       tuple(skipped), tuple(reports))


def _add_letter(writer: LetterWriter, staging: _Staging, index: int, spec: LetterSpec, unprintable: str,
                reports: list[LetterReport]) -> str | None:
    """Draw one letter (and its per-recipient copy); returns a skip reason or None."""
    if not any(line.strip() for line in spec.postal_lines):
        return "no postal address"
    policy = "replace" if unprintable == "replace" else "raise"
    try:
        report = writer.add(spec)
    except UnprintableTextError as exc:
        if unprintable == "raise":
            raise
        return f"unprintable text: {exc}"
    if report.notes or report.problems:
        reports.append(report)
    if staging.folder is not None:
        render_letter(spec, staging.recipient_file(index, spec.recipient_key), unprintable=policy)
    return None


def _cancel(staging: _Staging, seen: int, writer: LetterWriter) -> BatchResult:
    """Drop everything written in this run."""
    staging.discard()
    return BatchResult(seen, 0, 0, cancelled=True)
