"""Colour arithmetic for accessibility checks (WCAG 2 relative luminance and contrast)."""

from __future__ import annotations


def relative_luminance(color: str) -> float:
    """WCAG relative luminance of a ``#RRGGBB`` colour, from 0 (black) to 1 (white)."""
    channels = [int(color[index : index + 2], 16) / 255 for index in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio between two colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
