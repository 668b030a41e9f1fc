/** The Account screen's "Reminders and calendar" section, loaded when the screen shows it (a chunk of its own). */
import { Spinner } from "@chakra-ui/react";
import { lazy, Suspense } from "react";
import { Section } from "@/components/ui/page";

const Reminders = lazy(() => import("./reminders"));

export function RemindersSection() {
  return (
    <Suspense
      fallback={
        <Section title="Reminders and calendar">
          <Spinner size="sm" role="status" aria-label="Loading" />
        </Section>
      }
    >
      <Reminders />
    </Suspense>
  );
}
