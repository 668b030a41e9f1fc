import { Alert, Box, Button, Checkbox, Code, Field, Heading, Input, Link as ChakraLink, List, Separator, Stack, Text } from "@chakra-ui/react";
import { useRef, useState, type FormEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useAuth } from "@/lib/auth";
import { describeError, isApiError, isProblem, SECOND_FACTOR_REQUIRED, TWO_STEP_SETUP_REQUIRED } from "@/lib/problem";
import { useAuthProviders } from "@/api/providers";

type Mode = "sign-in" | "register";

/** Only same-app paths: `next` comes from the URL and must not send users to another site. */
export function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export function AuthForm({ mode }: { mode: Mode }) {
  const { signIn, register, expired } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const providers = useAuthProviders();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [consent, setConsent] = useState(false);
  const [aiProviders, setAiProviders] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // Two-step sign-in: after a right password the API asks for the authenticator app's code.
  const [needsCode, setNeedsCode] = useState(false);
  const [otp, setOtp] = useState("");
  // An admin whose two-step recovery removed the app sets up a new one here, then keeps its recovery codes.
  const [setup, setSetup] = useState<{ secret: string; uri: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const saved = useRef<() => void>(() => undefined);
  const isRegister = mode === "register";
  const fieldError = (name: string) =>
    isApiError(error) ? error.problem.errors?.find((e) => e.field === name)?.message : undefined;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (isRegister) {
        await register(email, password, displayName, aiProviders);
        navigate("/onboarding", { replace: true });
      } else {
        const shown = (list: string[]) =>
          new Promise<void>((resolve) => {
            saved.current = resolve;
            setCodes(list);
          });
        await signIn(email, password, needsCode ? otp : undefined, shown);
        navigate(safeNext(params.get("next")), { replace: true });
      }
    } catch (err) {
      if (isProblem(err, SECOND_FACTOR_REQUIRED)) {
        setNeedsCode(true); // not an error: the next step of signing in
        return;
      }
      if (isApiError(err) && err.problem.type === TWO_STEP_SETUP_REQUIRED && err.problem.secret) {
        setSetup({ secret: err.problem.secret, uri: err.problem.otpauth_uri ?? "" });
        setNeedsCode(true);
        return;
      }
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const microsoft = providers.data?.providers.includes("microsoft");
  if (codes) {
    return (
      <Stack w="full" maxW="sm" gap="3" role="status">
        <Heading as="h1" size="xl">
          Two-step sign-in is on again
        </Heading>
        <Text>Save these recovery codes somewhere safe now: each one signs you in once if you lose your phone. They are not shown again.</Text>
        <List.Root aria-label="Recovery codes" ps="5">
          {codes.map((c) => (
            <List.Item key={c}>
              <Code>{c}</Code>
            </List.Item>
          ))}
        </List.Root>
        <Button alignSelf="start" colorPalette="teal" onClick={() => saved.current()}>
          I have saved them
        </Button>
      </Stack>
    );
  }
  return (
    <Box w="full" maxW="sm">
      <Heading as="h1" size="2xl" mb="1">
        {isRegister ? "Create your account" : "Sign in to Vigor"}
      </Heading>
      <Text color="fg.muted" mb="6">
        {isRegister ? "Plans, logging and a coach that knows your training." : "Welcome back."}
      </Text>
      {expired && !isRegister && (
        <Alert.Root status="info" mb="4">
          <Alert.Indicator />
          <Alert.Title>Your session ended. Please sign in again.</Alert.Title>
        </Alert.Root>
      )}
      <form onSubmit={(e) => void onSubmit(e)} noValidate={false}>
        <Stack gap="4">
          {isRegister && (
            <Field.Root invalid={!!fieldError("display_name")}>
              <Field.Label>Display name</Field.Label>
              <Input name="display_name" autoComplete="nickname" value={displayName} onChange={(e) => setDisplayName(e.target.value)} maxLength={80} />
              <Field.ErrorText>{fieldError("display_name")}</Field.ErrorText>
            </Field.Root>
          )}
          <Field.Root required invalid={!!fieldError("email")}>
            <Field.Label>Email</Field.Label>
            <Input name="email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
            <Field.ErrorText>{fieldError("email")}</Field.ErrorText>
          </Field.Root>
          <Field.Root required invalid={!!fieldError("password")}>
            <Field.Label>Password</Field.Label>
            <Input
              name="password"
              type="password"
              autoComplete={isRegister ? "new-password" : "current-password"}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
            {isRegister && <Field.HelperText>At least 10 characters; a passphrase works well.</Field.HelperText>}
            {!isRegister && (
              <Field.HelperText>
                <ChakraLink asChild>
                  <Link to="/forgot-password">Forgot your password?</Link>
                </ChakraLink>
              </Field.HelperText>
            )}
            <Field.ErrorText>{fieldError("password")}</Field.ErrorText>
          </Field.Root>
          {setup && !isRegister && (
            <Stack gap="2" role="status">
              <Text>
                Admin accounts need two-step sign-in. Add this key to your authenticator app, or{" "}
                <ChakraLink href={setup.uri} color="brand.fg">
                  open it in the app on this device
                </ChakraLink>
                :
              </Text>
              <Code fontSize="md" p="2" aria-label="Setup key">
                {setup.secret.match(/.{1,4}/g)?.join(" ") ?? setup.secret}
              </Code>
            </Stack>
          )}
          {needsCode && !isRegister && (
            <Field.Root required>
              <Field.Label>Code from your authenticator app</Field.Label>
              <Input
                name="otp"
                autoComplete="one-time-code"
                inputMode="text"
                autoFocus
                value={otp}
                onChange={(e) => setOtp(e.target.value)}
                maxLength={32}
                required
              />
              <Field.HelperText>
                {setup ? (
                  "The 6-digit code the app shows for the key above."
                ) : (
                  <>
                    The 6-digit code, or one of your recovery codes if you lost the app.{" "}
                    <ChakraLink asChild>
                      <Link to="/two-step-recovery">Lost both?</Link>
                    </ChakraLink>
                  </>
                )}
              </Field.HelperText>
            </Field.Root>
          )}
          {isRegister && (
            <Stack gap="2">
              <Checkbox.Root checked={consent} onCheckedChange={(e) => setConsent(!!e.checked)} required>
                <Checkbox.HiddenInput />
                <Checkbox.Control />
                <Checkbox.Label>
                  I agree that Vigor stores my health data (profile, workouts, measurements) as the{" "}
                  <ChakraLink asChild>
                    <Link to="/privacy" target="_blank">
                      privacy notice
                    </Link>
                  </ChakraLink>{" "}
                  describes
                </Checkbox.Label>
              </Checkbox.Root>
              <Checkbox.Root checked={aiProviders} onCheckedChange={(e) => setAiProviders(!!e.checked)}>
                <Checkbox.HiddenInput />
                <Checkbox.Control />
                <Checkbox.Label>Let external AI providers read my profile and logs to write plans and answers (optional)</Checkbox.Label>
              </Checkbox.Root>
            </Stack>
          )}
          {error !== null && (
            <Alert.Root status="error" role="alert">
              <Alert.Indicator />
              <Alert.Description>{describeError(error)}</Alert.Description>
            </Alert.Root>
          )}
          <Button type="submit" colorPalette="teal" loading={busy} disabled={isRegister && !consent}>
            {isRegister ? "Create account" : "Sign in"}
          </Button>
        </Stack>
      </form>
      {microsoft && (
        <>
          <Separator my="5" />
          <Button asChild variant="outline" w="full">
            <a href="/api/auth/microsoft/login">Sign in with Microsoft</a>
          </Button>
        </>
      )}
      <Text mt="6" textAlign="center">
        {isRegister ? "Already have an account? " : "New to Vigor? "}
        <ChakraLink asChild color="brand.fg" fontWeight="medium">
          <Link to={isRegister ? "/sign-in" : "/register"}>{isRegister ? "Sign in" : "Create an account"}</Link>
        </ChakraLink>
      </Text>
    </Box>
  );
}
