"""Finishing the PDF with pypdf: what ReportLab does not write itself.

ReportLab's invariant mode stamps a fixed date; patients and archives need the real one,
so creation and modification dates come from the content's review date (never the
clock, which would break byte-identical rebuilds). We also add an XMP metadata packet,
which accessibility checkers read in preference to the older Info dictionary (with
the PDF/UA-1 identifier), ask
viewers to open the bookmarks panel, and derive the file identifier from the content.
"""

from __future__ import annotations

import hashlib
import io
from datetime import date
from typing import cast
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, DictionaryObject, NameObject

from booklet import __version__
from booklet.model.content import Content


def finish(pdf: bytes, content: Content) -> bytes:
    """Return ``pdf`` with dates, XMP metadata, page mode and a stable identifier."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    meta = content.meta
    stamp = _pdf_date(meta.reviewed)
    writer.add_metadata({"/CreationDate": stamp, "/ModDate": stamp})
    writer.xmp_metadata = _xmp(content).encode("utf-8")
    metadata = cast(DictionaryObject, writer.root_object["/Metadata"].get_object())
    metadata[NameObject("/Type")] = NameObject("/Metadata")
    metadata[NameObject("/Subtype")] = NameObject("/XML")
    writer.root_object[NameObject("/PageMode")] = NameObject("/UseOutlines")
    identifier = ByteStringObject(hashlib.md5(pdf, usedforsecurity=False).digest())
    writer._ID = ArrayObject([identifier, identifier])
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def _pdf_date(day: date) -> str:
    return f"D:{day:%Y%m%d}000000Z"


def _xmp(content: Content) -> str:
    meta = content.meta
    day = meta.reviewed.isoformat()
    tool = f"booklet {__version__}"
    subjects = "".join(f"<rdf:li>{escape(keyword)}</rdf:li>" for keyword in meta.keywords)
    fields = [
        "<dc:format>application/pdf</dc:format>",
        f"<dc:title>{_alternative(meta.title)}</dc:title>",
        f"<dc:creator><rdf:Seq><rdf:li>{escape(meta.publisher)}</rdf:li></rdf:Seq></dc:creator>",
        f"<dc:description>{_alternative(meta.subject)}</dc:description>",
        f"<dc:language><rdf:Bag><rdf:li>{escape(meta.language)}</rdf:li></rdf:Bag></dc:language>",
        f"<dc:subject><rdf:Bag>{subjects}</rdf:Bag></dc:subject>",
        f"<pdf:Keywords>{escape(', '.join(meta.keywords))}</pdf:Keywords>",
        f"<pdf:Producer>{tool}</pdf:Producer>",
        f"<xmp:CreatorTool>{tool}</xmp:CreatorTool>",
        f"<xmp:CreateDate>{day}</xmp:CreateDate>",
        f"<xmp:ModifyDate>{day}</xmp:ModifyDate>",
        "<pdfuaid:part>1</pdfuaid:part>",
    ]
    body = "\n   ".join(fields)
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   {body}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def _alternative(text: str) -> str:
    return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}</rdf:li></rdf:Alt>'
