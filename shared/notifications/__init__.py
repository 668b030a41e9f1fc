"""Reminders that arrive: Web Push for the daily coach message and workout days (issue 21, part 3).

Modules:
  vapid          the server's VAPID key pair (settings / Key Vault, or generated once in the data dir)
  subscriptions  the user's browsers (`push:<id>` in the users container), validated strictly, at most 10
  preferences    opt-ins, reminder hour, quiet hours and usual training time (`notification_prefs`)
  timing         when a notification is due in the user's local time: quiet hours, DST (pure functions)
  schedule       the hourly pass and the daily job's hook: one marker per (kind, local date), one queue
                 message per subscription on `push-notifications`
  sender         pywebpush over aiohttp (RFC 8291 aes128gcm, RFC 8292 VAPID)
  delivery       the queue handler: 404/410 removes the subscription, 429/5xx/timeouts are queued again later
  retries        when a failed push is tried again: backoff, Retry-After, at most five sends (pure functions)
  receipts       one push per browser, kind and local day, whatever copies of its message come

Payloads hold a title, one short line, a tag and the app path to open: never injuries, PAR-Q answers,
notes or the coach's words (docs/decisions.md, "Web Push").
"""
