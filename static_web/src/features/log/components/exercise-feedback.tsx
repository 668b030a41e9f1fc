import { Box, Button, HStack, Link, Stack, Text } from "@chakra-ui/react";
import { useState } from "react";
import { Link as RouterLink } from "react-router";
import { useExerciseFeedback, type ExerciseFeel } from "@/api/feedback";
import { ErrorState } from "@/components/ui/states";

const FEELS: [ExerciseFeel, string][] = [
  ["too_easy", "Too easy"],
  ["too_hard", "Too hard"],
  ["painful", "Painful"],
  ["disliked", "Don't like it"],
  ["no_equipment", "No equipment"],
];

/**
 * An exercise's "Feedback" menu in the workout logger (POST /api/feedback/exercises): the answer says what changes
 * (the next target, or what swaps and plans offer); "Painful" also shows a substitute that spares the area and asks
 * whether to add the injury to the profile, which the user does themselves. Part of the log route's lazy chunk.
 */
export default function ExerciseFeedback({ exerciseId, name }: { exerciseId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const give = useExerciseFeedback();
  const answer = give.data;
  return (
    <Box>
      <Button size="xs" variant="ghost" aria-expanded={open} aria-label={`Feedback on ${name}`} onClick={() => setOpen((o) => !o)}>
        Feedback
      </Button>
      {open && (
        <Stack gap="2" mt="1" role="group" aria-label={`How was ${name}?`}>
          {!answer && (
            <HStack gap="1" flexWrap="wrap">
              {FEELS.map(([kind, label]) => (
                <Button key={kind} size="xs" variant="outline" loading={give.isPending && give.variables?.kind === kind} onClick={() => give.mutate({ exercise_id: exerciseId, kind })}>
                  {label}
                </Button>
              ))}
            </HStack>
          )}
          {give.isError && <ErrorState error={give.error} title="Could not save your feedback" />}
          {answer && (
            <Stack gap="1" role="status" fontSize="sm">
              <Text>{answer.effect}</Text>
              {answer.substitute && (
                <Text>
                  Try <strong>{answer.substitute.name}</strong> instead: {answer.substitute.why}
                </Text>
              )}
              {answer.injury_question && (
                <Text>
                  {answer.injury_question.question}{" "}
                  <Link asChild colorPalette="teal">
                    <RouterLink to="/account">Edit your profile</RouterLink>
                  </Link>
                </Text>
              )}
              {answer.advice && <Text color="fg.muted">{answer.advice}</Text>}
            </Stack>
          )}
        </Stack>
      )}
    </Box>
  );
}
