import { createSystem, defaultBaseConfig, defineConfig, defineSlotRecipe, mergeConfigs } from "@chakra-ui/react";
import {
  alertSlotRecipe,
  animationStyles,
  breakpoints,
  checkboxSlotRecipe,
  cssVarsPrefix,
  cssVarsRoot,
  dialogSlotRecipe,
  fieldSlotRecipe,
  fieldsetSlotRecipe,
  globalCss,
  keyframes,
  layerStyles,
  listSlotRecipe,
  nativeSelectSlotRecipe,
  progressSlotRecipe,
  radioGroupSlotRecipe,
  recipes,
  segmentGroupSlotRecipe,
  semanticTokens,
  statSlotRecipe,
  tableSlotRecipe,
  tabsSlotRecipe,
  textStyles,
  toastSlotRecipe,
  tokens,
} from "@chakra-ui/react/theme";

/**
 * The slot recipes (multi-part components) the app uses, by Chakra's key. Chakra's full default theme
 * (all 60 slot recipes) was a third of the first download; theme.test.ts fails when a file imports a
 * Chakra component whose recipe is missing here, as that component would render unstyled.
 */
export const SLOT_RECIPES = {
  alert: alertSlotRecipe,
  checkbox: checkboxSlotRecipe,
  dialog: dialogSlotRecipe,
  field: fieldSlotRecipe,
  fieldset: fieldsetSlotRecipe,
  list: listSlotRecipe,
  nativeSelect: nativeSelectSlotRecipe,
  progress: progressSlotRecipe,
  radioGroup: radioGroupSlotRecipe,
  segmentGroup: segmentGroupSlotRecipe,
  stat: statSlotRecipe,
  table: tableSlotRecipe,
  tabs: tabsSlotRecipe,
  toast: toastSlotRecipe,
};

/** Chakra's default theme with only the slot recipes above (the single-part recipes are small: all kept). */
const chakraTheme = defineConfig({
  preflight: true,
  cssVarsPrefix,
  cssVarsRoot,
  globalCss,
  theme: {
    breakpoints,
    keyframes,
    tokens,
    semanticTokens,
    recipes,
    slotRecipes: SLOT_RECIPES,
    textStyles,
    layerStyles,
    animationStyles,
  },
});

/** Chakra's own toast slots, in its order (see `slotRecipes.toast`). */
export const TOAST_SLOTS = [...(toastSlotRecipe.slots ?? [])];

/** Toast text at full strength (see `slotRecipes.toast`); exported for the palette test. */
export const TOAST_TEXT = {
  description: { opacity: "1" },
  closeTrigger: { color: "currentColor" },
} as const;

/** Vigor's theme as a Chakra v3 system config: a teal brand palette on the default tokens. */
const config = defineConfig({
  globalCss: {
    "html, body": { bg: "bg", color: "fg" },
    // A link inside running text (a router <Link> or <a> with no styling of its own) must not look like the text
    // around it (WCAG 1.4.1): the brand's text colour and an underline. Buttons and styled links have a class.
    "p a:not([class]), li a:not([class]), span a:not([class]), label a:not([class]), dd a:not([class])": {
      color: "teal.fg",
      textDecoration: "underline",
      textUnderlineOffset: "2px",
    },
    // Visible focus for keyboard users on every interactive element.
    "a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible": {
      outline: "2px solid",
      outlineColor: "colorPalette.focusRing",
      outlineOffset: "2px",
    },
  },
  theme: {
    slotRecipes: {
      // Chakra dims a toast's description to 80% and its close button to 60%, which halves the
      // contrast on a coloured toast; full-strength text keeps every toast type above 4.5:1.
      // Same slots, same order as Chakra's recipe: slot lists merge by position, so a shorter list
      // would drop the indicator's styles (a 190 px icon).
      toast: defineSlotRecipe({ slots: TOAST_SLOTS, base: TOAST_TEXT }),
    },
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
        // Status palettes: Chakra's defaults put white on green.600 (3.3:1) and orange.600 (3.6:1) and
        // use red.500/green.600/orange.600 as light-mode status text (3.3-3.8:1). WCAG AA asks 4.5:1
        // for text; theme.test.ts checks every pair below in both modes.
        green: {
          solid: { value: { _light: "{colors.green.700}", _dark: "{colors.green.700}" } },
          contrast: { value: { _light: "white", _dark: "white" } },
        },
        red: {
          solid: { value: { _light: "{colors.red.700}", _dark: "{colors.red.700}" } },
          contrast: { value: { _light: "white", _dark: "white" } },
        },
        orange: {
          solid: { value: { _light: "{colors.orange.700}", _dark: "{colors.orange.400}" } },
          contrast: { value: { _light: "white", _dark: "{colors.gray.950}" } },
        },
        blue: {
          solid: { value: { _light: "{colors.blue.700}", _dark: "{colors.blue.700}" } },
          contrast: { value: { _light: "white", _dark: "white" } },
        },
        fg: {
          error: { value: { _light: "{colors.red.700}", _dark: "{colors.red.300}" } },
          warning: { value: { _light: "{colors.orange.700}", _dark: "{colors.orange.300}" } },
          success: { value: { _light: "{colors.green.700}", _dark: "{colors.green.300}" } },
          info: { value: { _light: "{colors.blue.700}", _dark: "{colors.blue.300}" } },
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

export const system = createSystem(mergeConfigs(defaultBaseConfig, chakraTheme), config);
