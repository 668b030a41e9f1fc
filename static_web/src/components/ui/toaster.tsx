import type { CreateToasterReturn } from "@chakra-ui/react";
import { lazy, Suspense } from "react";

// The toast machinery (Chakra's toaster and its state machine, ~14 KB gzip) is fetched after the first
// render, not before it: a toast raised earlier waits in `pending` and shows once the view is mounted.
const ToasterView = lazy(() => import("./toaster-view"));

type ToastOptions = Parameters<CreateToasterReturn["create"]>[0];

let ready: CreateToasterReturn | null = null;
const pending: ToastOptions[] = [];

function onReady(store: CreateToasterReturn): void {
  ready = store;
  for (const options of pending.splice(0)) store.create(options);
}

/** Raise a toast (title, description, type, duration, as Chakra's `toaster.create`). */
export const toaster = {
  create(options: ToastOptions): void {
    if (ready) ready.create(options);
    else pending.push(options);
  },
};

export function Toaster() {
  return (
    <Suspense fallback={null}>
      <ToasterView onReady={onReady} />
    </Suspense>
  );
}
