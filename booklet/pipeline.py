"""The build pipeline, one stage after another, as the package layout shows it.

Load and validate content → resolve the variant → lay out with ReportLab →
finish with pypdf → write atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from booklet.content import Content, load_content
from booklet.errors import BookletError
from booklet.fonts import FontSet, describe_characters, register_family
from booklet.output import write_atomically
from booklet.postprocess import finish
from booklet.render.document import render_pdf
from booklet.render.review_sheet import render_review_sheet
from booklet.variant import Project, Variant, resolve_variant


@dataclass(frozen=True)
class BuildRequest:
    """What one ``booklet build`` asks for."""

    content: Path
    layout: str
    out_dir: Path
    project: Project


def build(request: BuildRequest) -> Path:
    """Build one booklet and return the path of the PDF written."""
    content, variant, fonts = prepare(request.content, request.layout, request.project)
    pdf = finish(render_pdf(content, variant.layout, fonts), content)
    target = request.out_dir / f"{content.meta.slug}-{variant.layout.name}.pdf"
    write_atomically(target, pdf)
    return target


def build_review_sheet(request: BuildRequest) -> Path:
    """Draw every step diagram of a content file onto one review sheet."""
    content, variant, fonts = prepare(request.content, request.layout, request.project)
    pdf = render_review_sheet(content, variant.layout, fonts)
    target = request.out_dir / f"{content.meta.slug}-diagrams.pdf"
    write_atomically(target, pdf)
    return target


def prepare(content_path: Path, layout: str, project: Project) -> tuple[Content, Variant, FontSet]:
    """Every check short of rendering: content, layout, fonts and font coverage."""
    content = load_content(content_path)
    variant = resolve_variant(project, layout)
    fonts = register_family(variant.layout.fonts, variant.fonts_dir)
    check_coverage(content, fonts, variant.layout.fonts.family)
    return content, variant, fonts


def check_coverage(content: Content, fonts: FontSet, family: str) -> None:
    """Refuse text the font cannot draw: it would print as empty boxes."""
    problems = []
    for path, text in content.text_fields():
        missing = fonts.missing_characters(text)
        if missing:
            problems.append(
                content.problem(
                    path,
                    f"the font {family} has no glyph for {describe_characters(missing)} "
                    "(valid: characters the layout's font covers; use a layout whose font "
                    "has them)",
                )
            )
    if problems:
        raise BookletError(problems)
