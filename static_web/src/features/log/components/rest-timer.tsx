import { Box, Button, HStack, Text } from "@chakra-ui/react";
import { useEffect, useState } from "react";

let audio: AudioContext | null = null;

/** Creates the audio context inside a tap (browsers only let a page make sound after a gesture). */
export function primeRestSound(): void {
  try {
    audio ??= new AudioContext();
    if (audio.state === "suspended") void audio.resume();
  } catch {
    audio = null; // no Web Audio: the vibration and the announcement remain
  }
}

/** A short beep and a buzz: rest is over, even with the phone in a pocket. */
function signalEnd(): void {
  if (audio) {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = 880;
    gain.gain.setValueAtTime(0.2, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.4);
    osc.connect(gain).connect(audio.destination);
    osc.start();
    osc.stop(audio.currentTime + 0.4);
  }
  navigator.vibrate?.([200, 100, 200]);
}

/**
 * The rest countdown, kept in view while the page scrolls (sticky under the header). Counts to
 * `endsAt` (ms since epoch) so a busy tab cannot make it drift; +/-15 s move the end; at zero it
 * beeps, vibrates and announces it once. The bar shrinks without animation for reduced motion. The end
 * time is kept with the workout in progress, so a reload or another tab shows the same countdown.
 */
export function RestTimer({ endsAt, total, onAdjust, onSkip }: { endsAt: number; total: number; onAdjust: (seconds: number) => void; onSkip: () => void }) {
  const secondsLeft = () => Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
  const [left, setLeft] = useState(secondsLeft);
  useEffect(() => {
    // A rest already over when the timer appears (a reload after it ended) is not signalled again.
    let signalled = endsAt < Date.now() - 1000;
    const tick = () => {
      const remaining = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
      setLeft(remaining);
      if (remaining === 0 && !signalled) {
        signalled = true;
        signalEnd();
      }
      return remaining;
    };
    if (tick() === 0) return;
    const id = window.setInterval(() => tick() === 0 && window.clearInterval(id), 250);
    return () => window.clearInterval(id);
  }, [endsAt]);
  const mm = Math.floor(left / 60);
  const ss = String(left % 60).padStart(2, "0");
  const pct = total > 0 ? Math.min(100, (left / total) * 100) : 0;
  return (
    <Box position="sticky" top="var(--vigor-header-h, 3.5rem)" zIndex="sticky" borderWidth="1px" borderRadius="md" bg="bg.panel" shadow="md" overflow="hidden">
      <HStack px="3" py="2" justify="space-between" role="timer" aria-live="off" aria-label="Rest timer" gap="2">
        <Text fontWeight="semibold" fontVariantNumeric="tabular-nums" aria-label={`Rest: ${left} seconds left`}>
          Rest {mm}:{ss}
        </Text>
        <Text srOnly aria-live="assertive">
          {left === 0 ? "Rest is over. Next set." : ""}
        </Text>
        <HStack gap="1">
          <Button size="xs" variant="outline" onClick={() => onAdjust(-15)} aria-label="Rest 15 seconds less">
            -15 s
          </Button>
          <Button size="xs" variant="outline" onClick={() => onAdjust(15)} aria-label="Rest 15 seconds more">
            +15 s
          </Button>
          <Button size="xs" variant="outline" onClick={onSkip}>
            {left === 0 ? "Close timer" : "Skip rest"}
          </Button>
        </HStack>
      </HStack>
      <Box h="1" bg="brand.solid" w={`${pct}%`} transition="width 0.25s linear" css={{ "@media (prefers-reduced-motion: reduce)": { transition: "none" } }} />
    </Box>
  );
}
