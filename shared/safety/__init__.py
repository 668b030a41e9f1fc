"""Vigor's safety policy, independent of any model: what a user's text calls for, what an answer must never say.

    inputs.classify(text)        -> Category | None     (the user's message, before any model sees it)
    outputs.review(text, ...)    -> OutputCategory | None  (a model's answer, before the user sees it)
    outputs.unsafe_sentences(..) -> the sentences to drop from a plan's free text
    replies.REPLIES[category]    -> the fixed answer Vigor gives instead

The rules are deterministic and tested against a red-team corpus and a benign corpus
(tests/unit/safety_corpus.py): blocking ordinary training talk is a failure too. Sources for the
replies are listed in docs/training-science.md ("Coach safety policy").
"""
