import { Badge, Button, Field, HStack, Input, Stack, Table, Text, VisuallyHidden } from "@chakra-ui/react";
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { Section } from "@/components/ui/page";
import { QueryState } from "@/components/ui/states";
import { useAuth } from "@/lib/auth";
import { fieldErrorOf } from "@/lib/problem";
import {
  useChangeEmail,
  useChangePassword,
  useResendVerification,
  useSignIns,
  useSignOutEverywhere,
  useSignOutOne,
} from "../api/security";
import { Failure } from "./failure";
import { MicrosoftLink } from "./microsoft-link";
import { TwoStepSignIn } from "./two-step";



function EmailStatus() {
  const { user } = useAuth();
  const resend = useResendVerification();
  if (!user) return null;
  return (
    <Stack gap="2">
      <HStack flexWrap="wrap">
        <Text>
          <b>Email:</b> {user.email}
        </Text>
        <Badge colorPalette={user.email_verified ? "green" : "orange"}>{user.email_verified ? "Confirmed" : "Not confirmed yet"}</Badge>
      </HStack>
      {user.pending_email && <Text fontSize="sm">Moving to {user.pending_email} once you use the link sent there.</Text>}
      {(!user.email_verified || user.pending_email) && (
        <HStack>
          <Button size="sm" variant="outline" loading={resend.isPending} onClick={() => resend.mutate()}>
            Send the confirmation link again
          </Button>
        </HStack>
      )}
      {resend.isSuccess && <Text role="status">{resend.data.detail}</Text>}
      <Failure error={resend.error} />
    </Stack>
  );
}

function ChangePassword() {
  const change = useChangePassword();
  const { adopt } = useAuth();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    change.mutate(
      { current_password: current, new_password: next },
      {
        onSuccess: (body) => {
          adopt(body.access_token, body.user);
          setCurrent("");
          setNext("");
        },
      },
    );
  }
  if (!useAuth().user?.local_sign_in) return null;
  return (
    <form onSubmit={onSubmit} aria-label="Change password">
      <Stack gap="3" maxW="sm">
        <Text fontWeight="semibold">Change password</Text>
        <Field.Root required invalid={!!fieldErrorOf(change.error, "current_password")}>
          <Field.Label>Current password</Field.Label>
          <Input type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} required />
          <Field.ErrorText>{fieldErrorOf(change.error, "current_password")}</Field.ErrorText>
        </Field.Root>
        <Field.Root required invalid={!!fieldErrorOf(change.error, "new_password") || !!fieldErrorOf(change.error, "password")}>
          <Field.Label>New password</Field.Label>
          <Input type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} required />
          <Field.ErrorText>{fieldErrorOf(change.error, "new_password") ?? fieldErrorOf(change.error, "password")}</Field.ErrorText>
        </Field.Root>
        <Failure error={change.error} />
        <Button type="submit" variant="outline" loading={change.isPending} alignSelf="start">
          Change password
        </Button>
        {change.isSuccess && <Text role="status">Password changed. Your other devices were signed out, and your calendar link stopped working: make a new one under Reminders if you use it.</Text>}
      </Stack>
    </form>
  );
}

function ChangeEmail() {
  const change = useChangeEmail();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    change.mutate({ new_email: email, current_password: password }, { onSuccess: () => setPassword("") });
  }
  if (!useAuth().user?.local_sign_in) return null;
  return (
    <form onSubmit={onSubmit} aria-label="Change email">
      <Stack gap="3" maxW="sm">
        <Text fontWeight="semibold">Change email</Text>
        <Field.Root required invalid={!!fieldErrorOf(change.error, "new_email")}>
          <Field.Label>New email</Field.Label>
          <Input type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
          <Field.ErrorText>{fieldErrorOf(change.error, "new_email")}</Field.ErrorText>
        </Field.Root>
        <Field.Root required invalid={!!fieldErrorOf(change.error, "current_password")}>
          <Field.Label>Current password</Field.Label>
          <Input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
          <Field.ErrorText>{fieldErrorOf(change.error, "current_password")}</Field.ErrorText>
        </Field.Root>
        <Failure error={change.error} />
        <Button type="submit" variant="outline" loading={change.isPending} alignSelf="start">
          Change email
        </Button>
        {change.isSuccess && <Text role="status">{change.data.detail}</Text>}
      </Stack>
    </form>
  );
}

function SignIns() {
  const signIns = useSignIns();
  const one = useSignOutOne();
  const everywhere = useSignOutEverywhere();
  const { forget } = useAuth();
  const navigate = useNavigate();
  return (
    <Stack gap="3">
      <Text fontWeight="semibold">Where you are signed in</Text>
      <QueryState query={signIns} label="sign-ins">
        {(data) => (
          <Table.Root size="sm" aria-label="Signed-in devices">
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeader>Device</Table.ColumnHeader>
                <Table.ColumnHeader>Last used</Table.ColumnHeader>
                <Table.ColumnHeader>
                  <VisuallyHidden>Action</VisuallyHidden>
                </Table.ColumnHeader>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.items.map((s) => (
                <Table.Row key={s.id}>
                  <Table.Cell>
                    {s.device || "Unknown device"} {s.current && <Badge>This device</Badge>}
                  </Table.Cell>
                  <Table.Cell>{new Date(s.last_used_at).toLocaleString()}</Table.Cell>
                  <Table.Cell textAlign="end">
                    {!s.current && (
                      <Button size="xs" variant="outline" loading={one.isPending && one.variables === s.id} onClick={() => one.mutate(s.id)}>
                        Sign out
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        )}
      </QueryState>
      <Button
        alignSelf="start"
        colorPalette="red"
        variant="outline"
        loading={everywhere.isPending}
        onClick={() =>
          everywhere.mutate(undefined, {
            onSuccess: () => {
              forget();
              navigate("/sign-in", { replace: true });
            },
          })
        }
      >
        Sign out everywhere
      </Button>
      <Failure error={one.error ?? everywhere.error} />
    </Stack>
  );
}

export function SignInAndSecurity() {
  return (
    <Section title="Sign-in and security">
      <Stack gap="6">
        <EmailStatus />
        <ChangePassword />
        <ChangeEmail />
        <TwoStepSignIn />
        <MicrosoftLink />
        <SignIns />
      </Stack>
    </Section>
  );
}
