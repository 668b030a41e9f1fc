"""Jobs: slow work requested over HTTP and done by a queue-triggered function."""
