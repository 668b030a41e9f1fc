"""What a provider may read of the people a user names and of their diagnoses, and what Vigor keeps of an answer that
echoes Vigor's placeholders (R5, findings 1 and 3)."""

from __future__ import annotations

import pytest

from shared.llm.prompts import user_input
from shared.safety.people import answer_cleaned, others_out


def _sent(text: str, name: str = "Ana Lima") -> str:
    return user_input(text, name).removeprefix("<user_input>\n").removesuffix("\n</user_input>")


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("Ana Marchetti here, what about bench?", "[name] here, what about bench?"),
        ("Hello Giulia Lima, ok", "Hello [name], ok"),
        ("my name is ana marchetti and I lift", "my name is [name] and I lift"),
        ("Hi coach, I am Ana Marchetti", "Hi coach, I am [name]"),
        ("my name is ana how do I squat", "my name is [name] how do I squat"),
        ("Tell Lima hi", "Tell [name] hi"),  # a sentence's first word is no first name
    ],
)
def test_the_users_name_is_taken_out_whole(typed: str, sent: str) -> None:
    assert _sent(typed) == sent


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("Dr. Marchetti said I can squat", "Dr. [person] said I can squat"),
        ("my physio Giulia Rossi says rows are fine", "my physio [person] says rows are fine"),
        ("my physio, Giulia Rossi, said squats", "my physio, [person], said squats"),
        ("My wife Sarah and I train together", "My wife [person] and I train together"),
        ("my friend called Tom wants to join", "my friend called [person] wants to join"),
        ("my gym buddy Sam Lee benches 100", "my gym buddy [person] benches 100"),
        ("I have asthma, how should I warm up?", "I have [health condition], how should I warm up?"),
        ("my herniated disc is better", "my [health condition] is better"),
        ("I was told it's patellar tendinopathy", "I was told it's [health condition]"),
    ],
)
def test_other_people_and_named_diagnoses_stay_home(typed: str, sent: str) -> None:
    assert others_out(typed) == sent


@pytest.mark.parametrize(
    "typed",
    ["my coach I think is wrong", "Coach, how many sets?", "I have shin splints and DOMS", "my friend and I run",
     "chest day with my training partner on Monday", "Is anxiety before a meet normal?"],
)  # fmt: skip
def test_ordinary_training_talk_is_sent_as_typed(typed: str) -> None:
    assert others_out(typed) == typed


@pytest.mark.parametrize(
    ("answer", "shown"),
    [
        ("Hi [name], great question.", "Hi, great question."),
        ("Great job, [name]!", "Great job!"),
        ("[name], you did well. Keep it up.", "You did well. Keep it up."),
        ("[name]'s plan is solid.", "Your plan is solid."),
        ("Dr. [person] is right: rest it.", "Your doctor is right: rest it."),
        ("Follow Dr. [person]'s advice.", "Follow your doctor's advice."),
        ("Your physio [person] knows best.", "Your physio knows best."),
        ("With [health condition], warm up longer.", "With the condition you mentioned, warm up longer."),
        ("Good work, Ana Lima! I mailed ana@x.example.", "Good work! I mailed your email address."),
        ("Add 2.5 kg to your squat.", "Add 2.5 kg to your squat."),
    ],
)
def test_an_answer_is_cleaned_of_placeholders_and_of_who_the_user_is(answer: str, shown: str) -> None:
    assert answer_cleaned(answer, "Ana Lima", "ana@x.example") == shown
