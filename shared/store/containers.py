"""The containers Vigor uses and their partition keys (mirrored in infra/ Bicep)."""

from __future__ import annotations

from shared.store.port import ContainerSpec

USERS = ContainerSpec("users")  # accounts, profiles, refresh-token families (pk userId)
WORKOUTS = ContainerSpec("workouts")  # plans, sessions, weekly aggregates, body metrics
AI = ContainerSpec("ai")  # jobs, conversations, coach messages, usage records
CACHE = ContainerSpec("cache")  # LLM answer cache, idempotency keys (items carry ttl)
SYSTEM = ContainerSpec("system", partition_key="pk")  # providers, budgets, prices, tiers, rate limits

ALL: tuple[ContainerSpec, ...] = (USERS, WORKOUTS, AI, CACHE, SYSTEM)
BY_NAME = {c.name: c for c in ALL}
