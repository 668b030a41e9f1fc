"""Workouts: plans, logged sessions, weekly aggregates, progress analytics and body metrics.

Every document lives in the `workouts` container, partitioned by `userId`, told apart by `type`
(see `shared.workouts.keys`).
"""
