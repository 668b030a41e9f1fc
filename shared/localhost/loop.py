"""The local host's event loop: uvloop when installed (it is in requirements.txt), Ctrl-C ends quietly.

run_async(main)   run the host's main coroutine (the CLI's `serve` and each worker process)
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any


def run_async(main: Coroutine[Any, Any, None]) -> None:
    """Run the local host's main coroutine on its event loop; Ctrl-C ends it quietly."""
    try:
        with asyncio.Runner(loop_factory=_loop_factory()) as runner:
            runner.run(main)
    except KeyboardInterrupt:
        pass


def _loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop when installed: a faster event loop for the local host."""
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop
