export { ProgressScreen } from "./components/progress-screen";
