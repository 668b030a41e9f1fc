import { Button, HStack, Text } from "@chakra-ui/react";
import { Link, useLocation } from "react-router";
import { draftProgress, useWorkoutDraft } from "@/lib/workout-draft";
import { count } from "@/lib/words";

/** On every screen but Log: the minimised workout in progress, one tap from going back to it. */
export function WorkoutInProgressBar() {
  const { draft } = useWorkoutDraft();
  const { pathname } = useLocation();
  if (!draft || pathname === "/log") return null;
  const { done, total } = draftProgress(draft);
  return (
    <HStack
      as="aside"
      aria-label="Workout in progress"
      position="sticky"
      top="var(--vigor-header-h, 3.5rem)"
      zIndex="sticky"
      mb="4"
      px="3"
      py="2"
      borderWidth="1px"
      borderRadius="md"
      bg="brand.subtle"
      justify="space-between"
      gap="2"
    >
      <Text fontWeight="medium" fontSize="sm">
        Workout in progress · {done} of {count(total, "set")} done
      </Text>
      <Button asChild size="sm" colorPalette="teal">
        <Link to="/log">Resume</Link>
      </Button>
    </HStack>
  );
}
