"""booklet: structured patient-education content to print-ready, accessible PDF booklets."""

__version__ = "0.1.0"
