import { screen } from "@testing-library/react";
import { renderApp } from "@/testing/render";
import { QrCode } from "./qr-code";

it("draws the QR code of its value as SVG once the encoder has loaded", async () => {
  renderApp(<QrCode value="otpauth://totp/Vigor:ada%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Vigor" label="QR code for the app" />);
  const img = await screen.findByRole("img", { name: "QR code for the app" }, { timeout: 5000 });
  const viewBox = img.getAttribute("viewBox")!.split(" ").map(Number);
  // Version 4 or 5 at level M for ~80 characters: 33 or 37 modules, plus a 2-module quiet zone each side.
  expect([37, 41]).toContain(viewBox[2]);
  const path = img.querySelector("path")!.getAttribute("d")!;
  expect(path.match(/M/g)!.length).toBeGreaterThan(300); // dark modules, not an empty square
  expect(path.startsWith("M2 2")).toBe(true); // the top-left finder pattern starts after the quiet zone
});
