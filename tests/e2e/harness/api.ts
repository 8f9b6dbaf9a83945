/**
 * What the harness page offers the tests as `window.harness` (see harness.ts). Shared by the page bundle
 * and the Node side, which uses it only as a type inside `page.evaluate` callbacks.
 */

export type Theme = "light" | "dark";

export interface HarnessApi {
  /** Resolves once the plugin is loaded, start-up has completed and the relationship panel is open. */
  readonly ready: Promise<void>;
  /** Makes a note the active one, as clicking it in the file explorer would; the panel follows. */
  open(path: string): Promise<void>;
  /** The active note's path, or null. */
  activePath(): string | null;
  /** Runs a command by its full id ("rapport:dedupe-people") and waits for what it returns. */
  runCommand(id: string): Promise<void>;
  /** Clicks a ribbon icon by its title, as a user would. */
  clickRibbon(title: string): void;
  /** A note's current text in the in-memory vault, or null when there is no such file. */
  readNote(path: string): string | null;
  /** Paths of the notes in the vault, sorted. */
  notePaths(): string[];
  /** Paths sent to the trash so far, oldest first. */
  trashed(): string[];
  setTheme(theme: Theme): void;
  /** Closes every open modal, newest first (between tests, so one failure does not cover the page for the next). */
  closeModals(): void;
  /** Every message a notice has shown (and every progress update), oldest first. */
  notices(): string[];
  /** The text of the notices still on screen. */
  visibleNotices(): string[];
  /** Whether the index has been built and the panel shows a note rather than "Reading your vault…". */
  indexReady(): boolean;
  /** Errors thrown by listeners or left unhandled in the page, for the tests to assert none happened. */
  errors(): string[];
}

/** What the wrapped main.js (served as /main.js) runs with: `(function (module, exports, require) {…})(…)`. */
export interface PluginLoader {
  module: { exports: { default?: unknown } & Record<string, unknown> };
  /** Knows only "obsidian"; anything else throws, as on a phone. */
  require: (name: string) => unknown;
}

declare global {
  interface Window {
    harness: HarnessApi;
    rapportLoader: PluginLoader;
  }
}
