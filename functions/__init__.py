"""Trigger adapters only: the HTTP API (FastAPI routers), queue triggers and timer triggers.

Each parses its input, calls one handler in `shared/`, and maps the result.
"""
