"""The HTTP API: one FastAPI app, routers per area, everything under /api."""
