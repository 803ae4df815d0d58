"""Reading-level figures: counted by rule, checked against samples counted by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from booklet.model.content import load_content
from booklet.model.readability import (
    english_syllables,
    measure,
    report,
    sentences_of,
    spanish_syllables,
)


@pytest.mark.parametrize(
    ("word", "count"),
    [("foot", 1), ("massage", 2), ("gently", 2), ("circulation", 4), ("care", 1), ("nerves", 1),
     ("table", 2), ("numbness", 2), ("neuropathy", 4)],
)  # fmt: skip
def test_english_syllables(word: str, count: int) -> None:
    assert english_syllables(word) == count


@pytest.mark.parametrize(
    ("word", "count"),
    [("pie", 1), ("masaje", 3), ("neuropatía", 5), ("día", 2), ("cuidado", 3), ("suave", 2),
     ("poeta", 3), ("huevo", 2), ("hoy", 1)],
)  # fmt: skip
def test_spanish_syllables(word: str, count: int) -> None:
    assert spanish_syllables(word) == count


def test_flesch_kincaid_of_a_sample_counted_by_hand() -> None:
    # 2 sentences, 12 words, 15 syllables ("massage" 2, "gently" 2, "table" 2)
    reading = measure(
        "sample", ["Rub your feet with care. Massage them gently on the table."], "en"
    )
    assert (reading.sentences, reading.words, reading.syllables) == (2, 11, 14)
    expected = 0.39 * 11 / 2 + 11.8 * 14 / 11 - 15.59
    assert reading.grade == pytest.approx(expected)


def test_fernandez_huerta_of_a_sample_counted_by_hand() -> None:
    # "Lave sus pies cada día." 5 words, 1 sentence, 2+1+1+2+2 = 8 syllables
    reading = measure("muestra", ["Lave sus pies cada día."], "es-US")
    assert (reading.sentences, reading.words, reading.syllables) == (1, 5, 8)
    assert reading.ease == pytest.approx(206.84 - 0.60 * 160 - 1.02 * 20)


def test_sentences_end_at_stops_colons_and_semicolons() -> None:
    assert sentences_of("One. Two: three; four? Five!") == [
        "One.",
        "Two:",
        "three;",
        "four?",
        "Five!",
    ]


def test_the_report_names_every_section_and_the_misses(tmp_path: Path, sample: Path) -> None:
    text = sample.read_text().replace(
        "Tick each box as you go.",
        "Subsequently, individuals experiencing considerable uncertainty regarding horticultural "
        "maintenance procedures should consult knowledgeable professionals immediately.",
    )
    path = tmp_path / "content.yaml"
    path.write_text(text)
    (tmp_path / "views").symlink_to(sample.parent / "views")
    content = load_content(path)
    lines, misses = report(content)
    assert lines[0].startswith("whole booklet: grade ")
    titles = [section.title for section in content.sections] + [content.disclaimer.title]
    for title in titles:
        assert any(line.startswith(f"{title}: grade ") for line in lines), title
    assert misses == [next(m for m in misses if m.startswith("Daily check reads above"))]
    assert any("plain-language list: 'individuals' (try: people)" in line for line in lines)
