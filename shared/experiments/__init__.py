"""Model A/B experiments and context-aware routing rules (issue 22, item 3).

`model` the documents and their validation, `assign` the deterministic, sticky assignment of a user to a
variant, `repo` their storage, `admin` the audited admin operations, `choose` the gateway's routing decision
(a running experiment's variant, then the first matching routing rule, then the priority chain), `outcomes`
the per-variant counters and `stats` the small, pure statistics behind the results. See docs/decisions.md.
"""
