"""The product's own success metrics, counted as events happen (issue 22, item 2).

`events` counts (sign-ups, active days, sessions, coach use, ratings), `counters` stores them, `report`
reads a window of them back for admins. Nothing here ever scans users, sessions or messages.
"""
