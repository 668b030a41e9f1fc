"""The LLM gateway: providers, routing with fallback, circuit breakers, structured output, cache, cost.

Entry points for the rest of Vigor live in `shared.llm.gateway`.
"""
