"""A process that logs, corrects and deletes one user's sessions until it is killed, for crash tests:
`python session_writer.py KIND TARGET USER PLAN_ID COUNTER`.

KIND `sqlite` (TARGET: the file), `sqlite-no-batch` (the same store without transactional batches,
as a Cosmos DB endpoint without them looks) or `cosmos` (TARGET: `endpoint|database` of the Cosmos DB
protocol server). Eight writers share the user's session ids, so their PUTs and DELETEs race too;
the number of writes done so far goes to COUNTER every few writes.
"""

from __future__ import annotations

import asyncio
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shared.errors import NotFound, Throttled
from shared.store.containers import ALL
from shared.store.port import DocumentStore
from shared.store.sqlite import SqliteDocumentStore
from shared.workouts import sessions
from shared.workouts.model import LoggedSession
from tests.support.stores import SqliteWithoutBatches
from tests.support.workout_fixtures import session_body

WRITERS = 8


def open_store(kind: str, target: str) -> DocumentStore:
    if kind == "sqlite":
        return SqliteDocumentStore(Path(target), ALL)
    if kind == "sqlite-no-batch":
        return SqliteWithoutBatches(Path(target), ALL)
    from shared.store.cosmos import CosmosDocumentStore
    from tests.support.cosmos_server import KEY

    endpoint, database = target.split("|")
    return CosmosDocumentStore(endpoint, KEY, database, ALL, connection_verify=False)


def a_session(rng: random.Random) -> LoggedSession:
    started = datetime(2026, 3, 2, 7, tzinfo=UTC) + timedelta(days=rng.randrange(21), hours=rng.randrange(14))
    lift = rng.choice(["barbell-back-squat", "barbell-bench-press", "pull-up"])
    sets: list[tuple[str, int, float, float | None]] = [
        (lift, rng.randrange(1, 10), float(rng.choice([20, 60, 80, 100, 140])), 8.0) for _ in range(rng.randrange(1, 4))
    ]
    return LoggedSession.model_validate(session_body(started.isoformat(), sets, day_index=None))


async def main(kind: str, target: str, user: str, plan_id: str, counter: Path) -> None:
    store = open_store(kind, target)
    ids: list[str] = []
    done = [0]

    async def writer(seed: int) -> None:
        rng = random.Random(seed)
        while True:
            roll = rng.random()
            try:
                if len(ids) < 3 or roll < 0.45:
                    ids.append((await sessions.log_session(store, user, plan_id, a_session(rng))).id)
                elif roll < 0.8:
                    await sessions.update_session(store, user, rng.choice(ids), a_session(rng), None)
                else:
                    session_id = rng.choice(ids)
                    await sessions.delete_session(store, user, session_id)
                    if session_id in ids:
                        ids.remove(session_id)
            except (NotFound, Throttled):
                pass
            done[0] += 1
            if done[0] % 5 == 0:
                # Written aside and renamed: the test never reads a half-written (empty) count.
                partial = counter.with_suffix(".partial")
                partial.write_text(str(done[0]))
                partial.replace(counter)

    await asyncio.gather(*(writer(seed) for seed in range(WRITERS)))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], Path(sys.argv[5])))
