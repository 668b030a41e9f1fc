import { expect, expectAccessible, readyUser, test } from "./fixtures";

// Issue 15: what the coach inferred from a user's words is shown on the Account screen with those words, and a wrong
// note is cleared there; a hard stop (urgent symptoms) says what clearing means and asks again first.
test("a user sees what the coach noticed and clears a note that was about a friend", async ({ page }) => {
  const user = await readyUser(page, "flags");
  const login = await page.request.post("/api/auth/login", { data: { email: user.email, password: user.password } });
  expect(login.status()).toBe(200);
  const { access_token } = (await login.json()) as { access_token: string };
  const said = "My friend says never push through chest pain, but I got chest pain on my run today";
  const chat = await page.request.post("/api/ai/chat", { headers: { Authorization: `Bearer ${access_token}` }, data: { message: said } });
  expect(chat.status()).toBe(200);

  await page.goto("/account");
  const section = page.getByRole("region", { name: "What the coach noticed" });
  const note = section.getByRole("listitem", { name: "Urgent symptoms: chest pain or heart symptoms" });
  await expect(note).toBeVisible();
  await expect(note.getByText(said, { exact: false })).toBeVisible();
  await expectAccessible(page, "account with a safety note");

  await note.getByRole("button", { name: "Clear this flag" }).click();
  const means = note.getByRole("alertdialog", { name: "What clearing means" });
  await expect(means).toContainText("see a doctor");
  await expectAccessible(page, "what clearing means");
  await means.getByRole("button", { name: "Clear it anyway" }).click();
  await expect(section.getByRole("status")).toContainText("Nothing noted");
});

// R11: a pregnancy told in a chat shapes only that chat until the user confirms it here; confirming makes it count for
// every answer (POST /api/users/me/safety-flags/pregnancy/confirm), and the question goes away.
test("a pregnancy said in a chat waits for the user's confirmation on the Account screen", async ({ page }) => {
  const user = await readyUser(page, "flagsconfirm");
  const login = await page.request.post("/api/auth/login", { data: { email: user.email, password: user.password } });
  expect(login.status()).toBe(200);
  const { access_token } = (await login.json()) as { access_token: string };
  const said = "I'm 12 weeks pregnant, can I keep doing my squats?";
  const chat = await page.request.post("/api/ai/chat", { headers: { Authorization: `Bearer ${access_token}` }, data: { message: said } });
  expect(chat.status()).toBe(200);

  await page.goto("/account");
  const section = page.getByRole("region", { name: "What the coach noticed" });
  const note = section.getByRole("listitem", { name: "Possible pregnancy" });
  await expect(note.getByText("Asked in a chat: is it true?")).toBeVisible();
  await expect(note.getByText("Only the chat you wrote it in takes it into account", { exact: false })).toBeVisible();
  await expectAccessible(page, "a flag waiting for confirmation");
  await note.getByRole("button", { name: /It's true/ }).click();
  await expect(note.getByText("Asked in a chat: is it true?")).toHaveCount(0);
  await expect(note.getByRole("button", { name: /It's true/ })).toHaveCount(0);
  await expect(note.getByRole("button", { name: "Clear this flag" })).toBeVisible();
});
