import { Alert, Box, Button, Center, Spinner, Stack, Text } from "@chakra-ui/react";
import type { ReactNode } from "react";
import { describeError, isApiError } from "@/lib/problem";

export function LoadingState({ label }: { label: string }) {
  return (
    <Center py="8" role="status" aria-live="polite">
      <Stack align="center" gap="3">
        <Spinner size="lg" color="brand.solid" aria-hidden />
        <Text color="fg.muted">{label}</Text>
      </Stack>
    </Center>
  );
}

/** A failed request: what went wrong and a way to retry. */
export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const pending = isApiError(error) && error.status === 404;
  return (
    <Alert.Root status={pending ? "info" : "error"} role="alert" alignItems="flex-start">
      <Alert.Indicator />
      <Alert.Content>
        <Alert.Title>{title ?? (pending ? "Not available yet" : "Something went wrong")}</Alert.Title>
        <Alert.Description>{describeError(error)}</Alert.Description>
        {onRetry && (
          <Box mt="2">
            <Button size="sm" variant="outline" onClick={onRetry}>
              Try again
            </Button>
          </Box>
        )}
      </Alert.Content>
    </Alert.Root>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Box borderWidth="1px" borderStyle="dashed" borderRadius="md" p="6" textAlign="center">
      <Text fontWeight="semibold">{title}</Text>
      {children && (
        <Box mt="2" color="fg.muted">
          {children}
        </Box>
      )}
    </Box>
  );
}

interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  refetch: () => unknown;
}

/**
 * Renders loading, error (with retry) and empty states for one query, else its content. Data already held (an
 * earlier answer, or the offline copy) is shown even when a refetch failed: offline, the last known plan beats an
 * error.
 */
export function QueryState<T>({
  query,
  label,
  isEmpty,
  empty,
  children,
}: {
  query: QueryLike<T>;
  label: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.data === undefined && query.isPending) return <LoadingState label={`Loading ${label}…`} />;
  if (query.data === undefined)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} title={`Could not load ${label}`} />;
  if (isEmpty?.(query.data)) return <>{empty ?? <EmptyState title={`No ${label} yet`} />}</>;
  return <>{children(query.data)}</>;
}
