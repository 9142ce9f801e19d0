"""render_batch: atomic output, cancel without leftovers, per-recipient files, skips, page counts."""

from __future__ import annotations

import pdfplumber
import pytest

from crmdesk.letters import UnprintableTextError, render_batch
from crmdesk.letters.batch import recipient_filename


def _specs(make_spec, count: int) -> list:
    """*count* personalised one-page letters."""
    return [make_spec(recipient_key=f"person-{i}", recipient_lines=("Frau", f"Anna Schmidt {i}"),
                      salutation=f"Sehr geehrte Frau Schmidt {i}") for i in range(count)]


def test_batch_writes_one_pdf_and_reports_progress(make_spec, tmp_path) -> None:
    """All letters land in one PDF; progress is reported after each letter with the total."""
    progress: list[tuple[int, int | None]] = []
    target = tmp_path / "out" / "serienbrief.pdf"
    result = render_batch(_specs(make_spec, 5), target, on_progress=lambda d, t: progress.append((d, t)))
    assert (result.total, result.written, result.pages, result.cancelled) == (5, 5, 5, False)
    assert result.pdf_path == target and progress == [(i, 5) for i in range(1, 6)]
    assert sorted(p.name for p in target.parent.iterdir()) == ["serienbrief.pdf"]
    with pdfplumber.open(target) as pdf:
        assert len(pdf.pages) == 5
        assert "Anna Schmidt 3" in pdf.pages[3].extract_text()


def test_generator_input_reports_unknown_total(make_spec, tmp_path) -> None:
    """Specs can be streamed from a generator; the total is then None."""
    progress = []
    result = render_batch((s for s in _specs(make_spec, 3)), tmp_path / "a.pdf",
                          on_progress=lambda d, t: progress.append(t))
    assert result.written == 3 and progress == [None, None, None]


@pytest.mark.parametrize("stop_after", [0, 2, 5])
def test_cancel_leaves_nothing_behind(make_spec, tmp_path, stop_after: int) -> None:
    """Cancelling between letters (or right at the end) removes every temporary file and folder."""
    target, per_dir = tmp_path / "serienbrief.pdf", tmp_path / "einzeln"
    calls = {"n": 0}

    def should_stop() -> bool:
        calls["n"] += 1
        return calls["n"] > stop_after

    result = render_batch(_specs(make_spec, 5), target, per_recipient_dir=per_dir, should_stop=should_stop)
    assert result.cancelled and result.pdf_path is None and result.recipient_paths == ()
    assert list(tmp_path.iterdir()) == []


def test_cancel_keeps_an_existing_file_untouched(make_spec, tmp_path) -> None:
    """A previous PDF at the target path survives a cancelled run unchanged."""
    target = tmp_path / "serienbrief.pdf"
    target.write_bytes(b"old")
    render_batch(_specs(make_spec, 3), target, should_stop=lambda: True)
    assert target.read_bytes() == b"old" and list(tmp_path.iterdir()) == [target]


def test_failure_mid_batch_cleans_up(make_spec, tmp_path) -> None:
    """An exception from the input stream removes the temporary files and propagates."""
    def broken():
        yield from _specs(make_spec, 2)
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        render_batch(broken(), tmp_path / "x.pdf", per_recipient_dir=tmp_path / "einzeln")
    assert list(tmp_path.iterdir()) == []


def test_per_recipient_files(make_spec, tmp_path) -> None:
    """Each recipient gets an own PDF named by position and key, moved in only at the end."""
    per_dir = tmp_path / "einzeln"
    result = render_batch(_specs(make_spec, 3), tmp_path / "all.pdf", per_recipient_dir=per_dir)
    assert [p.name for p in result.recipient_paths] == [f"000{i + 1}-person-{i}.pdf" for i in range(3)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.pdf", "einzeln"]
    with pdfplumber.open(result.recipient_paths[1]) as pdf:
        assert len(pdf.pages) == 1 and "Anna Schmidt 1" in pdf.pages[0].extract_text()


def test_unprintable_and_addressless_letters_are_skipped(make_spec, tmp_path) -> None:
    """Letters with glyph-less text or no postal address are skipped and reported."""
    specs = [make_spec(recipient_key="ok"), make_spec(recipient_key="emoji", body="Hallo 🦄"),
             make_spec(recipient_key="nowhere", postal_lines=())]
    result = render_batch(specs, tmp_path / "x.pdf")
    assert result.written == 1
    assert [(s.index, s.recipient_key) for s in result.skipped] == [(1, "emoji"), (2, "nowhere")]
    assert "U+1F984" in result.skipped[0].reason and result.skipped[1].reason == "no postal address"
    replaced = render_batch(specs[:2], tmp_path / "y.pdf", unprintable="replace")
    assert replaced.written == 2 and replaced.reports[0].problems
    with pytest.raises(UnprintableTextError):
        render_batch(specs[:2], tmp_path / "z.pdf", unprintable="raise")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.pdf", "y.pdf"]


def test_nothing_printable_writes_no_pdf(make_spec, tmp_path) -> None:
    """When every letter is skipped there is no output file."""
    result = render_batch([make_spec(postal_lines=())], tmp_path / "x.pdf")
    assert result.pdf_path is None and list(tmp_path.iterdir()) == []


def test_thousand_letters_page_count(make_spec, tmp_path) -> None:
    """1,000 personalised one-page letters make a 1,000-page PDF."""
    result = render_batch(_specs(make_spec, 1000), tmp_path / "big.pdf")
    assert (result.written, result.pages) == (1000, 1000)
    with pdfplumber.open(tmp_path / "big.pdf") as pdf:
        assert len(pdf.pages) == 1000
        assert "Anna Schmidt 999" in pdf.pages[999].extract_text()


def test_recipient_filename_is_safe() -> None:
    """Keys are reduced to safe file-name characters."""
    assert recipient_filename(0, "../../etc/passwd") == "0001-etc_passwd.pdf"
    assert recipient_filename(41, "") == "0042-letter.pdf"
    assert recipient_filename(2, "Müller & Söhne") == "0003-M_ller_S_hne.pdf"
