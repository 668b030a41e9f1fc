import { Button, Fieldset, HStack, Stack, Text } from "@chakra-ui/react";
import { useState } from "react";
import { useRatePlan, type PlanTag } from "@/api/feedback";
import { ErrorState } from "@/components/ui/states";

const WEEK_MS = 7 * 24 * 3600 * 1000;
const TAGS: [PlanTag, string][] = [
  ["fits_my_goal", "Fits my goal"],
  ["right_difficulty", "Right difficulty"],
  ["too_easy", "Too easy"],
  ["too_hard", "Too hard"],
  ["too_long", "Sessions too long"],
  ["too_short", "Sessions too short"],
  ["good_exercises", "Good exercises"],
  ["exercises_i_dislike", "Exercises I dislike"],
  ["equipment_mismatch", "Wrong equipment"],
  ["hard_to_follow", "Hard to follow"],
];

/**
 * "Rate this plan": 1-5 and reason tags (POST /api/feedback/plans/{plan_id}). A plan a week old or more is rated for
 * its first week; a newer one as made. Part of the plan route's lazy chunk (not in the initial JS).
 */
export default function RatePlan({ planId, createdAt, now }: { planId: string; createdAt?: string | null | undefined; now?: number }) {
  const rate = useRatePlan(planId);
  const [rating, setRating] = useState<number | null>(null);
  const [tags, setTags] = useState<PlanTag[]>([]);
  // The moment the screen opened (a lazy initial state: the render itself stays pure).
  const [opened] = useState(() => now ?? Date.now());
  const firstWeek = createdAt ? opened - new Date(createdAt).getTime() >= WEEK_MS : false;
  if (rate.isSuccess) return <Text role="status">Thanks: your rating helps Vigor make better plans.</Text>;
  const toggle = (tag: PlanTag) => setTags((t) => (t.includes(tag) ? t.filter((x) => x !== tag) : [...t, tag]));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (rating !== null) rate.mutate({ rating, stage: firstWeek ? "first_week" : "made", tags });
      }}
    >
      <Stack gap="3">
        <Fieldset.Root>
          <Fieldset.Legend>{firstWeek ? "How was this plan's first week?" : "How well does this plan fit you?"}</Fieldset.Legend>
          <HStack gap="1" role="group" aria-label="Rating, 1 to 5">
            {[1, 2, 3, 4, 5].map((n) => (
              <Button key={n} size="sm" variant={rating === n ? "solid" : "outline"} colorPalette="teal" aria-pressed={rating === n} aria-label={`${n} of 5`} onClick={() => setRating(n)}>
                {n}
              </Button>
            ))}
          </HStack>
        </Fieldset.Root>
        <HStack gap="1" flexWrap="wrap" role="group" aria-label="Why (optional)">
          {TAGS.map(([tag, label]) => (
            <Button key={tag} size="xs" variant={tags.includes(tag) ? "subtle" : "ghost"} aria-pressed={tags.includes(tag)} onClick={() => toggle(tag)}>
              {label}
            </Button>
          ))}
        </HStack>
        {rate.isError && <ErrorState error={rate.error} title="Could not save your rating" />}
        <Button alignSelf="start" type="submit" size="sm" colorPalette="teal" disabled={rating === null} loading={rate.isPending}>
          Send rating
        </Button>
      </Stack>
    </form>
  );
}
