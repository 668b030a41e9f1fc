"""Every safety pattern reads long input in linear time, checked without a clock (issue 15: the email pattern took
2.7 s on a 10,000-character word; the classifier 23 s on 10,000 characters of "a.").

The shapes that backtrack badly are read from each compiled pattern's parse tree (`tests.support.regex_shapes`), and
the rewritten email pattern is checked, with hypothesis, to find exactly what the old one found.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from shared.coach import chat as coach_chat
from shared.coach import safety as coach_safety
from shared.llm import prompts
from shared.safety import conversation, inputs, mentions, minors, outputs, people, red_flags, redact, replies, urgent
from tests.support.regex_shapes import risky

OLD_EMAIL = re.compile(r"[\w.+-]+\s*@\s*[\w-]+(\s*\.\s*[\w-]+)+")


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    seen: set[int] = set()
    found: list[tuple[str, re.Pattern[str]]] = []

    def walk(obj: object, name: str, depth: int = 0) -> None:
        if depth > 3:
            return
        if isinstance(obj, re.Pattern):
            if id(obj) not in seen:
                seen.add(id(obj))
                found.append((name, obj))
        elif isinstance(obj, list | tuple):
            for i, item in enumerate(obj):
                walk(item, f"{name}[{i}]", depth + 1)
        elif isinstance(obj, dict):
            for key, item in obj.items():
                walk(item, f"{name}[{key}]", depth + 1)

    for module in (redact, inputs, outputs, red_flags, conversation, replies, coach_safety, mentions, urgent, people,
                   prompts, coach_chat, minors):  # fmt: skip
        for attr, value in vars(module).items():
            walk(value, f"{module.__name__}.{attr}")
    return found


def test_the_shape_reader_finds_the_shapes_that_backtrack() -> None:
    assert risky(OLD_EMAIL) == ["leading scan of a wide repeat", "nested unbounded repeats"]
    assert risky(re.compile(r"(a+)+b")) == ["nested unbounded repeats"]
    assert risky(re.compile(r"(?=.*\beat\b).*\bget\s+rid\b", re.DOTALL)) == ["leading scan of a wide repeat"]
    assert risky(re.compile(r"\A(?=.*\beat\b).*\bget\s+rid\b", re.DOTALL)) == []
    assert risky(re.compile(r"\bchest[^.?!]{0,60}\bpain")) == []  # bounded gaps are linear
    assert risky(redact._EMAIL) == []
    assert "{1,64}+" in redact._EMAIL.pattern  # the local part is bounded (RFC 5321) and possessive


def test_no_safety_pattern_has_a_shape_that_backtracks_badly() -> None:
    patterns = _patterns()
    assert len(patterns) > 300  # the walk reaches the tables, not only module-level names
    assert {name: risky(p) for name, p in patterns if risky(p)} == {}


_ADDRESSY = st.text(alphabet="ab1.@-+_ \tX", max_size=40)


@settings(max_examples=400, deadline=None)
@given(_ADDRESSY)
def test_the_linear_email_pattern_finds_what_the_old_one_found(text: str) -> None:
    assert [m.span() for m in redact._EMAIL.finditer(text)] == [m.span() for m in OLD_EMAIL.finditer(text)]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="ab.-+_", min_size=1, max_size=12), st.integers(min_value=100, max_value=1000))
def test_an_address_after_a_long_word_is_still_taken_out(unit: str, repeat: int) -> None:
    """Time-free: each start reads at most 64 local-part characters (the pattern's bound) and nothing is given back,
    so a long run costs a bounded amount per character; the address after it is still found."""
    junk = unit * repeat
    assert redact.redact(f"{junk} sam@example.com") == f"{junk} [email]"


def test_redaction_still_takes_out_addresses() -> None:
    assert redact.redact("mail me at sam.oneil+gym@example.co.uk please") == "mail me at [email] please"
    assert redact.redact("sam @ gmail . com") == "[email]"
    assert redact.redact("2 x 10@60.5 kg") == "2 x 10@60.5 kg"
