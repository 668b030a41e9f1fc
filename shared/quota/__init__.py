"""Tiers, per-user quotas, the system LLM budget, the price table and usage records.

Counters live in the store (never in process memory) and are keyed by calendar period,
so every instance agrees and a missed timer loses nothing.
"""
