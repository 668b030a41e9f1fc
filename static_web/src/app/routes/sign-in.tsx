import { Navigate } from "react-router";
import { AuthForm } from "@/features/auth";
import { useAuth } from "@/lib/auth";

export default function SignInRoute() {
  const { status } = useAuth();
  if (status === "signed-in") return <Navigate to="/" replace />;
  return <AuthForm mode="sign-in" />;
}
