import { createSystem, defaultConfig, defineConfig } from "@chakra-ui/react";

/** Vigor's theme as a Chakra v3 system config: a teal brand palette on the default tokens. */
const config = defineConfig({
  globalCss: {
    "html, body": { bg: "bg", color: "fg" },
    // Visible focus for keyboard users on every interactive element.
    "a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible": {
      outline: "2px solid",
      outlineColor: "colorPalette.focusRing",
      outlineOffset: "2px",
    },
  },
  theme: {
    tokens: {
      fonts: {
        heading: { value: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" },
        body: { value: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" },
      },
    },
    semanticTokens: {
      colors: {
        // Chakra's teal.600 under white text is 3.7:1; teal.700 passes WCAG AA (5.5:1).
        teal: {
          solid: { value: { _light: "{colors.teal.700}", _dark: "{colors.teal.300}" } },
          contrast: { value: { _light: "white", _dark: "{colors.gray.950}" } },
          fg: { value: { _light: "{colors.teal.800}", _dark: "{colors.teal.200}" } },
        },
        brand: {
          solid: { value: { _light: "{colors.teal.700}", _dark: "{colors.teal.300}" } },
          contrast: { value: { _light: "white", _dark: "{colors.gray.950}" } },
          fg: { value: { _light: "{colors.teal.800}", _dark: "{colors.teal.200}" } },
          muted: { value: { _light: "{colors.teal.100}", _dark: "{colors.teal.900}" } },
          subtle: { value: { _light: "{colors.teal.50}", _dark: "{colors.teal.950}" } },
          emphasized: { value: { _light: "{colors.teal.200}", _dark: "{colors.teal.800}" } },
          focusRing: { value: { _light: "{colors.teal.600}", _dark: "{colors.teal.300}" } },
          border: { value: { _light: "{colors.teal.600}", _dark: "{colors.teal.400}" } },
        },
      },
    },
  },
});

export const system = createSystem(defaultConfig, config);
