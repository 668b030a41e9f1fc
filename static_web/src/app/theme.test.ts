import { blend, contrastRatio, resolveColor, type Mode } from "./contrast";
import { SLOT_RECIPES, system } from "./theme";

// WCAG 2.1 AA for normal-size text (1.4.3).
const AA = 4.5;
const MODES: Mode[] = ["_light", "_dark"];
const PALETTES = ["gray", "red", "orange", "yellow", "green", "blue", "teal", "brand"];
const STATUS = ["error", "warning", "success", "info"];

type Pair = [label: string, fg: string, bg: string];

function toastRecipe(): { base: Record<string, Record<string, unknown>> } {
  return system.getSlotRecipe("toast") as unknown as { base: Record<string, Record<string, unknown>> };
}

/** Every text-on-background pair the app draws from the palette, for one colour mode. */
function pairs(mode: Mode): Pair[] {
  const c = (name: string) => resolveColor(system, name, mode);
  const out: Pair[] = [];
  // Toasts: success, warning and error draw palette.contrast on palette.solid; info and loading fg on bg.panel.
  const description = Number(toastRecipe().base.description?.opacity ?? 1);
  const toastTypes: [string, string, string][] = [
    ["success", "green.contrast", "green.solid"],
    ["warning", "orange.contrast", "orange.solid"],
    ["error", "red.contrast", "red.solid"],
    ["info", "fg", "bg.panel"],
    ["loading", "fg", "bg.panel"],
  ];
  for (const [type, fg, bg] of toastTypes) {
    out.push([`${type} toast title`, c(fg), c(bg)]);
    out.push([`${type} toast description`, blend(c(fg), c(bg), description), c(bg)]);
  }
  for (const p of PALETTES) {
    out.push([`${p} solid button/badge`, c(`${p}.contrast`), c(`${p}.solid`)]);
    out.push([`${p} subtle badge/alert`, c(`${p}.fg`), c(`${p}.subtle`)]);
    out.push([`${p} text on the page`, c(`${p}.fg`), c("bg")]);
  }
  for (const s of [...STATUS, "muted"]) {
    for (const bg of ["bg", "bg.panel", "bg.muted"]) out.push([`fg.${s} on ${bg}`, c(`fg.${s}`), c(bg)]);
  }
  for (const s of STATUS) out.push([`fg.${s} on bg.${s}`, c(`fg.${s}`), c(`bg.${s}`)]);
  return out;
}

describe("the theme's palette", () => {
  for (const mode of MODES) {
    it(`meets WCAG AA (4.5:1) for every toast and status colour in ${mode === "_light" ? "light" : "dark"} mode`, () => {
      const failing = pairs(mode)
        .map(([label, fg, bg]) => ({ label, fg, bg, ratio: Math.round(contrastRatio(fg, bg) * 100) / 100 }))
        .filter((p) => p.ratio < AA);
      expect(failing).toEqual([]);
    });
  }

  it("keeps every part of Chakra's toast styled (the icon stays 20 px)", () => {
    const recipe = system.getSlotRecipe("toast") as unknown as { slots: string[] };
    expect(recipe.slots).toEqual(["root", "title", "description", "indicator", "closeTrigger", "actionTrigger"]);
    expect(toastRecipe().base.indicator?.boxSize).toBe("5");
  });

  it("draws toast text at full strength, close button included", () => {
    const base = toastRecipe().base;
    expect(Number(base.description?.opacity ?? 1)).toBe(1);
    expect(base.closeTrigger?.color).toBe("currentColor");
  });

  it("keeps toasts above a dialog's overlay, so the overlay never dims their text", () => {
    const z = (name: string) => Number(system.token(`zIndex.${name}`));
    expect(z("toast")).toBeGreaterThan(z("overlay"));
    expect(z("toast")).toBeGreaterThan(z("modal"));
  });

  it("computes contrast as WCAG does (known reference pairs)", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    // The failing pair: description #d0eddb on green.600 #16a34a.
    expect(contrastRatio("#d0eddb", "#16a34a")).toBeCloseTo(2.63, 1);
    expect(blend("#ffffff", "#000000", 0.5)).toBe("#808080");
  });
});

// Chakra components that draw with a slot recipe, by the recipe's key (Chakra's own pairing).
const SLOT_RECIPE_OF: Record<string, string> = {
  Accordion: "accordion", ActionBar: "actionBar", Alert: "alert", Avatar: "avatar", Blockquote: "blockquote",
  Breadcrumb: "breadcrumb", Card: "card", Carousel: "carousel", Checkbox: "checkbox", CheckboxCard: "checkboxCard",
  CheckboxGroup: "checkbox", Collapsible: "collapsible", ColorPicker: "colorPicker", Combobox: "combobox",
  DataList: "dataList", Dialog: "dialog", Drawer: "drawer", Editable: "editable", EmptyState: "emptyState",
  Field: "field", Fieldset: "fieldset", FileUpload: "fileUpload", HoverCard: "hoverCard", List: "list",
  Listbox: "listbox", Menu: "menu", NativeSelect: "nativeSelect", NumberInput: "numberInput", PinInput: "pinInput",
  Popover: "popover", Progress: "progress", ProgressCircle: "progressCircle", RadioCard: "radioCard",
  RadioGroup: "radioGroup", RatingGroup: "ratingGroup", ScrollArea: "scrollArea", SegmentGroup: "segmentGroup",
  Select: "select", Slider: "slider", Splitter: "splitter", Stat: "stat", Status: "status", Steps: "steps",
  Switch: "switch", Table: "table", Tabs: "tabs", Tag: "tag", TagsInput: "tagsInput", Timeline: "timeline",
  Toast: "toast", Tooltip: "tooltip", TreeView: "treeView",
};

describe("the theme's recipes", () => {
  it("style every multi-part Chakra component the app imports (none renders unstyled)", () => {
    const sources = import.meta.glob("/src/**/*.tsx", { query: "?raw", import: "default", eager: true });
    const used = new Set<string>();
    for (const text of Object.values(sources) as string[]) {
      for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*"@chakra-ui\/react"/g)) {
        for (const name of (m[1] ?? "").split(",")) used.add(name.trim().split(/\s+/)[0] ?? "");
      }
    }
    expect(used.has("Dialog")).toBe(true); // the scan found the app's imports
    const missing = [...used].filter((name) => name in SLOT_RECIPE_OF && !(SLOT_RECIPE_OF[name]! in SLOT_RECIPES));
    expect(missing).toEqual([]);
    for (const key of Object.keys(SLOT_RECIPES)) expect(system.getSlotRecipe(key)).toBeTruthy();
  });
});
