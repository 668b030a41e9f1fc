import { Box, type BoxProps } from "@chakra-ui/react";

/** A horizontally scrollable region (wide tables on phones) that keyboard users can focus and scroll. */
export function ScrollRegion({ label, ...props }: BoxProps & { label: string }) {
  return <Box overflowX="auto" tabIndex={0} role="region" aria-label={label} {...props} />;
}
