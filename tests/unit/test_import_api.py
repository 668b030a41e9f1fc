"""Importing another app's history through the API (issue 20): a dry run to review, an import that
adds ordinary sessions (records and progress use them at once), nothing twice, corrections remembered,
the CSV export read back adding nothing, a larger body limit on this route only."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from tests.support.identity import PROFILE, User, sign_up

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
STRONG = (FIXTURES / "strong_current_comma_kg.csv").read_bytes()
HEVY = (FIXTURES / "hevy_metric.csv").read_bytes()
LEGACY = (FIXTURES / "strong_legacy_semicolon.csv").read_bytes()


async def upload(user: User, data: bytes, query: str = "", **form: str) -> Any:
    url = f"/api/workouts/import{query}"
    if form:
        files = {"file": ("export.csv", data, "text/csv")}
        return await user.client.post(url, files=files, data=form, headers=user.auth)
    return await user.client.post(url, content=data, headers={**user.auth, "Content-Type": "text/csv"})


async def imported(user: User, data: bytes, query: str = "", **form: str) -> dict[str, Any]:
    response = await upload(user, data, query, **form)
    assert response.status_code == 200, response.text
    return dict(response.json())


async def history(user: User) -> list[dict[str, Any]]:
    found = await user.client.get("/api/workouts/sessions?limit=100", headers=user.auth)
    return list(found.json()["items"])


async def onboarded(app: FastAPI, ip: str = "198.51.100.7") -> User:
    user = await sign_up(app, ip=ip)
    saved = await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)
    assert saved.status_code == 200, saved.text
    return user


async def test_a_dry_run_writes_nothing_the_import_adds_sessions_once_and_records_use_them(app: FastAPI) -> None:
    user = await onboarded(app)
    dry = await imported(user, STRONG, "?dry_run=true")
    assert (dry["source"], dry["variant"], dry["dry_run"]) == ("strong", "strong-current", True)
    assert (dry["sessions_found"], dry["sessions_new"], dry["sets_found"]) == (2, 2, 9)
    mapping = {m["source_name"]: (m["exercise_id"], m["match"]) for m in dry["exercises"]}
    assert mapping["Bench Press (Barbell)"][0] == "barbell-bench-press"
    assert mapping["Rowing (Machine)"] == ("rowing-machine", "exact")
    assert await history(user) == []

    done = await imported(user, STRONG)
    assert (done["sessions_new"], done["sets_imported"], done["duplicates_skipped"]) == (2, 9, 0)
    sessions = await history(user)
    assert [s["started_at"] for s in sessions] == ["2025-03-05T07:15:40+01:00", "2025-03-03T18:02:11+01:00"]
    bench = next(e for e in sessions[1]["exercises"] if e["exercise_id"] == "barbell-bench-press")
    assert [s["set_type"] for s in bench["sets"]] == ["warmup", "normal", "normal", "drop"]

    again = await imported(user, STRONG)
    assert (again["sessions_new"], again["sessions_merged"], again["duplicates_skipped"]) == (0, 0, 2)
    assert again["sets_imported"] == 0 and len(await history(user)) == 2

    progress = (await user.client.get("/api/workouts/progress?weeks=104", headers=user.auth)).json()
    records = {(r["exercise_id"], r["kind"]): r for r in progress["personal_records"]}
    assert records[("barbell-bench-press", "heaviest_weight")]["weight_kg"] == 82.5  # not the 62.5 drop set
    assert records[("barbell-back-squat", "e1rm")]["date"] == "2025-03-05"


async def test_an_overlapping_file_merges_by_start_and_content(app: FastAPI) -> None:
    user = await onboarded(app)
    await imported(user, HEVY)
    lines = HEVY.decode().splitlines()
    extra = lines[2].replace(',1,"normal",80,8,', ',4,"normal",70,10,')  # one more bench set in the same workout
    later = '"Push Day","20 Aug 2025, 18:00","20 Aug 2025, 19:00","","Bench Press (Barbell)",,"",0,"normal",85,5,,,'
    summary = await imported(user, "\n".join([*lines, extra, later]).encode())
    assert (summary["sessions_merged"], summary["sessions_new"], summary["duplicates_skipped"]) == (1, 1, 1)
    assert summary["sets_imported"] == 2
    push = next(s for s in await history(user) if s["started_at"].startswith("2025-08-14"))
    bench = next(e for e in push["exercises"] if e["exercise_id"] == "barbell-bench-press")
    assert [(s["reps"], s["weight_kg"]) for s in bench["sets"]][-1] == (10, 70.0)
    supersets = {e["exercise_id"]: e.get("superset") for e in push["exercises"]}
    assert supersets["dumbbell-lateral-raise"] == supersets["cable-triceps-pushdown"] == "A"


async def test_corrections_from_a_dry_run_are_remembered_and_custom_exercises_are_created(app: FastAPI) -> None:
    user = await onboarded(app)
    wrong = await upload(user, HEVY, "?dry_run=true", mapping=json.dumps({"Plank": "no-such-exercise"}))
    assert wrong.status_code == 422 and [e["field"] for e in wrong.json()["errors"]] == ["mapping.Plank"]
    chosen = json.dumps({"Triceps Rope Pushdown": "custom", "Treadmill": "treadmill-walk"})
    dry = await imported(user, HEVY, "?dry_run=true", mapping=chosen)
    mapping = {m["source_name"]: (m["exercise_id"], m["match"]) for m in dry["exercises"]}
    assert mapping["Triceps Rope Pushdown"] == ("custom:triceps-rope-pushdown", "remembered")
    assert mapping["Treadmill"] == ("treadmill-walk", "remembered")
    assert dry["custom_created"] == ["custom:triceps-rope-pushdown"]
    listed = (await user.client.get("/api/exercises/custom", headers=user.auth)).json()["items"]
    assert listed == []  # a dry run creates nothing

    done = await imported(user, HEVY)  # no mapping sent: the remembered corrections apply
    assert {m["source_name"]: m["match"] for m in done["exercises"]}["Treadmill"] == "remembered"
    listed = (await user.client.get("/api/exercises/custom", headers=user.auth)).json()["items"]
    assert [(c["id"], c["name"]) for c in listed] == [("custom:triceps-rope-pushdown", "Triceps Rope Pushdown")]
    ids = {e["exercise_id"] for s in await history(user) for e in s["exercises"]}
    assert {"custom:triceps-rope-pushdown", "treadmill-walk"} <= ids


async def test_custom_exercises_are_created_renamed_merged_and_private(app: FastAPI) -> None:
    user, other = await onboarded(app), await onboarded(app, ip="198.51.100.9")
    made = await user.client.post("/api/exercises/custom", json={"name": "Sled Push"}, headers=user.auth)
    assert made.status_code == 201 and made.json()["id"] == "custom:sled-push", made.text
    twice = await user.client.post("/api/exercises/custom", json={"name": "sled push"}, headers=user.auth)
    assert twice.status_code == 409
    assert (await user.client.post("/api/exercises/custom", json={"name": " "}, headers=user.auth)).status_code == 422
    await imported(user, LEGACY)  # its "Sled Push" is the user's own exercise, not a new one
    sled = [e for s in await history(user) for e in s["exercises"] if e["exercise_id"] == "custom:sled-push"]
    assert len(sled) == 1 and sled[0]["name"] == "Sled Push"

    url = "/api/exercises/custom/custom:sled-push"
    assert (await other.client.put(url, json={"name": "Mine"}, headers=other.auth)).status_code == 404
    renamed = await user.client.put(url, json={"name": "Prowler push"}, headers=user.auth)
    assert renamed.status_code == 200 and renamed.json()["name"] == "Prowler push"
    sled = [e for s in await history(user) for e in s["exercises"] if e["exercise_id"] == "custom:sled-push"]
    assert sled[0]["name"] == "Prowler push"

    assert (await user.client.delete(url, headers=user.auth)).status_code == 409  # sessions have it
    bad = await user.client.delete(f"{url}?merge_into=nothing-like-it", headers=user.auth)
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "merge_into"
    assert (await user.client.delete(f"{url}?merge_into=leg-press", headers=user.auth)).status_code == 204
    ids = {e["exercise_id"] for s in await history(user) for e in s["exercises"]}
    assert "custom:sled-push" not in ids and "leg-press" in ids
    assert (await user.client.get("/api/exercises/custom", headers=user.auth)).json()["items"] == []


async def test_the_export_is_stronger_layout_and_importing_it_adds_nothing(app: FastAPI) -> None:
    user = await onboarded(app)
    await imported(user, STRONG)
    await imported(user, LEGACY)
    await imported(user, HEVY)
    exported = await user.client.get("/api/workouts/export.csv", headers=user.auth)
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(exported.text)))
    assert rows[0][:7] == ["Workout #", "Date", "Workout Name", "Duration (sec)", "Exercise Name", "Set Order",
                           "Weight (kg)"]  # fmt: skip
    first = [r for r in rows[1:] if r[1] == "2024-11-04 17:40:00"]  # the profile's clock, as Strong writes it
    assert [r[5] for r in first if r[4] == "Barbell back squat"] == ["W", "1", "2"]
    assert any(r[4] == "Sled Push" for r in first)  # a custom exercise goes by its name
    back = await imported(user, exported.content)
    assert (back["sessions_new"], back["sessions_merged"], back["sets_imported"]) == (0, 0, 0)
    assert back["duplicates_skipped"] == back["sessions_found"] == 6
    assert {m["match"] for m in back["exercises"]} <= {"exact", "custom"}


async def test_the_import_route_takes_a_larger_body_than_the_rest_and_bad_input_is_422(app: FastAPI) -> None:
    user = await onboarded(app)
    header, *rows = STRONG.decode().splitlines()
    days = [(date(2023, 1, 1) + timedelta(days=n)).isoformat() for n in range(600)]
    many = [row.replace("2025-03-03", day).replace("2025-03-05", day, 1) for day in days for row in rows[:6]]
    big = "\n".join([header, *many]).encode()  # 600 workouts, ~290 KB: over the global body limit
    assert len(big) > 256 * 1024
    summary = await imported(user, big, "?dry_run=true")
    assert summary["sessions_found"] == 600 and summary["warnings_total"] == 0
    other = await user.client.put(
        "/api/users/profile", content=big, headers={**user.auth, "Content-Type": "application/json"}
    )
    assert other.status_code == 413
    empty = await upload(user, b"")
    assert empty.status_code == 422 and empty.json()["errors"][0]["field"] == "file"
    image = await user.client.post(
        "/api/workouts/import", content=b"\x89PNG", headers={**user.auth, "Content-Type": "image/png"}
    )
    assert image.status_code == 422 and image.json()["errors"][0]["field"] == "file"
    unknown = await upload(user, b"name,age\nAda,36\n")
    assert unknown.status_code == 422 and unknown.json()["errors"][0]["field"] == "file"
    wrong = await upload(user, STRONG, "?source=hevy")
    assert wrong.status_code == 422 and wrong.json()["errors"][0]["field"] == "source"
    assert (await upload(user, STRONG, "?source=garmin")).status_code == 422
    assert (await user.client.post("/api/workouts/import", content=STRONG)).status_code == 401


async def test_custom_exercises_and_corrections_are_exported_and_erased_with_the_account(app: FastAPI) -> None:
    user = await onboarded(app)
    await imported(user, LEGACY, mapping=json.dumps({"Plank": "side-plank"}))
    exported = (await user.client.get("/api/users/me/export", headers=user.auth)).json()
    types = {d.get("type") for docs in exported["containers"].values() for d in docs}
    assert {"custom_exercise", "import_mapping", "session"} <= types
    assert (await user.client.delete("/api/users/me", headers=user.auth)).status_code == 204


async def test_workout_names_are_kept_shown_in_history_and_exported(app: FastAPI) -> None:
    user = await onboarded(app)
    await imported(user, STRONG)
    assert [s["name"] for s in await history(user)] == ["Lower A", "Upper A"]
    exported = await user.client.get("/api/workouts/export.csv", headers=user.auth)
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert {r["Workout Name"] for r in rows} == {"Upper A", "Lower A"}
    hevy = await onboarded(app, ip="198.51.100.11")
    await imported(hevy, HEVY)
    assert all(s["name"] for s in await history(hevy))  # Hevy's `title`
