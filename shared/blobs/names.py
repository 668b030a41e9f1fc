"""Blob container names (mirrored in infra/modules/storage.bicep)."""

IMPORTS = "imports"  # staged import files, `<user id>/<staged id>.csv`, kept STAGED_TTL (shared/importing/staging.py)

ALL = (IMPORTS,)
