import { Box, Skeleton } from "@chakra-ui/react";
import { useEffect, useState } from "react";

/**
 * A QR code of `value` drawn as SVG squares (no image URL, so the CSP's img-src needs nothing new). The
 * encoder (uqr, pinned in package.json) is loaded when a code is first shown, not with the app: only the
 * two-step set-up needs it. Dark on light with a quiet zone, as phone cameras read best.
 */
export function QrCode({ value, label, size = 192 }: { value: string; label: string; size?: number }) {
  const [cells, setCells] = useState<boolean[][] | null>(null);
  useEffect(() => {
    let live = true;
    void import("uqr").then(({ encode }) => live && setCells(encode(value, { ecc: "M", border: 2 }).data));
    return () => {
      live = false;
    };
  }, [value]);
  if (!cells) return <Skeleton w={`${size}px`} h={`${size}px`} aria-label={`${label} (loading)`} />;
  const n = cells.length;
  const path = cells.flatMap((row, y) => row.map((on, x) => (on ? `M${x} ${y}h1v1h-1z` : ""))).join("");
  return (
    <Box bg="white" w={`${size}px`} h={`${size}px`} borderRadius="sm">
      <svg role="img" aria-label={label} viewBox={`0 0 ${n} ${n}`} width={size} height={size} shapeRendering="crispEdges">
        <path d={path} fill="#000" />
      </svg>
    </Box>
  );
}
