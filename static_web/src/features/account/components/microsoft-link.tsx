import { Badge, Button, Field, HStack, Input, Stack, Text } from "@chakra-ui/react";
import { useState, type FormEvent } from "react";
import { useSearchParams } from "react-router";
import { useAuthProviders } from "@/api/providers";
import { useAuth } from "@/lib/auth";
import { fieldErrorOf } from "@/lib/problem";
import { useStartMicrosoftLink, useUnlinkMicrosoft } from "../api/security";
import { Failure } from "./failure";

/** Sign in with Microsoft too: linking needs the Vigor password here and Microsoft's sign-in there (the browser
 * goes to Microsoft and comes back to this page); unlinking needs the password. Shown where Microsoft sign-in is
 * configured and the account has a Vigor password. */
export function MicrosoftLink() {
  const { user, setUser } = useAuth();
  const providers = useAuthProviders();
  const [params] = useSearchParams();
  const start = useStartMicrosoftLink();
  const unlink = useUnlinkMicrosoft();
  const [password, setPassword] = useState("");
  if (!user?.local_sign_in || !providers.data?.providers.includes("microsoft")) return null;
  const linked = user.microsoft_linked;
  const mutation = linked ? unlink : start;
  if (!linked && !user.email_verified) {
    // The server refuses it too: a link made before the address is confirmed could outlive its owner's reset.
    return <Text fontSize="sm">Confirm your email address first to link a Microsoft account.</Text>;
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (linked) {
      unlink.mutate(password, {
        onSuccess: (next) => {
          setUser(next);
          setPassword("");
        },
      });
    } else {
      start.mutate(password, { onSuccess: (body) => window.location.assign(body.url) });
    }
  }

  return (
    <form onSubmit={onSubmit} aria-label="Microsoft sign-in">
      <Stack gap="3" maxW="sm">
        <HStack>
          <Text fontWeight="semibold">Sign in with Microsoft</Text>
          <Badge colorPalette={linked ? "green" : "gray"}>{linked ? "Linked" : "Not linked"}</Badge>
        </HStack>
        {params.get("linked") === "microsoft" && linked && (
          <Text role="status">Your Microsoft account is linked: either sign-in now opens this account.</Text>
        )}
        <Text fontSize="sm">
          {linked
            ? "Your Microsoft account also signs in to this account. Unlink it with your password."
            : "Link a Microsoft account so either sign-in opens this account: enter your password, then sign in with Microsoft."}
        </Text>
        <Field.Root required invalid={!!fieldErrorOf(mutation.error, "password")}>
          <Field.Label>Current password</Field.Label>
          <Input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
          <Field.ErrorText>{fieldErrorOf(mutation.error, "password")}</Field.ErrorText>
        </Field.Root>
        <Failure error={mutation.error} />
        <Button type="submit" variant="outline" loading={mutation.isPending} alignSelf="start">
          {linked ? "Unlink Microsoft" : "Link Microsoft"}
        </Button>
      </Stack>
    </form>
  );
}
