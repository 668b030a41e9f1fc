"""Catalog rows: core, carries, conditioning and mobility."""

from __future__ import annotations

from typing import Any


def add(x: Any) -> None:
    """Add the core, carry, conditioning and mobility rows through the builder's `x`."""
    # fmt: off
    c, ca, co, mo = "core", "carry", "conditioning", "mobility"
    x("plank", "Plank", c, "abs", "obliques front_delts", "bodyweight", "beginner",
      "Forearms under the shoulders, squeeze glutes and hold a straight line from head to heels.", iso=True,
      load="time",
      harder="long-lever-plank", contra="shoulder:severe lower_back:severe")
    x("long-lever-plank", "Long-lever plank", c, "abs", "obliques front_delts", "bodyweight", "intermediate",
      "Plank with the elbows a hand's length ahead of the shoulders; squeeze the glutes and hold.", iso=True,
      load="time", dose=(10, 45), contra="shoulder:severe lower_back:moderate")
    x("side-plank", "Side plank", c, "obliques", "abs glutes", "bodyweight", "beginner",
      "On one forearm with the feet stacked, lift the hips into a straight line and hold.", iso=True, uni=True,
      load="time",
      dose=(15, 45), contra="shoulder:severe lower_back:severe")
    x("dead-bug", "Dead bug", c, "abs", "obliques", "bodyweight", "beginner",
      "On your back, arms up and knees over hips, lower the opposite arm and leg while the low back stays down.",
      iso=True,
      dose=(6, 15), harder="band-dead-bug")
    x("bird-dog", "Bird dog", c, "abs lower_back", "glutes", "bodyweight", "beginner",
      "On hands and knees, reach one arm and the opposite leg long, pause, return and switch.", iso=True,
      dose=(6, 15), contra="wrist:severe")
    # McGill's big three for a severe lower back (review 21, `rules.rehab_basics`): the curl-up and the side bridge
    # from the knees, beside the bird dog, spare the lumbar spine while the trunk muscles work.
    x("mcgill-curl-up", "McGill curl-up", c, "abs", "obliques", "bodyweight", "beginner",
      "On your back, one knee bent, hands under the low back; lift the head and shoulders a few centimetres as one "
      "piece, hold 8-10 s, lower.", iso=True, dose=(5, 10), sup=True, contra="neck:severe", rehab=True)
    x("side-plank-knees", "Side plank from the knees", c, "obliques", "abs glutes", "bodyweight", "beginner",
      "On one forearm with the knees bent behind you, lift the hips into a line from knees to head and hold.",
      iso=True, uni=True, load="time", dose=(10, 30), contra="shoulder:severe elbow:severe knee:severe",
      rehab=True)
    x("hollow-hold", "Hollow body hold", c, "abs", "", "bodyweight", "intermediate",
      "On your back, press the low back down and lift the shoulders and legs, holding a shallow banana shape.",
      iso=True, load="time",
      dose=(10, 45), contra="lower_back:moderate neck:severe")
    x("crunch", "Crunch", c, "abs", "", "bodyweight", "beginner",
      "On your back, knees bent, curl the ribs towards the pelvis, lift the shoulder blades, lower slowly.", iso=True,
      contra="neck:moderate lower_back:moderate")
    x("reverse-crunch", "Reverse crunch", c, "abs", "", "bodyweight", "beginner",
      "On your back with knees bent, curl the hips off the floor towards the ribs and lower.", iso=True,
      harder="hanging-knee-raise", contra="lower_back:moderate")
    x("bicycle-crunch", "Bicycle crunch", c, "obliques abs", "", "bodyweight", "beginner",
      "On your back, bring an elbow towards the opposite knee as the other leg extends; alternate slowly.", iso=True,
      contra="neck:moderate lower_back:moderate")
    # Intervals, not core strength work: fast and high in heart rate, not for PAR-Q answers or older adults (the
    # eighteenth review: mountain climbers as the core work of a strength plan for a sore lower back).
    x("mountain-climber", "Mountain climber", co, "abs", "front_delts", "bodyweight", "beginner",
      "From a high plank, drive the knees towards the chest one after the other.",
      dose=(20, 60), wrist=True, impact=True,
      contra="shoulder:moderate lower_back:severe ankle:severe knee:severe elbow:severe")  # hands, toes
    x("bench-reverse-crunch", "Bench reverse crunch", c, "abs", "", "bench", "intermediate",
      "Lying on a bench holding it behind the head, curl the hips up and lower slowly.", iso=True,
      contra="lower_back:moderate neck:severe shoulder:severe hip:severe elbow:severe wrist:severe")
    # the hands grip the bench overhead (a severe elbow or wrist holds nothing); loaded hip flexion
    x("hanging-knee-raise", "Hanging knee raise", c, "abs", "forearms", "pull_up_bar", "intermediate",
      "Hanging from a bar, curl the knees up towards the chest and lower without swinging.", iso=True,
      dose=(6, 15), harder="hanging-leg-raise", contra="lower_back:moderate")
    x("hanging-leg-raise", "Hanging leg raise", c, "abs", "forearms", "pull_up_bar", "advanced",
      "Hanging, raise straight legs to hip height or higher and lower slowly.", iso=True,
      dose=(5, 12), skill=2, contra="lower_back:moderate")
    x("dumbbell-side-bend", "Dumbbell side bend", c, "obliques", "", "dumbbells", "beginner",
      "Dumbbell in one hand, bend sideways and return upright using the opposite side.", iso=True, uni=True,
      contra="lower_back:moderate")
    x("dumbbell-woodchop", "Dumbbell woodchop", c, "obliques abs", "", "dumbbells", "intermediate",
      "Hold one dumbbell and chop diagonally from shoulder to opposite hip, rotating through the trunk.", iso=True,
      contra="lower_back:moderate shoulder:moderate neck:severe")  # a loaded turn of the trunk and head
    x("dumbbell-renegade-row", "Renegade row", c, "abs upper_back", "lats obliques", "dumbbells", "advanced",
      "In a plank on dumbbells, row one then the other without rotating the hips.", iso=True,
      dose=(5, 12), wrist=True, skill=2, contra="shoulder:moderate lower_back:moderate elbow:moderate neck:severe",
      relax="wrist:moderate")
    x("barbell-rollout", "Barbell rollout", c, "abs", "lats", "barbell", "advanced",
      "Kneeling, roll the bar forward as far as you can keep the back flat, then pull it back.", iso=True,
      dose=(5, 12), skill=2, contra="lower_back:mild shoulder:moderate")
    x("kettlebell-windmill", "Kettlebell windmill", c, "obliques", "side_delts glutes", "kettlebells", "advanced",
      "Bell locked overhead, hinge sideways to reach the other hand to the foot, eyes on the bell.", iso=True,
      uni=True,
      dose=(3, 8), skill=3, oh=True, contra="shoulder:mild lower_back:moderate")
    x("kettlebell-russian-twist", "Kettlebell Russian twist", c, "obliques", "abs", "kettlebells", "intermediate",
      "Seated leaning back, rotate the bell from side to side with control.", iso=True,
      contra="lower_back:mild")
    x("band-pallof-press", "Banded Pallof press", c, "obliques abs", "", "resistance_bands", "beginner",
      "Band anchored to the side at chest height, press the hands straight out and resist the twist.", iso=True,
      contra="shoulder:severe")  # the arms held out against the pull
    x("band-dead-bug", "Banded dead bug", c, "abs", "", "resistance_bands", "intermediate",
      "On your back, dead bug while pulling a band anchored behind you to keep the trunk working.", iso=True,
      contra="shoulder:severe")  # the arms pull the band from overhead
    x("cable-crunch", "Cable crunch", c, "abs", "", "cable_machine", "intermediate",
      "Kneeling under a rope on a high cable, curl the ribs towards the hips.", iso=True,
      contra="neck:moderate lower_back:moderate shoulder:severe")  # the arms hold the rope overhead
    x("cable-pallof-press", "Cable Pallof press", c, "obliques abs", "", "cable_machine", "beginner",
      "Side-on to the cable, press the handle out from the chest and hold against the pull.", iso=True,
      contra="shoulder:severe")
    x("cable-woodchop", "Cable woodchop", c, "obliques abs", "", "cable_machine", "intermediate",
      "Pull the handle diagonally across the body by turning the trunk and hips together.", iso=True,
      contra="lower_back:moderate shoulder:moderate neck:severe")  # the arms pull the cable across the body
    x("machine-ab-crunch", "Ab crunch machine", c, "abs", "", "machines", "beginner",
      "Curl forward against the pads with the abs and return slowly.", iso=True,
      contra="neck:moderate lower_back:moderate shoulder:severe")  # the arms pull the pads (review 19)
    x("captains-chair-knee-raise", "Captain's chair knee raise", c, "abs", "", "machines", "beginner",
      "Standing in the frame, back against the pad and forearms on the rests, lift the knees to the chest.", iso=True,
      contra="lower_back:moderate")
    x("farmers-carry-dumbbell", "Dumbbell farmer's carry", ca, "forearms upper_back", "abs obliques", "dumbbells",
      "beginner", "Heavy dumbbells at the sides, walk tall with short quick steps.", load="distance")
    x("suitcase-carry-dumbbell", "Dumbbell suitcase carry", ca, "obliques forearms", "upper_back", "dumbbells",
      "intermediate", "One dumbbell in one hand, walk without leaning to either side.", uni=True, load="distance")
    x("farmers-carry-kettlebell", "Kettlebell farmer's carry", ca, "forearms upper_back", "abs obliques",
      "kettlebells", "beginner", "Bells at the sides, shoulders down and back, walk steadily.", load="distance")
    x("kettlebell-rack-carry", "Kettlebell rack carry", ca, "abs upper_back", "forearms", "kettlebells",
      "intermediate", "Bells held in the rack position against the chest, walk without leaning back.",
      load="distance",
      pos="front_rack", wrist=False, grip="moderate")
    x("kettlebell-overhead-carry", "Kettlebell overhead carry", ca, "side_delts upper_back", "abs", "kettlebells",
      "advanced", "One bell locked out overhead, walk with the ribs down.", uni=True, load="distance",
      oh=True, grip="moderate", contra="shoulder:mild")
    x("barbell-farmers-hold", "Barbell static hold", ca, "forearms upper_back", "abs", "barbell", "intermediate",
      "Deadlift the bar and hold it at the thighs for time with tight shoulders.", load="time",
      spine="high")
    x("brisk-walk", "Brisk walk", co, "quads calves", "glutes", "bodyweight", "beginner",
      "Walk at a pace where you can talk but not sing.",
      dose=(600, 7200), contra="ankle:severe knee:severe")  # brisk walking loads both
    x("marching-in-place", "Marching in place", co, "quads", "calves", "bodyweight", "beginner",
      "March on the spot lifting the knees to a comfortable height and swinging the arms.",
      dose=(300, 1800), contra="hip:severe ankle:severe knee:severe")
    x("jumping-jacks", "Jumping jacks", co, "calves quads", "side_delts", "bodyweight", "beginner",
      "Jump the feet out while the arms go overhead, then back together, staying light.",
      dose=(20, 60), impact=True, contra="shoulder:severe")
    x("burpee", "Burpee", co, "quads chest", "abs front_delts", "bodyweight", "intermediate",
      "Squat, kick the feet back to a plank, bring them back in and stand or jump.",
      dose=(20, 60), impact=True, wrist=True, contra="shoulder:moderate")
    x("high-knees", "High knees", co, "quads", "abs calves", "bodyweight", "beginner",
      "Run in place driving the knees to hip height with quick light steps.",
      dose=(20, 60), impact=True)
    x("shadow-boxing", "Shadow boxing", co, "front_delts", "abs obliques", "bodyweight", "beginner",
      "Light on the feet, throw relaxed punches in combinations while moving.",
      dose=(300, 1800), contra="shoulder:moderate ankle:severe knee:severe hip:severe")  # on the feet, pivoting
    x("seated-shadow-boxing", "Seated shadow boxing", co, "front_delts", "abs obliques", "bodyweight", "beginner",
      "Sitting tall on a sturdy chair, throw relaxed punches and arm circles at a pace that warms you up.",
      dose=(300, 1800), contra="shoulder:moderate")
    x("jog", "Jog or run", co, "quads calves", "hamstrings glutes", "bodyweight", "beginner",
      "Run on a forgiving surface at the prescribed pace: conversational for zone 2, hard for interval rounds.",
      dose=(600, 7200), impact=True)
    x("kettlebell-swing-intervals", "Kettlebell swing intervals", co, "glutes hamstrings", "abs forearms",
      "kettlebells", "intermediate", "Swing for a set time, then rest, repeating for the block.",
      inten="ballistic", dose=(20, 60), skill=2, spine="high", contra="hip:moderate shoulder:severe")
    x("dumbbell-thruster-intervals", "Dumbbell thruster intervals", co, "quads front_delts", "glutes triceps",
      "dumbbells", "intermediate", "Front squat straight into an overhead press in one rhythm, timed rounds.",
      dose=(20, 60), oh=True, spine="low", contra="knee:moderate lower_back:moderate")
    x("treadmill-walk", "Incline treadmill walk", co, "glutes calves", "quads hamstrings", "cardio_machine",
      "beginner", "Walk on an incline at a steady pace without holding the rails.",
      dose=(600, 7200), contra="ankle:severe knee:severe")
    x("treadmill-run", "Treadmill run", co, "quads calves", "hamstrings glutes", "cardio_machine", "intermediate",
      "Run at an easy or interval pace as prescribed.",
      dose=(600, 7200), impact=True)
    x("stationary-bike", "Stationary bike", co, "quads", "glutes calves", "cardio_machine", "beginner",
      "Seat at hip height, pedal at the prescribed effort with a smooth cadence.",
      contra="knee:severe")
    x("rowing-machine", "Rowing machine", co, "upper_back quads", "lats hamstrings biceps", "cardio_machine",
      "beginner", "Seated, push with the legs, then lean back slightly and pull the handle to the lower ribs; reverse.",
      contra="lower_back:moderate knee:severe hip:severe ankle:severe wrist:severe")  # the catch loads the ankles
    x("elliptical", "Elliptical trainer", co, "quads glutes", "calves", "cardio_machine", "beginner",
      "Stand tall and move smoothly at the prescribed effort.",
      contra="knee:severe ankle:severe")  # standing on the pedals: the ankles carry the body
    x("stair-climber", "Stair climber", co, "glutes quads", "calves", "cardio_machine", "intermediate",
      "Climb steadily with a light hold on the rails.",
      contra="knee:moderate ankle:moderate")
    x("ski-erg", "Ski erg", co, "lats triceps", "abs", "cardio_machine", "intermediate",
      "Pull the handles down hinging at the hips, then return tall.",
      contra="shoulder:moderate lower_back:moderate ankle:severe hip:severe knee:severe wrist:severe")  # hinge and grip
    x("arm-ergometer", "Arm ergometer", co, "front_delts", "triceps biceps", "cardio_machine", "beginner",
      "Seated, crank the handles in smooth circles at the prescribed effort.",
      contra="shoulder:moderate elbow:severe wrist:severe")  # the hands grip and crank: wrists and elbows work
    x("tandem-stance", "Tandem stance", mo, "calves", "glutes", "bodyweight", "beginner",
      "Stand heel-to-toe as if on a line, next to a wall or chair for support; hold, then switch feet.",
      load="time", inten="isometric", dose=(15, 45), bal=True, harder="single-leg-stand", relax="ankle:severe")
    x("single-leg-stand", "Single-leg stand", mo, "glutes", "calves", "bodyweight", "beginner",
      "Stand on one leg next to a wall or chair for support, eyes forward, and hold; then switch.", uni=True,
      load="time", inten="isometric", dose=(10, 30), bal=True, relax="ankle:severe",
      contra="knee:severe hip:severe")  # the whole body on one leg
    x("diaphragmatic-breathing", "Diaphragmatic breathing", mo, "abs", "", "bodyweight", "beginner",
      "Lying down with knees bent, breathe slowly into the belly and ribs, exhale fully.", iso=True)
    x("cat-cow", "Cat-cow", mo, "lower_back", "upper_back", "bodyweight", "beginner",
      "On hands and knees, round the spine up, then let it sag gently, moving with the breath.", iso=True,
      contra="wrist:severe neck:severe")  # the head follows the spine through flexion and extension (review 16)
    x("childs-pose", "Child's pose", mo, "lower_back", "lats", "bodyweight", "beginner",
      "Kneel, sit back to the heels and reach the arms forward, breathing slowly.", iso=True,
      contra="knee:severe hip:severe")  # the hips at the end of their flexion (the fourteenth review)
    x("worlds-greatest-stretch", "World's greatest stretch", mo, "hamstrings", "glutes upper_back", "bodyweight",
      "intermediate",
      "From a lunge, place the hand inside the front foot, rotate the other arm up, then straighten the front leg.",
      iso=True, uni=True,
      contra="knee:moderate hip:moderate")
    x("hip-flexor-stretch", "Half-kneeling hip flexor stretch", mo, "quads", "glutes", "bodyweight", "beginner",
      "Half-kneeling, tuck the pelvis and shift forward until the front of the back hip stretches.", iso=True,
      uni=True,
      contra="knee:moderate hip:severe")  # kneeling, the back hip at the end of its extension
    # Standing, a hand on a wall or chair: the hip flexor stretch an older adult can do without kneeling (the
    # seventeenth review: a 68-year-old's mobility week had no hip flexor work, the kneeling stretch left out).
    x("standing-hip-flexor-stretch", "Standing hip flexor stretch", mo, "quads", "glutes", "bodyweight", "beginner",
      "Stand in a long split stance holding a wall or chair, tuck the pelvis and bend the front knee until the "
      "front of the back hip stretches; keep the back heel up.", iso=True, uni=True,
      contra="hip:severe knee:severe")  # the split stance bends the front knee and loads the back one
    x("hamstring-stretch", "Supine hamstring stretch", mo, "hamstrings", "", "bodyweight", "beginner",
      "On your back, raise one straight leg until you feel a stretch and hold it gently.", iso=True, uni=True,
      contra="hip:severe knee:severe lower_back:severe")  # the hamstrings cross the hip and knee (the eighteenth
    # review: a severe knee's plan said it did not load the knee and stretched across it every session)
    x("figure-four-stretch", "Figure-four glute stretch", mo, "glutes", "", "bodyweight", "beginner",
      "On your back, cross one ankle over the other knee and pull the thigh gently towards you.", iso=True, uni=True,
      contra="hip:moderate knee:severe")
    # Hip mobility with the knee straight and still, lying on the back: a severely injured knee (and an older adult,
    # who does not kneel or sit on the floor to stretch) keeps its hips moving (review 25, defect 8: a 71-year-old's
    # severe knee left every stretch of a mobility plan on the upper body and spine; ACSM, Garber et al. 2011: each
    # major muscle-tendon unit). The leg turns and slides as one piece from the hip, so the knee does not bend.
    x("supine-hip-rolls", "Supine hip rolls", mo, "glutes", "adductors", "bodyweight", "beginner",
      "On your back with both legs straight and relaxed, roll the legs slowly in and out from the hips, toes turning "
      "in then out; the knees stay straight and still.", iso=True, contra="hip:severe")
    x("supine-leg-slide-out", "Supine leg slide-out", mo, "adductors", "glutes", "bodyweight", "beginner",
      "On your back, legs straight, slide one leg out to the side along the floor as far as is comfortable and back; "
      "the knee stays straight and the toes point up.", iso=True, uni=True, contra="hip:severe")
    x("ninety-ninety", "90/90 hip switch", mo, "glutes adductors", "", "bodyweight", "intermediate",
      "Seated with both knees bent at 90 degrees, rotate the knees from side to side.", iso=True,
      contra="hip:moderate knee:moderate")
    x("thoracic-open-book", "Thoracic open book", mo, "upper_back", "chest", "bodyweight", "beginner",
      "Side-lying with knees bent, open the top arm across to the other side and follow it with the eyes.", iso=True,
      contra="shoulder:severe")
    x("thread-the-needle", "Thread the needle", mo, "upper_back", "rear_delts", "bodyweight", "beginner",
      "On hands and knees, slide one arm under the body and rotate, then open it to the ceiling.", iso=True,
      contra="shoulder:moderate")
    x("doorway-chest-stretch", "Doorway chest stretch", mo, "chest", "front_delts", "bodyweight", "beginner",
      "Forearm on a door frame, feet side by side, turn the chest gently away from the arm until it stretches.",
      iso=True,
      contra="shoulder:moderate")
    x("ankle-rocks", "Ankle rocks", mo, "calves", "", "bodyweight", "beginner",
      "Half-kneeling, rock the front knee forward over the toes keeping the heel down.", iso=True,
      contra="ankle:severe knee:severe")
    x("calf-stretch", "Wall calf stretch", mo, "calves", "", "bodyweight", "beginner",
      "Hands on a wall, one leg back straight with the heel down; lean in and hold.", iso=True, uni=True,
      contra="ankle:severe knee:severe")  # the calf crosses the knee; a lunge stance
    x("neck-mobility", "Gentle neck mobility", mo, "upper_back", "", "bodyweight", "beginner",
      "Slowly nod, turn and tilt the head through a comfortable range.", iso=True,
      contra="neck:moderate")
    x("deep-squat-hold", "Deep squat hold", mo, "adductors", "quads glutes", "bodyweight", "intermediate",
      "Sit into a deep squat holding on to something if needed, chest up, and breathe.", iso=True,
      contra="knee:moderate hip:moderate ankle:moderate lower_back:severe")  # full dorsiflexion, a rounded low back
    x("band-shoulder-dislocate", "Band shoulder pass-through", mo, "front_delts", "chest upper_back",
      "resistance_bands", "beginner",
      "Wide grip on a band, lift it overhead and behind you with straight arms and back.", iso=True,
      contra="shoulder:mild")
    x("band-hamstring-stretch", "Banded hamstring stretch", mo, "hamstrings", "", "resistance_bands", "beginner",
      "On your back, loop a band around the foot and raise the straight leg gently.", iso=True, uni=True,
      contra="hip:severe knee:severe lower_back:severe")
    x("supine-spinal-twist", "Supine spinal twist", mo, "lower_back", "obliques", "bodyweight", "beginner",
      "On your back, drop both knees to one side with the shoulders down, then switch.", iso=True,
      contra="lower_back:severe hip:severe", aliases=("foam-free-spinal-twist",))  # knees across: hip rotation
    x("wrist-mobility", "Wrist circles and rocks", mo, "forearms", "", "bodyweight", "beginner",
      "Circle the wrists, then rock gently over the hands on all fours.", iso=True,
      contra="wrist:moderate shoulder:severe elbow:severe")  # on all fours: the arms bear the body (review 17)
    x("arm-circles", "Arm circles", mo, "side_delts", "front_delts rear_delts", "bodyweight", "beginner",
      "Arms out to the sides, make small then larger circles both ways.", iso=True,
      contra="shoulder:severe")
    # fmt: on
