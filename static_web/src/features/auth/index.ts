export { AuthForm, safeNext } from "./components/auth-form";
export { ForgotPasswordForm, ResetPasswordForm, VerifyEmail } from "./components/recovery-forms";
export { TwoStepRecovery } from "./components/two-step-recovery";
