import { Button, HStack, Stack, Text } from "@chakra-ui/react";
import { useState } from "react";
import { useProfile, useSaveProfile, type ProfileWithEtag } from "@/api/profile";
import type { FitnessProfile } from "@/api/profile";
import {
  AboutFields,
  anyParQYes,
  EquipmentFields,
  GoalsFields,
  ParQFields,
  PhysicianNotice,
  ScheduleFields,
} from "@/components/profile/profile-fields";
import { Section } from "@/components/ui/page";
import { QueryState } from "@/components/ui/states";
import { toaster } from "@/components/ui/toaster";

export function ProfileEditor() {
  const profile = useProfile();
  return (
    <Section title="Profile">
      <QueryState query={profile} label="your profile" isEmpty={(d) => d === null}>
        {(data) => <Editor key={data!.etag ?? "none"} stored={data!} />}
      </QueryState>
    </Section>
  );
}

function Editor({ stored }: { stored: ProfileWithEtag }) {
  const save = useSaveProfile();
  const { needs_medical_clearance: _flag, updated_at: _at, ...initial } = stored.profile;
  const [value, setValue] = useState<FitnessProfile>(initial);
  const onChange = (patch: Partial<FitnessProfile>) => setValue((v) => ({ ...v, ...patch }));
  const props = { value, onChange };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        // mutateAsync, not mutate's onSuccess: the new ETag re-keys (remounts) this editor, and TanStack
        // drops per-call callbacks of an unmounted observer, so the toast went missing now and then.
        save
          .mutateAsync({ profile: value, etag: stored.etag })
          .then(() => toaster.create({ type: "success", title: "Profile saved" }))
          .catch(() => {}); // the MutationCache toasts the error (412 also shows below)
      }}
    >
      <Stack gap="8">
        {anyParQYes(value) && <PhysicianNotice />}
        <AboutFields {...props} />
        <GoalsFields {...props} />
        <EquipmentFields {...props} />
        <ScheduleFields {...props} />
        <details>
          <summary>
            <Text as="span" fontWeight="medium">
              Health check (PAR-Q)
            </Text>
          </summary>
          <Stack mt="3">
            <ParQFields {...props} />
          </Stack>
        </details>
        {save.error && (save.error as { status?: number }).status === 412 && (
          <Text color="fg.error" role="alert">
            Your profile changed elsewhere; the latest version is loaded. Make your change again.
          </Text>
        )}
        <HStack>
          <Button type="submit" colorPalette="teal" loading={save.isPending}>
            Save profile
          </Button>
        </HStack>
      </Stack>
    </form>
  );
}
