"""Housekeeping run by timers. Nothing depends on it for correctness."""
