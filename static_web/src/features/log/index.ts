export { LogScreen } from "./components/log-screen";
