"""The model price table: shipped defaults (with the date they were taken), editable by admins.

Stored in the `system` container, partition `prices`, id `table`. Prices are dollars per
million tokens. A model missing from the table is priced at the `*` row, a deliberately
high guess, so an unknown model can never slip past the budget as free.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from shared.errors import NotFound

if TYPE_CHECKING:
    from shared.bootstrap import Services

SYSTEM = "system"
PK = "prices"
DOC_ID = "table"


class ModelPrice(BaseModel):
    model_config = ConfigDict(extra="forbid")

    input_per_million: float = Field(ge=0, le=1000, strict=True)
    output_per_million: float = Field(ge=0, le=1000, strict=True)


class PriceTable(BaseModel):
    """Per-model prices and where they came from."""

    model_config = ConfigDict(extra="forbid")

    as_of: str = Field(max_length=40, description="When the prices were taken, e.g. 2026-11")
    source: str = Field(default="", max_length=200)
    models: dict[str, ModelPrice]

    def price(self, model: str) -> ModelPrice:
        return self.models.get(model) or self.models.get("*") or ModelPrice(input_per_million=0, output_per_million=0)

    def cost(self, model: str, tokens_in: int, tokens_out: int) -> float:
        """Dollars for one call."""
        price = self.price(model)
        return (tokens_in * price.input_per_million + tokens_out * price.output_per_million) / 1_000_000


DEFAULT_PRICES = PriceTable(
    as_of="2026-11",
    source="Vendor list prices as recorded in LOCAL-SERVICES.md (late 2026); edit in /api/admin/prices",
    models={
        "gpt-4o-mini": ModelPrice(input_per_million=0.15, output_per_million=0.60),
        "gpt-4.1-mini": ModelPrice(input_per_million=0.40, output_per_million=1.60),
        "gpt-5-mini": ModelPrice(input_per_million=0.25, output_per_million=2.00),
        "gemini-2.5-flash-lite": ModelPrice(input_per_million=0.10, output_per_million=0.40),
        "gemini-2.5-flash": ModelPrice(input_per_million=0.30, output_per_million=2.50),
        "sonar": ModelPrice(input_per_million=1.00, output_per_million=1.00),
        "vigor-engine": ModelPrice(input_per_million=0, output_per_million=0),
        "*": ModelPrice(input_per_million=1.00, output_per_million=2.50),
    },
)


async def get_prices(services: Services) -> PriceTable:
    """The admin's table if saved, else the shipped defaults (cached for a few seconds per Services)."""
    hit: PriceTable | None = services.caches.prices.get(DOC_ID)
    if hit is not None:
        return hit
    try:
        doc = await services.store.read(SYSTEM, PK, DOC_ID)
        table = PriceTable.model_validate({k: v for k, v in doc.items() if k in PriceTable.model_fields})
    except NotFound:
        table = DEFAULT_PRICES
    return services.caches.prices.put(DOC_ID, table)


async def put_prices(services: Services, table: PriceTable) -> PriceTable:
    await services.store.upsert(SYSTEM, {"id": DOC_ID, "pk": PK, "type": "price_table", **table.model_dump()})
    services.caches.prices.forget()
    return table
