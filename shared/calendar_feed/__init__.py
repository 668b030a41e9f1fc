"""The private calendar feed (issue 21, part 4): the active plan's coming sessions as an ICS URL that needs no
sign-in. `tokens` issues, rotates, revokes and resolves the URL's secret; `feed` renders the calendar."""
