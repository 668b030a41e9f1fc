import { Badge, Box, Button, Heading, HStack, List, SimpleGrid, Stack, Table, Text } from "@chakra-ui/react";
import { Link } from "react-router";
import { doseText, effortText, rampText, supersetLabel, waveText } from "@/lib/dose";
import { useState } from "react";
import type { Plan, SwapTarget } from "../api/plans";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { GOALS, labelOf, PROGRESSION_METHODS, SPLITS } from "@/components/profile/vocab";
import { ExerciseDetailsDialog } from "./exercise-details";
import { SwapDialog } from "./swap-dialog";

/**
 * A plan, day by day. `weekdays` names each day by position from the user's schedule ("Monday"); `startable`
 * (the plan the Log starts from) gives each day a "Start this workout" link to the Log on that day.
 */
export function PlanView({ plan, weekdays = [], startable = false }: { plan: Plan; weekdays?: readonly string[]; startable?: boolean }) {
  const [details, setDetails] = useState<{ id: string; name: string } | null>(null);
  const [swapping, setSwapping] = useState<SwapTarget | null>(null);
  return (
    <Stack gap="4" data-plan-id={plan.id}>
      <ExerciseDetailsDialog exerciseId={details?.id ?? null} name={details?.name} onClose={() => setDetails(null)} />
      <SwapDialog target={swapping} onClose={() => setSwapping(null)} />
      <Box>
        <Heading as="h3" size="lg">
          {plan.name}
        </Heading>
        <Text color="fg.muted" fontSize="sm">
          {labelOf(GOALS, plan.goal)} · {labelOf(SPLITS, plan.split)} · made by{" "}
          <Badge>{plan.source.provider === "engine" ? "rule engine" : `${plan.source.provider}${plan.source.model ? ` (${plan.source.model})` : ""}`}</Badge>
        </Text>
        {plan.template && (
          <Text mt="1" fontSize="sm">
            <b>Program:</b> {plan.template}
          </Text>
        )}
        {plan.rationale && <Text mt="2">{plan.rationale}</Text>}
      </Box>
      {plan.safety_notes.length > 0 && (
        <Box borderLeftWidth="4px" borderColor="orange.500" pl="3">
          <Text fontWeight="semibold">Safety notes</Text>
          <List.Root ps="4">
            {plan.safety_notes.map((n) => (
              <List.Item key={n}>{n}</List.Item>
            ))}
          </List.Root>
        </Box>
      )}
      {/* Hand-made plans from older clients may lack these. */}
      {((plan.warmup ?? []).length > 0 || (plan.cooldown ?? []).length > 0) && (
        <SimpleGrid columns={{ base: 1, md: 2 }} gap="3">
          {[
            { title: "Every session starts with", items: plan.warmup ?? [] },
            { title: "and ends with", items: plan.cooldown ?? [] },
          ].map(({ title, items }) => (
            <Box key={title}>
              <Text fontWeight="semibold">{title}</Text>
              <List.Root ps="4" fontSize="sm">
                {items.map((item) => (
                  <List.Item key={item.name}>
                    {item.name}, {Math.round(item.duration_seconds / 60)} min{item.notes ? `: ${item.notes}` : ""}
                  </List.Item>
                ))}
              </List.Root>
            </Box>
          ))}
        </SimpleGrid>
      )}
      {plan.progression && (
        <Box>
          <Text fontWeight="semibold">How it progresses</Text>
          {plan.progression.method && <Text fontSize="sm">{labelOf(PROGRESSION_METHODS, plan.progression.method)}.</Text>}
          <Text fontSize="sm">{plan.progression.summary}</Text>
          <Text fontSize="sm" mt="1">
            {plan.progression.deload_guidance}
          </Text>
        </Box>
      )}
      <SimpleGrid columns={{ base: 1, lg: 2 }} gap="4">
        {plan.days.map((day, position) => (
          <Box key={day.day_index} borderWidth="1px" borderRadius="md" p="3" minW="0">
            <HStack justify="space-between" align="start" flexWrap="wrap" gap="2">
              <Heading as="h4" size="md">
                {weekdays[position] ? `${weekdays[position]} · ` : ""}Day {day.day_index + 1}: {day.name}
              </Heading>
              {startable && (
                <Button asChild size="xs" colorPalette="teal" aria-label={`Start this workout: Day ${day.day_index + 1}, ${day.name}`}>
                  <Link to={`/log?day=${position}`}>Start this workout</Link>
                </Button>
              )}
            </HStack>
            <Text fontSize="sm" color="fg.muted">
              {day.focus} · about {day.estimated_minutes} min
            </Text>
            {day.time_note && (
              <Text fontSize="sm" mt="1">
                {day.time_note}
              </Text>
            )}
            {(day.warmup ?? []).length > 0 && (
              <Box mt="2">
                <Text fontSize="sm" fontWeight="semibold">
                  Warm-up drills
                </Text>
                <List.Root ps="4" fontSize="sm">
                  {(day.warmup ?? []).map((w) => (
                    <List.Item key={w.name}>
                      {w.name}: {w.notes}
                    </List.Item>
                  ))}
                </List.Root>
              </Box>
            )}
            <ScrollRegion label={`Day ${day.day_index + 1} exercises`} mt="2">
              <Table.Root size="sm">
                <Table.Header>
                  <Table.Row>
                    <Table.ColumnHeader>Exercise</Table.ColumnHeader>
                    <Table.ColumnHeader>Sets × reps</Table.ColumnHeader>
                    <Table.ColumnHeader>Effort</Table.ColumnHeader>
                    <Table.ColumnHeader>Rest</Table.ColumnHeader>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {day.exercises.map((ex, index) => (
                    <Table.Row key={ex.exercise_id}>
                      <Table.Cell>
                        {ex.superset && (
                          <Badge mr="1" colorPalette="blue" aria-label={`Superset ${ex.superset}`}>
                            {supersetLabel(day.exercises, index)}
                          </Badge>
                        )}
                        <Button
                          variant="plain"
                          size="sm"
                          h="auto"
                          p="0"
                          minW="0"
                          whiteSpace="normal"
                          textAlign="start"
                          textDecoration="underline"
                          color="fg"
                          aria-label={`${ex.name} details`}
                          onClick={() => setDetails({ id: ex.exercise_id, name: ex.name })}
                        >
                          {ex.name}
                        </Button>
                        {(ex.notes || rampText(ex)) && (
                          <Text fontSize="xs" color="fg.muted">
                            {[rampText(ex), ex.notes].filter(Boolean).join(". ")}
                          </Text>
                        )}
                        {/* In the first column, not a last one: at 375 px a wide table cut "Swap" off (a new user's review). */}
                        {!ex.exercise_id.startsWith("custom:") && (
                          <Button
                            display="flex"
                            mt="1"
                            size="2xs"
                            variant="outline"
                            aria-label={`Swap ${ex.name}`}
                            onClick={() => setSwapping({ planId: plan.id, dayIndex: day.day_index, exerciseId: ex.exercise_id, name: ex.name })}
                          >
                            Swap
                          </Button>
                        )}
                      </Table.Cell>
                      <Table.Cell>
                        {doseText(ex)}
                        {waveText(ex).map((line) => (
                          <Text key={line} fontSize="xs" color="fg.muted">
                            {line}
                          </Text>
                        ))}
                      </Table.Cell>
                      <Table.Cell>{effortText(ex)}</Table.Cell>
                      <Table.Cell>{ex.rest_seconds} s</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table.Root>
            </ScrollRegion>
          </Box>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
