/** The profile vocabularies of API.md, with labels for people. */
export const GOALS = {
  strength: "Strength",
  hypertrophy: "Muscle size",
  fat_loss: "Fat loss",
  endurance: "Endurance",
  general_fitness: "General fitness",
  mobility: "Mobility",
} as const;
export const LEVELS = { beginner: "Beginner", intermediate: "Intermediate", advanced: "Advanced" } as const;
export const EQUIPMENT = {
  bodyweight: "Bodyweight",
  dumbbells: "Dumbbells",
  barbell: "Barbell",
  kettlebells: "Kettlebells",
  resistance_bands: "Resistance bands",
  pull_up_bar: "Pull-up bar",
  bench: "Bench",
  cable_machine: "Cable machine",
  machines: "Machines",
  cardio_machine: "Cardio machine",
  trap_bar: "Trap (hex) bar",
  safety_squat_bar: "Safety squat bar",
} as const;
export const INJURY_AREAS = {
  shoulder: "Shoulder",
  elbow: "Elbow",
  wrist: "Wrist",
  neck: "Neck",
  upper_back: "Upper back",
  lower_back: "Lower back",
  hip: "Hip",
  knee: "Knee",
  ankle: "Ankle",
} as const;
export const SEVERITIES = { mild: "Mild", moderate: "Moderate", severe: "Severe" } as const;
export const WEEKDAYS = { mon: "Mon", tue: "Tue", wed: "Wed", thu: "Thu", fri: "Fri", sat: "Sat", sun: "Sun" } as const;
export const TONES = { encouraging: "Encouraging", direct: "Direct", playful: "Playful", calm: "Calm" } as const;
export const SEXES = { female: "Female", male: "Male", other: "Other", prefer_not_to_say: "Prefer not to say" } as const;
export const PAR_Q = {
  heart_condition: "Has a doctor ever said that you have a heart condition and should only do physical activity recommended by a doctor?",
  chest_pain_activity: "Do you feel pain in your chest when you do physical activity?",
  chest_pain_rest: "In the past month, have you had chest pain when you were not doing physical activity?",
  dizziness: "Do you lose your balance because of dizziness, or do you ever lose consciousness?",
  bone_joint_problem: "Do you have a bone or joint problem that could be made worse by a change in your physical activity?",
  blood_pressure_medication: "Is a doctor currently prescribing drugs for your blood pressure or a heart condition?",
  other_reason: "Do you know of any other reason why you should not do physical activity?",
} as const;
export type ParQKey = keyof typeof PAR_Q;
/** Answers that hold all workouts until a physician's clearance (ACSM pre-participation screening). */
export const PAR_Q_RED_FLAGS: ParQKey[] = ["heart_condition", "chest_pain_activity", "chest_pain_rest", "dizziness"];
export const MUSCLES = {
  chest: "Chest",
  front_delts: "Front delts",
  side_delts: "Side delts",
  rear_delts: "Rear delts",
  lats: "Lats",
  upper_back: "Upper back",
  biceps: "Biceps",
  triceps: "Triceps",
  forearms: "Forearms",
  abs: "Abs",
  obliques: "Obliques",
  lower_back: "Lower back",
  glutes: "Glutes",
  quads: "Quads",
  hamstrings: "Hamstrings",
  adductors: "Adductors",
  calves: "Calves",
} as const;
export const PATTERNS = {
  squat: "Squat",
  hinge: "Hinge",
  lunge: "Lunge",
  horizontal_push: "Horizontal push",
  vertical_push: "Vertical push",
  horizontal_pull: "Horizontal pull",
  vertical_pull: "Vertical pull",
  carry: "Carry",
  core: "Core",
  conditioning: "Conditioning",
  mobility: "Mobility",
} as const;
export const SPLITS = { full_body: "Full body", upper_lower: "Upper/lower", push_pull_legs: "Push/pull/legs", custom: "Custom split" } as const;
export const PROGRESSION_METHODS = {
  linear: "Linear (a small step each session)",
  double_progression: "Double progression (reps up the range, then load)",
  rpe: "By effort (load from RPE)",
  training_max_wave: "5/3/1-style wave on a training max",
} as const;
/** What the coach's next target does, in words (NextTarget.action). */
export const TARGET_ACTIONS = {
  increase_load: "add load",
  add_reps: "add reps",
  hold: "hold",
  reduce_load: "lighter",
  harder_variation: "harder variation",
  easier_variation: "easier variation",
  reduce_assistance: "less assistance",
  add_time: "add time",
  add_distance: "add distance",
  reset: "reset",
  change_rep_scheme: "new rep range",
  wave: "next wave week",
} as const;
/** Weekly hard sets against the muscle's band. */
export const BAND_STATUS = { below: "below target", within: "on target", above: "above target" } as const;

/** The label for `value` in `vocabulary`, else the value made readable ("some_value" → "Some value"): never a raw enum. */
export function labelOf(vocabulary: Readonly<Record<string, string>>, value: string | null | undefined): string {
  if (!value) return "";
  return vocabulary[value] ?? (value.charAt(0).toUpperCase() + value.slice(1)).replace(/[_-]+/g, " ");
}
