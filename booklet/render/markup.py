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


def to_markup(text: str) -> str:
    """Escape plain text and turn ``**bold**`` into ``<b>bold</b>``.

    A number keeps the word after it on its line: "10 minutes" never breaks apart.
    """
    return _BOLD.sub(r"<b>\1</b>", escape(keep_numbers_together(text)))


def keep_numbers_together(text: str) -> str:
    """A non-breaking space between a number and the word that follows it."""
    return _NUMBER_AND_UNIT.sub("\\1\u00a0", text)


def long_date(day: date, language: str) -> str:
    """A date as a reader of ``language`` writes it in full (``November 1, 2026``).

    Its spaces do not break, so a date never wraps across two lines.
    """
    text = format_date(day, format="long", locale=Locale.parse(language, sep="-"))
    return text.replace(" ", "\u00a0")
