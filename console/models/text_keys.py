"""Text sort keys as an array numpy sorts quickly.

numpy sorts fixed-width unicode arrays slowly (a million texts ~0.9-1.3 s here). Texts drawn
from a few thousand values at most (a street, a department, a category, a channel; titles
made from a category and a place) sort as their ranks among the distinct texts, an integer
sort: a million texts of 2,000 values 904 → 318 ms. With more distinct values ranking costs
more than it saves (100,000 distinct among a million: 1.17 s either way; 430,000: 1.3 s
against 1.8 s), so a sample decides: ranks if half of it or less is distinct. Both give the
order of Python's own string comparison (by code point).
"""

from __future__ import annotations

import numpy as np

RANKED_FROM = 10_000  # fewer texts sort quickly either way
SAMPLE = 5_000  # texts looked at to tell whether they repeat
REPEATING = 0.5  # at most this share of the sample distinct: they repeat


def text_sort_array(keys: list[str]) -> np.ndarray:
    """An array whose order is that of these texts: ranks if they repeat, else the texts."""
    if len(keys) >= RANKED_FROM and _repeat_much(keys):
        rank = {text: i for i, text in enumerate(sorted(set(keys)))}
        return np.fromiter(map(rank.__getitem__, keys), dtype=np.int64, count=len(keys))
    return np.array(keys, dtype=np.str_)


def _repeat_much(keys: list[str]) -> bool:
    sample = keys[:: max(1, len(keys) // SAMPLE)]
    return len(set(sample)) <= REPEATING * len(sample)
