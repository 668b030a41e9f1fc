"""Process start-up settings for the Functions entry point. Import this before anything builds models.

Pydantic builds each model's validator when the class is defined; with ~200 models (ours and
FastAPI's OpenAPI models) that is a third of the cold start. `defer_build` moves that work to a
model's first use, so a new instance pays only for the models its first requests touch
(docs/benchmarks.md, cold start; docs/decisions.md).
"""

import pydantic

pydantic.BaseModel.model_config["defer_build"] = True


def build_models() -> int:
    """Build every deferred model now; returns how many. For long-running processes (the local host),
    where first requests should not pay for it: ~0.1-0.3 s once, at start."""
    built, pending, seen = 0, [pydantic.BaseModel], set()
    while pending:
        for model in pending.pop().__subclasses__():
            if model in seen:
                continue
            seen.add(model)
            pending.append(model)
            try:
                model.model_rebuild(force=True)
                built += 1
            except (pydantic.PydanticUserError, TypeError, NameError):
                continue  # generic or incomplete helper models: built when first used, as before
    return built
