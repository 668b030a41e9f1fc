"""What users tell Vigor about its plans, exercises and coach answers, and what that changes (issue 22, item 1).

    plans.py      a plan's rating, 1-5 with reason tags, when made and after its first week
    exercises.py  per-exercise feedback; the latest per exercise steers the next targets
                  (`shared.plans.felt`), and `disliked` / `no_equipment` keep an exercise out of swaps and
                  new plans (`avoided`)
    painful.py    what a `painful` answer suggests: a substitute that spares the area, and whether to add
                  the injury to the profile (never added without the user)
    coach.py      thumbs up or down, and reports, on the caller's coach answers

Every document lives in the user's partition, so export and erasure take it with the rest.
"""
