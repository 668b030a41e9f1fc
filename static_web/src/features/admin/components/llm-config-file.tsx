import { Box, Button, Checkbox, CloseButton, Dialog, Field, HStack, Input, List, Portal, Stack, Text } from "@chakra-ui/react";
import { useState } from "react";
import { toaster } from "@/components/ui/toaster";
import { describeError } from "@/lib/problem";
import { parseLlmConfig, useExportLlmConfig, useImportLlmConfig, type LlmConfigExport } from "../api/llm-config";

function download(config: LlmConfigExport): void {
  const blob = new Blob([JSON.stringify(config, null, 2)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = `vigor-llm-config-${new Date().toISOString().slice(0, 10)}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The file's text (FileReader: works in every browser and in jsdom). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error ?? new Error("Could not read the file"));
    reader.readAsText(file);
  });
}

/** LLM configuration export (a JSON download) and import (an upload, confirmed before it applies). */
export function LlmConfigFile() {
  const exporter = useExportLlmConfig();
  const importer = useImportLlmConfig();
  const [file, setFile] = useState<{ name: string; config: LlmConfigExport } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [replace, setReplace] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [inputKey, setInputKey] = useState(0);
  return (
    <Box as="section" aria-labelledby="llm-config-file" borderWidth="1px" borderRadius="md" p="3" mt="4">
      <Text id="llm-config-file" fontWeight="semibold" mb="1">
        Configuration file
      </Text>
      <Text fontSize="sm" color="fg.muted" mb="3">
        Providers (with secret names, never keys), budget, prices and tier limits as JSON, to copy between environments.
      </Text>
      <Stack gap="3">
        <HStack>
          <Button size="sm" variant="outline" loading={exporter.isPending} onClick={() => exporter.mutate(undefined, { onSuccess: download, onError: (e) => toaster.create({ type: "error", title: "Export failed", description: describeError(e) }) })}>
            Download LLM config
          </Button>
        </HStack>
        <Field.Root invalid={!!fileError} maxW="md">
          <Field.Label>LLM config file to import (JSON)</Field.Label>
          <Input
            key={inputKey}
            type="file"
            accept="application/json,.json"
            p="1"
            onChange={async (e) => {
              const f = e.target.files?.[0];
              setFile(null);
              setFileError(null);
              if (!f) return;
              let text: string;
              try {
                text = await readText(f);
              } catch {
                setFileError("Could not read the file.");
                return;
              }
              const parsed = parseLlmConfig(text);
              if (parsed.ok) setFile({ name: f.name, config: parsed.config });
              else setFileError(parsed.error);
            }}
          />
          <Field.ErrorText>{fileError}</Field.ErrorText>
        </Field.Root>
        <Checkbox.Root checked={replace} onCheckedChange={(e) => setReplace(!!e.checked)}>
          <Checkbox.HiddenInput />
          <Checkbox.Control />
          <Checkbox.Label>Delete providers that are not in the file</Checkbox.Label>
        </Checkbox.Root>
        <HStack>
          <Button size="sm" colorPalette="orange" disabled={!file} onClick={() => setConfirming(true)}>
            Import configuration
          </Button>
        </HStack>
      </Stack>
      <Dialog.Root open={confirming && !!file} onOpenChange={(e) => setConfirming(e.open)} role="alertdialog">
        <Portal>
          <Dialog.Backdrop />
          <Dialog.Positioner>
            <Dialog.Content>
              <Dialog.Header>
                <Dialog.Title>Import the LLM configuration?</Dialog.Title>
              </Dialog.Header>
              <Dialog.Body>
                {file && (
                  <Stack gap="2">
                    <Text>
                      From <b>{file.name}</b>; this changes what every user gets:
                    </Text>
                    <List.Root ps="4">
                      <List.Item>
                        {file.config.providers.length} providers: {file.config.providers.map((p) => p.id).join(", ") || "none"}
                      </List.Item>
                      <List.Item>the budget, the price table ({Object.keys(file.config.prices.models ?? {}).length} models) and {file.config.tiers.length} tier limits</List.Item>
                      {replace && <List.Item>providers not in the file are deleted</List.Item>}
                    </List.Root>
                  </Stack>
                )}
              </Dialog.Body>
              <Dialog.Footer>
                <Dialog.ActionTrigger asChild>
                  <Button variant="outline">Cancel</Button>
                </Dialog.ActionTrigger>
                <Button
                  colorPalette="orange"
                  loading={importer.isPending}
                  onClick={() =>
                    file &&
                    importer.mutate(
                      { ...file.config, replace },
                      {
                        onSuccess: (counts) => {
                          toaster.create({
                            type: "success",
                            title: "Configuration imported",
                            description: Object.entries(counts)
                              .map(([k, v]) => `${k.replace(/_/g, " ")}: ${v}`)
                              .join(", "),
                          });
                          setConfirming(false);
                          setFile(null);
                          setInputKey((k) => k + 1);
                        },
                        onError: (e) => toaster.create({ type: "error", title: "Import failed", description: describeError(e) }),
                      },
                    )
                  }
                >
                  Yes, import
                </Button>
              </Dialog.Footer>
              <Dialog.CloseTrigger asChild>
                <CloseButton size="sm" aria-label="Close" />
              </Dialog.CloseTrigger>
            </Dialog.Content>
          </Dialog.Positioner>
        </Portal>
      </Dialog.Root>
    </Box>
  );
}
