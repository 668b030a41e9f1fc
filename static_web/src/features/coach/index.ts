export { CoachScreen } from "./components/coach-screen";
