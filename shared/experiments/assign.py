"""Deterministic, sticky assignment of a user to an experiment's variant.

A user's bucket is a hash of the experiment id and the user id, 0-9999; the variants take consecutive ranges of
buckets in their listed order, each `weight` percent wide. Nothing is stored per user: the same user in the same
experiment always lands in the same bucket, and since a running experiment's variants and weights cannot change
(`shared.experiments.admin`), in the same variant. Another experiment's id gives an independent bucket.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from shared.experiments.model import Variant

BUCKETS = 10_000


def bucket(experiment_id: str, user_id: str) -> int:
    """The user's bucket in this experiment, 0 to BUCKETS - 1 (uniform over ids)."""
    digest = hashlib.sha256(f"vigor-experiment:{experiment_id}:{user_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % BUCKETS


def variant_for(experiment_id: str, variants: Sequence[Variant], user_id: str) -> Variant:
    """The variant this user gets (weights in percent, summing to 100)."""
    at = bucket(experiment_id, user_id)
    edge = 0
    for variant in variants:
        edge += variant.weight * BUCKETS // 100
        if at < edge:
            return variant
    return variants[-1]
