import { Navigate } from "react-router";
import { Landing } from "@/features/landing";
import { useAuth } from "@/lib/auth";

export default function WelcomeRoute() {
  const { status } = useAuth();
  if (status === "signed-in") return <Navigate to="/" replace />;
  return <Landing />;
}
