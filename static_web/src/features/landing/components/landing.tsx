import { Button, Heading, HStack, List, Stack, Text } from "@chakra-ui/react";
import { Link } from "react-router";

/** What a signed-out visitor sees first: what Vigor is, and the way in. */
export function Landing() {
  return (
    <Stack gap="6" maxW="2xl" w="full">
      <Stack gap="2">
        <Heading as="h1" size="3xl">
          Strength training that plans, logs and coaches with you
        </Heading>
        <Text fontSize="lg" color="fg.muted">
          Vigor builds a weekly training plan around your goals, equipment and schedule, lets you log each workout set by set,
          and adjusts your next targets from what you actually lifted.
        </Text>
      </Stack>
      <List.Root ps="5" gap="1">
        <List.Item>A plan for your days and your equipment, with warm-ups and progression.</List.Item>
        <List.Item>Fast workout logging on your phone, with rest timers and your previous numbers.</List.Item>
        <List.Item>Progress charts: estimated one-rep maxes, weekly volume and sets per muscle.</List.Item>
        <List.Item>A coach to ask, with safety checks, and a short message each day.</List.Item>
      </List.Root>
      <HStack gap="3" flexWrap="wrap">
        <Button asChild colorPalette="teal" size="lg">
          <Link to="/register">Create an account</Link>
        </Button>
        <Button asChild variant="outline" size="lg">
          <Link to="/sign-in">Sign in</Link>
        </Button>
      </HStack>
      <Text fontSize="sm" color="fg.muted">
        Vigor is not medical advice. Read the <Link to="/privacy">privacy notice</Link> for how your health data is kept.
      </Text>
    </Stack>
  );
}
