import { Button, Dialog, Portal, Text } from "@chakra-ui/react";
import { useRef, type ReactNode } from "react";

/**
 * The app's one "are you sure?" for actions that lose data (deleting a session, discarding a workout,
 * removing a provider): an alertdialog whose safe choice, Cancel, has the focus when it opens.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
  loading = false,
}: {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  loading?: boolean;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <Dialog.Root role="alertdialog" initialFocusEl={() => cancel.current} open={open} onOpenChange={(e) => !e.open && onClose()} size={{ base: "xs", md: "sm" }} placement="center">
      <Portal>
        <Dialog.Backdrop />
        <Dialog.Positioner>
          <Dialog.Content>
            <Dialog.Header>
              <Dialog.Title>{title}</Dialog.Title>
            </Dialog.Header>
            {children && (
              <Dialog.Body>
                <Text>{children}</Text>
              </Dialog.Body>
            )}
            <Dialog.Footer>
              <Dialog.ActionTrigger asChild>
                <Button variant="outline" ref={cancel}>
                  Cancel
                </Button>
              </Dialog.ActionTrigger>
              <Button colorPalette="red" loading={loading} onClick={onConfirm}>
                {confirmLabel}
              </Button>
            </Dialog.Footer>
          </Dialog.Content>
        </Dialog.Positioner>
      </Portal>
    </Dialog.Root>
  );
}
