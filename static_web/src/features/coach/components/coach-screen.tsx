import { Box, Button, Field, HStack, List, SimpleGrid, Stack, Text, Textarea, VisuallyHidden } from "@chakra-ui/react";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { labelOf, TARGET_ACTIONS } from "@/components/profile/vocab";
import { Section } from "@/components/ui/page";
import { ErrorState, QueryState } from "@/components/ui/states";
import { handleApiError } from "@/lib/api-errors";
import { describeSets } from "../lib/target-sets";
import { streamChat, useCoachHistory, useRecommendations } from "../api/coach";
import AnswerFeedback from "./answer-feedback";

const QUICK_PROMPTS = ["How should I warm up today?", "My knees ache after squats. What should I change?", "How did my last workout go?", "What should I eat after training?"];

interface Turn {
  role: "user" | "assistant";
  content: string;
  /** the stored answer's id, once the stream is done (for feedback) */
  id?: string | undefined;
}

function Chat() {
  const qc = useQueryClient();
  const [turns, setTurns] = useState<Turn[]>([]);
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState("");
  const conversation = useRef<string | undefined>(undefined);
  const log = useRef<HTMLDivElement>(null);
  const latest = useRef<HTMLDivElement>(null);

  // The newest message stays in sight: the log scrolls to its end as the reply streams in, and the
  // page brings the reply into view (at 375 px the log sits above the form, off screen once you type).
  useEffect(() => {
    if (log.current) log.current.scrollTop = log.current.scrollHeight;
  }, [turns]);
  useEffect(() => {
    latest.current?.scrollIntoView?.({ block: "nearest" });
  }, [turns.length, busy]);

  async function send(text: string) {
    if (!text.trim() || busy) return;
    setBusy(true);
    setError(null);
    setMessage("");
    setAnnouncement("");
    setTurns((t) => [...t, { role: "user", content: text }, { role: "assistant", content: "" }]);
    try {
      let reply = "";
      const done = await streamChat(
        { message: text, ...(conversation.current ? { conversation_id: conversation.current } : {}) },
        (token) => {
          reply += token;
          setTurns((t) => {
            const last = t.at(-1)!;
            return [...t.slice(0, -1), { ...last, content: last.content + token }];
          });
        },
        undefined,
        (stop) => {
          // The safety rules stopped the answer: the stop message replaces everything shown, as in the history.
          reply = stop;
          setTurns((t) => [...t.slice(0, -1), { ...t.at(-1)!, content: stop }]);
        },
      );
      conversation.current = done.conversation_id ?? conversation.current;
      if (done.message_id) setTurns((t) => [...t.slice(0, -1), { ...t.at(-1)!, id: done.message_id }]);
      // Screen readers hear the whole reply once, not every streamed token.
      setAnnouncement(`Coach replied: ${reply}`);
      void qc.invalidateQueries({ queryKey: ["coach", "history"] });
    } catch (err) {
      setTurns((t) => (t.at(-1)?.content === "" ? t.slice(0, -1) : t));
      setError(err);
      handleApiError(err, "query");
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="3">
      <VisuallyHidden role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </VisuallyHidden>
      <Box ref={log} role="log" tabIndex={0} aria-live="off" aria-busy={busy} aria-label="Conversation" maxH="96" overflowY="auto" borderWidth="1px" borderRadius="md" p="3" minH="32">
        {turns.length === 0 && <Text color="fg.muted">Ask your coach anything about your training.</Text>}
        {turns.map((t, i) => (
          <Box key={i} ref={i === turns.length - 1 ? latest : undefined} scrollMarginBottom="4" bg={t.role === "user" ? "brand.subtle" : "bg.muted"} borderRadius="md" p="2" mb="2" ml={t.role === "user" ? "8" : "0"} mr={t.role === "user" ? "0" : "8"}>
            <Text fontSize="xs" fontWeight="semibold">
              {t.role === "user" ? "You" : "Coach"}
            </Text>
            <Text whiteSpace="pre-wrap">{t.content || (busy && i === turns.length - 1 ? "…" : "")}</Text>
            {t.role === "assistant" && t.id && <AnswerFeedback messageId={t.id} />}
          </Box>
        ))}
      </Box>
      {error !== null && <ErrorState error={error} onRetry={() => void send(turns.filter((t) => t.role === "user").at(-1)?.content ?? "")} title="The coach could not answer" />}
      <HStack flexWrap="wrap" gap="2">
        {QUICK_PROMPTS.map((p) => (
          <Button key={p} size="xs" variant="outline" onClick={() => void send(p)} disabled={busy}>
            {p}
          </Button>
        ))}
      </HStack>
      <form onSubmit={(e) => (e.preventDefault(), void send(message))}>
        <Field.Root>
          <Field.Label>Message to your coach</Field.Label>
          <Textarea value={message} maxLength={4000} rows={3} onChange={(e) => setMessage(e.target.value)} />
        </Field.Root>
        <Button mt="2" type="submit" colorPalette="teal" loading={busy} disabled={!message.trim()}>
          Send
        </Button>
      </form>
    </Stack>
  );
}

function History() {
  const history = useCoachHistory();
  return (
    <QueryState query={history} label="coach history" isEmpty={(d) => d.items.length === 0} empty={<Text color="fg.muted">No messages yet.</Text>}>
      {(data) => (
        <Stack as="ul" listStyleType="none" p="0" m="0" gap="2" maxH="80" overflowY="auto" tabIndex={0} aria-label="Coach history">
          {data.items.map((m) => (
            <Box as="li" key={m.id} fontSize="sm">
              <Text fontWeight="semibold">
                {m.role === "user" ? "You" : m.role === "assistant" ? "Coach" : labelOf({ daily: "Daily message" }, m.role)} · {new Date(m.created_at).toLocaleString()}
              </Text>
              <Text lineClamp={3}>{m.content}</Text>
              {m.role !== "user" && <AnswerFeedback messageId={m.id} />}
            </Box>
          ))}
        </Stack>
      )}
    </QueryState>
  );
}

function Recommendations() {
  const recs = useRecommendations();
  return (
    <QueryState query={recs} label="recommendations" isEmpty={(d) => d.targets.length === 0 && d.recovery.length === 0} empty={<Text color="fg.muted">Log a workout to get recommendations.</Text>}>
      {(d) => (
        <Stack gap="3">
          {d.recovery.map((r) => (
            <Text key={r.kind}>{r.message}</Text>
          ))}
          <List.Root ps="4">
            {d.targets.map((t) => (
              <List.Item key={t.exercise_id}>
                <b>{t.name}</b>: {describeSets(t)} ({labelOf(TARGET_ACTIONS, t.action)}). {t.reason}
              </List.Item>
            ))}
          </List.Root>
        </Stack>
      )}
    </QueryState>
  );
}

export function CoachScreen() {
  return (
    <SimpleGrid columns={{ base: 1, lg: 3 }} gap="6" alignItems="start">
      <Box gridColumn={{ lg: "span 2" }}>
        <Section title="Chat">
          <Chat />
        </Section>
      </Box>
      <Stack gap="6">
        <Section title="Recommendations">
          <Recommendations />
        </Section>
        <Section title="History">
          <History />
        </Section>
      </Stack>
    </SimpleGrid>
  );
}
