"""Plain-language measures of a booklet's text, for ``booklet check``.

Patient information should read at about US grade 6, and at grade 8 at most in any
part. English is measured with the Flesch–Kincaid grade (and SMOG); Spanish with the
Fernández-Huerta reading ease, where 70 or more is "fairly easy". Syllables are counted
by rule (vowel groups, with English silent endings and Spanish diphthongs), so the
figures need nothing beyond the standard library and work offline. Each section is
measured on its own, as are the longest sentences and the words a plain-language list
says to avoid (``booklet/data/plain/LANG.yaml``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from booklet.model.content import Block, Content, Subsection

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+")


@dataclass(frozen=True)
class Reading:
    """Counts for one stretch of text, and the scores they give."""

    name: str
    words: int
    sentences: int
    syllables: int
    polysyllables: int

    @property
    def grade(self) -> float:
        """Flesch–Kincaid grade level."""
        if not self.words:
            return 0.0
        words_per_sentence = self.words / max(self.sentences, 1)
        return 0.39 * words_per_sentence + 11.8 * self.syllables / self.words - 15.59

    @property
    def smog(self) -> float:
        """SMOG grade (most reliable over 30 sentences or more)."""
        return 1.0430 * math.sqrt(self.polysyllables * 30 / max(self.sentences, 1)) + 3.1291

    @property
    def ease(self) -> float:
        """Fernández-Huerta reading ease, for Spanish: higher is easier."""
        if not self.words:
            return 100.0
        per_hundred = 100 / self.words
        return 206.84 - 0.60 * self.syllables * per_hundred - 1.02 * self.sentences * per_hundred


def measure(name: str, texts: list[str], language: str) -> Reading:
    """The counts of ``texts``; each text is at least one sentence (a bullet, a title)."""
    spanish = language.startswith("es")
    words = sentences = syllables = polysyllables = 0
    for text in texts:
        for sentence in sentences_of(text):
            found = _WORD.findall(sentence)
            if not found:
                continue
            sentences += 1
            for word in found:
                count = spanish_syllables(word) if spanish else english_syllables(word)
                words += 1
                syllables += count
                polysyllables += count >= 3
    return Reading(name, words, sentences, syllables, polysyllables)


def sentences_of(text: str) -> list[str]:
    """A text's sentences: split after . ! ? : or ; and a space."""
    plain = text.replace("**", "")
    return [part for part in _SENTENCE_END.split(plain) if part.strip()]


def english_syllables(word: str) -> int:
    """Vowel groups, less a silent final e or -es/-ed; at least one."""
    word = word.lower().strip("'’")
    groups = len(re.findall(r"[aeiouy]+", word))
    silent_e = len(word) > 2 and word.endswith("e") and not word.endswith(("le", "ee", "ye"))
    silent_ending = bool(re.search(r"[^aeiouytd]e[sd]$", word)) and not word.endswith(
        ("les", "ses", "zes", "ces")
    )
    if silent_e or silent_ending:
        groups -= 1
    return max(groups, 1)


_STRONG = set("aeoáéó")
_ACCENTED_WEAK = set("íú")
_VOWELS = _STRONG | _ACCENTED_WEAK | set("iuüy")


def spanish_syllables(word: str) -> int:
    """Vowel nuclei: two strong vowels, or an accented í/ú, split; other pairs join."""
    word = word.lower()
    count, previous = 0, ""
    for index, letter in enumerate(word):
        if letter not in _VOWELS or (letter == "y" and index + 1 < len(word)):
            previous = ""
            continue
        joined = previous and not (
            (previous in _STRONG and letter in _STRONG)
            or previous in _ACCENTED_WEAK
            or letter in _ACCENTED_WEAK
        )
        if not joined:
            count += 1
        previous = letter
    return max(count, 1)


def readings(content: Content) -> list[Reading]:
    """The whole booklet first, then each section and the disclaimer."""
    language = content.meta.language
    parts = [
        (section.title, list(_section_texts(section.blocks, section.subsections)))
        for section in content.sections
    ]
    parts.append((content.disclaimer.title, list(content.disclaimer.full)))
    whole = [text for _, texts in parts for text in texts]
    return [measure("whole booklet", whole, language)] + [
        measure(name, texts, language) for name, texts in parts
    ]


def _section_texts(blocks: list[Block], subsections: list[Subsection]) -> Iterator[str]:
    for block in [*blocks, *(block for sub in subsections for block in sub.blocks)]:
        yield from _block_texts(block)


def _block_texts(block: Block) -> Iterator[str]:
    if block.paragraph:
        yield block.paragraph
    yield from block.bullets or []
    yield from block.checklist or []
    yield from (check.text for check in block.tracker or [])
    if block.callout:
        yield block.callout.text
    for step in block.steps or []:
        yield step.instruction


def longest_sentences(content: Content, count: int = 3) -> list[tuple[int, str]]:
    """The longest sentences, by words, with their word counts."""
    texts = [
        text
        for section in content.sections
        for text in _section_texts(section.blocks, section.subsections)
    ] + list(content.disclaimer.full)
    sentences = [sentence for text in texts for sentence in sentences_of(text)]
    ranked = sorted(sentences, key=lambda sentence: -len(_WORD.findall(sentence)))
    return [
        (len(_WORD.findall(sentence)), " ".join(sentence.split())) for sentence in ranked[:count]
    ]


def hard_words(content: Content) -> list[tuple[str, str]]:
    """Words to reconsider: ones to avoid, and long ones the list does not accept.

    The language's plain-language list gives a plainer word for each word to avoid, and
    names the long words (four syllables or more) that readers know or need.
    """
    language = content.meta.language
    avoid, accept = _plain_words(language.split("-")[0])
    spanish = language.startswith("es")
    count = spanish_syllables if spanish else english_syllables
    long_word = LONG_WORD + 1 if spanish else LONG_WORD  # Spanish words run longer
    found: dict[str, str] = {}
    for path, text in content.text_fields():
        if path[:1] == ("labels",) or path[:2] == ("meta", "keywords") or "overlays" in path:
            continue
        for word in _WORD.findall(text):
            key = word.lower()
            if key in found:
                continue
            if key in avoid:
                found[key] = f"try: {avoid[key]}"
            elif count(key) >= long_word and key not in accept:
                found[key] = "a long word: is there a shorter one?"
    return sorted(found.items())


LONG_WORD = 4
"""Syllables that make an English word long enough to question (five in Spanish)."""
MAX_LISTED = 12
"""Words the report lists at most; the rest are counted."""


@cache
def _plain_words(language: str) -> tuple[dict[str, str], frozenset[str]]:
    entry = resources.files("booklet").joinpath(f"data/plain/{language}.yaml")
    if not re.fullmatch(r"[a-z]{2,3}", language) or not entry.is_file():
        return {}, frozenset()
    data = yaml.safe_load(entry.read_text("utf-8")) or {}
    avoid = {str(key).lower(): str(value) for key, value in (data.get("avoid") or {}).items()}
    accept = frozenset(str(word).lower() for word in data.get("accept") or [])
    return avoid, accept


def report(content: Content) -> tuple[list[str], list[str]]:
    """Lines describing the booklet's reading level, and the targets it misses."""
    targets = content.meta.reading
    spanish = content.meta.language.startswith("es")
    lines, misses = [], []
    for index, reading in enumerate(readings(content)):
        whole = index == 0
        if spanish:
            target = targets.ease if whole else targets.section_ease
            figure = f"Fernández-Huerta ease {reading.ease:.0f} (target {target:g} or more)"
            missed = reading.ease < target
        else:
            target = targets.grade if whole else targets.section_grade
            figure = (
                f"grade {reading.grade:.1f} (target {target:g} or below), SMOG {reading.smog:.1f}"
            )
            missed = reading.grade > target
        lines.append(f"{reading.name}: {figure}, {reading.words} words")
        if missed:
            misses.append(f"{reading.name} reads above its target: {figure}")
    for words, sentence in longest_sentences(content):
        lines.append(f"long sentence ({words} words): {sentence}")
    flagged = hard_words(content)
    for word, advice in flagged[:MAX_LISTED]:
        lines.append(f"plain-language list: {word!r} ({advice})")
    if len(flagged) > MAX_LISTED:
        lines.append(f"plain-language list: and {len(flagged) - MAX_LISTED} more")
    return lines, misses
