import { Button, HStack, Text } from "@chakra-ui/react";
import { useEffect, useState } from "react";

/** Counts down from `seconds` each time `startKey` changes; announces when rest is over. */
export function RestTimer({ seconds, startKey, onSkip }: { seconds: number; startKey: number; onSkip: () => void }) {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    setLeft(seconds);
    const started = Date.now();
    const id = window.setInterval(() => {
      const remaining = Math.max(0, seconds - Math.floor((Date.now() - started) / 1000));
      setLeft(remaining);
      if (remaining === 0) window.clearInterval(id);
    }, 250);
    return () => window.clearInterval(id);
  }, [seconds, startKey]);
  const mm = Math.floor(left / 60);
  const ss = String(left % 60).padStart(2, "0");
  return (
    <HStack borderWidth="1px" borderRadius="md" px="3" py="2" bg="brand.subtle" justify="space-between" role="timer" aria-live="off">
      <Text fontWeight="semibold" fontVariantNumeric="tabular-nums" aria-label={`Rest: ${left} seconds left`}>
        Rest {mm}:{ss}
      </Text>
      <Text srOnly aria-live="assertive">
        {left === 0 ? "Rest is over. Next set." : ""}
      </Text>
      <Button size="xs" variant="outline" onClick={onSkip}>
        {left === 0 ? "Close timer" : "Skip rest"}
      </Button>
    </HStack>
  );
}
