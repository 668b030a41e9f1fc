"""One page of a user's documents of one type, in a time range, ordered by that time."""

from __future__ import annotations

from shared.store.port import Document, DocumentStore, Filter, Query
from shared.workouts.keys import WORKOUTS


async def page_in_range(
    store: DocumentStore,
    user_id: str,
    doc_type: str,
    time_field: str,
    low: str | None,
    high: str | None,
    *,
    newest_first: bool,
    limit: int,
    cursor: str | None,
) -> tuple[list[Document], str | None]:
    """Documents with `low` <= time_field < `high` (UTC keys), and the cursor of the next page."""
    filters = [Filter("type", "eq", doc_type)]
    if low:
        filters.append(Filter(time_field, "ge", low))
    if high:
        filters.append(Filter(time_field, "lt", high))
    query = Query(
        filters=tuple(filters),
        partition_key=user_id,
        order_by=((time_field, newest_first),),
        limit=limit,
        continuation=cursor,
    )
    page = await store.query(WORKOUTS, query)
    return page.items, page.continuation
