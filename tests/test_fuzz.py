"""A fuzz target over the input layers: the YAML loader, templates and text markup.

Whatever text arrives, loading it either gives data or a located :class:`BookletError`;
a template either renders or raises :class:`TemplateProblem`; and markup for ReportLab
and for the web is always something the paragraph parser and the HTML parser accept.
``HYPOTHESIS_PROFILE=long`` runs it for much longer than the test command does.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from booklet.render.markup import to_markup
from booklet.source.errors import BookletError
from booklet.source.templating import TemplateProblem, render_text
from booklet.source.yamlsource import parse_yaml
from booklet.web.page import rich

settings.register_profile("fuzz-default", max_examples=150, deadline=None)
settings.register_profile("fuzz-long", max_examples=20_000, deadline=None)
settings.load_profile(
    "fuzz-long" if os.environ.get("HYPOTHESIS_PROFILE") == "long" else "fuzz-default"
)

SYMBOLS = list("abc: -[]{}&*!|>'\"#%@`,?\n\t 0123456789.~")
YAMLISH = st.text(alphabet=st.sampled_from([*SYMBOLS, "\u00e9", "\x00", "\x1b"]), max_size=200)
TEMPLATEISH = st.text(alphabet=st.sampled_from(list("{}%#. clinicnamephone")), max_size=60)
CONTEXT = {"clinic": {"name": "Riverside", "phone": "(555) 010"}}


@given(YAMLISH)
def test_the_yaml_loader_gives_data_or_a_located_error(text: str) -> None:
    try:
        parse_yaml(text, Path("fuzz.yaml"))
    except BookletError as error:
        assert error.problems
        assert all(problem.file == "fuzz.yaml" for problem in error.problems)


@given(
    st.text(max_size=120)
    | st.text(alphabet=st.sampled_from(list("{}%#. clinicnamephone")), max_size=60)
)
def test_templates_render_or_say_why_not(text: str) -> None:
    try:
        result = render_text(text, CONTEXT)
    except TemplateProblem as problem:
        assert str(problem)
    else:
        assert isinstance(result, str)


@given(st.text(max_size=200))
def test_markup_is_always_well_formed(text: str) -> None:
    style = ParagraphStyle("fuzz", fontName="Helvetica", fontSize=10, leading=12)
    Paragraph(to_markup(text), style)  # raises on markup ReportLab cannot parse
    lxml_html.fragment_fromstring(f"<p>{rich(text)}</p>")
