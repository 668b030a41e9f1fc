"""Reads the registered functions off the FunctionApp object, as the Functions host does."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import azure.functions as func
from croniter import croniter


@dataclass(frozen=True)
class QueueFunction:
    name: str
    queue_name: str
    fn: Callable[..., Any]


@dataclass(frozen=True)
class TimerFunction:
    name: str
    schedule: str
    run_on_startup: bool
    fn: Callable[..., Any]


@dataclass
class Triggers:
    http: list[str] = field(default_factory=list)
    queues: list[QueueFunction] = field(default_factory=list)
    timers: list[TimerFunction] = field(default_factory=list)


class TriggerError(ValueError):
    """A registered function the local host cannot run (bad schedule, unknown trigger)."""


def is_valid_ncrontab(schedule: str) -> bool:
    """NCRONTAB has six fields, seconds first."""
    return len(schedule.split()) == 6 and croniter.is_valid(schedule, second_at_beginning=True)


def discover(app: func.FunctionApp) -> Triggers:
    """List every trigger. `get_functions()` may be called once per app object: call this once."""
    found = Triggers()
    for function in app.get_functions():
        trigger: Any = function.get_trigger()
        name = str(function.get_function_name())
        user_fn = function.get_user_function()
        kind = trigger.get_binding_name() if trigger is not None else "none"
        if kind == "httpTrigger":
            found.http.append(name)
        elif kind == "queueTrigger":
            found.queues.append(QueueFunction(name, str(trigger.queue_name), user_fn))
        elif kind == "timerTrigger":
            schedule = str(trigger.schedule)
            if not is_valid_ncrontab(schedule):
                raise TriggerError(f"function {name}: invalid NCRONTAB schedule {schedule!r}")
            found.timers.append(TimerFunction(name, schedule, bool(getattr(trigger, "run_on_startup", False)), user_fn))
        else:
            raise TriggerError(f"function {name}: the local host cannot run {kind} triggers")
    return found
