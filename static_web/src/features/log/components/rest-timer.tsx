import { Button, HStack, Text } from "@chakra-ui/react";
import { useEffect, useState } from "react";

/** Counts down from `seconds` from when it mounts (the parent re-keys it per set); announces the end. */
export function RestTimer({ seconds, onSkip }: { seconds: number; onSkip: () => void }) {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    const started = Date.now();
    const id = window.setInterval(() => {
      const remaining = Math.max(0, seconds - Math.floor((Date.now() - started) / 1000));
      setLeft(remaining);
      if (remaining === 0) window.clearInterval(id);
    }, 250);
    return () => window.clearInterval(id);
  }, [seconds]);
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
