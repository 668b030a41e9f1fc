"""Operator commands: `python -m shared.cli <command>`.

serve        start the local host (API, web app, queue worker, timers) on embedded defaults
grant-admin  give the admin role to the local account with this email (audited)
revoke-admin take the admin role away (audited)
plan         print the engine's plan for a profile given as JSON (Markdown; for reviews and docs)
migrate      upgrade every stored plan, session and profile to the current schema version
outbox       show the account email the local host has "sent" (embedded defaults: no mail server)
repair-aggregates  recount weekly progress from the sessions: users flagged by an interrupted write or
             an old summary (the nightly check), one user (--user ID) or everyone (--all)
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from shared.config import ConfigError, apply_local_settings, get_settings
from shared.logging_context import configure_logging


def _serve(args: argparse.Namespace) -> int:
    from shared.localhost.loop import run_async
    from shared.localhost.server import serve

    settings = get_settings()
    if args.port:
        settings = settings.model_copy(update={"port": args.port})
    configure_logging(settings.log_level)
    if args.workers:
        settings = settings.model_copy(update={"workers": args.workers})
    run_async(serve(settings))
    return 0


def _admin_role(args: argparse.Namespace) -> int:
    from shared.bootstrap import close_services, get_services
    from shared.errors import Conflict, InvalidInput, NotFound
    from shared.identity.admins import grant_by_email

    async def run() -> str:
        try:
            return await grant_by_email(await get_services(), args.email, grant=args.grant)
        finally:
            await close_services()

    try:
        user_id = asyncio.run(run())
    except (NotFound, InvalidInput, Conflict) as exc:
        print(f"vigor: {exc.detail}", file=sys.stderr)
        return 1
    print(f"{'granted' if args.grant else 'revoked'} admin for user {user_id}")
    return 0


def _plan(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from shared.plans.engine import generate_plan
    from shared.plans.render import plan_markdown
    from shared.profile import FitnessProfile

    try:
        profile = FitnessProfile.model_validate_json(args.profile)
    except ValidationError as exc:
        print(f"vigor: not a valid profile: {exc}", file=sys.stderr)
        return 1
    print(plan_markdown(generate_plan(profile)))
    return 0


def _migrate(args: argparse.Namespace) -> int:
    from shared.bootstrap import close_services, get_services
    from shared.migrations import migrate
    from shared.notifications import reminder_slots

    async def run() -> dict[str, int]:
        try:
            services = await get_services()
            done = await migrate(services.store)
            done["notification_prefs"] = await reminder_slots.backfill(services.store, services.clock())
            return done
        finally:
            await close_services()

    done = asyncio.run(run())
    print("upgraded " + ", ".join(f"{count} {kind} document(s)" for kind, count in done.items()))
    return 0


def _rebuild_usage_counters(args: argparse.Namespace) -> int:
    from shared.bootstrap import close_services, get_services
    from shared.quota.usage_counters import rebuild

    async def run() -> int:
        try:
            return await rebuild((await get_services()).store)
        finally:
            await close_services()

    print(f"counted {asyncio.run(run())} usage record(s) written before the daily counters")
    return 0


def _reseal_secrets(args: argparse.Namespace) -> int:
    from shared.bootstrap import close_services, get_services
    from shared.identity.reseal import reseal_all

    async def run() -> dict[str, int]:
        try:
            return await reseal_all(await get_services())
        finally:
            await close_services()

    done = asyncio.run(run())
    print(", ".join(f"{count} {what}" for what, count in done.items()))
    return 0 if not done["unreadable"] else 1


def _repair_aggregates(args: argparse.Namespace) -> int:
    from shared.bootstrap import close_services, get_services
    from shared.workouts.rebuild import Repair, repair_user, users_with_workouts
    from shared.workouts.rebuild_marks import repair_flagged

    async def run() -> list[Repair] | tuple[int, list[str]]:
        try:
            store = (await get_services()).store
            if args.user or args.all:
                users = [args.user] if args.user else await users_with_workouts(store)
                return [await repair_user(store, user_id) for user_id in users]
            checked = await repair_flagged(store)
            return checked.users, checked.repaired
        finally:
            await close_services()

    done = asyncio.run(run())
    if isinstance(done, tuple):
        print(f"checked {done[0]} flagged user(s); repaired {len(done[1])}: {' '.join(done[1]) or '-'}")
        return 0
    for repair in done:
        if repair.drifted:
            weeks = ", ".join(repair.weeks) or "none"
            print(f"{repair.user_id}: repaired (weeks {weeks}; summary {'rewritten' if repair.summary else 'ok'})")
        else:
            print(f"{repair.user_id}: no drift")
    print(f"{sum(r.drifted for r in done)} of {len(done)} user(s) repaired")
    return 0


def _outbox(args: argparse.Namespace) -> int:
    from shared.email.outbox import read_outbox

    path = get_settings().resolved_data_dir() / "outbox.jsonl"
    messages = read_outbox(path, args.to, args.limit)
    for message in messages:
        print(f"--- {message.get('at')}  to {message.get('to')}  ({message.get('kind')})")
        print(f"Subject: {message.get('subject')}\n\n{message.get('text')}\n")
    if not messages:
        print(f"no messages in {path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m shared.cli", description="Vigor operator commands")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="start the local host")
    serve.add_argument("--port", type=int, default=0, help="override VIGOR_PORT")
    serve.add_argument("--workers", type=int, default=0, help="override VIGOR_WORKERS (0: one per core)")
    serve.set_defaults(run=_serve)
    for name, grant in (("grant-admin", True), ("revoke-admin", False)):
        verb = "give" if grant else "take away"
        command = commands.add_parser(name, help=f"{verb} the admin role of the account with this email")
        command.add_argument("email")
        command.set_defaults(run=_admin_role, grant=grant)
    plan = commands.add_parser("plan", help="print the engine's plan for a profile (JSON) as Markdown")
    plan.add_argument("profile", help='e.g. \'{"fitness_level": "beginner", "goals": ["strength"]}\'')
    plan.set_defaults(run=_plan)
    outbox = commands.add_parser("outbox", help="show account email written to the local outbox")
    outbox.add_argument("--to", help="only messages to this address")
    outbox.add_argument("--limit", type=int, default=10, help="the last this many messages (default 10)")
    outbox.set_defaults(run=_outbox)
    commands.add_parser("migrate", help="upgrade stored documents to the current schema").set_defaults(run=_migrate)
    commands.add_parser(
        "rebuild-usage-counters", help="count AI usage records written before the admin's daily counters existed"
    ).set_defaults(run=_rebuild_usage_counters)
    reseal = commands.add_parser(
        "reseal-secrets", help="encrypt two-step secrets under the current TOTP key (after a rotation or an upgrade)"
    )
    reseal.set_defaults(run=_reseal_secrets)
    repair = commands.add_parser("repair-aggregates", help="recount weekly progress from the sessions")
    who = repair.add_mutually_exclusive_group()
    who.add_argument("--user", help="recount this user id")
    who.add_argument("--all", action="store_true", help="recount every user who logged a session")
    repair.set_defaults(run=_repair_aggregates)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        apply_local_settings()
        get_settings()
        return int(args.run(args))
    except ConfigError as exc:
        print(f"vigor: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
