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

createRoot(root).render(
  <StrictMode>
    <AppProvider>
      <AppRouter />
    </AppProvider>
  </StrictMode>,
);
