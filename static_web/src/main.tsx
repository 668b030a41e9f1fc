import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { AppProvider } from "@/app/provider";
import { AppRouter } from "@/app/router";
import { applyColorMode, getColorMode } from "@/lib/color-mode";
import { installErrorReporter } from "@/lib/error-reporter";

applyColorMode(getColorMode());
installErrorReporter();

const root = document.getElementById("root");
if (!root) throw new Error("#root missing from index.html");

// The service worker (the app shell offline, update prompts) registers after load, from its own chunk.
window.addEventListener("load", () => void import("@/lib/pwa").then((pwa) => pwa.registerServiceWorker()), { once: true });

createRoot(root).render(
  <StrictMode>
    <AppProvider>
      <AppRouter />
    </AppProvider>
  </StrictMode>,
);
