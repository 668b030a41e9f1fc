// A catalogue exercise as GET /api/exercises answers it, for tests that stub the catalogue.
export const GOBLET_SQUAT = {
  id: "goblet-squat-dumbbell",
  name: "Goblet squat",
  primary_muscles: ["quads", "glutes"],
  secondary_muscles: ["adductors"],
  equipment: ["dumbbells"],
  pattern: "squat",
  isolation: false,
  level: "beginner",
  unilateral: false,
  load_type: "weight",
  contraindications: [{ area: "knee", min_severity: "severe" }],
  instructions: "Hold the dumbbell at the chest, sit between the heels, stand up tall.",
  substitutions: ["bodyweight-squat"],
};

/** Another exercise of the same shape: `exercise("split-squat-dumbbell", "Split squat")`. */
export const exercise = (id: string, name: string, more: Partial<typeof GOBLET_SQUAT> = {}) => ({ ...GOBLET_SQUAT, id, name, ...more });
