/** The Account screen's "Your exercises" section, loaded when the screen shows it (a chunk of its own). */
import { Spinner } from "@chakra-ui/react";
import { lazy, Suspense } from "react";
import { Section } from "@/components/ui/page";

const CustomExercises = lazy(() => import("./custom-exercises"));

export function CustomExercisesSection() {
  return (
    <Suspense
      fallback={
        <Section title="Your exercises">
          <Spinner size="sm" role="status" aria-label="Loading" />
        </Section>
      }
    >
      <CustomExercises />
    </Suspense>
  );
}
