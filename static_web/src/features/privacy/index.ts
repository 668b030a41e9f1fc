export { ConsentGate, PrivacyChoices, PrivacyNotice } from "./components/privacy";
