import { Alert, Box, Button, Field, Heading, Input, Link as ChakraLink, Stack, Text } from "@chakra-ui/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { useAuth } from "@/lib/auth";
import { describeError, fieldErrorOf, isApiError } from "@/lib/problem";
import { linkToken, useForgotPassword, useResetPassword, useVerifyEmail } from "../api/recovery";


function Shell({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Box w="full" maxW="sm">
      <Heading as="h1" size="2xl" mb="4">
        {title}
      </Heading>
      {children}
      <Text mt="6" textAlign="center">
        <ChakraLink asChild color="brand.fg" fontWeight="medium">
          <Link to="/sign-in">Back to sign in</Link>
        </ChakraLink>
      </Text>
    </Box>
  );
}

export function ForgotPasswordForm() {
  const forgot = useForgotPassword();
  const [email, setEmail] = useState("");
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    forgot.mutate(email);
  }
  return (
    <Shell title="Reset your password">
      {forgot.isSuccess ? (
        <Alert.Root status="success" role="status">
          <Alert.Indicator />
          <Alert.Description>{forgot.data.detail} Check your inbox; the link works once, for a short time.</Alert.Description>
        </Alert.Root>
      ) : (
        <form onSubmit={onSubmit}>
          <Stack gap="4">
            <Text color="fg.muted">Enter your account's email and Vigor sends you a link to set a new password.</Text>
            <Field.Root required invalid={!!fieldErrorOf(forgot.error, "email")}>
              <Field.Label>Email</Field.Label>
              <Input name="email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
              <Field.ErrorText>{fieldErrorOf(forgot.error, "email")}</Field.ErrorText>
            </Field.Root>
            {forgot.isError && !fieldErrorOf(forgot.error, "email") && (
              <Alert.Root status="error" role="alert">
                <Alert.Indicator />
                <Alert.Description>{describeError(forgot.error)}</Alert.Description>
              </Alert.Root>
            )}
            <Button type="submit" colorPalette="teal" loading={forgot.isPending}>
              Send the link
            </Button>
          </Stack>
        </form>
      )}
    </Shell>
  );
}

export function ResetPasswordForm() {
  const reset = useResetPassword();
  const [token] = useState(() => linkToken(window.location.hash));
  const [password, setPassword] = useState("");
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    reset.mutate({ token, password });
  }
  const badLink = !token || !!fieldErrorOf(reset.error, "token");
  return (
    <Shell title="Set a new password">
      {reset.isSuccess ? (
        <Alert.Root status="success" role="status">
          <Alert.Indicator />
          <Alert.Description>Your new password is set and every device was signed out. Sign in with it now.</Alert.Description>
        </Alert.Root>
      ) : badLink ? (
        <Alert.Root status="error" role="alert">
          <Alert.Indicator />
          <Alert.Description>
            This link is not valid or has expired.{" "}
            <ChakraLink asChild fontWeight="medium">
              <Link to="/forgot-password">Ask for a new one</Link>
            </ChakraLink>
            .
          </Alert.Description>
        </Alert.Root>
      ) : (
        <form onSubmit={onSubmit}>
          <Stack gap="4">
            <Field.Root required invalid={!!fieldErrorOf(reset.error, "new_password") || !!fieldErrorOf(reset.error, "password")}>
              <Field.Label>New password</Field.Label>
              <Input name="new_password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
              <Field.HelperText>At least 10 characters; a passphrase works well.</Field.HelperText>
              <Field.ErrorText>{fieldErrorOf(reset.error, "new_password") ?? fieldErrorOf(reset.error, "password")}</Field.ErrorText>
            </Field.Root>
            <Button type="submit" colorPalette="teal" loading={reset.isPending}>
              Set password
            </Button>
          </Stack>
        </form>
      )}
    </Shell>
  );
}

export function VerifyEmail() {
  const verify = useVerifyEmail();
  const { status } = useAuth();
  const sent = useRef(false);
  const [token] = useState(() => linkToken(window.location.hash));
  useEffect(() => {
    // Only in the account's own session: a link clicked elsewhere must not verify someone else's account.
    if (token && status === "signed-in" && !sent.current) {
      sent.current = true; // a single-use link: one request even when React runs effects twice
      verify.mutate(token);
    }
  }, [token, status, verify]);
  const next = `/verify-email${window.location.hash}`;
  return (
    <Shell title="Confirm your email">
      {status === "signed-out" && token ? (
        <Stack gap="3">
          <Text>Sign in to the account this address belongs to, and the link confirms it.</Text>
          <Button asChild colorPalette="teal" alignSelf="start">
            <Link to={`/sign-in?next=${encodeURIComponent(next)}`}>Sign in to confirm</Link>
          </Button>
        </Stack>
      ) : verify.isSuccess ? (
        <Alert.Root status="success" role="status">
          <Alert.Indicator />
          <Alert.Description>{verify.data.email} is confirmed. Thank you.</Alert.Description>
        </Alert.Root>
      ) : verify.isError || !token ? (
        <Alert.Root status="error" role="alert">
          <Alert.Indicator />
          <Alert.Description>
            {isApiError(verify.error) && verify.error.status === 409
              ? "That address now belongs to another account, so yours stays as it was."
              : "This link is not valid or has expired. Sign in and ask for a new one from your account page."}
          </Alert.Description>
        </Alert.Root>
      ) : (
        <Text role="status">Confirming…</Text>
      )}
    </Shell>
  );
}
