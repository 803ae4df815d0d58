"""Untagged drawing becomes artifacts; tagged content and text objects stay whole."""

from __future__ import annotations

import pikepdf

from booklet.finish.artifacts import wrap_untagged


def ops(text: str) -> list:
    document = pikepdf.new()
    page = document.add_blank_page()
    page.Contents = document.make_stream(text.encode())
    return pikepdf.parse_content_stream(page)


def as_text(instructions: list) -> str:
    return pikepdf.unparse_content_stream(instructions).decode()


def test_runs_outside_marked_content_are_wrapped() -> None:
    result = as_text(
        wrap_untagged(ops("0 0 10 10 re f\n/P <</MCID 0>> BDC BT (Hi) Tj ET EMC\n1 1 m 2 2 l S"))
    )
    lines = result.split("\n")
    assert lines[:4] == ["/Artifact BMC", "0 0 10 10 re", "f", "EMC"]
    assert lines[4].startswith("/P <<") and lines[-1] == "EMC"
    assert result.count("/Artifact BMC") == 2


def test_state_changes_alone_are_left_as_they_are() -> None:
    result = as_text(wrap_untagged(ops("q 1 0 0 1 5 5 cm\n/P <</MCID 0>> BDC BT (Hi) Tj ET EMC Q")))
    assert "/Artifact" not in result


def test_existing_artifacts_and_nested_sequences_are_untouched() -> None:
    text = "/Artifact <</Type /Pagination>> BDC BT (Page 1) Tj ET EMC"
    assert as_text(wrap_untagged(ops(text))).count("/Artifact") == 1
