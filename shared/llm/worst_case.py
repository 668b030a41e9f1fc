"""The most one gateway call can cost: what the user's reservation holds before the call runs.

A call walks the task's chain (`Router.route`, `ChatStreamer.stream`) and pays for every answer a
paid provider gives, kept or not. Per paid provider that is at most:

* one answer for texts and streams (the first answer is kept; a failed attempt is charged nothing),
* two for plans (the answer and one repair, whose prompt carries the first answer back: its input is
  the first prompt plus at most every output token plus the repair instructions).

Each answer is priced at `estimate_usd`'s worst case (the prompt at a conservative 3 characters a
token, every output token allowed), and the call's worst case is the sum over the chain's paid
providers, since each may answer and be rejected before the next is tried. With one paid provider
(the usual chain) that is that provider's own worst case. The engine costs nothing.

The prompt estimate is conservative for prose, not a proof: a provider that reports more tokens
than it was reserved for is still settled at its real cost (see docs/decisions.md).
"""

from __future__ import annotations

from collections.abc import Sequence

from shared.llm.router import estimate_usd, prompt_tokens
from shared.llm.types import CompletionRequest, ProviderConfig
from shared.quota.prices import PriceTable

REPAIR_PROMPT_TOKENS = 1024  # the repair instructions (at most 20 listed problems) on top of the answer sent back


def repair_usd(prices: PriceTable, config: ProviderConfig, request: CompletionRequest) -> float:
    """Worst case of the repair attempt: the first prompt, the whole first answer and the instructions in."""
    out = min(request.max_output_tokens, config.max_output_tokens)
    return prices.cost(config.model, prompt_tokens(request) + out + REPAIR_PROMPT_TOKENS, out)


def worst_case_usd(
    prices: PriceTable, chain: Sequence[ProviderConfig], request: CompletionRequest, *, repair: bool
) -> float:
    """The most the call can be charged along `chain` (see the module docstring)."""
    total = 0.0
    for config in chain:
        if config.paid:
            total += estimate_usd(prices, config, request)
            if repair:
                total += repair_usd(prices, config, request)
    return total
