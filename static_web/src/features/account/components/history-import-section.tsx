/** The Account screen's "Import history" section, loaded when the screen shows it (a chunk of its own). */
import { Spinner } from "@chakra-ui/react";
import { lazy, Suspense } from "react";
import { Section } from "@/components/ui/page";

const HistoryImport = lazy(() => import("./history-import"));

export function HistoryImportSection() {
  return (
    <Suspense
      fallback={
        <Section title="Import history">
          <Spinner size="sm" role="status" aria-label="Loading" />
        </Section>
      }
    >
      <HistoryImport />
    </Suspense>
  );
}
