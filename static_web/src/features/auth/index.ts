export { AuthForm, safeNext } from "./components/auth-form";
