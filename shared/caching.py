"""Short-lived caches owned by one `Services` (never module-level): admin-managed configuration that
every request reads (provider configs, prices, budget, tier limits) and resolved secrets.

TtlCache(ttl_s, clock)   get(key) -> value | None, put(key, value) -> value, forget(key=None)
Caches                    the set one Services owns (`shared/bootstrap.py`)

A write through the owning Services forgets the entry at once; another instance (another worker
process) sees the change within `ttl_s`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from shared.email import EmailSender
    from shared.experiments.repo import Listing
    from shared.llm.types import ProviderConfig
    from shared.notifications.sender import PushSender
    from shared.quota.budget import BudgetConfig
    from shared.quota.prices import PriceTable
    from shared.quota.tiers import TierLimits
    from shared.safety.content_safety import SecondOpinion

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

CONFIG_TTL_S = 2.0  # provider configs and the budget: a couple of seconds per process
LIMITS_TTL_S = 5.0  # prices and tier limits (read on every LLM call)
SECRET_TTL_S = 300.0  # resolved API keys (Key Vault reads are slow and rate-limited)


class TtlCache(Generic[K, V]):
    """Values kept for `ttl_s` seconds of `clock` (monotonic seconds; injectable for tests)."""

    def __init__(self, ttl_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl_s = ttl_s
        self.clock = clock
        self._items: dict[K, tuple[float, V]] = {}

    def get(self, key: K) -> V | None:
        hit = self._items.get(key)
        if hit is None or hit[0] <= self.clock():
            return None
        return hit[1]

    def put(self, key: K, value: V) -> V:
        self._items[key] = (self.clock() + self.ttl_s, value)
        return value

    def forget(self, key: K | None = None) -> None:
        """Forget one key, or everything."""
        if key is None:
            self._items.clear()
        else:
            self._items.pop(key, None)


@dataclass
class Caches:
    """Everything one Services caches."""

    provider_configs: TtlCache[str, list[ProviderConfig]] = field(default_factory=lambda: TtlCache(CONFIG_TTL_S))
    prices: TtlCache[str, PriceTable] = field(default_factory=lambda: TtlCache(LIMITS_TTL_S))
    budget: TtlCache[str, BudgetConfig] = field(default_factory=lambda: TtlCache(CONFIG_TTL_S))
    # The system budget's spend per period as this process last summed it: only picks the spread or the exact lane.
    budget_spent: TtlCache[str, dict[str, int]] = field(default_factory=lambda: TtlCache(CONFIG_TTL_S))
    routing: TtlCache[str, Listing] = field(default_factory=lambda: TtlCache(CONFIG_TTL_S))  # experiments, rules
    tiers: TtlCache[str, TierLimits] = field(default_factory=lambda: TtlCache(LIMITS_TTL_S))
    secrets: TtlCache[tuple[str, str], str] = field(default_factory=lambda: TtlCache(SECRET_TTL_S))
    # Provider clients by (config, key), so HTTP connections are reused; bound to the Services' loop.
    providers: dict[tuple[str, str], Any] = field(default_factory=dict)
    vault_clients: dict[str, Any] = field(default_factory=dict)  # Key Vault clients by vault URL
    microsoft: dict[tuple[str, str, str], Any] = field(default_factory=dict)  # MSAL clients by app registration
    content_safety: SecondOpinion | None = (
        None  # the Azure AI Content Safety client, when configured (shared/safety/content_safety.py)
    )
    email: EmailSender | None = None  # the account email adapter (shared/identity/mail.py), built on first use
    push: PushSender | None = None  # Web Push (shared/notifications/delivery.py), built on first use
