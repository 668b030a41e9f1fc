"""Issue 15: emergencies that read like ordinary pain get Vigor's urgent answer for their kind, in any wording.

Each red flag has several phrasings (plain, casual, misspelt); each answer must tell the person to stop and where to
get care, in the words for that emergency. The near misses (next-day soreness, a clicking knee without pain, a
little leak when skipping, a numb crotch on a bike) must not be treated as emergencies.
"""

from __future__ import annotations

import pytest

from shared.safety import red_flags
from shared.safety.inputs import classify, urgent_kind
from shared.safety.replies import reply_for

RED_FLAGS: dict[str, list[str]] = {
    "cauda_equina": [
        "my back hurts and now i have numbness in my groin",
        "back pain and my saddle area feels numb",
        "after deadlifts my lower back is killing me and my bum and inner thighs feel numb",
        "tingling between my legs since my back went yesterday",
        "lower back pain, numbnes in the saddel area",
        "my backs sore and my gooch feels numb",
        "back pain and numb when i wipe",
        "my back went and now i'm having trouble peeing",
        "lower back pain and I can't hold my pee",
        "since my disc thing I've had a couple of accidents, peed a bit without noticing",
        "back pain and can't feel when I need to go to the toilet",
        "back pain and I couldn't control my bowels this morning",
        "back pain and i cant control my blader",
        "both my legs feel weak and my back hurts",
        "my legs are both going weak and numb since the deadlift",
        "shooting pain down both legs after I tweaked my back",
        "my lower back went out deadlifting and now i cant feel my butt area and peeing is weird",
    ],
    "joint_injury": [
        "twisted my knee playing football, heard a pop and now it's swollen and I can't put weight on it",
        "knee popped, swelled up within an hour, can't walk on it",
        "my knee blew up after i twisted it, cant stand on it",
        "landed funny on my knee, felt a pop, it's huge now and i can't bear weight",
        "i cant put wieght on my knee after twisting it, its swolen",
        "felt a pop in my knee on a jump landing, it swelled up straight away",
        "my knee locked after I twisted it and I can't straighten it",
        "rolled my ankle on a box jump and cant walk on it at all",
    ],
    "bone": [
        "my shin hurts at night",
        "shin pain that wakes me up at night",
        "pain in my shin even when resting",
        "my shin aches at rest and at night, I'm training for a marathon",
        "bone pain at rest in my foot",
        "bone pain in my foot at nite, im a runner",
        "pain in my tibia keeps me up at night",
        "deep ache in my hip at night and when resting, running 60 km a week",
        "hurts when i hop on my right leg, there's one spot on my shin that hurts to press",
    ],
    "clot": [
        "calf is swollen and painful after a long flight",
        "my calf has been swollen and sore since my flight from sydney",
        "one leg swollen after flying",
        "flew back from bali on tuesday and my left calf is really tender, should I still run?",
    ],
    "headache": [
        "sudden severe headache during deadlifts",
        "worst headache of my life while squatting",
        "got a crazy headache all of a sudden in the middle of a heavy bench set",
        "head felt like it exploded during a heavy lift",
        "terrible hedache out of nowhere mid set of squats",
    ],
    "cardiac": [  # fainting during exercise: the cardiac answer (stop, emergency number)
        "fainted during my run",
        "passed out on the treadmill",
        "I past out during burpees",
        "I fainetd mid workout",
        "lost consciousness for a few seconds on the rower",
    ],
    "rhabdo": [
        "dark urine and severe muscle pain after a hard session",
        "my pee is brown and my legs are super sore after crossfit",
        "coke coloured pee after spin class and my thighs are rock hard",
        "pee looks like coffee after 300 pushups yesterday",
    ],
    "spinal": ["hurt my neck doing headstands, now my hands are tingly and weak"],
    "testicular": ["sudden pain in my left testicle after squats and I feel sick"],
    "hyponatremia": ["swallowed two bottles of water before my run and now i'm confused and throwing up"],
    "concussion": ["took a ball to the head in rugby, been foggy and throwing up since"],
}
# The answer for each kind must say what to do: stop, and where to get care and how soon.
MUST_SAY: dict[str, tuple[str, ...]] = {
    "cauda_equina": ("emergency department now", "bladder"),
    "joint_injury": ("today", "X-ray", "weight off"),
    "bone": ("stop running", "stress fracture", "few days"),
    "clot": ("today", "blood clot"),
    "headache": ("emergency",),
    "cardiac": ("stop exercising now", "emergency number"),
    "rhabdo": ("today", "rhabdomyolysis"),
    "spinal": ("emergency number now", "spinal cord"),
    "testicular": ("emergency department now", "torsion"),
    "hyponatremia": ("emergency",),
    "concussion": ("concussion",),
}
NOT_URGENT = [
    "my quads are so sore after leg day",
    "doms is killing me",
    "my legs are killing me after squats",
    "my knee clicks without pain",
    "my knee clicks but it doesn't hurt",
    "my shins are sore after my first run",
    "sore calves after running",
    "my lower back is a bit tight after deadlifts",
    "legs feel weak after squats",
    "both legs are weak after leg day lol",
    "I pee myself a little when I do double unders",
    "stress incontinence when jumping, any exercises?",
    "my crotch goes numb on long bike rides",
    "shin splints hurt when I run but they're fine at rest",
    "my hip hurts at night when I lie on my side",
    "rolled my ankle, it's a bit swollen but I can walk fine",
    "twisted my knee slightly, small swelling, walking ok",
    "my heel hurts in the morning for the first few steps",
    "my knee is a bit achy when I kneel",
    "my hip flexors are tight from sitting all day",
    "my balls hurt a bit after cycling",
    "I can't walk properly after leg day haha",
    "flew to berlin for a meet, calves sore from the race",
    "medicine ball slams to finish, how many sets?",
    "had a headache this morning, slept badly, train or rest?",
    "what's a good warm-up for heavy deadlifts?",
]
CASES = [(kind, text) for kind, texts in RED_FLAGS.items() for text in texts]


@pytest.mark.parametrize(("kind", "text"), CASES)
def test_a_red_flag_gets_the_urgent_answer_for_its_kind(kind: str, text: str) -> None:
    assert classify(text) == "urgent"
    assert urgent_kind(text) == kind
    reply = reply_for("urgent", text)
    assert [word for word in MUST_SAY[kind] if word.lower() not in reply.lower()] == []


@pytest.mark.parametrize("text", NOT_URGENT)
def test_ordinary_training_talk_is_not_an_emergency(text: str) -> None:
    assert classify(text) != "urgent"


def test_the_corpus_covers_each_red_flag_in_several_wordings() -> None:
    assert len(CASES) >= 50 and all(len(RED_FLAGS[kind]) >= 4 for kind in ("cauda_equina", "joint_injury", "bone"))


def test_misspellings_of_the_key_words_are_read_and_other_words_left_alone() -> None:
    assert red_flags.spell("numbnes in the saddel, cant control my blader") == (
        "numbness in the saddle, cant control my bladder"
    )
    ordinary = "kneel, knees, bowls of oats, peeling skin, supine rows, sweating, spin class, whole grain"
    assert red_flags.spell(ordinary) == ordinary


def test_an_urgent_message_that_only_older_patterns_caught_no_longer_gets_the_chest_pain_answer() -> None:
    """Before issue 15 a cauda equina, rhabdomyolysis, concussion or water-intoxication message found by the later
    red teams' patterns had no kind and got the chest-pain answer."""
    for text in (
        "my lower back went out deadlifting and now i cant feel my butt area and peeing is weird",
        "took a ball to the head in rugby, been foggy and throwing up since",
        "pee looks like coffee after 300 pushups yesterday",
    ):
        assert "chest" not in reply_for("urgent", text).split(".")[0].lower()
