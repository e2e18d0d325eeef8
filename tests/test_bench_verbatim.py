"""The verbatim-reuse benchmark's cases: each case's suspicious range holds its source range's
text (re-flowed or not), and with other books the sources come from those books, one each."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from benchmarks.bench_verbatim import detections, main, make_cases, unusable


def _book(tag: str, paragraphs: int = 400) -> str:
    sentences = (f"The {tag}{k}a and the {tag}{k}b went to the {tag}{k}c. "
                 f"They saw {tag}{k}d there." for k in range(paragraphs * 4))
    lines = list(sentences)
    return "\n\n".join(" ".join(lines[i:i + 4]) for i in range(0, len(lines), 4))


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_every_case_holds_its_source_text_and_sources_come_from_the_other_books() -> None:
    others = [_book("x"), _book("y")]
    texts, cases = make_cases(_book("s"), random.Random(3), others)
    assert cases
    sources = sorted(name for name in texts if name.startswith("source"))
    assert len(sources) == 2  # one per other book
    assert "x0a" in texts["source-000"] and "y0a" in texts["source-001"]
    for case in cases:
        copied = texts[case.suspicious][slice(*case.in_suspicious)]
        original = texts[case.source][slice(*case.in_source)]
        assert _flat(copied) == _flat(original)
        assert "s" not in {word[0] for word in re.findall(r"\b[sxy]\d+[a-d]\b", original)}
    # A suspicious document takes at most one passage from each source.
    per_document = [(case.suspicious, case.source) for case in cases]
    assert len(per_document) == len(set(per_document))


def test_a_copied_case_is_detected_whole() -> None:
    texts, cases = make_cases(_book("s"), random.Random(3), [_book("x"), _book("y")])
    case = cases[0]
    found = detections(texts, case.suspicious, case.source)
    covering = [d for d in found if d[0][0] <= case.in_suspicious[0]
                and d[0][1] >= case.in_suspicious[1] - 1]
    assert covering


def test_a_book_without_paragraph_breaks_is_refused_not_measured() -> None:
    book = _book("s")
    assert unusable(book) is None
    assert "blank lines" in (unusable(re.sub(r"\s+", " ", book)) or "")
    assert "too short" in (unusable(_book("s", paragraphs=20)) or "")


def test_the_command_names_the_book_that_cannot_be_cut(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    # A copy whose line breaks were lost: one "paragraph", so no case and no score to give.
    joined = tmp_path / "joined.txt"
    joined.write_text(re.sub(r"\s+", " ", _book("s")), encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(_book("x"), encoding="utf-8")
    for argv in ([str(joined)], [str(good), "--sources", str(joined)]):
        monkeypatch.setattr(sys, "argv", ["bench_verbatim.py", *argv])
        with pytest.raises(SystemExit) as stopped:
            main()
        assert stopped.value.code == 2
        assert f"{joined}: no blank lines" in capsys.readouterr().err
