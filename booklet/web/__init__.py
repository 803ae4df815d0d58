"""Stage 4, for screens: the HTML edition of a booklet, one self-contained static file."""
