/** The profile, in sections small enough for one onboarding step each; Account reuses them. */
import {
  Alert,
  Button,
  Checkbox,
  Field,
  Fieldset,
  HStack,
  Input,
  NativeSelect,
  RadioGroup,
  SimpleGrid,
  Stack,
  Text,
} from "@chakra-ui/react";
import { NumberInput } from "@/components/ui/number-input";
import { memo, useState, type ReactNode } from "react";
import type { FitnessProfile } from "@/api/profile";
import { fromDisplayHeight, fromDisplayWeight, fromFeetInches, toDisplayHeight, toDisplayWeight, toFeetInches, weightLabel } from "@/lib/units";
import { deviceTimeZone, suggestTimeZones, TIME_ZONES, timeZoneError } from "./time-zone";
import { EQUIPMENT, GOALS, INJURY_AREAS, LEVELS, PAR_Q, PAR_Q_RED_FLAGS, SEVERITIES, SEXES, TONES, WEEKDAYS, type ParQKey } from "./vocab";

export type { ParQKey };

export interface FieldsProps {
  value: FitnessProfile;
  onChange: (patch: Partial<FitnessProfile>) => void;
  /**
   * Onboarding asks every PAR-Q question explicitly: only the `answered` ones show a choice, and `missing`
   * (the first left unanswered when the user tried to finish) is marked. Without it (the account page's
   * saved profile) every question counts as answered.
   */
  parQ?: { answered: readonly ParQKey[]; onAnswered: (key: ParQKey) => void; missing: ParQKey | null };
  /** Errors to show on their fields (profile field name -> message): the step's own check, or the server's 422. */
  errors?: Partial<Record<string, string>>;
}

/** The fields these sections show an error on themselves; a step lists any other field's error at its foot. */
export const INLINE_ERROR_FIELDS = new Set(["units", "birth_year", "sex", "fitness_level", "days_per_week", "session_minutes", "timezone", "daily_message_hour", "coach_tone"]);

type Injury = NonNullable<FitnessProfile["injuries"]>[number];

export function defaultProfile(displayName = ""): FitnessProfile {
  let timezone = "UTC";
  try {
    timezone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    /* keep UTC */
  }
  return {
    display_name: displayName,
    units: "metric",
    fitness_level: "beginner",
    goals: ["general_fitness"],
    equipment: ["bodyweight"],
    injuries: [],
    days_per_week: 3,
    session_minutes: 45,
    preferred_days: [],
    timezone,
    daily_message_hour: 8,
    coach_tone: "encouraging",
    par_q: {
      heart_condition: false,
      chest_pain_activity: false,
      chest_pain_rest: false,
      dizziness: false,
      bone_joint_problem: false,
      blood_pressure_medication: false,
      other_reason: false,
      medical_clearance: false,
    },
  };
}

function Select<T extends string>({
  label,
  value,
  options,
  onChange,
  placeholder,
  name,
  error,
}: {
  label: string;
  value: T | "" | null | undefined;
  options: Record<T, string>;
  onChange: (v: T | null) => void;
  placeholder?: string;
  name?: string;
  error?: string;
}) {
  return (
    <Field.Root invalid={!!error}>
      <Field.Label>{label}</Field.Label>
      <NativeSelect.Root>
        <NativeSelect.Field name={name} value={value ?? ""} onChange={(e) => onChange((e.target.value || null) as T | null)}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {(Object.entries(options) as [T, string][]).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </NativeSelect.Field>
        <NativeSelect.Indicator />
      </NativeSelect.Root>
      {error && <Field.ErrorText>{error}</Field.ErrorText>}
    </Field.Root>
  );
}

function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  step,
  helper,
  name,
  error,
}: {
  label: string;
  value: number | null | undefined;
  onChange: (v: number | null) => void;
  min?: number;
  max?: number;
  step?: number;
  helper?: string;
  name?: string;
  error?: string;
}) {
  return (
    <Field.Root invalid={!!error}>
      <Field.Label>{label}</Field.Label>
      <NumberInput name={name} value={value} min={min} max={max} step={step ?? 1} onValueChange={onChange} />
      {error ? <Field.ErrorText>{error}</Field.ErrorText> : helper && <Field.HelperText>{helper}</Field.HelperText>}
    </Field.Root>
  );
}

/** Height as imperial users say it: feet and inches, stored in centimetres. */
function HeightFeetInches({ cm, onChange }: { cm: number | null | undefined; onChange: (cm: number | null) => void }) {
  const { feet, inches } = cm == null ? { feet: null, inches: null } : toFeetInches(cm);
  const set = (f: number | null, i: number | null) => onChange(f == null && i == null ? null : fromFeetInches(f ?? 0, i ?? 0));
  return (
    <Fieldset.Root>
      <Fieldset.Legend fontSize="sm" fontWeight="medium">
        Height
      </Fieldset.Legend>
      <HStack align="end">
        <Field.Root>
          <Field.Label>Feet</Field.Label>
          <NumberInput value={feet} min={3} max={8} onValueChange={(f) => set(f, inches)} />
        </Field.Root>
        <Field.Root>
          <Field.Label>Inches</Field.Label>
          <NumberInput value={inches} min={0} max={11.5} step={0.5} onValueChange={(i) => set(feet, i)} />
        </Field.Root>
      </HStack>
    </Fieldset.Root>
  );
}

function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  onChange,
  helper,
}: {
  legend: string;
  options: Record<T, string>;
  selected: T[];
  onChange: (next: T[]) => void;
  helper?: ReactNode;
}) {
  return (
    <Fieldset.Root>
      <Fieldset.Legend fontWeight="medium">{legend}</Fieldset.Legend>
      {helper && <Fieldset.HelperText>{helper}</Fieldset.HelperText>}
      <SimpleGrid columns={{ base: 2, md: 3 }} gap="2" mt="2">
        {(Object.entries(options) as [T, string][]).map(([v, l]) => (
          <Checkbox.Root
            key={v}
            checked={selected.includes(v)}
            onCheckedChange={(e) => onChange(e.checked ? [...selected, v] : selected.filter((s) => s !== v))}
          >
            <Checkbox.HiddenInput />
            <Checkbox.Control />
            <Checkbox.Label>{l}</Checkbox.Label>
          </Checkbox.Root>
        ))}
      </SimpleGrid>
    </Fieldset.Root>
  );
}

export function AboutFields({ value, onChange, errors }: FieldsProps) {
  const units = value.units;
  return (
    <Stack gap="4">
      <Field.Root>
        <Field.Label>Display name</Field.Label>
        <Input value={value.display_name} maxLength={80} autoComplete="nickname" onChange={(e) => onChange({ display_name: e.target.value })} />
      </Field.Root>
      <Select label="Units" name="units" error={errors?.units} value={units} options={{ metric: "Metric (kg, cm)", imperial: "Imperial (lb, ft and in)" }} onChange={(v) => onChange({ units: v ?? "metric" })} />
      <SimpleGrid columns={{ base: 1, md: 2 }} gap="4">
        <NumberField label="Birth year" name="birth_year" error={errors?.birth_year} value={value.birth_year} min={1900} max={new Date().getFullYear() - 16} onChange={(v) => onChange({ birth_year: v })} />
        <Select label="Sex" name="sex" error={errors?.sex} value={value.sex} options={SEXES} placeholder="Not set" onChange={(v) => onChange({ sex: v })} />
        {units === "imperial" ? (
          <HeightFeetInches cm={value.height_cm} onChange={(height_cm) => onChange({ height_cm })} />
        ) : (
          <NumberField
            label="Height (cm)"
            value={value.height_cm == null ? null : toDisplayHeight(value.height_cm, units)}
            step={0.5}
            onChange={(v) => onChange({ height_cm: v == null ? null : fromDisplayHeight(v, units) })}
          />
        )}
        <NumberField
          label={`Weight (${weightLabel(units)})`}
          value={value.weight_kg == null ? null : toDisplayWeight(value.weight_kg, units)}
          step={0.1}
          onChange={(v) => onChange({ weight_kg: v == null ? null : fromDisplayWeight(v, units) })}
        />
      </SimpleGrid>
    </Stack>
  );
}

export function GoalsFields({ value, onChange, errors }: FieldsProps) {
  return (
    <Stack gap="5">
      <CheckboxGroup legend="Goals" helper="Pick one to three." options={GOALS} selected={value.goals ?? []} onChange={(goals) => onChange({ goals })} />
      <Select label="Fitness level" name="fitness_level" error={errors?.fitness_level} value={value.fitness_level} options={LEVELS} onChange={(v) => onChange({ fitness_level: v ?? "beginner" })} />
    </Stack>
  );
}

export function EquipmentFields({ value, onChange }: FieldsProps) {
  const injuries = value.injuries ?? [];
  const setInjury = (i: number, patch: Partial<Injury>) =>
    onChange({ injuries: injuries.map((inj, j) => (j === i ? { ...inj, ...patch } : inj)) });
  return (
    <Stack gap="5">
      <CheckboxGroup legend="Equipment you have" options={EQUIPMENT} selected={value.equipment ?? []} onChange={(equipment) => onChange({ equipment })} />
      <Fieldset.Root>
        <Fieldset.Legend fontWeight="medium">Injuries or pain</Fieldset.Legend>
        <Fieldset.HelperText>Plans avoid exercises that load these areas.</Fieldset.HelperText>
        <Stack gap="3" mt="2">
          {injuries.length === 0 && <Text color="fg.muted">None listed.</Text>}
          {injuries.map((inj, i) => (
            <SimpleGrid key={i} columns={{ base: 1, md: 4 }} gap="2" alignItems="end" borderWidth="1px" borderRadius="md" p="3">
              <Select label={`Injury ${i + 1} area`} value={inj.area} options={INJURY_AREAS} onChange={(v) => setInjury(i, { area: v ?? "knee" })} />
              <Select label={`Injury ${i + 1} severity`} value={inj.severity} options={SEVERITIES} onChange={(v) => setInjury(i, { severity: v ?? "mild" })} />
              <Field.Root>
                <Field.Label>{`Injury ${i + 1} notes`}</Field.Label>
                <Input value={inj.notes ?? ""} maxLength={200} onChange={(e) => setInjury(i, { notes: e.target.value })} />
              </Field.Root>
              <Button variant="outline" onClick={() => onChange({ injuries: injuries.filter((_, j) => j !== i) })}>
                Remove injury {i + 1}
              </Button>
            </SimpleGrid>
          ))}
          <HStack>
            <Button variant="outline" size="sm" onClick={() => onChange({ injuries: [...injuries, { area: "knee", severity: "mild", notes: "" }] })}>
              Add an injury
            </Button>
          </HStack>
        </Stack>
      </Fieldset.Root>
    </Stack>
  );
}

/** The browser's searchable list for the field: ~600 options, rendered once rather than on every keystroke. */
const TimeZoneList = memo(function TimeZoneList() {
  return (
    <datalist id="time-zone-list">
      {TIME_ZONES.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
});

function TimeZoneField({ value, onChange, error }: { value: string; onChange: (zone: string) => void; error?: string }) {
  const [touched, setTouched] = useState(false);
  const shown = error ?? (touched ? timeZoneError(value) : null);
  const device = deviceTimeZone();
  const suggestions = shown ? suggestTimeZones(value.split("/").at(-1) ?? value).filter((z) => z !== value) : [];
  return (
    <Field.Root invalid={!!shown} id="profile-timezone">
      <Field.Label>Time zone</Field.Label>
      <Input name="timezone" list="time-zone-list" value={value} maxLength={64} autoComplete="off" onBlur={() => setTouched(true)} onChange={(e) => onChange(e.target.value)} />
      <TimeZoneList />
      {shown ? <Field.ErrorText>{shown}</Field.ErrorText> : <Field.HelperText>Type a city to search, e.g. London gives Europe/London</Field.HelperText>}
      <HStack flexWrap="wrap" gap="1" mt="1">
        {suggestions.map((zone) => (
          <Button key={zone} size="xs" variant="outline" onClick={() => onChange(zone)}>
            Use {zone}
          </Button>
        ))}
        {device && device !== value && (
          <Button size="xs" variant="ghost" onClick={() => onChange(device)}>
            Use this device's zone ({device})
          </Button>
        )}
      </HStack>
    </Field.Root>
  );
}

export function ScheduleFields({ value, onChange, errors }: FieldsProps) {
  const hours = Object.fromEntries(Array.from({ length: 24 }, (_, h) => [String(h), `${String(h).padStart(2, "0")}:00`])) as Record<string, string>;
  return (
    <Stack gap="4">
      <SimpleGrid columns={{ base: 1, md: 2 }} gap="4">
        <NumberField label="Days per week" name="days_per_week" error={errors?.days_per_week} value={value.days_per_week} min={1} max={7} onChange={(v) => onChange({ days_per_week: v ?? 3 })} />
        <NumberField label="Minutes per session" name="session_minutes" error={errors?.session_minutes} value={value.session_minutes} min={15} max={180} step={5} onChange={(v) => onChange({ session_minutes: v ?? 45 })} />
      </SimpleGrid>
      <CheckboxGroup legend="Preferred days" options={WEEKDAYS} selected={value.preferred_days ?? []} onChange={(preferred_days) => onChange({ preferred_days })} />
      <SimpleGrid columns={{ base: 1, md: 3 }} gap="4">
        <TimeZoneField value={value.timezone ?? ""} error={errors?.timezone} onChange={(timezone) => onChange({ timezone })} />
        <Select label="Daily message time" name="daily_message_hour" error={errors?.daily_message_hour} value={String(value.daily_message_hour)} options={hours} onChange={(v) => onChange({ daily_message_hour: Number(v ?? 8) })} />
        <Select label="Coach tone" name="coach_tone" error={errors?.coach_tone} value={value.coach_tone} options={TONES} onChange={(v) => onChange({ coach_tone: v ?? "encouraging" })} />
      </SimpleGrid>
    </Stack>
  );
}

export function anyParQYes(value: FitnessProfile): boolean {
  const parQ = value.par_q;
  return !!parQ && (Object.keys(PAR_Q) as ParQKey[]).some((key) => parQ[key]);
}

/** Yes to a heart, chest-pain or dizziness question: no workouts until a physician clears the person. */
export function parQRedFlag(value: FitnessProfile): boolean {
  const parQ = value.par_q;
  return !!parQ && PAR_Q_RED_FLAGS.some((key) => parQ[key]);
}

export function PhysicianNotice() {
  return (
    <Alert.Root status="warning" role="alert">
      <Alert.Indicator />
      <Alert.Content>
        <Alert.Title>Talk to a doctor before you start</Alert.Title>
        <Alert.Description>
          You answered yes to at least one question. Please get clearance from a physician before becoming much more physically active.
          Until then Vigor keeps your plans conservative; after a heart, chest-pain or dizziness answer it gives gentle movement
          only, no workouts, until a physician has cleared you.
        </Alert.Description>
      </Alert.Content>
    </Alert.Root>
  );
}

export function ParQFields({ value, onChange, parQ: asking }: FieldsProps) {
  const parQ = value.par_q ?? defaultProfile().par_q!;
  return (
    <Stack gap="4">
      {(Object.entries(PAR_Q) as [ParQKey, string][]).map(([key, question], i) => (
        <RadioGroup.Root
          key={key}
          id={`par-q-${key}`}
          value={!asking || asking.answered.includes(key) ? (parQ[key] ? "yes" : "no") : null}
          onValueChange={(e) => {
            asking?.onAnswered(key);
            onChange({ par_q: { ...parQ, [key]: e.value === "yes" } });
          }}
          aria-invalid={asking?.missing === key || undefined}
          aria-describedby={asking?.missing === key ? "par-q-missing" : undefined}
          borderLeftWidth={asking?.missing === key ? "3px" : undefined}
          borderColor="border.error"
          ps={asking?.missing === key ? "3" : undefined}
        >
          <RadioGroup.Label fontWeight="normal" mb="1">
            {i + 1}. {question}
          </RadioGroup.Label>
          <HStack gap="6">
            {(["no", "yes"] as const).map((v) => (
              <RadioGroup.Item key={v} value={v}>
                <RadioGroup.ItemHiddenInput />
                <RadioGroup.ItemIndicator />
                <RadioGroup.ItemText>{v === "yes" ? "Yes" : "No"}</RadioGroup.ItemText>
              </RadioGroup.Item>
            ))}
          </HStack>
        </RadioGroup.Root>
      ))}
      {anyParQYes(value) && <PhysicianNotice />}
      {parQRedFlag(value) && (
        <Checkbox.Root
          checked={!!parQ.medical_clearance}
          onCheckedChange={(e) => onChange({ par_q: { ...parQ, medical_clearance: e.checked === true } })}
        >
          <Checkbox.HiddenInput />
          <Checkbox.Control />
          <Checkbox.Label>A physician has cleared me to exercise</Checkbox.Label>
        </Checkbox.Root>
      )}
    </Stack>
  );
}
