/**
 * The browser side of the end-to-end tests: a page that plays Obsidian for the built main.js.
 *
 * Bundled by esbuild (platform browser, iife) and loaded before main.js. It exposes the in-memory fake of
 * Obsidian's API as `window.obsidianFake` and as the only module main.js may `require`, then, once the
 * page has loaded, reads the example vault, loads the plugin with the real manifest, completes start-up,
 * opens the relationship panel and puts the panel, ribbon, modals and notices on screen.
 *
 * Like a phone, the page has no Node globals: nothing here defines `process`, `Buffer` or `global`.
 */
import * as obsidianFake from "../../fakes/obsidian";
import type { App, Plugin, WorkspaceLeaf } from "../../fakes/obsidian";
import type { HarnessApi, Theme } from "./api";

declare global {
  interface Window {
    obsidianFake: typeof obsidianFake;
  }
}

const errors: string[] = [];
const describe = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error));
window.addEventListener("error", (event) => errors.push(describe(event.error ?? event.message)));
window.addEventListener("unhandledrejection", (event) => errors.push(describe(event.reason)));

// Obsidian's DOM helpers (createEl, empty, addClass, …) on the real document's prototypes, as the app has them.
obsidianFake.installDomHelpers(window);
window.obsidianFake = obsidianFake;
window.rapportLoader = {
  module: { exports: {} },
  require: (name: string) => {
    if (name === "obsidian") return obsidianFake;
    throw new Error(`main.js asked for "${name}": only "obsidian" exists in Obsidian (and nothing from Node on a phone)`);
  },
};

let app: App | undefined;

function requireApp(): App {
  if (!app) throw new Error("The harness has not started yet: await window.harness.ready first");
  return app;
}

function element(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`harness page: no ${selector}`);
  return found;
}

// ---- app chrome: the main area shows the active note, the right sidebar the plugin's view ----

function renderActiveNote(): void {
  const file = requireApp().workspace.getActiveFile();
  element(".harness-note-title").setText(file ? file.basename : "No file is open");
  element(".harness-note-path").setText(file ? file.path : "");
  element(".harness-note-text").setText(file ? (requireApp().vault.contentOf(file.path) ?? "") : "");
}

/** Puts every right-sidebar leaf's view on screen, each under a tab header with its display text. */
function syncSidebar(): void {
  const sidebar = element(".harness-right-split");
  const leaves = requireApp().workspace.leaves.filter((leaf) => leaf.location === "right" && leaf.view.getViewType() !== "empty");
  const wanted = leaves.map((leaf) => sidebarLeaf(leaf));
  if (wanted.length === sidebar.children.length && wanted.every((el, index) => sidebar.children[index] === el)) return;
  sidebar.setChildrenInPlace(wanted);
}

const leafElements = new WeakMap<WorkspaceLeaf, HTMLElement>();

function sidebarLeaf(leaf: WorkspaceLeaf): HTMLElement {
  let wrapper = leafElements.get(leaf);
  if (!wrapper) {
    wrapper = createDiv({ cls: "workspace-tabs mod-top" });
    wrapper.createDiv({ cls: "workspace-tab-header-container" }).createDiv({ cls: "workspace-tab-header is-active", attr: { "data-type": leaf.view.getViewType() } });
    wrapper.createDiv({ cls: "workspace-leaf mod-active" });
    leafElements.set(leaf, wrapper);
  }
  wrapper.find(".workspace-tab-header")?.setText(leaf.getDisplayText());
  const leafEl = wrapper.find(".workspace-leaf")!;
  if (leafEl.firstElementChild !== leaf.view.containerEl) leafEl.setChildrenInPlace([leaf.view.containerEl]);
  return wrapper;
}

/** The ribbon: each icon the plugin added, with a small drawn icon (the fake draws none) and its title as tooltip. */
function syncRibbon(): void {
  const ribbon = element(".harness-ribbon");
  for (const icon of requireApp().ribbonIcons) {
    if (icon.el.parentElement === ribbon) continue;
    icon.el.setAttr("title", icon.title);
    icon.el.setAttr("role", "button");
    icon.el.setAttr("tabindex", "0");
    icon.el.createSpan({ cls: "harness-ribbon-glyph", text: icon.title.slice(0, 1), attr: { "aria-hidden": "true" } });
    ribbon.appendChild(icon.el);
  }
}

/** Obsidian shows every notice in one stack; the fake gives each its own container, gathered here. */
function gatherNotices(): void {
  const stack = element(".harness-notices");
  new MutationObserver(() => {
    for (const container of Array.from(document.body.children)) {
      if (container.hasClass("notice-container")) stack.appendChild(container);
    }
  }).observe(document.body, { childList: true });
}

/** Obsidian's keymap: a key press goes to the innermost scope (an open modal's), which may consume it. */
function routeKeys(): void {
  document.addEventListener("keydown", (event) => {
    const scope = requireApp().keymap.scopes.at(-1) as obsidianFake.Scope | undefined;
    if (!scope) return;
    const modifiers = (["Ctrl", "Meta", "Shift", "Alt"] as const).filter((name) => event.getModifierState(name === "Ctrl" ? "Control" : name));
    // Printable keys carry Shift in the character itself, as in Obsidian ("J" is not "Shift+j").
    const significant = event.key.length === 1 ? modifiers.filter((name) => name !== "Shift") : modifiers;
    if (scope.pressKey(event.key, significant)) event.preventDefault();
  });
}

function setTheme(theme: Theme): void {
  document.body.toggleClass("theme-dark", theme === "dark");
  document.body.toggleClass("theme-light", theme === "light");
}

async function start(): Promise<void> {
  if (typeof process !== "undefined" || typeof Buffer !== "undefined") throw new Error("the harness page must have no Node globals");
  const [vault, manifest] = await Promise.all([fetchJson<Record<string, string>>("/vault.json"), fetchJson<obsidianFake.Plugin["manifest"]>("/manifest.json")]);
  const exported = window.rapportLoader.module.exports;
  const PluginClass = (exported.default ?? exported) as new (app: App, manifest: obsidianFake.Plugin["manifest"]) => Plugin;
  if (typeof PluginClass !== "function") throw new Error("main.js did not export a plugin class");

  app = obsidianFake.createFakeApp(vault, { vaultName: "Rapport example vault" });
  gatherNotices();
  routeKeys();
  await app.loadPlugin(PluginClass as never, manifest);
  await app.completeStartup();
  app.workspace.on("layout-change", syncSidebar);
  app.workspace.on("file-open", renderActiveNote);
  for (const event of ["modify", "rename", "delete", "create"]) app.vault.on(event, renderActiveNote);
  syncRibbon();
  await app.commands.run("rapport:open-relationship-panel");
  syncSidebar();
  renderActiveNote();
  await waitFor(() => panelReady(), "the index to be built");
}

function panelReady(): boolean {
  const panel = document.querySelector(".rapport-panel");
  return panel !== null && !panel.textContent?.includes("Reading your vault");
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  return (await response.json()) as T;
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error(`harness: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const ready = new Promise<void>((resolve, reject) => {
  const run = () => start().then(resolve, (error: unknown) => {
    errors.push(describe(error));
    reject(error);
  });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run, { once: true });
  else void run();
});
// Reported through `errors()` and by awaiting `ready`; keep the page from logging it twice.
ready.catch(() => undefined);

const harness: HarnessApi = {
  ready,
  async open(path) {
    const file = requireApp().vault.getFileByPath(path);
    if (!file) throw new Error(`No note at ${path}`);
    await requireApp().workspace.setActiveFile(file);
  },
  activePath: () => requireApp().workspace.getActiveFile()?.path ?? null,
  async runCommand(id) {
    await requireApp().commands.run(id);
    syncSidebar();
  },
  clickRibbon(title) {
    const icon = requireApp().ribbonIcons.find((candidate) => candidate.title === title);
    if (!icon) throw new Error(`No ribbon icon "${title}"; have: ${requireApp().ribbonIcons.map((candidate) => candidate.title).join(", ")}`);
    icon.el.click();
  },
  readNote: (path) => requireApp().vault.contentOf(path),
  notePaths: () => requireApp().vault.getFiles().map((file) => file.path).sort(),
  trashed: () => requireApp().vault.trashed.map((entry) => entry.path),
  setTheme,
  closeModals() {
    for (const modal of [...requireApp().openModals].reverse()) modal.close();
  },
  notices: () => [...obsidianFake.Notice.messages],
  visibleNotices: () => obsidianFake.Notice.visible.map((notice) => notice.message),
  indexReady: panelReady,
  errors: () => [...errors],
};
window.harness = harness;
