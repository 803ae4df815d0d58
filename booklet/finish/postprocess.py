"""Finishing the PDF: what ReportLab does not write itself.

ReportLab's invariant mode stamps a fixed date; patients and archives need the real one,
so creation and modification dates come from the content's review date (never the
clock, which would break byte-identical rebuilds). We also add an XMP metadata packet,
which accessibility checkers read in preference to the older Info dictionary (with
the PDF/UA-1 identifier), ask
viewers to open the bookmarks panel; the file identifier is derived from the content.
This runs on the pikepdf document the structure tree is written into, so the file is
opened and saved once.
"""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

import pikepdf
from pikepdf import Name, String

from booklet import __version__
from booklet.model.content import Content


def finish(document: pikepdf.Pdf, content: Content) -> None:
    """Give ``document`` dates, XMP metadata and a page mode (in place, before it is saved).

    The file identifier is derived from the content when the document is saved
    (``deterministic_id``), never random.
    """
    stamp = String(_pdf_date(content.meta.reviewed))
    document.docinfo[Name.CreationDate] = stamp
    document.docinfo[Name.ModDate] = stamp
    xmp = _xmp(content).encode("utf-8")
    document.Root.Metadata = document.make_stream(xmp, Type=Name.Metadata, Subtype=Name.XML)
    document.Root.PageMode = Name.UseOutlines


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
