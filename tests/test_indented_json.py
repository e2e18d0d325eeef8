"""The indented JSON writer gives exactly `json.dumps(value, indent=1, ensure_ascii=True)`."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.indented_json import dumps_indented

leaves = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True)
          | st.text())
values = st.recursive(
    leaves,
    lambda children: (st.lists(children, max_size=5)
                      | st.lists(st.integers(), max_size=4)
                      | st.tuples(children, children)
                      | st.dictionaries(st.text(max_size=5), children, max_size=5)),
    max_leaves=30,
)


@settings(max_examples=400, deadline=None)
@given(values)
def test_same_text_as_the_standard_library(value: object) -> None:
    assert dumps_indented(value) == json.dumps(value, indent=1, ensure_ascii=True)


def test_special_values_and_escapes() -> None:
    value = {"a": [math.inf, -math.inf, math.nan, 1e300, -0.0, 2**70, True, None],
             "b\u2028\"\\": "😀\ud800\x00é", "c": [], "d": {}, "e": [[1, 2], [3]]}
    assert dumps_indented(value) == json.dumps(value, indent=1, ensure_ascii=True)


def test_what_json_refuses_is_refused_and_number_keys_too() -> None:
    with pytest.raises(TypeError):
        dumps_indented({"a": {1, 2}})
    with pytest.raises(TypeError):
        dumps_indented({1: "a"})  # json.dumps would write "1"; the contract has no such key
