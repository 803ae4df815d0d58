"""Smooth cubic Béziers through polylines, for the hand outlines.

The hands are built as polygons (shapely); the view files want a few smooth curves.
A ring or a line is resampled evenly, lightly smoothed (a Gaussian over its points),
then fitted with cubic Béziers that join tangent-continuously (Schneider's method:
fit, and split at the worst point until every point lies within ``error``).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]


def _unit(v: Array) -> Array:
    n = float(np.linalg.norm(v))
    return v / n if n > 1e-12 else v


def _bez(b: Array, t: Array) -> Array:
    t = t[:, None]
    mt = 1 - t
    return mt**3 * b[0] + 3 * mt**2 * t * b[1] + 3 * mt * t**2 * b[2] + t**3 * b[3]


def _bez_d1(b: Array, t: Array) -> Array:
    t = t[:, None]
    mt = 1 - t
    return 3 * mt**2 * (b[1] - b[0]) + 6 * mt * t * (b[2] - b[1]) + 3 * t**2 * (b[3] - b[2])


def _bez_d2(b: Array, t: Array) -> Array:
    t = t[:, None]
    return 6 * (1 - t) * (b[2] - 2 * b[1] + b[0]) + 6 * t * (b[3] - 2 * b[2] + b[1])


def _chord(p: Array) -> Array:
    d = np.concatenate([[0], np.cumsum(np.linalg.norm(np.diff(p, axis=0), axis=1))])
    return d / d[-1]


def _generate(p: Array, u: Array, t1: Array, t2: Array) -> Array:
    """The least-squares Bézier through ``p`` at parameters ``u`` with end tangents."""
    p0, p3 = p[0], p[-1]
    a1 = np.outer(3 * (1 - u) ** 2 * u, t1)
    a2 = np.outer(3 * (1 - u) * u**2, t2)
    c = np.array([[np.sum(a1 * a1), np.sum(a1 * a2)], [np.sum(a1 * a2), np.sum(a2 * a2)]])
    rest = p - _bez(np.array([p0, p0, p3, p3]), u)
    x = np.array([np.sum(a1 * rest), np.sum(a2 * rest)])
    det = c[0, 0] * c[1, 1] - c[0, 1] * c[1, 0]
    seg = float(np.linalg.norm(p3 - p0))
    if abs(det) > 1e-12:
        l1 = (x[0] * c[1, 1] - x[1] * c[0, 1]) / det
        l2 = (c[0, 0] * x[1] - c[1, 0] * x[0]) / det
    else:
        l1 = l2 = seg / 3
    if min(l1, l2) < 1e-6 * seg or max(l1, l2) > seg * 1.2:
        l1 = l2 = seg / 3
    return np.array([p0, p0 + t1 * l1, p3 + t2 * l2, p3])


def _reparam(b: Array, p: Array, u: Array) -> Array:
    """One Newton step moving each parameter to its point's nearest place on ``b``."""
    d = _bez(b, u) - p
    d1, d2 = _bez_d1(b, u), _bez_d2(b, u)
    num = np.sum(d * d1, axis=1)
    den = np.sum(d1 * d1, axis=1) + np.sum(d * d2, axis=1)
    safe = np.where(np.abs(den) > 1e-12, den, 1.0)
    nu = np.clip(np.where(np.abs(den) > 1e-12, u - num / safe, u), 0, 1)
    nu[0], nu[-1] = 0, 1
    return nu


def _worst(b: Array, p: Array, u: Array) -> tuple[float, int]:
    d = np.linalg.norm(_bez(b, u) - p, axis=1)
    i = int(np.argmax(d[1:-1])) + 1 if len(p) > 2 else 0
    return float(d[i]), i


def _fit(p: Array, t1: Array, t2: Array, error: float) -> list[Array]:
    if len(p) == 2:
        third = float(np.linalg.norm(p[1] - p[0])) / 3
        return [np.array([p[0], p[0] + t1 * third, p[1] + t2 * third, p[1]])]
    u = _chord(p)
    b = _generate(p, u, t1, t2)
    err, split = _worst(b, p, u)
    if err < error:
        return [b]
    if err < error * 6:
        for _ in range(25):
            u = _reparam(b, p, u)
            b = _generate(p, u, t1, t2)
            err, split = _worst(b, p, u)
            if err < error:
                return [b]
    split = max(1, min(len(p) - 2, split))
    tc = _unit(p[split - 1] - p[split + 1])
    return _fit(p[: split + 1], t1, tc, error) + _fit(p[split:], -tc, t2, error)


def fit_open(points: Array, error: float) -> list[Array]:
    """Béziers (each four control points) through an open polyline."""
    return _fit(points, _unit(points[1] - points[0]), _unit(points[-2] - points[-1]), error)


def fit_closed(points: Array, error: float) -> list[Array]:
    """Béziers through a ring (given without its repeated end), closing smoothly."""
    p = np.vstack([points, points[:1]])
    t = _unit(p[1] - p[-2])
    return _fit(p, t, -t, error)


def _kernel(sigma: float) -> Array:
    k = int(3 * sigma) + 1
    w = np.exp(-0.5 * (np.arange(-k, k + 1) / sigma) ** 2)
    return np.asarray(w / w.sum(), dtype=np.float64)


def smooth_ring(p: Array, sigma: float) -> Array:
    """A ring's points averaged with their neighbours (a Gaussian of ``sigma`` points)."""
    w = _kernel(sigma)
    k = len(w) // 2
    out = np.zeros_like(p)
    for j, wj in enumerate(w):
        out += wj * np.roll(p, j - k, axis=0)
    return out


def smooth_open(p: Array, sigma: float) -> Array:
    """An open line's points smoothed the same way, its two ends kept where they are."""
    w = _kernel(sigma)
    k = len(w) // 2
    pad = np.vstack([np.repeat(p[:1], k, 0), p, np.repeat(p[-1:], k, 0)])
    out = np.zeros_like(p)
    for j, wj in enumerate(w):
        out += wj * pad[j : j + len(p)]
    out[0], out[-1] = p[0], p[-1]
    return out


def resample(p: Array, step: float, closed: bool) -> Array:
    """Points evenly ``step`` apart along a line (or a ring) through ``p``."""
    if closed:
        p = np.vstack([p, p[:1]])
    d = np.concatenate([[0], np.cumsum(np.linalg.norm(np.diff(p, axis=0), axis=1))])
    n = max(int(d[-1] / step), 4 if closed else 2)
    s = np.linspace(0, d[-1], n + (0 if closed else 1), endpoint=not closed)
    return np.stack([np.interp(s, d, p[:, 0]), np.interp(s, d, p[:, 1])], 1)
