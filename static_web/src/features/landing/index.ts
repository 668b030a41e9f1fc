export { Landing } from "./components/landing";
