"""Process start-up settings for the Functions entry point. Import this before anything builds models.

Pydantic builds each model's validator when the class is defined; with ~200 models (ours and
FastAPI's OpenAPI models) that is a third of the cold start. `defer_build` moves that work to a
model's first use, so a new instance pays only for the models its first requests touch
(docs/benchmarks.md, cold start; docs/decisions.md).
"""

import pydantic

pydantic.BaseModel.model_config["defer_build"] = True
