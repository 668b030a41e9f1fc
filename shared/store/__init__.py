"""Document store port and adapters."""

from shared.store.port import ContainerSpec, Document, DocumentStore, Filter, Page, PatchOp, Query

__all__ = ["ContainerSpec", "Document", "DocumentStore", "Filter", "Page", "PatchOp", "Query"]
