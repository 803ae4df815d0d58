"""Limits on what an input may ask for, checked before any work starts.

Content, layout, brand and editions files may soon come from people we do not know, so
every input is bounded: a file's size and nesting, the number of parts, the length of
each text, what a template may do, and a logo's size. A file past a limit is refused
with the limit named, rather than laid out for minutes or grown to gigabytes. The
README lists these values.
"""

from __future__ import annotations

MAX_FILE_BYTES = 1_000_000
"""Any one YAML file (content, layout, brand, view, editions)."""
MAX_DEPTH = 40
"""How deeply mappings and lists may nest in a YAML file."""
MAX_TEXT = 5_000
"""Characters in one text field (a paragraph, an instruction, a disclaimer part)."""
MAX_SHORT_TEXT = 300
"""Characters in a title, name or label."""
MAX_SECTIONS = 100
MAX_BLOCKS = 200
"""Blocks in one section or subsection, and subsections in one section."""
MAX_ITEMS = 100
"""Items in one list: bullets, checklist items, fill-in labels, keywords, steps."""
MAX_MARKS = 40
"""Marks over one diagram, and points along one arrow."""
MAX_TEMPLATE_OUTPUT = 10_000
"""Characters one template placeholder may produce."""
MAX_LOGO_BYTES = 5_000_000
MAX_LOGO_PIXELS = 25_000_000
MAX_BLEED_MM = 10
"""The widest bleed a print-shop file may ask for."""
MAX_EDITIONS = 2_000
"""Editions one editions file may describe."""
