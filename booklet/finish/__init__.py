"""Stage 5, finishing with pypdf: metadata, imposition, print-shop bleed, atomic writing."""
