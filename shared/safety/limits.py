"""What a provider is told of what Vigor knows or inferred about the person: the limits an answer must keep, in
neutral words, never the facts behind them.

    for_provider(figures) -> figures without the inferred facts, with `limits` (a list of plain rules) when any apply

Vigor's own review and the built-in coach read the facts (`minor`, `pregnant`, `symptoms_reported`, `par_q_flagged`,
the safety notes); a provider is a third party and needs only what the answer must not do (GDPR Art. 5(1)(c), Art. 9:
the R5 red team saw `pregnant: true`, `symptoms_reported: true`, `minor: true` and "Vigor declined to help with
performance-enhancing drugs" in every request after one message). The limits name no condition and no topic the user
raised: a limit such as "no amounts or doses for drugs, medicines, supplements or diets" is the same whichever of
them was declined.
"""

from __future__ import annotations

from typing import Any

from shared.safety import interactions

# Facts (the profile's or inferred from the user's words) that stay with Vigor; each becomes a limit below.
FACTS = (
    "minor", "pregnant", "symptoms_reported", "par_q_flagged", "effort_limited", "pain", "declined", "adult_profile",
    "held_limits", "warning_note",
)  # fmt: skip

NO_MAXIMAL = "No maximal efforts: no one-rep maxes, max tests, training to failure or all-out sprints."
NO_DIETING = "No weight-loss diets, calorie or weight targets, weight cutting or supplements."
TECHNIQUE_FIRST = "Technique first, learned with a qualified coach; keep loads they can lift for 8-15 clean reps."
TALKING_PACE = (
    "Moderate effort they can talk through; no lying flat on the back for long, heat, contact or fall risks; "
    "their own care team's advice comes first."
)
NO_LOAD_ADDED = "Keep sessions easy and add no load; advise getting checked by a doctor before training hard again."
CLEARANCE = "Keep efforts moderate until a doctor has cleared harder training."
PAINFUL_AREA = "Something hurts: give no loads or targets for the painful area, and advise stopping what hurts and "
PAINFUL_AREA += "having it checked by a doctor or physiotherapist; do not diagnose."
NO_AMOUNTS = (
    "Give no amounts, doses, schedules or sources for drugs, medicines, supplements or diets, even hypothetically "
    "or for someone else."
)

# The health limits a conversation set (`shared.safety.conversation.health_limits`), in words that name no condition
# (R7: the provider read "I have [health condition]" and approved swimming alone in a lake).
HELD = {
    "head_injury": "No training of any kind (gym, runs, sport, lifting) until a doctor has assessed them and cleared a "
    "graded return; advise getting checked by a doctor today.",
    "crisis": "Never encourage going somewhere remote, out at night or doing anything risky alone; suggest company, a "
    "familiar busy route and telling someone the plan.",
    "no_contact": "No contact or collision training, sparring, heading or tackling until a doctor has cleared a graded "
    "return to sport.",
    "post_surgery": "No heavy lifting, straining or load progression until their surgeon or doctor clears it.",
    "no_impact": "No jumping, plyometrics, sprints, cutting drills or heavy leg loading until their surgeon or "
    "physiotherapist clears it.",
    "postpartum_early": "No crunches, sit-ups, heavy squats, running or jumping until a pelvic-floor check by their "
    "clinician; walking, breathing and gentle strength work only.",
    "no_solo_water": "Never suggest swimming, open water or climbing alone: only lifeguarded or with a companion who "
    "knows how to help.",
    "no_hr_formula": "Give no heart-rate targets or formulas (220 minus age, % of maximum); set effort by RPE and the "
    "talk test.",
}
HELD["no_spinal_load"] = "No heavy spinal loading today (deadlifts, squats, heavy rows or maxes): walking and gentle, "
HELD["no_spinal_load"] += "pain-free movement only."
HELD["no_weight_bearing"] = "No training on the injured ankle or foot (running, jumping, lunges, squats, balance work) "
HELD["no_weight_bearing"] += "until it has been X-rayed and assessed."
HELD["renal_protein"] = "Give no protein targets (grams, g/kg) and no high-protein diet or extra shakes: their renal "
HELD["renal_protein"] += "team sets the amount. Training advice is fine."
HELD["prescribed_trt"] = (
    "Answer training questions as usual and remind them to keep their prescriber's monitoring; give "
)
HELD["prescribed_trt"] += "no doses, dose changes or cycles for any medicine."
# R10 (hQ, `shared.safety.restrictions`): a clinician's restriction or a swollen joint told in chat.
HELD["no_overhead"] = "No overhead pressing or lifting (overhead, military or shoulder press, push press, jerks, "
HELD["no_overhead"] += (
    "snatches, handstands, dips) and no loads for it until their doctor or physiotherapist clears it."
)
HELD["no_running"] = "No running, jogging or sprints until their doctor or physiotherapist clears it."
HELD["swollen_joint"] = "No jumping, plyometrics, running, heavy squats or lunges, and no load progression for the "
HELD["swollen_joint"] += "legs, until the swelling has settled and it has been assessed."
# hW (issue 15 c): a clinician's limit for a time, told in chat (`restrictions.timed`).
HELD["no_leg_load"] = (
    "No loading of the injured leg (squats, lunges, leg press, deadlifts, step-ups, running, jumping) "
)
HELD["no_leg_load"] += "and no load progression for it until their doctor or physiotherapist clears it."
HELD["no_arm_load"] = "No loading of the injured arm or shoulder (pressing, push-ups, pull-ups, rows, curls, planks, "
HELD["no_arm_load"] += "carries) and no load progression for it until their doctor or physiotherapist clears it."
HELD["no_back_load"] = "No loading of the back (deadlifts, squats, good mornings, heavy rows, cleans, maxes) until "
HELD["no_back_load"] += "their doctor or physiotherapist clears it."
HELD["no_heavy_lifting"] = "No heavy or maximal lifting, straining or adding load until their doctor clears it; light "
HELD["no_heavy_lifting"] += "technique work and walking only."
HELD["no_jumping"] = "No jumping, plyometrics, hops, skipping, burpees or sprints until their doctor or "
HELD["no_jumping"] += "physiotherapist clears it."
# rr11 K3 (hZ): a blood thinner told in chat (`stated_limits.anticoagulated`).
HELD["bleeding_contact"] = "No sparring, contact or collision sports or head impact until their prescriber says it is "
HELD["bleeding_contact"] += "safe; non-contact training (bag and pad work, technique, conditioning, lifting) is fine."
INTERACTION = "Give no go-ahead for {added}: they must check with their prescriber or pharmacist first."
LOAD_LIMIT = "Keep every load at or under {kg:g} kg: no exercise, set or progression above it."
# hAL (rr12): a clinician's heart-rate cap and an underweight BMI told in chat or stored (`plain_harm.said`).
HR_CAP = (
    "Keep the heart rate at or under {bpm} bpm in every part of the session (their clinician's limit): no all-out "
    "efforts, sprints or HIIT that would pass it; steady, moderate work."
)
HR_CAP_ANY = (
    "Keep within the heart-rate limit their clinician set: no all-out efforts, sprints or HIIT; steady, moderate work "
    "they can talk through."
)
HELD["underweight"] = "No weight-loss advice of any kind (deficits, smaller portions, fasted cardio, lower weight "
HELD["underweight"] += "targets); training for strength and energy with regular, enough meals."


def _held(keys: list[str]) -> list[str]:
    found = [HELD[key] for key in keys if key in HELD]
    found += [INTERACTION.format(added=r.added) for r in interactions.TABLE if f"interaction={r.key}" in keys]
    kgs = [float(key.split("=", 1)[1]) for key in keys if key.startswith("load_limit_kg=")]
    if kgs:
        found.insert(0, LOAD_LIMIT.format(kg=min(kgs)))
    bpms = [int(key.split("=", 1)[1]) for key in keys if key.startswith("hr_cap=")]
    if bpms or "hr_cap" in keys:
        found.insert(0, HR_CAP.format(bpm=min(bpms)) if bpms else HR_CAP_ANY)
    return found


def limits(figures: dict[str, Any]) -> list[str]:
    """The plain rules the facts in `figures` call for, most general first, each once."""
    found: list[str] = []
    if figures.get("effort_limited") or figures.get("par_q_flagged") or figures.get("minor"):
        found.append(NO_MAXIMAL)
    if figures.get("par_q_flagged"):
        found.append(CLEARANCE)
    if figures.get("minor") or figures.get("pregnant"):
        found.append(NO_DIETING)
    if figures.get("minor"):
        found.append(TECHNIQUE_FIRST)
    if figures.get("pregnant"):
        found.append(TALKING_PACE)
    if figures.get("symptoms_reported"):
        found.append(NO_LOAD_ADDED)
    if figures.get("pain"):
        found.append(PAINFUL_AREA)
    if figures.get("declined"):
        found.append(NO_AMOUNTS)
    found += _held(list(figures.get("held_limits") or ()))
    return found


def for_provider(figures: dict[str, Any]) -> dict[str, Any]:
    """`figures` as a provider may read them: the facts out, their `limits` in."""
    out = {key: value for key, value in figures.items() if key not in FACTS}
    found = limits(figures)
    if found:
        out["limits"] = found
    return out
