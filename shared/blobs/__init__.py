"""The blob port: files too large for a document or a queue message (staged imports), with a time-to-live."""
