"""Vigor's domain and its infrastructure: models, rules, services, ports and adapters.

Importing this package is cheap: nothing here builds a client or reads the network at
import time. `shared.bootstrap` wires the adapters lazily.
"""
