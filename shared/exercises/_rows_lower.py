"""Catalog rows: squats, hinges, lunges and leg isolation work."""

from __future__ import annotations

from typing import Any


def add(x: Any) -> None:
    """Add the lower-body rows through the builder's `x`."""
    # fmt: off
    q, h = "squat", "hinge"
    x("bodyweight-squat", "Bodyweight squat", q, "quads glutes", "adductors", "bodyweight", "beginner",
      "Feet shoulder-width, sit the hips down between the heels, keep the chest tall, stand back up.",
      dose=(5, 25), harder="split-squat")
    x("box-squat-bodyweight", "Bodyweight box squat", q, "quads glutes", "adductors", "bench", "beginner",
      "Sit back to a bench until you lightly touch it, then drive up through the whole foot.",
      deep=False, harder="bodyweight-squat")
    x("wall-sit", "Wall sit", q, "quads", "glutes", "bodyweight", "beginner",
      "Slide down a wall to a pain-free depth, no lower than thighs parallel, and hold with the back flat.",
      load="time", deep=False, relax="knee:severe")
    x("tempo-squat", "Tempo bodyweight squat", q, "quads glutes", "adductors", "bodyweight", "intermediate",
      "Lower for three slow seconds, pause at the bottom, then stand up smoothly.",
      dose=(5, 15))
    # Single-leg squats between the split squat and the pistol: how bodyweight legs get strong (the thirteenth
    # review: a trained person's strength week of 12-20 air squats). Deep single-leg knee bends: even a mild knee
    # waits, as for the pistol (the fifteenth review).
    x("assisted-pistol-squat", "Assisted pistol squat", q, "quads glutes", "adductors", "bodyweight", "intermediate",
      "Hold a door frame or a rail, squat on one leg as deep as you control with the other leg forward, and "
      "stand using the hands as little as you can.", uni=True,
      dose=(3, 10), skill=2, bal=True, harder="pistol-squat", contra="knee:mild")
    x("skater-squat", "Skater squat", q, "quads glutes", "adductors", "bodyweight", "intermediate",
      "On one leg, bend the other behind you and lower until its knee lightly touches a cushion, then stand.",
      uni=True, dose=(4, 10), skill=2, bal=True, harder="pistol-squat", contra="knee:mild")
    x("pistol-squat", "Pistol squat", q, "quads glutes", "adductors abs", "bodyweight", "advanced",
      "Balance on one leg, reach the other forward and squat as deep as you control, then stand.", uni=True,
      dose=(1, 8), skill=3, bal=True, contra="knee:mild")
    x("jump-squat", "Jump squat", q, "quads glutes", "calves", "bodyweight", "intermediate",
      "Squat to a comfortable depth and jump, landing softly with bent knees.",
      inten="plyometric", impact=True, skill=2)
    x("goblet-squat-dumbbell", "Dumbbell goblet squat", q, "quads glutes", "adductors abs", "dumbbells", "beginner",
      "Hold one dumbbell at the chest, squat between the knees with the elbows inside them, stand tall.",
      main=True)
    x("dumbbell-front-squat", "Dumbbell front squat", q, "quads glutes", "abs", "dumbbells", "intermediate",
      "Rest two dumbbells on the shoulders, elbows high, and squat with an upright torso.",
      pos="front_rack", spine="high", skill=2)
    x("dumbbell-sumo-squat", "Dumbbell sumo squat", q, "quads adductors glutes", "", "dumbbells", "beginner",
      "Wide stance, toes out, one dumbbell hanging between the legs; squat straight down.",
      pos="hands_low")
    x("barbell-back-squat", "Barbell back squat", q, "quads glutes", "adductors lower_back", "barbell",
      "intermediate",
      "Bar on the upper back, brace, sit down to at least parallel with the knees tracking the toes, drive up.",
      main=True, dose=(1, 12))
    # The safety squat bar: padded yoke on the upper back, handles in front, so the hands and shoulders need no
    # external rotation and the wrists stay straight (a moderate shoulder, elbow or wrist keeps a loaded bar squat
    # when the back squat is out); the bar still rests on the upper back and neck (review 25, defect 1).
    x("safety-bar-squat", "Safety-bar squat", q, "quads glutes", "adductors lower_back upper_back",
      "barbell safety_squat_bar", "intermediate",
      "Yoke pads on the upper back, hands on the handles in front, brace, sit down to at least parallel and drive "
      "up with the chest tall against the bar's forward pull.",
      main=True, dose=(1, 12), wrist=False, bar=False, replaces="barbell-back-squat")
    x("barbell-front-squat", "Barbell front squat", q, "quads glutes", "abs upper_back", "barbell", "advanced",
      "Bar across the front of the shoulders, elbows up, squat deep keeping the torso upright.",
      main=True, dose=(1, 10), skill=3, pos="front_rack", spine="high")
    x("barbell-box-squat", "Barbell box squat", q, "quads glutes", "hamstrings lower_back", "barbell bench",
      "intermediate", "Squat back to a bench, pause without relaxing, then stand; the box keeps depth consistent.",
      dose=(1, 10), deep=False, relax="knee:severe")  # a moderate knee sits to a high box (`cues.RANGE_NOTES`)
    # The bar's end in a corner or landmine, held at the chest: a goblet squat with a barbell's small load steps and
    # little spinal load, so a moderate lower back still squats with a barbell (the eighteenth review: a moderate
    # back and a mild knee with a barbell had no loaded squat at all, only Nordic curls and mountain climbers).
    x("landmine-squat", "Landmine squat", q, "quads glutes", "adductors abs", "barbell", "beginner",
      "Bar end wedged in a corner or landmine, hold the other end at the chest with both hands, squat between the "
      "knees with the chest tall and stand.", main=True, dose=(5, 15), pos="chest", spine="low")
    x("zercher-squat", "Zercher squat", q, "quads glutes", "abs upper_back", "barbell", "advanced",
      "Hold the bar in the crook of the elbows and squat with a tall chest.",
      dose=(3, 8), skill=3, pos="chest", spine="high", grip="low", bar=False, contra="elbow:moderate")
    x("kettlebell-goblet-squat", "Kettlebell goblet squat", q, "quads glutes", "adductors abs", "kettlebells",
      "beginner", "Hold the bell by the horns at the chest and squat deep between the knees.",
      main=True)
    x("kettlebell-front-squat", "Double kettlebell front squat", q, "quads glutes", "abs", "kettlebells",
      "intermediate", "Two bells racked on the chest, brace and squat down with knees over toes, stand up.",
      main=True, pos="front_rack", wrist=False, spine="high", contra="wrist:moderate")  # bells on the wrists
    x("band-squat", "Banded squat", q, "quads glutes", "", "resistance_bands", "beginner",
      "Stand on the band, loop it over the shoulders, squat and stand against the tension.",
      grip="low", pos="back", spine="low")  # the band pulls down across the shoulders, as a bar would
    x("cable-goblet-squat", "Cable goblet squat", q, "quads glutes", "abs", "cable_machine", "beginner",
      "Hold the low cable handle at the chest, lean slightly back and squat.")
    x("leg-press", "Leg press", q, "quads glutes", "adductors", "machines", "beginner",
      "Feet mid-platform, lower until the knees are near the chest without the hips rolling, press back.",
      # A moderate knee presses in a pain-free range no deeper than 90 degrees (`cues.RANGE_NOTES`); review 20:
      # bodyweight tempo squats were a gym lifter's only quad work.
      # (deep hip flexion rounds the lumbar spine: a severe lower back waits)
      main=True, dose=(5, 20), sup=True, contra="lower_back:severe", relax="knee:severe")
    x("hack-squat", "Hack squat machine", q, "quads", "glutes", "machines", "intermediate",
      "Shoulders under the pads, squat deep on the sled and press up through the mid-foot.",
      # The shoulder pads load the spine, the upper trapezius and the shoulders from above (review 19: a severe neck
      # and upper back got 8 sets a week); heavy pads on the traps wait for a mild upper back, as a bar does
      # (review 25).
      main=True, sup=True, contra="lower_back:severe neck:severe upper_back:moderate shoulder:severe")
    x("smith-machine-squat", "Smith machine squat", q, "quads glutes", "", "machines", "beginner",
      "Bar on the upper back, feet slightly forward, squat to depth and stand.",
      pos="back", bar=True)
    x("belt-squat", "Belt squat", q, "quads glutes", "adductors", "machines", "intermediate",
      "Load hangs from a hip belt so the spine stays unloaded; squat deep and stand.",
      main=True, pos="hip")
    x("leg-extension", "Leg extension", q, "quads", "", "machines", "beginner",
      "Straighten the knees against the pad, squeeze at the top, lower slowly.", iso=True,
      relax="knee:severe")  # a moderate knee moves in the 90-45 degree arc (`cues.RANGE_NOTES`)
    x("band-leg-extension", "Banded leg extension", q, "quads", "", "resistance_bands", "beginner",
      "Seated, band anchored behind, straighten one knee against the band and lower slowly.", iso=True, uni=True)
    x("cable-leg-extension", "Cable leg extension", q, "quads", "", "cable_machine", "intermediate",
      "Ankle strap on the low cable, seated or standing, extend the knee and control it back.", iso=True, uni=True,
      contra="ankle:severe")  # the load hangs from a strap around the ankle
    x("isometric-leg-extension", "Isometric leg extension", q, "quads", "", "machines", "beginner",
      "Pin the machine with the knee bent about 60 degrees, push into the pad hard but pain-free and hold.",
      iso=True, load="time", dose=(30, 45), rehab=True)
    x("spanish-squat", "Spanish squat", q, "quads", "glutes", "resistance_bands", "intermediate",
      "Heavy band behind both knees anchored in front; sit back with vertical shins to a pain-free depth, hold.",
      iso=True, load="time", dose=(30, 45), deep=False, rehab=True)
    x("straight-leg-raise", "Straight-leg raise", q, "quads", "", "bodyweight", "beginner",
      "On your back with one knee bent, tighten the other thigh and lift the straight leg to knee height, lower.",
      iso=True, uni=True, dose=(8, 15), relax="knee:- hip:severe", rehab=True)
    x("terminal-knee-extension", "Banded terminal knee extension", q, "quads", "", "resistance_bands", "beginner",
      "Band behind the knee anchored in front; let the knee bend slightly, then straighten it fully against the band.",
      iso=True, uni=True, dose=(10, 20), relax="knee:-", rehab=True)
    x("sit-to-stand", "Sit-to-stand", q, "quads glutes", "adductors", "bodyweight", "beginner",
      "From a sturdy chair, feet under the knees, lean forward and stand without using the hands; sit slowly.",
      dose=(5, 15), deep=False, harder="bodyweight-squat")
    x("fast-sit-to-stand", "Fast chair stand", q, "quads", "glutes", "bodyweight", "beginner",
      "Stand up from a chair as fast as you safely can, sit down slowly; stop the set when the speed drops.",
      inten="ballistic", dose=(3, 8), deep=False)
    x("sissy-squat", "Sissy squat", q, "quads", "", "bodyweight", "advanced",
      "Holding support, rise on the toes and lean back as the knees travel forward, then return.", iso=True,
      dose=(5, 15), skill=3, contra="knee:mild ankle:moderate")  # on the toes, ankles fully flexed
    x("adductor-machine", "Hip adduction machine", q, "adductors", "", "machines", "beginner",
      "Squeeze the pads together with the inner thighs and open slowly.", iso=True)
    x("copenhagen-plank", "Copenhagen plank", "core", "adductors", "obliques", "bench", "advanced",
      "Side plank with the top leg on a bench and the bottom leg hovering; hold.", iso=True, uni=True, load="time",
      dose=(10, 30), skill=2, contra="hip:moderate knee:moderate shoulder:moderate")
    x("cable-hip-adduction", "Cable hip adduction", q, "adductors", "", "cable_machine", "intermediate",
      "Ankle strap on the low cable, sweep the leg across the body and return slowly.", iso=True, uni=True,
      contra="ankle:severe")  # the load hangs from a strap around the ankle
    x("standing-calf-raise", "Standing calf raise", q, "calves", "", "bodyweight", "beginner",
      "On a step edge, lower the heels below the step and rise onto the toes, pausing at the top.", iso=True,
      harder="single-leg-calf-raise", contra="hip:severe")  # standing on a step edge: the hips carry the body
    x("single-leg-calf-raise", "Single-leg calf raise", q, "calves", "", "bodyweight", "intermediate",
      "One foot on a step, full stretch at the bottom, full rise at the top.", iso=True, uni=True,
      bal=True, contra="hip:severe")  # the whole body on one hip
    x("dumbbell-calf-raise", "Dumbbell calf raise", q, "calves", "", "dumbbells", "beginner",
      "Hold dumbbells at your sides and rise onto the balls of the feet, lower under control.", iso=True,
      dose=(6, 20))
    x("seated-calf-raise", "Seated calf raise machine", q, "calves", "", "machines", "beginner",
      "Knees under the pad, lower the heels fully and press up onto the toes.", iso=True,
      dose=(6, 20))
    x("machine-calf-raise", "Standing calf raise machine", q, "calves", "", "machines", "beginner",
      "Shoulders under the pads, full stretch at the bottom, pause at the top.", iso=True,
      dose=(6, 20), contra="lower_back:moderate neck:severe")  # the pads load the spine from the shoulders
    x("band-calf-press", "Banded calf press", q, "calves", "", "resistance_bands", "beginner",
      "Seated, band around the ball of the foot, press the foot away like a gas pedal.", iso=True,
      sup=True)
    x("barbell-calf-raise", "Barbell calf raise", q, "calves", "", "barbell", "intermediate",
      "Bar on the back, rise onto the toes and lower slowly.", iso=True,
      dose=(6, 20))
    x("kettlebell-calf-raise", "Kettlebell calf raise", q, "calves", "", "kettlebells", "beginner",
      "Hold a bell in each hand and rise onto the toes, pausing at the top.", iso=True,
      dose=(6, 20))
    x("glute-bridge", "Glute bridge", h, "glutes", "hamstrings", "bodyweight", "beginner",
      "Lie on your back, knees bent, and drive the hips up until the body is straight from knees to shoulders.",
      dose=(8, 20), sup=True, harder="single-leg-glute-bridge")
    x("single-leg-glute-bridge", "Single-leg glute bridge", h, "glutes", "hamstrings", "bodyweight", "intermediate",
      "One foot on the floor, the other leg raised; bridge up without the hips tilting.", uni=True,
      dose=(6, 15), sup=True)
    x("hip-thrust-bodyweight", "Bodyweight hip thrust", h, "glutes", "hamstrings", "bench", "beginner",
      "Upper back on a bench, drive the hips to full extension and squeeze the glutes.",
      dose=(8, 20), sup=True, harder="single-leg-hip-thrust")
    x("single-leg-hip-thrust", "Single-leg hip thrust", h, "glutes", "hamstrings", "bench", "intermediate",
      "Upper back on a bench, one foot down, thrust the hips up and lower slowly.", uni=True,
      dose=(6, 15), sup=True)
    x("superman-hold", "Superman hold", h, "lower_back", "glutes", "bodyweight", "beginner",
      "Face down, lift the arms and legs a few centimetres and hold, breathing steadily.", load="time",
      dose=(10, 30), spine="low", contra="lower_back:moderate", relax="hip:-")
    x("good-morning-bodyweight", "Bodyweight good morning", h, "hamstrings glutes", "lower_back", "bodyweight",
      "beginner", "Hands behind the head, soft knees, push the hips back with a flat back and stand tall.",
      dose=(8, 20), harder="single-leg-rdl-bodyweight")
    x("single-leg-rdl-bodyweight", "Single-leg Romanian deadlift (bodyweight)", h, "hamstrings glutes", "",
      "bodyweight", "intermediate", "Balance on one leg and hinge forward as the free leg reaches back, then return.",
      uni=True,
      dose=(6, 15), skill=2, bal=True)
    x("nordic-curl", "Nordic hamstring curl", h, "hamstrings", "", "bodyweight", "advanced",
      "Ankles anchored, lower the body forward as slowly as possible, catch yourself and return.", iso=True,
      dose=(3, 8), skill=3, anchored=True, contra="knee:moderate lower_back:severe elbow:severe wrist:severe")
    # (the body held straight from the knees braces the lumbar spine; the hands catch the fall: the thirteenth review)
    x("sliding-leg-curl", "Sliding leg curl", h, "hamstrings", "glutes", "bodyweight", "intermediate",
      "In a bridge with heels on a towel, slide the heels out and pull them back in.", iso=True,
      dose=(6, 15), harder="nordic-curl", contra="lower_back:severe ankle:severe")
    # (held in a bridge: the lumbar spine braces; the body's weight rides on the heels as they slide: review 17)
    x("dumbbell-rdl", "Dumbbell Romanian deadlift", h, "hamstrings glutes", "lower_back", "dumbbells", "beginner",
      "Soft knees, slide the dumbbells down the thighs by pushing the hips back, flat back, stand up.",
      main=True, dose=(5, 12))
    x("dumbbell-single-leg-rdl", "Dumbbell single-leg Romanian deadlift", h, "hamstrings glutes", "", "dumbbells",
      "intermediate", "Dumbbell in the opposite hand, hinge on one leg with square hips, return tall.", uni=True,
      dose=(5, 12), skill=2, bal=True)
    x("dumbbell-hip-thrust", "Dumbbell hip thrust", h, "glutes", "hamstrings", "dumbbells bench", "beginner",
      "Back on a bench, dumbbell on the hips, thrust to full extension and lower under control.",
      sup=True, pos="hip")
    x("dumbbell-glute-bridge", "Dumbbell glute bridge", h, "glutes", "hamstrings", "dumbbells", "beginner",
      "On the back, knees bent, a dumbbell held on the hips; drive the hips up, squeeze for a second, lower.",
      sup=True, pos="hip")
    x("kettlebell-glute-bridge", "Kettlebell glute bridge", h, "glutes", "hamstrings", "kettlebells", "beginner",
      "On the back, knees bent, the bell held on the hips; drive the hips up, squeeze for a second, lower.",
      sup=True, pos="hip")
    x("dumbbell-deadlift", "Dumbbell deadlift", h, "glutes hamstrings", "quads lower_back forearms", "dumbbells",
      "beginner", "Dumbbells beside the feet, brace, push the floor away and stand up tall.",
      dose=(5, 12), floor=True)
    x("barbell-deadlift", "Barbell deadlift", h, "glutes hamstrings", "lower_back quads forearms upper_back",
      "barbell", "intermediate",
      "Bar over mid-foot, grip just outside the legs, brace hard and stand up keeping the bar close.",
      # A moderate knee pulls from the hang (Romanian deadlifts) rather than the floor (review 20).
      main=True, dose=(1, 8), floor=True, contra="lower_back:mild knee:moderate")
    # The trap (hex) bar: the load at the sides, in line with the body, a more upright torso and neutral handles:
    # smaller lumbar and hip moments, a larger knee moment than the straight bar (Swinton et al. 2011), so a mild low
    # back and a moderate upper back keep a heavy hinge (review 25, defect 1); a moderate knee still waits, as it does
    # for every pull from the floor.
    x("trap-bar-deadlift", "Trap-bar deadlift", h, "glutes quads hamstrings", "lower_back forearms upper_back",
      "barbell trap_bar", "intermediate",
      "Stand in the middle of the bar, grip the handles at your sides, brace, push the floor away and stand tall; "
      "lower it back along the same line.",
      main=True, dose=(1, 8), floor=True, neutral=True, contra="knee:moderate", replaces="barbell-deadlift")
    x("barbell-rdl", "Barbell Romanian deadlift", h, "hamstrings glutes", "lower_back forearms", "barbell",
      "intermediate",
      "From standing, push the hips back and lower the bar along the thighs to mid-shin, then drive up.",
      main=True, dose=(5, 10))  # a hamstring lift at 3 reps is a heavy deadlift done badly
    x("barbell-sumo-deadlift", "Barbell sumo deadlift", h, "glutes adductors hamstrings", "quads lower_back",
      "barbell", "intermediate",
      "Wide stance, hands inside the knees, push the knees out and stand with the bar close.",
      dose=(1, 8), floor=True, contra="knee:moderate")
    x("barbell-hip-thrust", "Barbell hip thrust", h, "glutes", "hamstrings", "barbell bench", "intermediate",
      "Upper back on a bench, padded bar over the hips, thrust up to a flat torso, pause and lower.",
      main=True, dose=(5, 15), sup=True, pos="hip")
    x("good-morning-barbell", "Barbell good morning", h, "hamstrings glutes", "lower_back", "barbell", "advanced",
      "Bar on the upper back, soft knees, hinge until the torso nears parallel, then return.",
      dose=(5, 10), pos="back", contra="lower_back:mild")
    x("kettlebell-deadlift", "Kettlebell deadlift", h, "glutes hamstrings", "lower_back", "kettlebells", "beginner",
      "Bell between the feet, hinge down with a flat back, grip and stand up tall.",
      dose=(5, 15), floor=True)
    x("kettlebell-swing", "Kettlebell swing", h, "glutes hamstrings", "lower_back abs forearms", "kettlebells",
      "intermediate", "Hike the bell back between the legs and snap the hips forward so it floats to chest height.",
      inten="ballistic", dose=(5, 20), skill=2, contra="shoulder:severe hip:moderate")
    x("kettlebell-single-leg-deadlift", "Kettlebell single-leg deadlift", h, "hamstrings glutes", "", "kettlebells",
      "intermediate", "Bell in one hand, hinge on the opposite leg, keep the hips level and return.", uni=True,
      dose=(5, 12), skill=2, bal=True)
    x("band-pull-through", "Banded pull-through", h, "glutes hamstrings", "", "resistance_bands", "beginner",
      "Band anchored low behind you, hinge back between the legs and stand by squeezing the glutes.",
      dose=(10, 20))
    x("band-good-morning", "Banded good morning", h, "hamstrings glutes", "lower_back", "resistance_bands",
      "beginner", "Stand on the band with it around the neck-free upper back, hinge forward and return.",
      dose=(10, 20), grip="low", pos="back", contra="lower_back:moderate")  # the band across the upper back
    x("band-glute-bridge", "Banded glute bridge", h, "glutes", "hamstrings", "resistance_bands", "beginner",
      "Band over the hips and pinned under the hands, bridge up against it and hold a beat.",
      dose=(10, 20), sup=True, grip="low")
    x("cable-pull-through", "Cable pull-through", h, "glutes hamstrings", "", "cable_machine", "beginner",
      "Rope on the low cable between the legs, hinge back and drive the hips through to stand.",
      dose=(8, 20))
    x("cable-romanian-deadlift", "Cable Romanian deadlift", h, "hamstrings glutes", "lower_back", "cable_machine",
      "intermediate", "Hold a bar on the low cable, hinge back with a flat back until the hamstrings stretch, stand.",
      dose=(6, 15), spine="high")
    x("cable-glute-kickback", "Cable glute kickback", h, "glutes", "", "cable_machine", "beginner",
      "Ankle strap on the low cable, kick the leg straight back without arching the low back.", iso=True, uni=True,
      contra="ankle:severe knee:severe")  # the strap on one ankle, the body on the other knee
    x("lying-leg-curl", "Lying leg curl", h, "hamstrings", "calves", "machines", "beginner",
      "Face down, curl the pad towards the glutes and lower slowly.", iso=True,
      dose=(6, 15))
    x("seated-leg-curl", "Seated leg curl", h, "hamstrings", "", "machines", "beginner",
      "Thigh pad snug, curl the heels under the seat and return with control.", iso=True,
      dose=(6, 15))
    x("band-leg-curl", "Banded leg curl", h, "hamstrings", "", "resistance_bands", "beginner",
      "Face down with the band anchored at the feet, curl the heel towards the glutes.", iso=True, uni=True)
    x("cable-leg-curl", "Standing cable leg curl", h, "hamstrings", "", "cable_machine", "intermediate",
      "Ankle strap on the low cable, curl the heel up behind you and lower slowly.", iso=True, uni=True,
      contra="ankle:severe")  # standing on one leg, the load on a strap around the other ankle
    x("back-extension", "Back extension (45-degree bench)", h, "lower_back glutes", "hamstrings", "machines",
      "beginner", "Hips on the pad, lower the torso with a flat back and rise until the body is straight.",
      dose=(8, 20), spine="low", contra="lower_back:moderate")
    x("machine-hip-thrust", "Hip thrust machine", h, "glutes", "hamstrings", "machines", "beginner",
      "Back on the pad and belt over the hips; thrust up, pause and lower.",
      dose=(6, 15), sup=True, pos="hip")
    x("hip-abduction-machine", "Hip abduction machine", h, "glutes", "", "machines", "beginner",
      "Seated, push the pads apart with the outer hips and return slowly.", iso=True)
    x("band-lateral-walk", "Banded lateral walk", h, "glutes", "", "resistance_bands", "beginner",
      "Band above the knees, half squat, and step sideways keeping tension.", iso=True,
      dose=(10, 20), contra="knee:severe")
    # Rehab basics a severe hip keeps while it waits for its go-ahead (review 21, `rules.rehab_basics`): side-lying
    # abduction and clamshells, a bridge held short of the top, the adductor squeeze (Hölmich's early groin work).
    x("clamshell", "Clamshell", h, "glutes", "", "bodyweight", "beginner",
      "Lie on your side, hips and knees bent, feet together; lift the top knee without rolling the pelvis back, "
      "lower slowly.", iso=True, uni=True, dose=(10, 20), sup=True, relax="hip:-", rehab=True)
    x("side-lying-hip-abduction", "Side-lying hip abduction", h, "glutes", "", "bodyweight", "beginner",
      "Lie on your side, bottom knee bent; lift the straight top leg a little behind the body, toes forward, and "
      "lower slowly.", iso=True, uni=True, dose=(10, 20), sup=True, relax="hip:-", rehab=True)
    x("glute-bridge-hold", "Glute bridge hold", h, "glutes", "hamstrings", "bodyweight", "beginner",
      "On your back, knees bent; lift the hips to a pain-free height, squeeze the glutes and hold.", iso=True,
      load="time", dose=(20, 40), sup=True, relax="hip:-", rehab=True)
    x("isometric-hip-adduction", "Adductor squeeze", q, "adductors", "", "bodyweight", "beginner",
      "On your back, knees bent; squeeze a pillow or ball between the knees as hard as is pain-free and hold.",
      iso=True, load="time", dose=(10, 30), sup=True, relax="hip:-", rehab=True)
    x("dumbbell-stiff-leg-deadlift", "Dumbbell stiff-leg deadlift", h, "hamstrings", "glutes lower_back", "dumbbells",
      "intermediate", "Knees almost straight, lower the dumbbells down the legs with a flat back and stand.",
      dose=(6, 12))
    lu = "lunge"
    x("reverse-lunge", "Reverse lunge", lu, "quads glutes", "adductors hamstrings", "bodyweight", "beginner",
      "Step back, lower the back knee towards the floor and push through the front foot to return.", uni=True,
      dose=(6, 15))
    x("forward-lunge", "Forward lunge", lu, "quads glutes", "adductors", "bodyweight", "beginner",
      "Step forward, drop the back knee and push back to standing.", uni=True,
      dose=(6, 15))
    x("split-squat", "Split squat", lu, "quads glutes", "adductors", "bodyweight", "beginner",
      "Staggered stance, sink straight down and rise without moving the feet.", uni=True,
      dose=(6, 15), harder="bulgarian-split-squat-bodyweight")
    x("lateral-lunge", "Lateral lunge", lu, "adductors glutes quads", "", "bodyweight", "beginner",
      "Step wide to the side, sit into that hip with the other leg straight, push back.", uni=True,
      dose=(6, 15))
    x("step-up-low", "Step-up to a low step", lu, "quads glutes", "", "bodyweight", "beginner",
      "Step onto a low step or stair with the whole foot, stand tall, step down slowly; hold a rail if needed.",
      uni=True, dose=(6, 15), deep=False, harder="step-up-bodyweight")
    x("step-up-bodyweight", "Step-up", lu, "quads glutes", "", "bench", "beginner",
      "Whole foot on a bench, stand up on it without pushing off the back foot, step down slowly.", uni=True,
      dose=(6, 15), harder="dumbbell-step-up")
    x("bulgarian-split-squat-bodyweight", "Bulgarian split squat", lu, "quads glutes", "adductors", "bench",
      "intermediate", "Back foot on a bench, lower straight down on the front leg and stand.", uni=True,
      dose=(6, 15), harder="pistol-squat")
    x("jumping-lunge", "Jumping lunge", lu, "quads glutes", "calves", "bodyweight", "advanced",
      "From a lunge, jump and switch legs in the air, landing softly.", uni=True,
      inten="plyometric", impact=True, skill=2)
    x("dumbbell-reverse-lunge", "Dumbbell reverse lunge", lu, "quads glutes", "adductors", "dumbbells", "beginner",
      "Dumbbells at the sides, step back into a lunge and drive up through the front heel.", uni=True)
    x("dumbbell-split-squat", "Dumbbell split squat", lu, "quads glutes", "adductors", "dumbbells", "beginner",
      "Staggered stance, dumbbells at the sides, sink straight down until the back knee nears the floor, rise.",
      uni=True, dose=(5, 12))
    x("dumbbell-walking-lunge", "Dumbbell walking lunge", lu, "quads glutes", "adductors", "dumbbells",
      "intermediate", "Lunge forward step after step, keeping the torso tall and the front knee tracking the toes.",
      uni=True, load="weight")
    x("dumbbell-bulgarian-split-squat", "Dumbbell Bulgarian split squat", lu, "quads glutes", "adductors",
      "dumbbells bench", "intermediate",
      "Back foot on a bench, dumbbells at the sides, lower on the front leg and stand.", uni=True,
      main=True, dose=(5, 12))
    x("dumbbell-step-up", "Dumbbell step-up", lu, "quads glutes", "", "dumbbells bench", "beginner",
      "Holding dumbbells, step onto a bench and stand fully, lower slowly.", uni=True)
    x("barbell-reverse-lunge", "Barbell reverse lunge", lu, "quads glutes", "adductors", "barbell", "intermediate",
      "Bar on the back, step back into a lunge and return with control.", uni=True)
    x("barbell-split-squat", "Barbell split squat", lu, "quads glutes", "", "barbell", "intermediate",
      "Bar on the back, staggered stance, lower straight down and rise.", uni=True)
    x("kettlebell-reverse-lunge", "Kettlebell reverse lunge", lu, "quads glutes", "", "kettlebells", "beginner",
      "Bell held at the chest, step back into a lunge and return.", uni=True)
    x("kettlebell-split-squat", "Kettlebell split squat", lu, "quads glutes", "", "kettlebells", "beginner",
      "Bells at the sides in a staggered stance, lower and rise without moving the feet.", uni=True)
    x("band-split-squat", "Banded split squat", lu, "quads glutes", "", "resistance_bands", "beginner",
      "Band under the front foot and over the shoulders, lower and rise.", uni=True,
      grip="low")
    x("band-reverse-lunge", "Banded reverse lunge", lu, "quads glutes", "", "resistance_bands", "intermediate",
      "Band under the front foot held at the shoulders, step back and return against it.", uni=True)
    x("cable-split-squat", "Cable split squat", lu, "quads glutes", "", "cable_machine", "intermediate",
      "Handles from the low cables, split stance, lower straight down and rise.", uni=True)
    x("cable-reverse-lunge", "Cable reverse lunge", lu, "quads glutes", "", "cable_machine", "intermediate",
      "Holding a low cable handle, step back into a lunge and return.", uni=True)
    x("smith-machine-split-squat", "Smith machine split squat", lu, "quads glutes", "", "machines", "beginner",
      "Bar on the back in the Smith machine, staggered stance, lower and rise.", uni=True,
      pos="back", bar=True)
    x("single-leg-press", "Single-leg press", lu, "quads glutes", "", "machines", "intermediate",
      "One foot on the platform, lower with control and press back up.", uni=True,
      sup=True, contra="lower_back:severe")  # as the leg press: deep hip flexion rounds the lumbar spine
    # fmt: on
