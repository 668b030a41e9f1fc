"""Catalog rows: pushes, pulls and arm and shoulder isolation work."""

from __future__ import annotations

from typing import Any


def add(x: Any) -> None:
    """Add the upper-body rows through the builder's `x`."""
    # fmt: off
    hp, vp, hr, vr = "horizontal_push", "vertical_push", "horizontal_pull", "vertical_pull"
    x("push-up", "Push-up", hp, "chest triceps", "front_delts abs", "bodyweight", "beginner",
      "Hands under the shoulders, body in one line, lower the chest to just above the floor and press up.",
      main=True, dose=(5, 25), harder="decline-push-up")
    x("incline-push-up", "Incline push-up", hp, "chest triceps", "front_delts", "bench", "beginner",
      "Hands on a bench, body straight, lower the chest to the edge and push away.",
      # hands up on the bench: a light press, not a bench press off loaded shoulder blades
      dose=(5, 25), harder="push-up", relax="wrist:severe upper_back:-", contra="ankle:severe")
    x("knee-push-up", "Knee push-up", hp, "chest triceps", "front_delts", "bodyweight", "beginner",
      "From the knees with a straight line from knees to head, lower and press.",
      dose=(5, 25), harder="push-up")
    x("wall-push-up", "Wall push-up", hp, "chest", "triceps front_delts", "bodyweight", "beginner",
      "Hands on a wall at chest height, lean in with a straight body and push back.",
      # Standing, leaning on a dorsiflexed ankle (review 19: "does not load" a severe ankle beside wall push-ups).
      dose=(8, 25), harder="incline-push-up", relax="wrist:severe", contra="ankle:severe")
    x("decline-push-up", "Decline push-up", hp, "chest front_delts", "triceps", "bench", "intermediate",
      "Feet on a bench, hands on the floor, lower the chest and press back up.",
      dose=(5, 20), harder="archer-push-up", contra="shoulder:moderate")
    x("close-grip-push-up", "Close-grip push-up", hp, "triceps chest", "front_delts", "bodyweight", "intermediate",
      "Hands under the chest, elbows brushing the ribs, lower and press.",
      dose=(5, 20), aliases=("diamond-push-up",))
    x("archer-push-up", "Archer push-up", hp, "chest triceps", "front_delts", "bodyweight", "advanced",
      "In a wide push-up on the floor, shift your weight over one arm as you lower; the other straightens.", uni=True,
      dose=(3, 10), skill=3, contra="shoulder:moderate")
    x("dumbbell-bench-press", "Dumbbell bench press", hp, "chest triceps", "front_delts", "dumbbells bench",
      "beginner",
      "On a bench, lower the dumbbells to the sides of the chest with elbows at about 45 degrees and press.",
      main=True)
    x("dumbbell-incline-press", "Incline dumbbell press", hp, "chest front_delts", "triceps", "dumbbells bench",
      "intermediate", "Bench at a low incline, lower the dumbbells to the upper chest and press up.")
    x("dumbbell-floor-press", "Dumbbell floor press", hp, "chest triceps", "front_delts", "dumbbells", "beginner",
      "Lying on the floor, lower until the upper arms touch down, pause and press.",
      relax="shoulder:severe")
    x("dumbbell-floor-fly", "Dumbbell floor fly", hp, "chest", "front_delts", "dumbbells", "beginner",
      "Lying on the floor, slight bend in the elbows, open the arms until the upper arms touch the floor, hug back up.",
      iso=True)
    x("dumbbell-fly", "Dumbbell fly", hp, "chest", "front_delts", "dumbbells bench", "intermediate",
      "Slight bend in the elbows, open the arms wide until the chest stretches, hug back together.", iso=True)
    x("barbell-bench-press", "Barbell bench press", hp, "chest triceps", "front_delts", "barbell bench",
      "intermediate",
      "Shoulder blades pinned, lower the bar to the lower chest and press it back over the shoulders.",
      main=True, dose=(1, 12))
    x("barbell-incline-press", "Incline barbell press", hp, "chest front_delts", "triceps", "barbell bench",
      "intermediate", "On a low incline, lower the bar to the upper chest and press.",
      main=True)
    x("close-grip-bench-press", "Close-grip bench press", hp, "triceps chest", "front_delts", "barbell bench",
      "intermediate", "Hands shoulder-width, elbows tucked, lower to the lower chest and press.")
    x("barbell-floor-press", "Barbell floor press", hp, "chest triceps", "front_delts", "barbell", "intermediate",
      "Lying on the floor under the bar, lower until the elbows touch and press.",
      relax="shoulder:severe")
    x("kettlebell-floor-press", "Kettlebell floor press", hp, "chest triceps", "front_delts", "kettlebells",
      "beginner", "On the floor, bell resting on the forearm, lower until the elbow touches and press.", uni=True,
      relax="shoulder:severe")
    x("band-chest-press", "Banded chest press", hp, "chest triceps", "front_delts", "resistance_bands", "beginner",
      "Band anchored behind at chest height, press the handles forward until the arms are straight.")
    x("band-push-up", "Banded push-up", hp, "chest triceps", "front_delts", "resistance_bands", "intermediate",
      "Band across the back and under the hands, do push-ups against the extra tension.",
      dose=(5, 20), wrist=True, contra="wrist:moderate shoulder:moderate", relax="wrist:moderate")
    x("band-chest-fly", "Banded chest fly", hp, "chest", "front_delts", "resistance_bands", "beginner",
      "Band anchored behind, arms wide with soft elbows, bring the hands together in front.", iso=True)
    x("cable-chest-press", "Cable chest press", hp, "chest triceps", "front_delts", "cable_machine", "beginner",
      "Handles at chest height, stagger the feet and press forward, return slowly.")
    x("cable-fly", "Cable fly", hp, "chest", "front_delts", "cable_machine", "intermediate",
      "Cables set high or mid, sweep the handles together in an arc and open under control.", iso=True)
    x("machine-chest-press", "Machine chest press", hp, "chest triceps", "front_delts", "machines", "beginner",
      "Handles at mid-chest, press out to straight arms and return slowly.")
    x("isometric-chest-squeeze", "Isometric chest squeeze", hp, "chest", "front_delts", "bodyweight", "beginner",
      "Palms together in front of the chest, elbows out; press the hands together as hard as is pain-free and hold.",
      iso=True, load="time", dose=(30, 45), wrist=True, rehab=True)
    x("pec-deck", "Pec deck", hp, "chest", "front_delts", "machines", "beginner",
      "Forearms or hands on the pads, bring them together in front and open slowly.", iso=True)
    x("smith-machine-bench-press", "Smith machine bench press", hp, "chest triceps", "front_delts", "machines bench",
      "beginner", "Bench under the Smith bar, lower to the lower chest and press.",
      bar=True, contra="shoulder:moderate")
    x("bench-dip", "Bench dip", hp, "triceps", "chest front_delts", "bench", "beginner",
      "Hands on a bench behind you, lower by bending the elbows a little past 90 degrees and press up.",
      dose=(6, 20), contra="shoulder:mild")
    x("parallel-bar-dip", "Dip", hp, "chest triceps", "front_delts", "machines", "intermediate",
      "On the dip station, lean slightly forward, lower until the shoulders are level with the elbows, press up.",
      load="bodyweight",
      dose=(3, 15), skill=2, delbow=True, grip="moderate", contra="shoulder:mild upper_back:severe")
    x("assisted-dip-machine", "Assisted dip machine", hp, "chest triceps", "front_delts", "machines", "beginner",
      "Kneel on the pad that takes part of your weight, lower and press.",
      load="assisted", harder="parallel-bar-dip", delbow=True, grip="moderate",
      contra="shoulder:moderate upper_back:severe")  # dips press the body up off depressed shoulder blades
    x("pike-push-up", "Pike push-up", vp, "front_delts triceps", "side_delts", "bodyweight", "intermediate",
      "Hips high in an inverted V, lower the head towards the floor between the hands and press.",
      dose=(3, 12))
    x("wall-handstand-hold", "Wall handstand hold", vp, "front_delts triceps", "abs upper_back", "bodyweight",
      "advanced", "Kick up to a handstand facing away from the wall and hold with straight arms.", load="time",
      dose=(10, 45), skill=3, wrist=True, contra="neck:moderate ankle:severe knee:severe hip:severe")
    # the kick-up swings a leg and the way down lands on a foot (the fourteenth review: a severe ankle kicked up)
    x("dumbbell-shoulder-press", "Dumbbell shoulder press", vp, "front_delts triceps", "side_delts", "dumbbells",
      "beginner", "Dumbbells at shoulder height, press overhead without arching the back, lower slowly.",
      main=True, dose=(5, 12))
    # (a sturdy chair with a back does as well as a bench: the press a severe hip or knee keeps without one, review 23)
    x("seated-dumbbell-press", "Seated dumbbell shoulder press", vp, "front_delts triceps", "side_delts",
      "dumbbells", "beginner",
      "Seated on a sturdy chair or seat with back support, press the dumbbells overhead and lower to ear height.",
      sup=True)
    x("arnold-press", "Arnold press", vp, "front_delts side_delts", "triceps", "dumbbells", "intermediate",
      "Start palms facing you, rotate them outward as you press overhead, reverse on the way down.")
    x("dumbbell-push-press", "Dumbbell push press", vp, "front_delts triceps", "quads", "dumbbells", "intermediate",
      "Dip the knees and drive the dumbbells overhead using the legs, lower under control.",
      dose=(3, 8), skill=2, contra="knee:severe")
    x("barbell-overhead-press", "Barbell overhead press", vp, "front_delts triceps", "side_delts upper_back abs",
      "barbell", "intermediate",
      "Bar on the front shoulders, squeeze glutes, press overhead moving the head through at the top.",
      main=True, dose=(1, 10))
    x("barbell-push-press", "Barbell push press", vp, "front_delts triceps", "quads", "barbell", "advanced",
      "Short knee dip then drive the bar overhead with the legs and arms together.",
      dose=(1, 6), skill=3, contra="knee:moderate")
    x("landmine-press", "Landmine press", vp, "front_delts chest", "triceps", "barbell", "intermediate",
      "One end of the bar in a corner, press the other end up and forward from the shoulder.", uni=True,
      oh=False, pos="chest", neutral=True, spine="low")
    x("kettlebell-press", "Kettlebell press", vp, "front_delts triceps", "side_delts", "kettlebells", "beginner",
      "Bell in the rack position, press overhead with the wrist straight, lower to the rack.", uni=True)
    x("seated-kettlebell-press", "Seated kettlebell press", vp, "front_delts triceps", "side_delts abs", "kettlebells",
      "intermediate", "Sitting tall on the floor or a chair, press the bell from the rack overhead, lower it slowly.",
      uni=True, sup=True)
    x("kettlebell-pullover", "Kettlebell floor pullover", "vertical_pull", "lats", "chest triceps", "kettlebells",
      "beginner", "Lying on the floor, hold the bell by the horns over the chest, lower it behind the head, pull back.",
      iso=True, lever=True)
    x("kettlebell-push-press", "Kettlebell push press", vp, "front_delts triceps", "quads", "kettlebells",
      "intermediate", "Dip and drive to send the bell overhead, lock out and lower to the rack.", uni=True,
      dose=(3, 8), skill=2, contra="knee:severe")
    x("band-overhead-press", "Banded overhead press", vp, "front_delts triceps", "side_delts", "resistance_bands",
      "beginner", "Stand on the band, press the handles overhead and lower slowly.")
    x("cable-overhead-press", "Cable overhead press", vp, "front_delts triceps", "", "cable_machine", "intermediate",
      "Low cables behind you, press the handles up and slightly forward.")
    x("machine-shoulder-press", "Machine shoulder press", vp, "front_delts triceps", "side_delts", "machines",
      "beginner", "Handles at shoulder height, press up to straight arms and lower slowly.",
      sup=True)
    x("dumbbell-lateral-raise", "Dumbbell lateral raise", vp, "side_delts", "", "dumbbells", "beginner",
      "Lift the dumbbells out to the sides to shoulder height, elbows soft, lower slowly.", iso=True)
    x("dumbbell-front-raise", "Dumbbell front raise", vp, "front_delts", "", "dumbbells", "beginner",
      "Raise the dumbbells in front to shoulder height and lower slowly.", iso=True)
    x("band-lateral-raise", "Banded lateral raise", vp, "side_delts", "", "resistance_bands", "beginner",
      "Stand on the band and raise the handles out to the sides.", iso=True)
    x("cable-lateral-raise", "Cable lateral raise", vp, "side_delts", "", "cable_machine", "intermediate",
      "Low cable across the body, raise the arm out to the side to shoulder height.", iso=True, uni=True)
    x("machine-lateral-raise", "Machine lateral raise", vp, "side_delts", "", "machines", "beginner",
      "Elbows against the pads, lift them out to the sides and lower slowly.", iso=True)
    x("isometric-shoulder-abduction", "Isometric shoulder abduction", vp, "side_delts", "front_delts", "bodyweight",
      "beginner", "Side-on to a wall, elbow bent at your side; press the outside of the elbow into the wall as hard "
      "as is pain-free and hold.", iso=True, load="time", dose=(30, 45), rehab=True)
    x("kettlebell-halo", "Kettlebell halo", vp, "front_delts side_delts", "upper_back abs", "kettlebells", "beginner",
      "Circle a light bell around the head, close to it, alternating directions.", iso=True,
      oh=True, contra="neck:moderate")
    x("doorframe-row", "Doorframe row", hr, "upper_back lats", "biceps", "bodyweight", "beginner",
      "Grip both sides of a sturdy doorframe, lean back with straight body and pull your chest to it.",
      dose=(6, 15), contra="ankle:severe")  # the heels are the pivot
    x("prone-ytw", "Prone Y-T-W raise", hr, "upper_back rear_delts", "lower_back", "bodyweight", "beginner",
      "Face down, thumbs up, lift the arms into Y, then T, then W shapes, holding each briefly.", iso=True,
      dose=(6, 15), contra="shoulder:moderate")
    x("towel-isometric-row", "Towel isometric row", hr, "upper_back lats", "biceps", "bodyweight", "beginner",
      "Loop a towel around a post, lean back and pull hard as if rowing, holding a few seconds each rep.",
      load="time", dose=(10, 30), aliases=("towel-row",), contra="ankle:severe")  # leaning back on the heels
    # Rehab basics a severe shoulder keeps while it waits for its go-ahead (review 20, `rules.rehab_basics`): the
    # rotator cuff at 0 degrees of abduction, and grip work with the arm at rest.
    x("isometric-external-rotation", "Isometric external rotation", hr, "rear_delts", "", "bodyweight", "beginner",
      "Stand in a doorway, elbow bent 90 degrees and tucked at your side; press the back of the hand out into the "
      "frame as hard as is pain-free and hold.", iso=True, uni=True, load="time", dose=(20, 45), rehab=True,
      relax="shoulder:-")
    x("towel-grip-squeeze", "Towel grip squeeze", hr, "forearms", "", "bodyweight", "beginner",
      "Forearm resting on the thigh, roll a towel tight and squeeze it in one hand as hard as is pain-free; hold.",
      iso=True, uni=True, load="time", dose=(20, 45), rehab=True)
    x("isometric-wall-row", "Isometric wall row", hr, "upper_back", "rear_delts", "bodyweight", "beginner",
      "Back against a wall, elbows bent at your sides; drive the elbows back into the wall, squeeze the shoulder "
      "blades together and hold.", iso=True, load="time", dose=(30, 45), rehab=True)
    x("cable-row-cuffed", "Cable row with forearm cuffs", hr, "upper_back lats", "rear_delts biceps",
      "cable_machine", "beginner",
      "Ankle cuffs strapped round both forearms on the cable, hands relaxed; sit tall, drive the elbows back "
      "and return.",
      grip="low")
    x("inverted-row-bent-knee", "Inverted row (bent knees)", hr, "upper_back lats", "biceps rear_delts",
      "pull_up_bar", "beginner", "Under a low bar with knees bent and feet flat, pull the chest to the bar and lower.",
      dose=(5, 15), harder="inverted-row")
    x("inverted-row", "Inverted row", hr, "upper_back lats", "biceps rear_delts", "pull_up_bar", "intermediate",
      "Under a low bar with a straight body, pull the chest to the bar and lower.",
      main=True, dose=(5, 15))
    x("dumbbell-row", "One-arm dumbbell row", hr, "lats upper_back", "biceps rear_delts", "dumbbells bench",
      "beginner", "Hand and knee on a bench, pull the dumbbell to the hip and lower fully.", uni=True,
      main=True, sup=True)
    x("dumbbell-split-stance-row", "Split-stance one-arm dumbbell row", hr, "lats upper_back", "biceps rear_delts",
      "dumbbells", "beginner",
      "Staggered stance, free hand braced on the front knee or a chair, row the dumbbell to the hip and lower fully.",
      uni=True, main=True, spine="low", contra="hip:severe")  # a staggered stance loads the hips (review 18)
    x("dumbbell-bent-over-row", "Dumbbell bent-over row", hr, "upper_back lats", "biceps rear_delts lower_back",
      "dumbbells", "beginner", "Hinge forward with a flat back and row both dumbbells to the ribs.")
    x("chest-supported-dumbbell-row", "Chest-supported dumbbell row", hr, "upper_back lats", "rear_delts biceps",
      "dumbbells bench", "beginner",
      "Chest on an incline bench, row the dumbbells up and squeeze the shoulder blades.",
      main=True, sup=True)
    # The row a barbell-and-bench home gym has when standing bent over is out (a severe ankle, hip or lower
    # back: the fourteenth review's week of 18 pressing sets and no pulling).
    x("barbell-chest-supported-row", "Chest-supported barbell row", hr, "upper_back lats", "rear_delts biceps",
      "barbell bench", "beginner",
      "Chest on a high incline bench, the bar hanging below the bench's top; row it up to the bench and lower "
      "under control.", sup=True)
    x("dumbbell-rear-delt-fly", "Dumbbell rear delt fly", hr, "rear_delts", "upper_back", "dumbbells", "beginner",
      "Hinge forward and lift light dumbbells out to the sides with soft elbows.", iso=True,
      contra="shoulder:moderate lower_back:severe")
    x("dumbbell-shrug", "Dumbbell shrug", hr, "upper_back", "forearms", "dumbbells", "beginner",
      "Arms straight, lift the shoulders towards the ears and lower slowly.", iso=True,
      grip="high", contra="neck:moderate")
    x("barbell-row", "Barbell bent-over row", hr, "upper_back lats", "biceps rear_delts lower_back", "barbell",
      "intermediate", "Hinge to about 45 degrees, pull the bar to the lower ribs and lower under control.",
      main=True, dose=(5, 12))
    x("pendlay-row", "Pendlay row", hr, "upper_back lats", "lower_back biceps", "barbell", "advanced",
      "Torso parallel to the floor, row the bar from a dead stop on the floor to the chest.",
      dose=(3, 8), contra="lower_back:mild")
    x("barbell-shrug", "Barbell shrug", hr, "upper_back", "forearms", "barbell", "beginner",
      "Hold the bar at the thighs and shrug straight up, pause, lower.", iso=True,
      grip="high", contra="neck:moderate")
    x("kettlebell-row", "Kettlebell row", hr, "lats upper_back", "biceps", "kettlebells", "beginner",
      "Staggered stance, hand on the knee, row the bell to the hip.", uni=True)
    x("kettlebell-gorilla-row", "Kettlebell gorilla row", hr, "upper_back lats", "abs biceps", "kettlebells",
      "intermediate", "Two bells between wide feet, hinge and row one at a time while bracing.")
    x("band-row", "Banded seated row", hr, "upper_back lats", "biceps rear_delts", "resistance_bands", "beginner",
      "Seated with the band around the feet, row the handles to the ribs, squeeze and return.")
    x("band-face-pull", "Banded face pull", hr, "rear_delts upper_back", "", "resistance_bands", "beginner",
      "Band at face height, pull towards the forehead with elbows high and spread the hands.", iso=True)
    x("band-pull-apart", "Band pull-apart", hr, "rear_delts upper_back", "", "resistance_bands", "beginner",
      "Arms straight in front, pull the band apart to the chest and return slowly.", iso=True,
      relax="upper_back:-")  # a light band: a severe upper back's scapular work (`rules.rehab_basics`)
    x("cable-seated-row", "Seated cable row", hr, "upper_back lats", "biceps rear_delts", "cable_machine", "beginner",
      "Sit tall, pull the handle to the stomach, squeeze the shoulder blades and return.",
      main=True, spine="low")
    x("cable-face-pull", "Cable face pull", hr, "rear_delts upper_back", "", "cable_machine", "beginner",
      "Rope at face height, pull to the forehead with high elbows and rotate the hands out.", iso=True)
    x("cable-single-arm-row", "Single-arm cable row", hr, "lats upper_back", "biceps", "cable_machine", "beginner",
      "Staggered stance, row the handle to the hip and let the shoulder reach forward on the return.", uni=True)
    x("machine-row", "Machine row", hr, "upper_back lats", "biceps rear_delts", "machines", "beginner",
      "Chest on the pad, pull the handles back and squeeze, return slowly.",
      sup=True)
    x("reverse-pec-deck", "Reverse pec deck", hr, "rear_delts", "upper_back", "machines", "beginner",
      "Facing the pad, sweep the handles back with straight arms and return slowly.", iso=True,
      contra="shoulder:moderate")
    x("t-bar-row", "T-bar row", hr, "upper_back lats", "biceps lower_back", "machines", "intermediate",
      "Standing on the platform, chest on the pad or hinged over, row the handles to the chest.",
      spine="high")
    x("pull-up", "Pull-up", vr, "lats upper_back", "biceps forearms", "pull_up_bar", "intermediate",
      "Hang with hands just outside the shoulders, pull until the chin clears the bar, lower fully.",
      main=True, dose=(1, 12))
    x("chin-up", "Chin-up", vr, "lats biceps", "upper_back", "pull_up_bar", "intermediate",
      "Palms facing you, pull the chest towards the bar and lower all the way.",
      main=True, dose=(1, 12))
    x("negative-pull-up", "Negative pull-up", vr, "lats upper_back", "biceps", "pull_up_bar", "beginner",
      "Jump or step to the top position and lower yourself as slowly as you can.",
      dose=(1, 6), harder="pull-up")
    x("scapular-pull-up", "Scapular pull-up", vr, "lats upper_back", "", "pull_up_bar", "beginner",
      "From a dead hang, pull the shoulder blades down and back without bending the elbows.", iso=True,
      dose=(5, 15), harder="negative-pull-up")
    x("band-assisted-pull-up", "Band-assisted pull-up", vr, "lats upper_back", "biceps",
      "pull_up_bar resistance_bands", "beginner",
      "A band looped over the bar supports a knee or foot; pull up and lower with control.",
      load="assisted", harder="pull-up")
    x("band-lat-pulldown", "Banded lat pulldown", vr, "lats", "upper_back biceps", "resistance_bands", "beginner",
      "Band anchored high, kneel and pull the hands down to the chest, elbows to the ribs.")
    x("band-straight-arm-pulldown", "Banded straight-arm pulldown", vr, "lats", "", "resistance_bands", "beginner",
      "Band anchored high, keep the arms straight and sweep the hands down to the thighs.", iso=True)
    x("lat-pulldown", "Lat pulldown", vr, "lats upper_back", "biceps", "cable_machine", "beginner",
      "Thighs under the pad, pull the bar to the upper chest and let it rise fully.",
      main=True)
    x("close-grip-pulldown", "Close-grip pulldown", vr, "lats", "biceps upper_back", "cable_machine", "beginner",
      "Seated, narrow neutral handle, pull to the chest keeping the torso still.",
      neutral=True)
    x("straight-arm-pulldown", "Cable straight-arm pulldown", vr, "lats", "", "cable_machine", "intermediate",
      "Standing, arms straight, sweep the bar from eye level to the thighs, return slowly.", iso=True)
    x("assisted-pull-up-machine", "Assisted pull-up machine", vr, "lats upper_back", "biceps", "machines", "beginner",
      "Kneel on the assist pad and pull the chin over the handles, lower slowly.",
      load="assisted", harder="pull-up")
    x("machine-pulldown", "Machine pulldown", vr, "lats upper_back", "biceps", "machines", "beginner",
      "Pull the machine handles down towards the shoulders and let them rise under control.")
    x("dumbbell-pullover", "Dumbbell pullover", vr, "lats", "chest triceps", "dumbbells bench", "intermediate",
      "Lying across a bench, lower one dumbbell behind the head with soft elbows and pull it back over the chest.",
      iso=True,
      oh=True, contra="shoulder:mild")
    x("dumbbell-curl", "Dumbbell biceps curl", hr, "biceps", "forearms", "dumbbells", "beginner",
      "Elbows by the sides, curl the dumbbells up and lower them slowly.", iso=True)
    x("hammer-curl", "Hammer curl", hr, "biceps forearms", "", "dumbbells", "beginner",
      "Palms facing each other, curl without swinging and lower slowly.", iso=True)
    x("incline-dumbbell-curl", "Incline dumbbell curl", hr, "biceps", "", "dumbbells bench", "intermediate",
      "Lying back on an incline bench, let the arms hang and curl from a full stretch.", iso=True,
      contra="shoulder:moderate")
    x("barbell-curl", "Barbell curl", hr, "biceps", "forearms", "barbell", "beginner",
      "Shoulder-width grip, curl the bar without leaning back, lower fully.", iso=True)
    x("kettlebell-curl", "Kettlebell curl", hr, "biceps", "forearms", "kettlebells", "beginner",
      "Hold the bell by the handle or horns and curl it up, lowering slowly.", iso=True)
    x("band-curl", "Banded curl", hr, "biceps", "", "resistance_bands", "beginner",
      "Stand on the band and curl the handles up, elbows fixed.", iso=True)
    x("cable-curl", "Cable curl", hr, "biceps", "forearms", "cable_machine", "beginner",
      "Low cable, curl the bar or rope up and return slowly against the tension.", iso=True)
    x("machine-preacher-curl", "Machine preacher curl", hr, "biceps", "", "machines", "beginner",
      "Arms on the pad, curl the handles up and lower to almost straight.", iso=True)
    x("reverse-curl", "Reverse curl", hr, "forearms biceps", "", "barbell", "intermediate",
      "Overhand grip, curl the bar up and lower slowly.", iso=True)
    x("wrist-curl", "Dumbbell wrist curl", hr, "forearms", "", "dumbbells", "beginner",
      "Forearms on the thighs, roll the dumbbells up with the wrists and lower.", iso=True,
      contra="wrist:moderate")
    x("dead-hang", "Dead hang", vr, "forearms lats", "", "pull_up_bar", "beginner",
      "Hang from the bar with relaxed shoulders and a firm grip for time.", iso=True, load="time",
      dose=(10, 60), harder="scapular-pull-up")
    x("isometric-shoulder-extension", "Isometric shoulder extension", vr, "lats", "rear_delts triceps", "bodyweight",
      "beginner", "Back to a wall a small step away, arms straight at your sides; press the arms back into the wall "
      "as hard as is pain-free and hold.", iso=True, load="time", dose=(30, 45), rehab=True)
    x("dumbbell-overhead-extension", "Dumbbell overhead triceps extension", vp, "triceps", "", "dumbbells",
      "beginner", "One dumbbell held overhead with both hands, lower it behind the head and straighten the arms.",
      iso=True)
    x("dumbbell-skull-crusher", "Dumbbell skull crusher", hp, "triceps", "", "dumbbells bench", "intermediate",
      "Lying down, lower the dumbbells beside the head by bending the elbows, then extend.", iso=True,
      lever=True)
    x("dumbbell-floor-skull-crusher", "Dumbbell floor skull crusher", hp, "triceps", "", "dumbbells", "beginner",
      "On the floor, upper arms vertical, lower the dumbbells beside the head by bending the elbows, extend.",
      iso=True, lever=True)
    x("dumbbell-kickback", "Dumbbell triceps kickback", hp, "triceps", "", "dumbbells", "beginner",
      "Hinged forward, upper arm by the side, straighten the elbow fully and return.", iso=True,
      contra="shoulder:severe")  # the upper arm held back in extension under load
    x("barbell-skull-crusher", "Barbell skull crusher", hp, "triceps", "", "barbell bench", "intermediate",
      "Lying on a bench, lower the bar towards the forehead by bending the elbows, then extend.", iso=True,
      lever=True)
    x("kettlebell-overhead-extension", "Kettlebell overhead triceps extension", vp, "triceps", "", "kettlebells",
      "beginner", "Hold a bell by the horns overhead, lower it behind the head and extend.", iso=True)
    x("band-triceps-pushdown", "Banded triceps pushdown", hp, "triceps", "", "resistance_bands", "beginner",
      "Band anchored high, push the hands down until the arms are straight, elbows pinned.", iso=True)
    x("band-overhead-extension", "Banded overhead triceps extension", vp, "triceps", "", "resistance_bands",
      "beginner", "Band anchored low behind you, extend the arms overhead.", iso=True)
    x("cable-triceps-pushdown", "Cable triceps pushdown", hp, "triceps", "", "cable_machine", "beginner",
      "Elbows by the sides, push the rope or bar down to straight arms and return slowly.", iso=True)
    x("cable-overhead-extension", "Cable overhead triceps extension", vp, "triceps", "", "cable_machine",
      "intermediate", "Facing away from the cable, extend the rope forward and overhead from behind the head.",
      iso=True)
    x("machine-triceps-extension", "Machine triceps extension", hp, "triceps", "", "machines", "beginner",
      "Upper arms on the pad, extend the handles down and return slowly.", iso=True)
    # fmt: on
