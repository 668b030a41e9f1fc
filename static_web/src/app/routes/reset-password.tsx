import { ResetPasswordForm } from "@/features/auth";

export default function Route() {
  return <ResetPasswordForm />;
}
