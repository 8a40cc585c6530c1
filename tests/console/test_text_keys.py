"""Text sort keys: ranks for texts that repeat, the texts otherwise; the order of Python's own
string comparison either way, ties by case id."""

from __future__ import annotations

import random

import numpy as np
import pytest

from console.models.text_keys import RANKED_FROM, text_sort_array

WORDS = ["虹桥街道", "学田街道", "城东街道", "区城市管理局", "区水利局", "占道经营"]
WORDS += ["", "Ａ", "a", "Z"]  # empty, full-width, ASCII: code point order


def order_of(keys: list[str], ids: list[int]) -> list[int]:
    return np.lexsort((np.array(ids), text_sort_array(keys))).tolist()


def python_order(keys: list[str], ids: list[int]) -> list[int]:
    return sorted(range(len(keys)), key=lambda i: (keys[i], ids[i]))


@pytest.mark.parametrize("count", [50, RANKED_FROM, 3 * RANKED_FROM])
def test_texts_that_repeat_sort_by_rank_as_python_sorts_them(count: int) -> None:
    rng = random.Random(count)
    keys = [rng.choice(WORDS) + rng.choice(("", "一", "二")) for _ in range(count)]
    ids = rng.sample(range(10 * count), count)
    array = text_sort_array(keys)
    assert array.dtype.kind == ("i" if count >= RANKED_FROM else "U")
    assert order_of(keys, ids) == python_order(keys, ids)


def test_texts_of_a_few_thousand_values_sort_by_rank() -> None:
    """A sample of 5,000 holds fewer than half of them distinct (titles of a category and a
    place, as the benchmark's million cases have them)."""
    rng = random.Random(5)
    count = 100_000
    values = [f"占道经营：城东{rng.randrange(10**8)}路附近" for _ in range(2_000)]
    keys = [rng.choice(values) for _ in range(count)]
    ids = rng.sample(range(10 * count), count)
    assert text_sort_array(keys).dtype.kind == "i"
    assert order_of(keys, ids) == python_order(keys, ids)


def test_texts_mostly_distinct_sort_as_texts() -> None:
    rng = random.Random(3)
    count = 2 * RANKED_FROM
    keys = [f"{rng.choice(WORDS)}{rng.randrange(10**9)}" for _ in range(count)]
    keys[::7] = ["虹桥街道"] * len(keys[::7])  # some repeats among them
    ids = rng.sample(range(10 * count), count)
    assert text_sort_array(keys).dtype.kind == "U"
    assert order_of(keys, ids) == python_order(keys, ids)
