export { PlanScreen } from "./components/plan-screen";
