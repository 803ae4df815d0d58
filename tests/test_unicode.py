"""ToUnicode maps never map a code to U+0000."""

from booklet.finish.unicode import without_null_entries

CMAP = b"""begincmap
4 beginbfchar
<00> <0000>
<01> <2022>
<03> <0000>
<20> <0020>
endbfchar
endcmap
"""


def test_null_entries_go_and_the_count_follows() -> None:
    cleaned = without_null_entries(CMAP)
    assert b"<0000>" not in cleaned
    assert b"2 beginbfchar\n<01> <2022>\n<20> <0020>\nendbfchar" in cleaned
