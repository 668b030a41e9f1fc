import { PrivacyNotice } from "@/features/privacy";

export default function Route() {
  return <PrivacyNotice />;
}
