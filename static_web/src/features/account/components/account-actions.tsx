import { Button, CloseButton, Dialog, HStack, Input, NativeSelect, Field, Portal, Stack, Text } from "@chakra-ui/react";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { useCurrentTier } from "@/api/tiers";
import { Section } from "@/components/ui/page";
import { QueryState } from "@/components/ui/states";
import { toaster } from "@/components/ui/toaster";
import { UsageMeters } from "@/components/ui/usage-meters";
import { useAuth } from "@/lib/auth";
import { fieldErrorOf } from "@/lib/problem";
import { useDeleteAccount, useExportData, useRequestUpgrade } from "../api/account-actions";
import { Failure } from "./failure";

export function AccountSummary() {
  const { user } = useAuth();
  return (
    <Section title="Account">
      <Stack gap="1">
        <Text>
          <b>Tier:</b> {user?.tier}
        </Text>
        <Text>
          <b>Roles:</b> {user?.roles.join(", ")}
        </Text>
      </Stack>
    </Section>
  );
}

export function TierAndUsage() {
  const current = useCurrentTier();
  const upgrade = useRequestUpgrade();
  const [tier, setTier] = useState<"premium" | "unlimited">("premium");
  return (
    <Section title="Tier and usage">
      <QueryState query={current} label="usage">
        {(data) => (
          <Stack gap="4">
            <Text>
              You are on the <b>{data.tier}</b> tier.
            </Text>
            <UsageMeters current={data} />
          </Stack>
        )}
      </QueryState>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          upgrade.mutate(tier, {
            onSuccess: () => toaster.create({ type: "success", title: "Upgrade requested", description: "An admin will review it." }),
          });
        }}
      >
        <HStack mt="5" align="end" flexWrap="wrap">
          <Field.Root maxW="xs">
            <Field.Label>Tier to request</Field.Label>
            <NativeSelect.Root>
              <NativeSelect.Field value={tier} onChange={(e) => setTier(e.target.value as "premium" | "unlimited")}>
                <option value="premium">Premium</option>
                <option value="unlimited">Unlimited</option>
              </NativeSelect.Field>
              <NativeSelect.Indicator />
            </NativeSelect.Root>
          </Field.Root>
          <Button type="submit" variant="outline" loading={upgrade.isPending}>
            Request upgrade
          </Button>
        </HStack>
        {upgrade.isSuccess && (
          <Text mt="3" role="status" color="fg.success">
            You asked for the {upgrade.variables} tier; an admin will review it.
          </Text>
        )}
      </form>
    </Section>
  );
}

export function DataAndDeletion() {
  const exportData = useExportData();
  const deleteAccount = useDeleteAccount();
  const { forget, user } = useAuth();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState("");
  const withPassword = user?.local_sign_in ?? true;
  function close(next: boolean) {
    setOpen(next);
    if (!next) {
      setPassword("");
      deleteAccount.reset();
    }
  }
  function confirmDeletion(event: FormEvent) {
    event.preventDefault();
    deleteAccount.mutate(withPassword ? password : undefined, {
      onSuccess: () => {
        close(false);
        forget();
        navigate("/sign-in", { replace: true });
        toaster.create({ type: "info", title: "Your account was deleted" });
      },
    });
  }
  return (
    <Section title="Your data">
      <Stack gap="4">
        <HStack flexWrap="wrap">
          <Button
            variant="outline"
            loading={exportData.isPending}
            onClick={() => exportData.mutate(undefined, { onSuccess: () => toaster.create({ type: "success", title: "Export downloaded" }) })}
          >
            Download my data
          </Button>
          <Button colorPalette="red" variant="outline" onClick={() => setOpen(true)}>
            Delete account
          </Button>
        </HStack>
        <Text fontSize="sm" color="fg.muted">
          The export is one JSON file with everything Vigor holds about you. Deleting removes your account and all its data everywhere.
        </Text>
      </Stack>
      <Dialog.Root open={open} onOpenChange={(e) => close(e.open)} role="alertdialog">
        <Portal>
          <Dialog.Backdrop />
          <Dialog.Positioner>
            <Dialog.Content>
              <Dialog.Header>
                <Dialog.Title>Delete your account?</Dialog.Title>
              </Dialog.Header>
              <form onSubmit={confirmDeletion} aria-label="Confirm deletion">
                <Dialog.Body>
                  <Stack gap="4">
                    <Text>This deletes your profile, plans, workouts, progress and coach history. It cannot be undone.</Text>
                    {withPassword ? (
                      <Field.Root required invalid={!!fieldErrorOf(deleteAccount.error, "password")}>
                        <Field.Label>Your password</Field.Label>
                        <Input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
                        <Field.HelperText>To make sure it is you.</Field.HelperText>
                        <Field.ErrorText>{fieldErrorOf(deleteAccount.error, "password")}</Field.ErrorText>
                      </Field.Root>
                    ) : (
                      <Text fontSize="sm">You signed in with Microsoft: if your sign-in is more than 10 minutes old, sign in again first.</Text>
                    )}
                    <Failure error={deleteAccount.error} />
                  </Stack>
                </Dialog.Body>
                <Dialog.Footer>
                  <Dialog.ActionTrigger asChild>
                    <Button variant="outline">Keep my account</Button>
                  </Dialog.ActionTrigger>
                  <Button type="submit" colorPalette="red" loading={deleteAccount.isPending}>
                    Delete my account
                  </Button>
                </Dialog.Footer>
              </form>
              <Dialog.CloseTrigger asChild>
                <CloseButton size="sm" aria-label="Close" />
              </Dialog.CloseTrigger>
            </Dialog.Content>
          </Dialog.Positioner>
        </Portal>
      </Dialog.Root>
    </Section>
  );
}
