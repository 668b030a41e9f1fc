import { Navigate, useSearchParams } from "react-router";
import { AuthForm, safeNext } from "@/features/auth";
import { useAuth } from "@/lib/auth";

export default function SignInRoute() {
  const { status } = useAuth();
  const [params] = useSearchParams();
  // After a successful sign-in this re-renders first: go where the user was headed.
  if (status === "signed-in") return <Navigate to={safeNext(params.get("next"))} replace />;
  return <AuthForm mode="sign-in" />;
}
