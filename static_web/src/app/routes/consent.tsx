import { ConsentGate } from "@/features/privacy";

export default function Route() {
  return <ConsentGate />;
}
