"""Stage 6, publishing: every edition at once, the manifest, the download page, a preview server."""
