import { Alert } from "@chakra-ui/react";
import { describeError, isApiError } from "@/lib/problem";

/** A form's failure other than field errors (those show at their fields): a 429, a 409, a network error. */
export function Failure({ error }: { error: unknown }) {
  if (error === null || (isApiError(error) && error.problem.errors?.length)) return null;
  return (
    <Alert.Root status="error" role="alert">
      <Alert.Indicator />
      <Alert.Description>{describeError(error)}</Alert.Description>
    </Alert.Root>
  );
}
