import { Box, Button, Table, Text } from "@chakra-ui/react";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { useAuditLog } from "../api/audit-log";
import { auditAction, auditDetails, whoText } from "../lib/audit-details";
import { ScrollRegion } from "@/components/ui/scroll-region";

export function AuditLogPanel() {
  const log = useAuditLog();
  if (log.isPending) return <LoadingState label="Loading the audit log…" />;
  if (log.isError) return <ErrorState error={log.error} onRetry={() => void log.refetch()} />;
  const rows = log.data.pages.flatMap((p) => p.items);
  const people = Object.assign({}, ...log.data.pages.map((p) => p.people ?? {})) as Record<string, { display_name: string; email: string }>;
  if (rows.length === 0) return <EmptyState title="No changes recorded yet" />;
  return (
    <Box>
      <ScrollRegion label="Audit log">
      <Table.Root size="sm" variant="outline">
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader>When</Table.ColumnHeader>
            <Table.ColumnHeader>Who</Table.ColumnHeader>
            <Table.ColumnHeader>What</Table.ColumnHeader>
            <Table.ColumnHeader>Target</Table.ColumnHeader>
            <Table.ColumnHeader>Details</Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={r.id}>
              <Table.Cell whiteSpace="nowrap">{new Date(r.at).toLocaleString()}</Table.Cell>
              <Table.Cell>
                <Who id={r.actor} people={people} />
              </Table.Cell>
              <Table.Cell>{auditAction(r.action)}</Table.Cell>
              <Table.Cell>
                <Who id={r.target} people={people} />
              </Table.Cell>
              <Table.Cell>
                {auditDetails(r.details).map((line) => (
                  <Text key={line} fontSize="xs">
                    {line}
                  </Text>
                ))}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table.Root>
      </ScrollRegion>
      {log.hasNextPage && (
        <Button mt="3" size="sm" variant="outline" loading={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
          Load older entries
        </Button>
      )}
    </Box>
  );
}

/** An actor or target by name and email (the account as it is now), not its id. */
function Who({ id, people }: { id: string; people: Record<string, { display_name: string; email: string }> }) {
  if (!id) return null;
  const { name, email } = whoText(id, people);
  return (
    <Box fontSize="xs" title={id}>
      <Text>{name}</Text>
      {email && email !== name && <Text color="fg.muted">{email}</Text>}
    </Box>
  );
}
