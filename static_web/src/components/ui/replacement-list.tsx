import { Badge, Box, Button, HStack, Stack, Text, Wrap } from "@chakra-ui/react";
import type { SwapCandidate } from "@/client/schema";
import { humanize } from "@/api/exercises";

/**
 * The replacements for an exercise, best first: name, equipment and why it fits, with one button each
 * (`action` says what the button does: "Use this" in the plan, "Do this" in a workout).
 */
export function ReplacementList({
  of,
  items,
  action,
  label,
  onPick,
  busyId,
}: {
  of: string;
  items: SwapCandidate[];
  action: string;
  label: (name: string) => string;
  /** the picked replacement: its id, name and load type (how it is measured) */
  onPick: (id: string, name: string, loadType: SwapCandidate["load_type"]) => void;
  busyId?: string | null;
}) {
  return (
    <Stack as="ul" listStyleType="none" p="0" m="0" gap="2" aria-label={`Replacements for ${of}`}>
      {items.map((option) => (
        <Box as="li" key={option.id} borderWidth="1px" borderRadius="md" p="3">
          <HStack justify="space-between" align="start" gap="3">
            <Box>
              <Text fontWeight="semibold">{option.name}</Text>
              <Wrap gap="1" mt="1">
                {option.equipment.map((item) => (
                  <Badge key={item}>{humanize(item)}</Badge>
                ))}
              </Wrap>
              <Text fontSize="sm" color="fg.muted" mt="1">
                {option.why}
              </Text>
            </Box>
            <Button
              size="sm"
              colorPalette="teal"
              flexShrink={0}
              aria-label={label(option.name)}
              loading={busyId === option.id}
              disabled={busyId != null}
              onClick={() => onPick(option.id, option.name, option.load_type)}
            >
              {action}
            </Button>
          </HStack>
        </Box>
      ))}
    </Stack>
  );
}
