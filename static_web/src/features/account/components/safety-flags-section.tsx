/** The Account screen's safety-flags section, loaded when the screen shows it (a chunk of its own). */
import { Spinner } from "@chakra-ui/react";
import { lazy, Suspense } from "react";
import { Section } from "@/components/ui/page";

const SafetyFlags = lazy(() => import("./safety-flags"));

export function SafetyFlagsSection() {
  return (
    <Suspense
      fallback={
        <Section title="What the coach noticed">
          <Spinner size="sm" role="status" aria-label="Loading" />
        </Section>
      }
    >
      <SafetyFlags />
    </Suspense>
  );
}
