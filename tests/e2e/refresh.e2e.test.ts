/**
 * The ribbon's "Refresh last contact" button in headless Chromium: it rewrites only the `last_contact` line of
 * the people whose newest meeting is newer, says how many in a notice with Undo, and Undo puts every note back
 * byte for byte.
 */
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { openHarness, openNote, screenshotBothThemes, texts, type Harness } from "./support/browser";

const RONNIE = "People/Ronnie Booker.md";

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await openHarness();
  page = harness.page;
});

afterAll(async () => {
  await harness?.close();
});

async function vaultSnapshot(): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(window.harness.notePaths().map((path) => [path, window.harness.readNote(path) ?? ""])));
}

/** The lines that differ between two texts of the same length in lines (as [before, after]). */
function changedLines(before: string, after: string): [string, string][] {
  const old = before.split("\n");
  const now = after.split("\n");
  expect(now).toHaveLength(old.length);
  return old.flatMap((line, index) => (line === now[index] ? [] : [[line, now[index] ?? ""] as [string, string]]));
}

test("the ribbon button moves last_contact to the newest meeting, touching only that line, and Undo restores every byte", async () => {
  const panel = await openNote(page, RONNIE, "Ronnie Booker");
  expect(await panel.locator(".rapport-last-contact .rapport-date").innerText()).toBe("27 Oct 2025");
  const newestMeeting = (await texts(panel.locator(".rapport-section").first().locator(".rapport-row .rapport-date")))[0];
  expect(newestMeeting).toBeDefined();
  const expected = new Date(`${newestMeeting} 00:00 UTC`).toISOString().slice(0, 10);
  const before = await vaultSnapshot();

  await page.locator('.harness-ribbon [aria-label="Refresh last contact"]').click();
  const notice = page.locator(".notice", { hasText: /^Updated \d+ (people|person)/ });
  await notice.waitFor();
  const count = Number(/^Updated (\d+)/.exec(await notice.innerText())?.[1]);
  expect(count).toBeGreaterThan(1);

  // Ronnie Booker: one line changed, its single quotes kept, to the date of the newest meeting the panel lists.
  const after = await vaultSnapshot();
  const ronnie = changedLines(before[RONNIE] ?? "", after[RONNIE] ?? "");
  expect(ronnie).toEqual([["last_contact: '2025-10-27'", `last_contact: '${expected}'`]]);
  expect(after[RONNIE]?.endsWith("\n")).toBe(before[RONNIE]?.endsWith("\n"));

  // Every other note the notice counts changed the same way, and nothing else changed (CRLF notes keep their \r).
  const changed = Object.keys(before).filter((path) => before[path] !== after[path]);
  expect(changed).toHaveLength(count);
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  for (const path of changed) {
    const lines = changedLines(before[path] ?? "", after[path] ?? "");
    expect(lines, path).toHaveLength(1);
    const [[was, now]] = lines as [[string, string]];
    expect(was, path).toMatch(/^last_contact: .*\r?$/);
    expect(now, path).toMatch(/^last_contact: ['"]?\d{4}-\d{2}-\d{2}['"]?\r?$/);
    expect(now.endsWith("\r"), path).toBe(was.endsWith("\r"));
  }
  expect(changed).toContain("People/Kushal Datta.md");

  // The panel redraws from the new value; the notice offers Undo.
  await panel.locator(".rapport-last-contact .rapport-date", { hasText: newestMeeting }).waitFor();
  const undo = notice.getByRole("button", { name: "Undo" });
  expect(await undo.isVisible()).toBe(true);
  await screenshotBothThemes(page, page.locator("body"), "refresh-notice");

  await undo.click();
  await page.locator(".notice", { hasText: /^Undone: / }).waitFor();
  expect(await notice.count()).toBe(0);
  expect(await vaultSnapshot()).toEqual(before);
  await panel.locator(".rapport-last-contact .rapport-date", { hasText: "27 Oct 2025" }).waitFor();

  const messages = await page.evaluate(() => window.harness.notices());
  // The notice's text is its message followed by its Undo button's.
  expect(messages).toContain(`Updated ${count} peopleUndo`);
  expect(messages.find((message) => message.startsWith("Undone: "))).toMatch(new RegExp(`\\(${count} notes restored\\)\\.$`));
  expect(await page.evaluate(() => window.harness.errors())).toEqual([]);
  expect(harness.pageErrors).toEqual([]);
});

test("a second refresh right after finds nothing to change", async () => {
  await page.evaluate(() => window.harness.runCommand("rapport:refresh-last-contact"));
  const first = page.locator(".notice", { hasText: /^Updated \d+ people/ });
  await first.waitFor();
  const before = await vaultSnapshot();
  await page.locator('.harness-ribbon [aria-label="Refresh last contact"]').click();
  await page.locator(".notice", { hasText: "Last contact is up to date: nothing changed." }).waitFor();
  expect(await vaultSnapshot()).toEqual(before);
});
