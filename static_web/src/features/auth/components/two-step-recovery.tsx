/** Two-step recovery for someone who lost both the authenticator app and the recovery codes: ask for a link by
 * email (signed out), use the link (it schedules the removal after a wait), or cancel a waiting removal (signed in). */
import { Alert, Box, Button, Field, Heading, Input, Link as ChakraLink, Stack, Text } from "@chakra-ui/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Link, useLocation } from "react-router";
import { useAuth } from "@/lib/auth";
import { describeError, fieldErrorOf } from "@/lib/problem";
import { linkToken, useCancelTwoStepRecovery, useConfirmTwoStepRecovery, useRequestTwoStepRecovery } from "../api/recovery";

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "full", timeStyle: "short" });
}

function Failure({ error }: { error: unknown }) {
  return (
    <Alert.Root status="error" role="alert">
      <Alert.Indicator />
      <Alert.Description>{describeError(error)}</Alert.Description>
    </Alert.Root>
  );
}

function AskForLink() {
  const ask = useRequestTwoStepRecovery();
  const [email, setEmail] = useState("");
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    ask.mutate(email);
  }
  if (ask.isSuccess) {
    return (
      <Alert.Root status="success" role="status">
        <Alert.Indicator />
        <Alert.Description>{ask.data.detail} The link works once, for a short time.</Alert.Description>
      </Alert.Root>
    );
  }
  return (
    <form onSubmit={onSubmit}>
      <Stack gap="4">
        <Text color="fg.muted">
          Lost your authenticator app and your recovery codes? Vigor emails your account&apos;s address a link. Once you use it, two-step sign-in
          comes off after a few days&apos; wait, and your password alone signs you in. Until then you can cancel it from any signed-in device.
        </Text>
        <Field.Root required invalid={!!fieldErrorOf(ask.error, "email")}>
          <Field.Label>Email</Field.Label>
          <Input name="email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
          <Field.ErrorText>{fieldErrorOf(ask.error, "email")}</Field.ErrorText>
        </Field.Root>
        {ask.isError && !fieldErrorOf(ask.error, "email") && <Failure error={ask.error} />}
        <Button type="submit" colorPalette="teal" loading={ask.isPending}>
          Send the link
        </Button>
        <Text fontSize="sm">
          Got an email about a removal you did not ask for?{" "}
          <ChakraLink asChild fontWeight="medium">
            <Link to={`/sign-in?next=${encodeURIComponent("/two-step-recovery")}`}>Sign in to cancel it</Link>
          </ChakraLink>
          .
        </Text>
      </Stack>
    </form>
  );
}

function UseLink({ token }: { token: string }) {
  const confirm = useConfirmTwoStepRecovery();
  const sent = useRef(false);
  useEffect(() => {
    if (!sent.current) {
      sent.current = true; // a single-use link: one request even when React runs effects twice
      confirm.mutate(token);
    }
  }, [token, confirm]);
  if (confirm.isSuccess) {
    return (
      <Alert.Root status="success" role="status">
        <Alert.Indicator />
        <Alert.Description>
          Two-step sign-in comes off on {when(confirm.data.removal_at)}. We emailed your address; until then any signed-in device can cancel it.
        </Alert.Description>
      </Alert.Root>
    );
  }
  if (confirm.isError) {
    return fieldErrorOf(confirm.error, "token") ? (
      <Alert.Root status="error" role="alert">
        <Alert.Indicator />
        <Alert.Description>
          This link is not valid or has expired.{" "}
          <ChakraLink asChild fontWeight="medium">
            <Link to="/two-step-recovery" reloadDocument>
              Ask for a new one
            </Link>
          </ChakraLink>
          .
        </Alert.Description>
      </Alert.Root>
    ) : (
      <Failure error={confirm.error} />
    );
  }
  return <Text role="status">Checking the link…</Text>;
}

function CancelRemoval() {
  const { user, setUser } = useAuth();
  const cancel = useCancelTwoStepRecovery();
  if (!user) return null;
  if (cancel.isSuccess) {
    return (
      <Alert.Root status="success" role="status">
        <Alert.Indicator />
        <Alert.Description>Cancelled: two-step sign-in stays on. If you did not ask for the removal, change your password.</Alert.Description>
      </Alert.Root>
    );
  }
  if (!user.two_factor_removal_at) return <Text role="status">No removal of two-step sign-in is waiting for your account.</Text>;
  return (
    <Stack gap="4">
      <Text>Two-step sign-in is set to come off on {when(user.two_factor_removal_at)}, as asked with a link sent to your address.</Text>
      {cancel.isError && <Failure error={cancel.error} />}
      <Button
        colorPalette="red"
        alignSelf="start"
        loading={cancel.isPending}
        onClick={() => cancel.mutate(undefined, { onSuccess: () => setUser({ ...user, two_factor_removal_at: null }) })}
      >
        Cancel the removal
      </Button>
    </Stack>
  );
}

export function TwoStepRecovery() {
  const { status } = useAuth();
  const token = linkToken(useLocation().hash); // a link opened in this tab again is a new link (hash change)
  return (
    <Box w="full" maxW="sm">
      <Heading as="h1" size="2xl" mb="4">
        Recover two-step sign-in
      </Heading>
      <Stack gap="6">
        {token ? <UseLink key={token} token={token} /> : status === "signed-in" ? <CancelRemoval /> : status === "signed-out" && <AskForLink />}
      </Stack>
      <Text mt="6" textAlign="center">
        <ChakraLink asChild color="brand.fg" fontWeight="medium">
          <Link to={status === "signed-in" ? "/" : "/sign-in"}>{status === "signed-in" ? "Back to Vigor" : "Back to sign in"}</Link>
        </ChakraLink>
      </Text>
    </Box>
  );
}
