"""Vigor's own local Functions host: the same FunctionApp Azure loads, on one machine.

uvicorn serves the HTTP app and the built web app; a worker delivers queue messages to
the registered queue functions with the host.json rules; a scheduler fires the timer
functions on their NCRONTAB schedules. Start it with `python -m shared.cli serve`.
"""
