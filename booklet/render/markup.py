"""Content text to ReportLab paragraph markup.

Content is plain text, so ``&``, ``<`` and ``>`` must be escaped before ReportLab's
mini-HTML parser sees them; the one formatting staff may use is ``**bold**``, because
bold (not italics or capitals) is the accessible way to emphasise.
"""

from __future__ import annotations

import re
from datetime import date
from xml.sax.saxutils import escape

from babel import Locale
from babel.dates import format_date

_BOLD = re.compile(r"\*\*(.+?)\*\*")


_NUMBER_AND_UNIT = re.compile(r"(\d)[ \t]+(?=[^\W\d_])")
_PHONE = re.compile(r"\+?\(?\d[\d().\- \t]{5,}\d")
"""A run of digits, brackets, dots, hyphens and spaces that may be a phone number."""
_PHONE_RUN = re.compile(r"\+?\(?\d[\d().\-\u00a0]{5,}\d")
"""The same, once its spaces no longer break."""
PHONE_DIGITS = 7
"""A run with at least this many digits is a phone number and never breaks."""
RUNT_WORDS = 4
"""Text of at least this many words never ends a paragraph with one word on its line."""
RUNT_LENGTH = 20
"""The longest last two words (with their space) kept together: longer ones might not
fit a narrow column's line together."""


def to_markup(text: str) -> str:
    """Escape plain text and turn ``**bold**`` into ``<b>bold</b>``.

    A number keeps the word after it on its line: "10 minutes" never breaks apart, and
    "Foot & Ankle" stays together.
    """
    return _BOLD.sub(r"<b>\1</b>", escape(keep_numbers_together(keep_ampersands(text))))


def keep_ampersands(text: str) -> str:
    """``&`` kept with the words either side: no line starts or ends with it."""
    return text.replace(" & ", "\u00a0&\u00a0")


def prose_markup(text: str) -> str:
    """:func:`to_markup` for running text, whose last word never sits alone on its line.

    Titles are balanced instead (:class:`~booklet.render.flowables.BalancedParagraph`).
    """
    return to_markup(no_runt(text))


def no_runt(text: str) -> str:
    """A non-breaking space between the last two words of a paragraph-length text."""
    head, _, last = text.rpartition(" ")
    before = head.rpartition(" ")[2]
    if len(text.split()) < RUNT_WORDS or len(before) + len(last) + 1 > RUNT_LENGTH:
        return text
    return f"{head}\u00a0{last}"


def keep_numbers_together(text: str) -> str:
    """A non-breaking space between a number and the word after it, and in phone numbers.

    ``(555) 010-2000`` keeps its parts on one line, in the PDF and in the HTML edition.
    """
    return _NUMBER_AND_UNIT.sub("\\1\u00a0", _PHONE.sub(_unbroken_phone, text))


def _unbroken_phone(match: re.Match[str]) -> str:
    run = match[0]
    if sum(char.isdigit() for char in run) < PHONE_DIGITS:
        return run
    return re.sub(r"[ \t]+", "\u00a0", run)


def phones_unbroken(text: str, before: str, after: str) -> str:
    """Each phone number of ``text`` (after :func:`keep_numbers_together`) between two tags.

    A browser may break a line after a hyphen, so the HTML edition wraps a phone number
    in an element that does not wrap; ReportLab breaks only at spaces.
    """

    def wrapped(match: re.Match[str]) -> str:
        run = match[0]
        if sum(char.isdigit() for char in run) < PHONE_DIGITS:
            return run
        return f"{before}{run}{after}"

    return _PHONE_RUN.sub(wrapped, text)


def long_date(day: date, language: str) -> str:
    """A date as a reader of ``language`` writes it in full (``November 1, 2026``).

    Its spaces do not break, so a date never wraps across two lines.
    """
    text = format_date(day, format="long", locale=Locale.parse(language, sep="-"))
    return text.replace(" ", "\u00a0")
