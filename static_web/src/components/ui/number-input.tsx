import { Input, type InputProps } from "@chakra-ui/react";
import { useState } from "react";

export interface NumberInputProps extends Omit<InputProps, "value" | "onChange" | "type" | "defaultValue"> {
  value: number | null | undefined;
  /** The number typed, or null while the field is empty or not a number. */
  onValueChange: (value: number | null) => void;
}

/**
 * A number box that accepts editing: while it has focus it shows what was typed, not the value the form
 * put back (a form that turns an empty field into its default would make "clear 3, type 4" give 34).
 * On blur it shows the form's value again.
 */
export function NumberInput({ value, onValueChange, onBlur, step, ...props }: NumberInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const fractional = step !== undefined && Number(step) % 1 !== 0;
  return (
    <Input
      type="number"
      inputMode={fractional ? "decimal" : "numeric"}
      step={step}
      {...props}
      value={draft ?? (value == null || Number.isNaN(value) ? "" : String(value))}
      onChange={(e) => {
        const text = e.target.value;
        setDraft(text);
        const n = text.trim() === "" ? null : Number(text);
        onValueChange(n === null || Number.isNaN(n) ? null : n);
      }}
      onBlur={(e) => {
        setDraft(null);
        onBlur?.(e);
      }}
    />
  );
}
