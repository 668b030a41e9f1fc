import { createToaster, Portal, Stack, Toast, Toaster as ChakraToaster } from "@chakra-ui/react";
import { useEffect } from "react";

export const store = createToaster({ placement: "top-end", pauseOnPageIdle: true, max: 4 });

/** Chakra's toaster, bound to `store`; `onReady` hands the store to the facade in toaster.tsx. */
export default function ToasterView({ onReady }: { onReady: (ready: typeof store) => void }) {
  useEffect(() => onReady(store), [onReady]);
  return (
    <Portal>
      <ChakraToaster toaster={store} insetInline={{ mdDown: "4" }}>
        {(toast) => (
          <Toast.Root width={{ md: "sm" }}>
            <Toast.Indicator />
            <Stack gap="1" flex="1" maxWidth="100%">
              {toast.title && <Toast.Title>{toast.title}</Toast.Title>}
              {toast.description && <Toast.Description>{toast.description}</Toast.Description>}
            </Stack>
            {toast.action && <Toast.ActionTrigger>{toast.action.label}</Toast.ActionTrigger>}
            <Toast.CloseTrigger aria-label="Dismiss notification">×</Toast.CloseTrigger>
          </Toast.Root>
        )}
      </ChakraToaster>
    </Portal>
  );
}
