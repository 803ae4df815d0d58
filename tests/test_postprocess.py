from pathlib import Path

from pypdf import PdfReader

from booklet.model.content import load_content


def test_dates_come_from_the_content(reader: PdfReader, sample: Path) -> None:
    reviewed = load_content(sample).meta.reviewed
    stamp = f"D:{reviewed:%Y%m%d}000000Z"
    assert reader.metadata["/CreationDate"] == stamp
    assert reader.metadata["/ModDate"] == stamp
    assert reader.xmp_metadata.xmp_create_date.date() == reviewed


def test_xmp_describes_the_booklet(reader: PdfReader) -> None:
    xmp = reader.xmp_metadata
    assert xmp.dc_creator == ["your plant shop"]
    assert "plants" in xmp.dc_subject
    assert xmp.dc_description["x-default"].startswith("How to water, wipe and turn")


def test_file_identifier_is_derived_from_content(reader: PdfReader) -> None:
    first, second = reader.trailer["/ID"]
    assert len(first) == len(second) == 16  # from the content, never random (see the rebuild tests)
