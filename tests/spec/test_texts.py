"""The pure text check: lone surrogates, NUL and control characters but tab/LF/CR are refused,
at any depth, in values and object names, each named like the wire names it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sparkbot.spec.texts import shown, text_problem, text_problems

REFUSED = [chr(c) for c in range(32) if chr(c) not in "\t\n\r"] + ["\ud800", "\udbff", "\udc00", "\udfff"]
# Every text a person can write: any code point but surrogates, and no refused control character.
WRITABLE = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="".join(REFUSED)))


@given(WRITABLE)
def test_writable_text_passes(text: str) -> None:
    assert text_problem(text) is None
    assert text_problems({"message": text, "list": [text], text: 1}) == []


@given(WRITABLE, st.sampled_from(REFUSED), WRITABLE)
def test_a_refused_character_is_found_where_it_is(before: str, bad: str, after: str) -> None:
    problem = text_problem(before + bad + after)
    assert problem is not None
    assert f"\\u{ord(bad):04x}" in problem
    assert f"at character {len(before)}" in problem


def test_fields_are_named_like_the_wire() -> None:
    body = {
        "message": "ok\n\t",
        "media": {"url": "x\x00"},
        "participants": [{"phone": "+1"}, {"phone": "\ud800"}],
        "na\x00me": "fine",
    }
    assert [field for field, _ in text_problems(body)] == [
        "media.url",
        "participants[1].phone",
        "na\\u0000me",
    ]
    assert text_problems(["a", "\x1b"], "phoneNumbers") == [
        ("phoneNumbers[1]", text_problems("\x1b", "phoneNumbers[1]")[0][1])
    ]


def test_answers_are_safe_to_encode() -> None:
    for field, message in text_problems({"\ud800": "\ud800", "x": ["\x00"]}):
        (field + message).encode("utf-8")
    assert shown("a\ud800b\x00") == "a\\ud800b\\u0000"


def test_deep_values_do_not_recurse() -> None:
    deep: object = "\x00"
    for _ in range(5000):
        deep = [deep]
    [(field, _)] = text_problems(deep, "x")
    assert field == "x" + "[0]" * 5000
