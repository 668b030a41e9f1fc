import { ForgotPasswordForm } from "@/features/auth";

export default function Route() {
  return <ForgotPasswordForm />;
}
