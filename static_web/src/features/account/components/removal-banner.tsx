import { Alert, Button, Stack } from "@chakra-ui/react";
import { useAuth } from "@/lib/auth";
import { useCancelTwoStepRemoval } from "../api/security";
import { Failure } from "./failure";

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

/** Top of the Account screen while something is waiting to be removed from the account: today the removal of
 * two-step sign-in asked for with an emailed recovery link (it takes effect after a wait so the owner can stop it).
 * An inactive account's deletion needs no banner: signing in cancels it. */
export function RemovalBanner() {
  const { user, setUser } = useAuth();
  const cancel = useCancelTwoStepRemoval();
  if (!user?.two_factor_removal_at) return null;
  return (
    <Alert.Root status="warning" role="region" aria-label="Removal waiting">
      <Alert.Indicator />
      <Stack gap="2">
        <Alert.Title>Two-step sign-in comes off on {when(user.two_factor_removal_at)}</Alert.Title>
        <Alert.Description>
          Someone used a recovery link sent to your address because the authenticator app and the recovery codes were lost. If that was
          not you, cancel it and change your password.
        </Alert.Description>
        <Button
          size="sm"
          alignSelf="start"
          colorPalette="red"
          loading={cancel.isPending}
          onClick={() => cancel.mutate(undefined, { onSuccess: () => setUser({ ...user, two_factor_removal_at: null }) })}
        >
          Cancel the removal
        </Button>
        <Failure error={cancel.error} />
      </Stack>
    </Alert.Root>
  );
}
