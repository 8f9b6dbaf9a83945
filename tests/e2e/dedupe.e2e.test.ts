/**
 * The dedupe review in headless Chromium: groups best first with their reasons, j/k to choose, Merge… to the
 * preview with its diff, and a confirmed merge of Ronnie Borker into Ronnie Booker (Borker trashed, every link
 * to him retargeted). Screenshots of the review and the preview in light and dark.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Locator, Page } from "playwright-core";
import { openHarness, openNote, openWithDuplicateHints, screenshotBothThemes, type Harness } from "./support/browser";

const RONNIE = "People/Ronnie Booker.md";
const BORKER = "People/Ronnie Borker.md";

let harness: Harness;
let page: Page;
let review: Locator;

beforeAll(async () => {
  harness = await openHarness();
  page = harness.page;
  review = page.locator(".modal.rapport-review-modal");
});

afterAll(async () => {
  await harness?.close();
});

/** A note's text without fenced code blocks and code spans: links written there are examples, not links. */
function outsideCode(text: string): string {
  return text.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "").replace(/`[^`\n]*`/g, "");
}

const BORKER_LINK = /\[\[(People\/)?Ronnie Borker(\.md)?([#|\\][^\]]*)?\]\]/;

const groups = () => review.locator(".rapport-groups > .rapport-group");

async function selectedIndex(): Promise<number> {
  return groups().evaluateAll((items) => items.findIndex((item) => item.getAttribute("aria-selected") === "true" && item.classList.contains("is-selected")));
}

test("lists the possible duplicates best first, each with its reasons", async () => {
  await page.evaluate(() => window.harness.runCommand("rapport:dedupe-people"));
  await groups().first().waitFor();
  expect(await review.locator(".modal-title").innerText()).toBe("Dedupe people notes");
  const count = await groups().count();
  expect(count).toBeGreaterThanOrEqual(4);
  expect(await review.locator(".modal-content > .rapport-muted").first().innerText()).toMatch(new RegExp(`^${count} possible duplicates\\. Keys: `));

  const scores = (await groups().locator(".rapport-score").allInnerTexts()).map((text) => Number(/^(\d+)% · \w+$/.exec(text)?.[1]));
  expect(scores.every((score) => score > 0 && score <= 100)).toBe(true);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  for (const group of await groups().all()) expect(await group.locator(".rapport-reasons li").count()).toBeGreaterThan(0);

  const pairs = (await groups().locator("strong").allTextContents()).map((text) => text.split("  ~  ").sort().join(" ~ "));
  expect(pairs).toEqual(expect.arrayContaining(["Ronnie Booker ~ Ronnie Borker", "Kate Morrison ~ Katherine Morrison", "Jose Ortega ~ José Ortega"]));
  // Hard negatives stay apart.
  expect(pairs).not.toContain("Ed Kim ~ Sarah Kim");
  expect(pairs).not.toContain("Michael Myrah ~ Mike Kiernan");
  expect(pairs).not.toContain("John Mao ~ John Tinter");

  const ronnie = groups().filter({ hasText: "Ronnie Borker" });
  expect(await ronnie.locator(".rapport-reasons li").allInnerTexts()).toEqual(expect.arrayContaining(["family names sound alike: Booker / Borker"]));

  // The first group is selected, with its actions and the two notes side by side.
  expect(await selectedIndex()).toBe(0);
  expect(await groups().nth(0).locator(".rapport-actions button").allInnerTexts()).toEqual(["Skip", "Not the same person", "Merge…"]);
  const sides = review.locator(".rapport-group-detail .rapport-side h5");
  await sides.first().waitFor();
  expect(await sides.count()).toBe(2);
});

test("j and k (and the arrow keys) move the selection; the detail follows", async () => {
  expect(await selectedIndex()).toBe(0);
  await page.keyboard.press("j");
  expect(await selectedIndex()).toBe(1);
  await page.keyboard.press("j");
  expect(await selectedIndex()).toBe(2);
  await page.keyboard.press("k");
  expect(await selectedIndex()).toBe(1);
  await page.keyboard.press("ArrowUp");
  expect(await selectedIndex()).toBe(0);
  await page.keyboard.press("k");
  expect(await selectedIndex()).toBe(0);
  await page.keyboard.press("ArrowDown");
  expect(await selectedIndex()).toBe(1);
  const selectedNotes = await groups().nth(1).locator("strong").textContent();
  const [firstTitle] = (selectedNotes ?? "").split("  ~  ");
  await review.locator(".rapport-group-detail .rapport-side h5", { hasText: firstTitle ?? "" }).first().waitFor();
  // Only the selected group shows actions.
  expect(await review.locator(".rapport-group .rapport-actions").count()).toBe(1);
});

test("screenshots of the review, light and dark", async () => {
  const ronnie = groups().filter({ hasText: "Ronnie Borker" });
  const index = await ronnie.evaluate((item) => Array.from(item.parentElement!.children).indexOf(item));
  while ((await selectedIndex()) < index) await page.keyboard.press("j");
  while ((await selectedIndex()) > index) await page.keyboard.press("k");
  await review.locator(".rapport-group-detail .rapport-side h5", { hasText: BORKER }).waitFor();
  await screenshotBothThemes(page, page.locator("body"), "dedupe-modal");
});

test("Merge… opens the preview with a diff; confirming merges Ronnie Borker into Ronnie Booker and retargets every link", async () => {
  const before = await page.evaluate(() => Object.fromEntries(window.harness.notePaths().map((path) => [path, window.harness.readNote(path) ?? ""])));
  const linkingToBorker = Object.keys(before).filter((path) => path !== BORKER && BORKER_LINK.test(outsideCode(before[path] ?? "")));
  expect(linkingToBorker.length).toBeGreaterThan(0);

  const ronnieGroup = groups().filter({ hasText: "Ronnie Borker" });
  expect(await ronnieGroup.getAttribute("aria-selected")).toBe("true");
  await ronnieGroup.getByRole("button", { name: "Merge…" }).click();
  const preview = page.locator(".modal.rapport-merge-modal");
  await preview.locator(".rapport-diff").waitFor();
  expect(await preview.locator(".modal-title").innerText()).toBe("Merge people notes");

  // The suggested survivor may be either note; keep Ronnie Booker.
  const summary = preview.locator(".rapport-merge-summary p").first();
  if ((await summary.innerText()).startsWith("Keep “Ronnie Borker”")) {
    await preview.getByRole("button", { name: "Keep “Ronnie Booker” instead" }).click();
    await preview.locator(".rapport-merge-summary p", { hasText: "Keep “Ronnie Booker”" }).waitFor();
  }
  expect(await summary.innerText()).toBe("Keep “Ronnie Booker” and merge “Ronnie Borker” into it.");
  expect(await preview.locator(".rapport-merge-summary p").nth(1).innerText()).toMatch(/^\d+ links? in \d+ other notes? will point to “Ronnie Booker”\. “Ronnie Borker” will be moved to the trash\. Undo puts everything back\.$/);
  const added = preview.locator(".rapport-diff .rapport-diff-added");
  expect(await added.count()).toBeGreaterThan(0);
  for (const line of await added.allTextContents()) expect(line).toMatch(/^\+ /);
  expect(await preview.getByRole("button").allInnerTexts()).toEqual(["Keep “Ronnie Borker” instead", "Cancel", "Merge"]);
  // Nothing is written before Merge.
  expect(await page.evaluate((path) => window.harness.readNote(path), BORKER)).toBe(before[BORKER]);
  await screenshotBothThemes(page, page.locator("body"), "merge-preview");

  await preview.getByRole("button", { name: "Merge", exact: true }).click();
  await preview.waitFor({ state: "detached" });
  await page.locator(".notice", { hasText: "Merged “Ronnie Borker” into “Ronnie Booker”." }).getByRole("button", { name: "Undo" }).waitFor();

  const after = await page.evaluate(() => Object.fromEntries(window.harness.notePaths().map((path) => [path, window.harness.readNote(path) ?? ""])));
  expect(after[BORKER]).toBeUndefined();
  expect(await page.evaluate(() => window.harness.trashed())).toContain(BORKER);
  expect(after[RONNIE]).not.toBe(before[RONNIE]);
  for (const [path, text] of Object.entries(after)) expect(outsideCode(text), path).not.toMatch(BORKER_LINK);
  for (const path of linkingToBorker) expect(after[path], path).toMatch(/\[\[(People\/)?Ronnie Booker/);
  // Links inside code are examples: the daily note's code span and fenced block keep Borker; its real links,
  // wikilink and Markdown link alike, now point to Booker. Notes naming him only in code are left as they were.
  const daily = after["Daily/2025-11-03.md"] ?? "";
  expect(daily).toContain("[[People/Ronnie Booker]] before the review");
  expect(daily).toContain("[Ronnie's profile](People/Ronnie%20Booker.md)");
  expect(daily).toContain("wrote `[[Ronnie Borker]]` for Ronnie Booker");
  expect(daily).toContain('"Ronnie Borker" -> [[Ronnie Borker]] until the people merge lands');
  const onlyInCode = Object.keys(before).filter((path) => path !== BORKER && !linkingToBorker.includes(path) && BORKER_LINK.test(before[path] ?? ""));
  for (const path of onlyInCode) expect(after[path], path).toBe(before[path]);
  expect(after["Projects/MAI Dallas storage.md"]).toContain("[[Ronnie Booker\\|Ronnie]]");
  expect(after["People/Michael Myrah.md"]).toContain("[[Ronnie Booker#Key Facts]]");

  // The review stays open without that group, the next one selected.
  await review.locator(".rapport-group", { hasText: "Ronnie Borker" }).waitFor({ state: "detached" });
  expect(await review.isVisible()).toBe(true);
  expect(await selectedIndex()).toBeGreaterThanOrEqual(0);
  expect(await page.evaluate(() => window.harness.errors())).toEqual([]);
  expect(harness.pageErrors).toEqual([]);
});

describe("“Not the same person”", () => {
  const KATE = "People/Kate Morrison.md";
  const KATHERINE = "People/Katherine Morrison.md";

  test("n drops the group and remembers the decision in the plugin's data", async () => {
    await page.evaluate(() => window.harness.closeModals());
    const panel = await openWithDuplicateHints(page, KATHERINE, "Katherine Morrison");
    expect(await panel.locator(".rapport-duplicate").innerText()).toMatch(/^Possible duplicate: Kate Morrison/);

    await page.evaluate(() => window.harness.runCommand("rapport:dedupe-people"));
    await groups().first().waitFor();
    const kate = groups().filter({ hasText: "Katherine Morrison" });
    const index = await kate.evaluate((item) => Array.from(item.parentElement!.children).indexOf(item));
    while ((await selectedIndex()) < index) await page.keyboard.press("j");
    const countBefore = await groups().count();
    await page.keyboard.press("n");
    await kate.waitFor({ state: "detached" });
    expect(await groups().count()).toBe(countBefore - 1);

    const data = JSON.parse((await page.evaluate(() => window.harness.readNote(".obsidian/plugins/rapport/data.json"))) ?? "{}") as { notSamePerson?: string[][] };
    expect((data.notSamePerson ?? []).map((pair) => [...pair].sort())).toContainEqual([KATE, KATHERINE]);
  });

  test("the panel showing Katherine Morrison drops the rejected duplicate at once", async () => {
    await page.locator(".rapport-panel .rapport-duplicate").waitFor({ state: "detached", timeout: 3_000 });
  });

  test("once the panel redraws, Kate Morrison is no longer offered as Katherine Morrison's duplicate", async () => {
    await page.evaluate(() => window.harness.closeModals());
    await openNote(page, "Projects/Project Apollo.md", "Project Apollo");
    const panel = await openNote(page, KATHERINE, "Katherine Morrison");
    expect(await panel.locator(".rapport-duplicate").count()).toBe(0);
    expect(await page.evaluate(() => window.harness.errors())).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});
