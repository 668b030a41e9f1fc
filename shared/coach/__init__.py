"""The AI coach: chat with context, daily messages, workout analysis, recommendations and plan jobs.

Modules: `safety` (deterministic checks around every model answer), `messages` (conversations and
messages in the `ai` container), `context` (the user's figures within a token budget), `offline`
(the built-in coach's texts from those figures), `chat`, `daily`, `analysis`, `plan_job`.
`shared.coach.jobs` maps the queue job kinds to their handlers (given to Services by bootstrap).
"""
