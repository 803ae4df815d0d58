"""Stage 3, one edition's look: its layout on a paper, in a clinic's colours, with its fonts."""
