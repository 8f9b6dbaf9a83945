/**
 * One headless Chromium (Debian's, driven by playwright-core) with a fresh profile, showing the harness page
 * with the built plugin loaded over the example vault. Each test file opens one in beforeAll and closes it
 * in afterAll.
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Locator, type Page } from "playwright-core";
import type { Theme } from "../harness/api";
import { ROOT, startHarnessServer, type HarnessServer } from "./server";

export const CHROMIUM = process.env.RAPPORT_CHROMIUM ?? "/usr/bin/chromium";
export const RESULTS_DIR = path.join(ROOT, "test-results");

/**
 * The browser's clock is fixed a few days after the example vault's last meeting (2025-11-17), so "… ago"
 * texts, stale marks and screenshots are the same on every run.
 */
export const TODAY = "2025-11-20";

export interface Harness {
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openHarness(): Promise<Harness> {
  const server: HarnessServer = await startHarnessServer();
  const userDataDir = await mkdtemp(path.join(tmpdir(), "rapport-e2e-chromium-"));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport: { width: 1280, height: 900 },
      deviceScaleFactor: 1,
      locale: "en-GB",
      timezoneId: "UTC",
      serviceWorkers: "block",
    });
    // Nothing leaves the machine: the harness origin is the only one the page may reach.
    const origin = new URL(server.url).origin;
    await context.route("**/*", (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort("blockedbyclient")));
    const page = context.pages()[0] ?? (await context.newPage());
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(`${error.name}: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00Z`));
    await page.goto(server.url);
    try {
      await page.evaluate(() => window.harness.ready);
    } catch (error) {
      const seen = await page.evaluate(() => window.harness?.errors() ?? []).catch(() => []);
      throw new Error(`The harness page did not start: ${String(error)}\n${[...seen, ...pageErrors].join("\n")}`);
    }
    const opened = context;
    return {
      page,
      pageErrors,
      async close() {
        await opened.close();
        await server.close();
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Makes a note active and waits until the panel shows it. */
export async function openNote(page: Page, notePath: string, title: string): Promise<Locator> {
  await page.evaluate((target) => window.harness.open(target), notePath);
  const panel = page.locator(".rapport-panel");
  await panel.locator(".rapport-title", { hasText: title }).waitFor();
  return panel;
}

/**
 * Opens a person note and waits until the panel shows its "Possible duplicate" line. The duplicate finder
 * builds in the background the first time a person is shown, and the panel does not redraw when it is done
 * (a known bug, see panel.e2e.test.ts), so this looks at another note and comes back until the line is there.
 */
export async function openWithDuplicateHints(page: Page, notePath: string, title: string, elsewhere = { path: "Projects/Project Apollo.md", title: "Project Apollo" }): Promise<Locator> {
  let panel = await openNote(page, notePath, title);
  for (let attempt = 0; attempt < 50 && (await panel.locator(".rapport-duplicate").count()) === 0; attempt++) {
    await page.waitForTimeout(100);
    await openNote(page, elsewhere.path, elsewhere.title);
    panel = await openNote(page, notePath, title);
  }
  return panel;
}

/**
 * Saves `test-results/<name>-light.png` and `-dark.png` of an element, switching the page's theme for each.
 * With `fullHeightOf`, the window is first made tall enough for that scrolling element to show all of its
 * content, so a long panel is captured whole rather than cut at the bottom of the window.
 */
export async function screenshotBothThemes(page: Page, target: Locator, name: string, options: { fullHeightOf?: Locator } = {}): Promise<string[]> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const viewport = page.viewportSize();
  if (options.fullHeightOf && viewport) {
    const needed = await options.fullHeightOf.evaluate((el) => el.scrollHeight + el.getBoundingClientRect().top);
    await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, Math.ceil(needed)) });
  }
  const saved: string[] = [];
  try {
    for (const theme of ["light", "dark"] as Theme[]) {
      await page.evaluate((value) => window.harness.setTheme(value), theme);
      const file = path.join(RESULTS_DIR, `${name}-${theme}.png`);
      await target.screenshot({ path: file, animations: "disabled", caret: "hide" });
      saved.push(file);
    }
  } finally {
    await page.evaluate(() => window.harness.setTheme("light"));
    if (viewport) await page.setViewportSize(viewport);
  }
  return saved;
}

/** The visible text of each element, whitespace collapsed. */
export async function texts(locator: Locator): Promise<string[]> {
  return (await locator.allInnerTexts()).map((text) => text.replace(/\s+/g, " ").trim());
}
