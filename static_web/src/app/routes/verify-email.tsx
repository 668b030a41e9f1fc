import { VerifyEmail } from "@/features/auth";

export default function Route() {
  return <VerifyEmail />;
}
