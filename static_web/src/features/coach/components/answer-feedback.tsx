import { Button, HStack, Text } from "@chakra-ui/react";
import { useRateCoachAnswer } from "@/api/feedback";

/**
 * Thumbs up or down, and "Report", under one of the coach's answers (POST /api/feedback/coach/{message_id}); the
 * latest vote stands, a report stays. Part of the coach route's lazy chunk.
 */
export default function AnswerFeedback({ messageId }: { messageId: string }) {
  const rate = useRateCoachAnswer(messageId);
  const saved = rate.data;
  return (
    <HStack gap="1" mt="1" role="group" aria-label="Was this answer helpful?">
      <Button size="2xs" variant={saved?.rating === "up" ? "subtle" : "ghost"} aria-pressed={saved?.rating === "up"} aria-label="Helpful" onClick={() => rate.mutate({ rating: "up", report: false })}>
        👍
      </Button>
      <Button size="2xs" variant={saved?.rating === "down" ? "subtle" : "ghost"} aria-pressed={saved?.rating === "down"} aria-label="Not helpful" onClick={() => rate.mutate({ rating: "down", report: false })}>
        👎
      </Button>
      <Button size="2xs" variant="ghost" disabled={saved?.reported} onClick={() => rate.mutate({ report: true })}>
        {saved?.reported ? "Reported" : "Report"}
      </Button>
      {rate.isError && (
        <Text fontSize="xs" color="fg.error" role="alert">
          Could not save that.
        </Text>
      )}
    </HStack>
  );
}
