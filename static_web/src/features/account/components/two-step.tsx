/** Two-step sign-in (TOTP): turn it on with the password and a code from an authenticator app, keep the recovery
 * codes shown once, turn it off with the password and a code. Admin screens need it. */
import { Button, Code, Field, HStack, Input, Link, List, Stack, Text } from "@chakra-ui/react";
import { useState, type FormEvent } from "react";
import { QrCode } from "@/components/ui/qr-code";
import { toaster } from "@/components/ui/toaster";
import { isAdmin, useAuth } from "@/lib/auth";
import { fieldErrorOf } from "@/lib/problem";
import { useConfirmTwoStep, useStartTwoStep, useTurnOffTwoStep } from "../api/security";
import { Failure } from "./failure";


/** The key in groups of four, as authenticator apps ask for it to be typed. */
function grouped(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(" ") ?? secret;
}

/** Puts the recovery codes on the clipboard, one a line, and says whether it worked. */
async function copyCodes(codes: string[]): Promise<void> {
  try {
    await navigator.clipboard.writeText(codes.join("\n"));
    toaster.create({ type: "success", title: "Recovery codes copied", description: "Paste them into your password manager or a note kept offline." });
  } catch {
    toaster.create({ type: "error", title: "Could not copy", description: "Select the codes and copy them, or write them down." });
  }
}

function TurnOn() {
  const { user, setUser, adopt } = useAuth();
  const start = useStartTwoStep();
  const confirm = useConfirmTwoStep();
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [codes, setCodes] = useState<string[] | null>(null);

  if (codes && user) {
    return (
      <Stack gap="3" maxW="md" role="status">
        <Text fontWeight="semibold">Two-step sign-in is on</Text>
        <Text>
          Save these recovery codes somewhere safe now: each one signs you in once if you lose your phone. They are not
          shown again.
        </Text>
        <List.Root aria-label="Recovery codes" ps="5">
          {codes.map((c) => (
            <List.Item key={c}>
              <Code>{c}</Code>
            </List.Item>
          ))}
        </List.Root>
        <HStack flexWrap="wrap">
          <Button variant="outline" onClick={() => void copyCodes(codes)}>
            Copy the codes
          </Button>
          <Button onClick={() => setUser({ ...user, two_factor: true })}>I have saved them</Button>
        </HStack>
        <Text fontSize="sm" color="fg.muted">
          This device stays signed in{isAdmin(user) ? ", and Admin opens without signing in again" : ""}. Your other devices
          were signed out: sign in there with a code from the app.
        </Text>
      </Stack>
    );
  }
  if (start.data) {
    const onConfirm = (event: FormEvent) => {
      event.preventDefault();
      confirm.mutate(code.trim(), {
        onSuccess: (body) => {
          // The answer is this device's new sign-in, which passed both steps (every earlier one has ended). It is
          // adopted at once; the account shows two-step as on once the codes are saved, so they stay on screen.
          adopt(body.access_token, { ...body.user, two_factor: false });
          setCodes(body.recovery_codes ?? []);
        },
      });
    };
    return (
      <form onSubmit={onConfirm} aria-label="Confirm two-step sign-in">
        <Stack gap="3" maxW="md">
          <Text>
            Scan this code with your authenticator app (Microsoft Authenticator, Google Authenticator, 1Password...):
          </Text>
          <QrCode value={start.data.otpauth_uri} label="QR code to add Vigor to your authenticator app" />
          <Text>
            Or add an account with this key, or{" "}
            <Link href={start.data.otpauth_uri} color="brand.fg">
              open it in the app on this device
            </Link>
            :
          </Text>
          <Code fontSize="md" p="2" aria-label="Setup key">
            {grouped(start.data.secret)}
          </Code>
          <Field.Root required invalid={!!fieldErrorOf(confirm.error, "code")}>
            <Field.Label>The 6-digit code the app shows</Field.Label>
            <Input autoComplete="one-time-code" inputMode="numeric" value={code} onChange={(e) => setCode(e.target.value)} required maxLength={32} />
            <Field.ErrorText>{fieldErrorOf(confirm.error, "code")}</Field.ErrorText>
          </Field.Root>
          <Failure error={confirm.error} />
          <Button type="submit" alignSelf="start" colorPalette="teal" loading={confirm.isPending}>
            Turn on
          </Button>
        </Stack>
      </form>
    );
  }
  const onStart = (event: FormEvent) => {
    event.preventDefault();
    start.mutate(password, { onSuccess: () => setPassword("") });
  };
  return (
    <form onSubmit={onStart} aria-label="Start two-step sign-in">
      <Stack gap="3" maxW="sm">
        <Text>Two-step sign-in asks for a code from an app on your phone as well as your password.</Text>
        <Field.Root required invalid={!!fieldErrorOf(start.error, "password")}>
          <Field.Label>Current password</Field.Label>
          <Input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
          <Field.ErrorText>{fieldErrorOf(start.error, "password")}</Field.ErrorText>
        </Field.Root>
        <Failure error={start.error} />
        <Button type="submit" variant="outline" alignSelf="start" loading={start.isPending}>
          Set up two-step sign-in
        </Button>
      </Stack>
    </form>
  );
}

function TurnOff() {
  const { user, setUser } = useAuth();
  const off = useTurnOffTwoStep();
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    off.mutate({ password, code: code.trim() }, { onSuccess: () => user && setUser({ ...user, two_factor: false }) });
  };
  return (
    <form onSubmit={onSubmit} aria-label="Turn off two-step sign-in">
      <Stack gap="3" maxW="sm">
        <Text role="status">Two-step sign-in is on: signing in asks for a code from your authenticator app.</Text>
        <Field.Root required invalid={!!fieldErrorOf(off.error, "password")}>
          <Field.Label>Current password</Field.Label>
          <Input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
          <Field.ErrorText>{fieldErrorOf(off.error, "password")}</Field.ErrorText>
        </Field.Root>
        <Field.Root required invalid={!!fieldErrorOf(off.error, "code")}>
          <Field.Label>Code from the app, or a recovery code</Field.Label>
          <Input autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)} required maxLength={32} />
          <Field.ErrorText>{fieldErrorOf(off.error, "code")}</Field.ErrorText>
        </Field.Root>
        <Failure error={off.error} />
        <Button type="submit" variant="outline" colorPalette="red" alignSelf="start" loading={off.isPending}>
          Turn off two-step sign-in
        </Button>
      </Stack>
    </form>
  );
}

export function TwoStepSignIn() {
  const { user } = useAuth();
  if (!user?.local_sign_in) return null; // a Microsoft account follows its organisation's sign-in policy
  return (
    <Stack gap="3">
      <Text fontWeight="semibold">Two-step sign-in</Text>
      {user.two_factor ? (
        <TurnOff />
      ) : user.email_verified ? (
        <TurnOn />
      ) : (
        // The server refuses it too: whoever registered an address first must not lock its owner out.
        <Text fontSize="sm">Confirm your email address first (the link we emailed you, or send it again above): two-step sign-in can be turned on once it is confirmed.</Text>
      )}
    </Stack>
  );
}
