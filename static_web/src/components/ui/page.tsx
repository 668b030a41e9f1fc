import { Box, Heading, Stack, Text } from "@chakra-ui/react";
import type { ReactNode } from "react";

export function Page({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Stack gap="6" maxW="5xl" w="full">
      <Box>
        <Heading as="h1" size="2xl">
          {title}
        </Heading>
        {description && (
          <Text color="fg.muted" mt="1">
            {description}
          </Text>
        )}
      </Box>
      {children}
    </Stack>
  );
}

export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <Box as="section" aria-labelledby={id} borderWidth="1px" borderRadius="lg" p={{ base: "4", md: "5" }} bg="bg.panel">
      <Stack direction="row" justify="space-between" align="center" mb="3" gap="2" flexWrap="wrap">
        <Heading as="h2" size="lg" id={id}>
          {title}
        </Heading>
        {actions}
      </Stack>
      {children}
    </Box>
  );
}
