/**
 * The app shell's sync state (loaded after the first render): "Waiting to sync (n)" while workouts saved on this
 * device have not reached Vigor, and a dialog listing them, where a conflicting edit (someone changed the workout
 * meanwhile: a 412) is resolved by the user and a workout Vigor refused is shown with its reason. Also the shell's
 * Sign out button: signing out deletes the queued workouts from the device (a shared device keeps no one's health
 * data), so with some queued it asks first. And the offline banner under the header: while the browser is offline or
 * Vigor did not answer the last request, the screens show what this device kept and a finished workout waits here.
 */
import { Badge, Box, Button, CloseButton, Dialog, HStack, Portal, Stack, Text } from "@chakra-ui/react";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toaster } from "@/components/ui/toaster";
import { outbox, useOutbox, useReachable } from "@/lib/offline";
import type { OutboxItem } from "@/lib/outbox";

function describe(item: OutboxItem): string {
  const when = new Date(item.body.started_at).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
  return `${item.kind === "create" ? "Workout" : "Changes to the workout"} of ${when}`;
}

function Item({ item }: { item: OutboxItem }) {
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
      void qc.invalidateQueries({ queryKey: ["sessions"] });
    }
  };
  const keepMine = () =>
    run(async () => {
      const outcome = await outbox.keepMine(item.id);
      if (outcome?.kind === "waiting") toaster.create({ type: "info", title: "Vigor cannot be reached", description: "Your version is kept; choose again once you are online." });
    });
  return (
    <Box as="li" borderWidth="1px" borderRadius="md" p="3">
      <Stack gap="2">
        <HStack justify="space-between" flexWrap="wrap">
          <Text fontWeight="medium">{describe(item)}</Text>
          {item.state === "pending" && <Badge colorPalette="orange">Waiting to sync</Badge>}
          {item.state === "conflict" && <Badge colorPalette="red">Changed elsewhere</Badge>}
          {item.state === "failed" && <Badge colorPalette="red">Not accepted</Badge>}
        </HStack>
        {item.state === "pending" && item.attempts > 0 && (
          <Text fontSize="sm" color="fg.muted">
            Tried {item.attempts} {item.attempts === 1 ? "time" : "times"}; next try {new Date(item.nextAt).toLocaleTimeString(undefined, { timeStyle: "short" })}.
          </Text>
        )}
        {item.state === "conflict" && (
          <>
            <Text fontSize="sm">This workout was changed on another device or tab after you started editing it here. Which version should Vigor keep?</Text>
            <HStack flexWrap="wrap">
              <Button size="sm" colorPalette="teal" loading={busy} onClick={() => void keepMine()}>
                Keep mine
              </Button>
              <Button size="sm" variant="outline" disabled={busy} onClick={() => void run(() => outbox.discard(item.id))}>
                Take the server's
              </Button>
            </HStack>
          </>
        )}
        {item.state === "failed" && (
          <>
            <Text fontSize="sm">Vigor did not accept it: {item.problem}</Text>
            <HStack>
              <Button size="sm" variant="outline" colorPalette="red" disabled={busy} onClick={() => void run(() => outbox.discard(item.id))}>
                Discard it
              </Button>
            </HStack>
          </>
        )}
      </Stack>
    </Box>
  );
}

function useBrowserOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  return online;
}

/** "You are offline" / "Vigor cannot be reached" under the header, while it is so; nothing otherwise. */
export function OfflineBanner() {
  const online = useBrowserOnline();
  const reachable = useReachable();
  const waiting = useOutbox().length;
  if (online && reachable) return null;
  const kept = waiting
    ? "Workouts you finish are kept on this device and sent once Vigor answers."
    : "You see what this device kept; a workout you finish is kept here and sent once Vigor answers.";
  return (
    <Box role="status" bg="orange.subtle" color="orange.fg" mx={{ base: "-3", md: "-6" }} mt="2" mb="-2" px={{ base: "3", md: "6" }} py="1.5" fontSize="sm">
      <Text as="span" fontWeight="semibold">
        {online ? "Vigor cannot be reached." : "You are offline."}
      </Text>{" "}
      {kept}
    </Box>
  );
}

export default function SyncStatus({ signOut }: { signOut: () => Promise<void> }) {
  const items = useOutbox();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const signOutButton = (
    <Button size="sm" variant="outline" onClick={() => (items.length ? setConfirming(true) : void signOut())}>
      Sign out
    </Button>
  );
  if (items.length === 0) return signOutButton;
  const attention = items.some((i) => i.state !== "pending");
  const label = attention ? `Sync needs you (${items.length})` : `Waiting to sync (${items.length})`;
  const workouts = items.length === 1 ? "1 workout has" : `${items.length} workouts have`;
  return (
    <>
      <Box role="status" aria-live="polite">
        <Button size="sm" variant="subtle" colorPalette={attention ? "red" : "orange"} onClick={() => setOpen(true)}>
          {label}
        </Button>
      </Box>
      {signOutButton}
      <ConfirmDialog
        open={confirming}
        title="Sign out and lose unsynced workouts?"
        confirmLabel="Sign out anyway"
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void signOut();
        }}
      >
        {`${workouts} not reached Vigor yet. Signing out deletes them from this device; stay signed in until they are sent to keep them.`}
      </ConfirmDialog>
      <Dialog.Root open={open} onOpenChange={(e) => setOpen(e.open)} size={{ base: "full", md: "md" }} scrollBehavior="inside">
        <Portal>
          <Dialog.Backdrop />
          <Dialog.Positioner>
            <Dialog.Content>
              <Dialog.Header>
                <Dialog.Title>Saved on this device</Dialog.Title>
              </Dialog.Header>
              <Dialog.Body>
                <Stack gap="3">
                  <Text color="fg.muted">These have not reached Vigor yet. They are sent on their own as soon as Vigor can be reached, each once.</Text>
                  <Stack as="ul" listStyleType="none" gap="2" m="0" p="0">
                    {items.map((item) => (
                      <Item key={item.id} item={item} />
                    ))}
                  </Stack>
                </Stack>
              </Dialog.Body>
              <Dialog.Footer>
                <Button variant="outline" onClick={() => void outbox.flush(true)}>
                  Try now
                </Button>
              </Dialog.Footer>
              <Dialog.CloseTrigger asChild>
                <CloseButton size="sm" aria-label="Close" />
              </Dialog.CloseTrigger>
            </Dialog.Content>
          </Dialog.Positioner>
        </Portal>
      </Dialog.Root>
    </>
  );
}
