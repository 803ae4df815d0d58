"""Another language: the fixed words, dates and page numbers come from its label set."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from pdfcheck import page_texts
from pypdf import PdfReader

from booklet.model.content import load_content
from booklet.model.labels import labels_for
from booklet.pipeline import BuildRequest, build
from booklet.publish.build_all import build_all
from booklet.variant.resolve import Project


@pytest.fixture(scope="module")
def spanish(tmp_path_factory, root: Path) -> Path:
    """The sample topic with ``language: es-US`` and no fixed words of its own."""
    folder = tmp_path_factory.mktemp("es")
    sample = root / "tests" / "fixtures" / "sample"
    data = yaml.safe_load((sample / "content.yaml").read_text())
    data["meta"]["language"] = "es-US"
    data["meta"]["slug"] = "guia-de-muestra"
    del data["labels"]
    (folder / "content.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    shutil.copytree(sample / "views", folder / "views")
    return folder / "content.yaml"


def test_a_language_brings_its_label_set(spanish: Path) -> None:
    labels = load_content(spanish).labels
    assert (labels.contents, labels.page, labels.how_long) == (
        "Contenido",
        "Página {page} de {pages}",
        "Cuánto tiempo",
    )
    assert labels.symbol("stroke") == "Mueva en la dirección de la flecha"
    assert labels_for("es-MX").tip == "Consejo"  # es-MX falls back to the es set
    assert labels_for("en-US").tip == "Tip"


def test_the_spanish_pdf_says_pagina_writes_spanish_dates_and_is_tagged_es(
    spanish: Path, tmp_path: Path, project: Project
) -> None:
    (pdf,) = build(BuildRequest(spanish, "standard", tmp_path, project))
    reader = PdfReader(pdf)
    texts = page_texts(reader)
    assert f"Página 2 de {len(texts)}" in texts[1]
    assert "Contenido" in texts[1]
    assert "Revisado 2 de marzo de 2026" in texts[0].replace("·", " ").replace("  ", " ")
    assert reader.trailer["/Root"]["/Lang"] == "es-US"


def test_the_download_page_marks_each_edition_with_its_language(
    spanish: Path, tmp_path: Path, root: Path
) -> None:
    project = tmp_path / "project"
    for name in ("layouts", "fonts"):
        shutil.copytree(root / name, project / name)
    shutil.copytree(spanish.parent, project / "es")
    shutil.copytree(root / "tests" / "fixtures" / "sample", project / "en")
    (project / "editions.yaml").write_text(
        "output: out\neditions:\n  - contents: [en/content.yaml, es/content.yaml]\n"
    )
    build_all(project / "editions.yaml", Project(project), jobs=1, say=lambda line: None)
    page = (project / "out" / "index.html").read_text()
    assert '<li class="edition" id="language-es-us" lang="es-US">' in page
    assert "Leer en línea" in page and "Read online" in page
    assert '<a href="#language-es-us">Spanish (United States)</a>' in page


def test_the_printing_instructions_and_the_web_page_speak_the_language(
    spanish: Path, tmp_path: Path, project: Project
) -> None:
    paths = build(BuildRequest(spanish, "standard", tmp_path, project, booklet=True, format="both"))
    instructions = next(path for path in paths if path.name.endswith("-how-to-print.pdf"))
    text = " ".join(page_texts(PdfReader(instructions)))
    assert "Cómo imprimir este folleto" in text and "Voltear por el borde corto" in text
    assert all(
        f"{number}. {name}" in text
        for number, name in enumerate(["Imprimir", "Apilar", "Doblar", "Engrapar"], start=1)
    )
    web = next(path for path in paths if path.suffix == ".html").read_text()
    assert '<html lang="es-US">' in web
    assert "Ir al contenido" in web and ">Paso </span>1<" in web
