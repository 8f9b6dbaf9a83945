import type * as Obsidian from "obsidian";
import { whenLoaded } from "./component";
import type { ConformsTo } from "./conformance";
import { createDiv } from "./dom";
import { FileManager } from "./file-manager";
import { Keymap, Scope } from "./keymap";
import { MetadataCache } from "./metadata-cache";
import { CommandRegistry, Plugin, type RibbonIcon, type SettingTab, pluginDir } from "./plugin";
import type { Modal } from "./ui";
import { Vault } from "./vault";
import { Workspace } from "./workspace";

export interface FakeAppOptions {
  /** What `vault.getName()` returns. */
  vaultName?: string;
  /** The clock for file timestamps (default Date.now). */
  now?: () => number;
  /** Start with the layout ready (default false: `onLayoutReady` callbacks wait for `workspace.triggerLayoutReady()`). */
  layoutReady?: boolean;
  /** Start with the metadata cache indexed (default true; false: see `metadataCache.finishIndexing()`). */
  cacheReady?: boolean;
  /** Whether `fileManager.renameFile` rewrites links (default true). */
  updateLinksOnRename?: boolean;
}

const DEFAULT_MANIFEST: Obsidian.PluginManifest = {
  id: "fake-plugin",
  name: "Fake plugin",
  author: "",
  version: "0.0.0",
  minAppVersion: "0.0.0",
  description: "",
};

/** A plugin class typed against Obsidian (the real plugin) or against the fake (tests of the fake). */
type PluginClass<P> = new (app: never, manifest: Obsidian.PluginManifest) => P;

/**
 * The fake app: vault, metadata cache, file manager and workspace wired together, plus what the
 * plugin registers (commands, ribbon icons, setting tabs, status bar items, open modals) for
 * tests to reach. Build one with `createFakeApp`.
 */
export class App
  implements
    ConformsTo<
      Obsidian.App,
      "vault" | "metadataCache" | "fileManager" | "workspace" | "keymap" | "scope" | "lastEvent" | "isDarkMode" | "loadLocalStorage" | "saveLocalStorage"
    >
{
  vault: Vault;
  metadataCache: MetadataCache;
  fileManager: FileManager;
  workspace: Workspace;
  keymap = new Keymap();
  scope = new Scope();
  lastEvent: Obsidian.UserEvent | null = null;
  /** Commands added by plugins; `commands.run(id)` runs one. */
  readonly commands = new CommandRegistry();
  readonly ribbonIcons: RibbonIcon[] = [];
  readonly settingTabs: SettingTab[] = [];
  readonly statusBarEl: HTMLElement = createDiv({ cls: "status-bar" });
  /** Modals currently open, oldest first. */
  readonly openModals: Modal[] = [];
  /** Plugins loaded with `loadPlugin` and not unloaded. */
  readonly plugins: Plugin[] = [];
  readonly #localStorage = new Map<string, unknown>();

  constructor(files: Record<string, string> = {}, options: FakeAppOptions = {}) {
    this.vault = new Vault(files, { name: options.vaultName, now: options.now });
    this.metadataCache = new MetadataCache(this.vault, { ready: options.cacheReady });
    this.fileManager = new FileManager(this.vault, this.metadataCache, { updateLinksOnRename: options.updateLinksOnRename });
    this.workspace = new Workspace(this);
    if (options.layoutReady) this.workspace.triggerLayoutReady();
    this.vault.onExternalChange((path) => this.#notifySettingsChange(path));
  }

  isDarkMode(): boolean {
    return false;
  }

  loadLocalStorage(key: string): unknown {
    return this.#localStorage.get(key) ?? null;
  }

  saveLocalStorage(key: string, data: unknown): void {
    if (data === null) this.#localStorage.delete(key);
    else this.#localStorage.set(key, data);
  }

  // ---- test helpers ----

  /**
   * Constructs the plugin with this app, loads it and waits for its (async) `onload`, as
   * Obsidian does when enabling a plugin. The manifest defaults to a "fake-plugin".
   */
  async loadPlugin<P extends Obsidian.Plugin | Plugin>(PluginClass: PluginClass<P>, manifest: Partial<Obsidian.PluginManifest> = {}): Promise<P> {
    const plugin = new PluginClass(this as never, { ...DEFAULT_MANIFEST, ...manifest });
    this.plugins.push(plugin as unknown as Plugin);
    plugin.load();
    await whenLoaded(plugin);
    return plugin;
  }

  /** Unloads a plugin: its registered events, views, commands, ribbon icons and tabs go away. */
  unloadPlugin(plugin: Obsidian.Plugin | Plugin): void {
    const index = this.plugins.indexOf(plugin as unknown as Plugin);
    if (index >= 0) this.plugins.splice(index, 1);
    plugin.unload();
  }

  /** Opens a plugin's settings tab (by plugin id, or the tab itself): calls `display()` and returns its container. */
  displaySettingTab(pluginIdOrTab: string | Obsidian.PluginSettingTab | SettingTab): HTMLElement {
    const tab =
      typeof pluginIdOrTab === "string"
        ? this.settingTabs.find((candidate) => (candidate as { plugin?: Plugin }).plugin?.manifest.id === pluginIdOrTab)
        : (pluginIdOrTab as SettingTab);
    if (!tab) throw new Error(`No settings tab for "${String(pluginIdOrTab)}"`);
    tab.display();
    return tab.containerEl;
  }

  /** Finishes Obsidian's start-up: the cache's first indexing pass (if pending), then layout ready. */
  async completeStartup(): Promise<void> {
    this.metadataCache.finishIndexing();
    await this.metadataCache.settled();
    this.workspace.triggerLayoutReady();
  }

  /** Obsidian calls `onExternalSettingsChange` when a plugin's data.json changes on disk (e.g. by sync). */
  #notifySettingsChange(path: string): void {
    for (const plugin of this.plugins) {
      if (path === `${pluginDir(this, plugin.manifest)}/data.json`) plugin.onExternalSettingsChange?.();
    }
  }
}

/** The whole fake Obsidian over an in-memory vault. See FakeAppOptions for the start-up state. */
export function createFakeApp(files: Record<string, string> = {}, options: FakeAppOptions = {}): App {
  return new App(files, options);
}

/** The fake app typed as Obsidian's App, for code that takes one (the fake implements the parts the plugin uses). */
export function asObsidianApp(app: App): Obsidian.App {
  return app as unknown as Obsidian.App;
}
