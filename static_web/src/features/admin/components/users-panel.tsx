import { Badge, Button, Checkbox, Field, HStack, Input, NativeSelect, Stack, Table, Text, VisuallyHidden } from "@chakra-ui/react";
import { useDeferredValue, useState } from "react";
import { QueryState } from "@/components/ui/states";
import { useAuth } from "@/lib/auth";
import { useAdminUsers, useSetUserDisabled, useSetUserRoles, useSetUserTier, type AdminUserPublic, type Tier } from "../api/users";
import { ScrollRegion } from "@/components/ui/scroll-region";

const TIERS: Tier[] = ["free", "premium", "unlimited"];

export function UsersPanel() {
  const [q, setQ] = useState("");
  const [tier, setTier] = useState<Tier | "">("");
  const users = useAdminUsers(useDeferredValue(q.trim()), tier);
  return (
    <Stack gap="4">
      <HStack align="end" flexWrap="wrap" gap="3">
        <Field.Root maxW="sm">
          <Field.Label>Search users</Field.Label>
          <Input type="search" placeholder="Start of an email, or a user id" value={q} maxLength={100} onChange={(e) => setQ(e.target.value)} />
        </Field.Root>
        <Field.Root maxW="40">
          <Field.Label>Filter by tier</Field.Label>
          <NativeSelect.Root>
            <NativeSelect.Field value={tier} onChange={(e) => setTier(e.target.value as Tier | "")}>
              <option value="">All tiers</option>
              {TIERS.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </NativeSelect.Field>
            <NativeSelect.Indicator />
          </NativeSelect.Root>
        </Field.Root>
      </HStack>
      <QueryState query={users} label="users" isEmpty={(d) => d.items.length === 0} empty={<Text>No users match.</Text>}>
        {(data) => (
          <ScrollRegion label="Users">
            <Table.Root size="sm" variant="outline">
              <Table.Header>
                <Table.Row>
                  <Table.ColumnHeader>User</Table.ColumnHeader>
                  <Table.ColumnHeader>Tier</Table.ColumnHeader>
                  <Table.ColumnHeader>Admin</Table.ColumnHeader>
                  <Table.ColumnHeader>Status</Table.ColumnHeader>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.items.map((u) => (
                  <UserRow key={u.id} user={u} />
                ))}
              </Table.Body>
            </Table.Root>
          </ScrollRegion>
        )}
      </QueryState>
    </Stack>
  );
}

function UserRow({ user }: { user: AdminUserPublic }) {
  const me = useAuth().user;
  const setTier = useSetUserTier();
  const setRoles = useSetUserRoles();
  const setDisabled = useSetUserDisabled();
  const admin = user.roles.includes("admin");
  const self = me?.id === user.id;
  return (
    <Table.Row>
      <Table.Cell>
        <Text fontWeight="medium">{user.email}</Text>
        <Text fontSize="xs" color="fg.muted">
          {user.display_name} · {user.identities.join(", ")}
        </Text>
      </Table.Cell>
      <Table.Cell>
        <NativeSelect.Root size="sm" minW="28" disabled={setTier.isPending}>
          <NativeSelect.Field
            aria-label={`Tier for ${user.email}`}
            value={user.tier}
            onChange={(e) => setTier.mutate({ id: user.id, tier: e.target.value as Tier })}
          >
            {TIERS.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </NativeSelect.Field>
          <NativeSelect.Indicator />
        </NativeSelect.Root>
      </Table.Cell>
      <Table.Cell>
        <Checkbox.Root
          checked={admin}
          disabled={self || setRoles.isPending}
          onCheckedChange={(e) => setRoles.mutate({ id: user.id, roles: e.checked ? ["user", "admin"] : ["user"] })}
        >
          <Checkbox.HiddenInput />
          <Checkbox.Control />
          <Checkbox.Label>
            <VisuallyHidden>Admin role for {user.email}</VisuallyHidden>
          </Checkbox.Label>
        </Checkbox.Root>
      </Table.Cell>
      <Table.Cell>
        <HStack>
          <Badge colorPalette={user.disabled ? "red" : "green"}>{user.disabled ? "Disabled" : "Active"}</Badge>
          <Button
            size="xs"
            variant="outline"
            disabled={self}
            loading={setDisabled.isPending}
            onClick={() => setDisabled.mutate({ id: user.id, disabled: !user.disabled })}
            aria-label={`${user.disabled ? "Enable" : "Disable"} ${user.email}`}
          >
            {user.disabled ? "Enable" : "Disable"}
          </Button>
        </HStack>
      </Table.Cell>
    </Table.Row>
  );
}
