export { AuthForm, safeNext } from "./components/auth-form";
export { ForgotPasswordForm, ResetPasswordForm, VerifyEmail } from "./components/recovery-forms";
