import type * as Obsidian from "obsidian";
import type { App } from "./app";
import { Component } from "./component";
import type { ConformsTo } from "./conformance";
import { createDiv } from "./dom";
import { normalizePath } from "./paths";
import type { ViewCreator } from "./workspace";

/** A ribbon icon a plugin added; `click()` runs its callback as a user's click would. */
export interface RibbonIcon {
  pluginId: string;
  icon: string;
  title: string;
  el: HTMLElement;
  click(): void;
}

/** Registrations the fake accepts but does not act on (no editor, no renderer), kept for assertions. */
export interface PluginRegistrations {
  extensions: { extensions: string[]; viewType: string }[];
  markdownPostProcessors: Obsidian.MarkdownPostProcessor[];
  codeBlockProcessors: { language: string; handler: unknown }[];
  protocolHandlers: { action: string; handler: Obsidian.ObsidianProtocolHandler }[];
  hoverLinkSources: { id: string; info: Obsidian.HoverLinkSource }[];
  editorExtensions: unknown[];
  editorSuggests: unknown[];
}

/** Where Obsidian keeps a plugin's files: `<configDir>/plugins/<id>`. */
export function pluginDir(app: App, manifest: Obsidian.PluginManifest): string {
  return normalizePath(manifest.dir ?? `${app.vault.configDir}/plugins/${manifest.id}`);
}

export abstract class Plugin
  extends Component
  implements
    ConformsTo<
      Obsidian.Plugin,
      | "app"
      | "manifest"
      | "onload"
      | "addRibbonIcon"
      | "addStatusBarItem"
      | "addCommand"
      | "removeCommand"
      | "addSettingTab"
      | "registerView"
      | "registerExtensions"
      | "registerMarkdownPostProcessor"
      | "registerMarkdownCodeBlockProcessor"
      | "registerObsidianProtocolHandler"
      | "registerHoverLinkSource"
      | "registerEditorSuggest"
      | "loadData"
      | "saveData"
      | "onUserEnable"
    >
{
  app: App;
  manifest: Obsidian.PluginManifest;
  onExternalSettingsChange?(): unknown;

  constructor(app: App, manifest: Obsidian.PluginManifest) {
    super();
    this.app = app;
    this.manifest = { ...manifest, dir: pluginDir(app, manifest) };
    // The plugin's folder exists once it is installed (its main.js lives there).
    app.vault.store.outsideWrite(() => app.vault.store.seedFolder(this.manifest.dir ?? ""));
  }

  override onload(): Promise<void> | void {}

  addRibbonIcon(icon: Obsidian.IconName, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = createDiv({ cls: "side-dock-ribbon-action clickable-icon", attr: { "aria-label": title, "data-icon": icon } });
    el.addEventListener("click", (event) => callback(event as MouseEvent));
    const entry: RibbonIcon = { pluginId: this.manifest.id, icon, title, el, click: () => el.dispatchEvent(new Event("click")) };
    this.app.ribbonIcons.push(entry);
    this.register(() => {
      this.app.ribbonIcons.splice(this.app.ribbonIcons.indexOf(entry), 1);
      el.detach();
    });
    return el;
  }

  addStatusBarItem(): HTMLElement {
    const el = this.app.statusBarEl.createDiv({ cls: `status-bar-item plugin-${this.manifest.id}` });
    this.register(() => el.detach());
    return el;
  }

  /** Like Obsidian, prefixes the command's id and name with the plugin's, and returns the same object. */
  addCommand(command: Obsidian.Command): Obsidian.Command {
    command.id = `${this.manifest.id}:${command.id}`;
    command.name = `${this.manifest.name}: ${command.name}`;
    this.app.commands.add(command);
    this.register(() => this.app.commands.remove(command.id));
    return command;
  }

  removeCommand(commandId: string): void {
    this.app.commands.remove(`${this.manifest.id}:${commandId}`);
  }

  addSettingTab(settingTab: PluginSettingTab): void {
    this.app.settingTabs.push(settingTab);
    this.register(() => this.app.settingTabs.splice(this.app.settingTabs.indexOf(settingTab), 1));
  }

  registerView(type: string, viewCreator: ViewCreator): void {
    this.register(this.app.workspace.registerViewType(type, viewCreator));
  }

  registerExtensions(extensions: string[], viewType: string): void {
    this.#registrations.extensions.push({ extensions, viewType });
  }

  registerMarkdownPostProcessor(postProcessor: Obsidian.MarkdownPostProcessor, _sortOrder?: number): Obsidian.MarkdownPostProcessor {
    this.#registrations.markdownPostProcessors.push(postProcessor);
    return postProcessor;
  }

  registerMarkdownCodeBlockProcessor(
    language: string,
    handler: (source: string, el: HTMLElement, ctx: Obsidian.MarkdownPostProcessorContext) => Promise<unknown> | void,
    _sortOrder?: number,
  ): Obsidian.MarkdownPostProcessor {
    this.#registrations.codeBlockProcessors.push({ language, handler });
    return () => undefined;
  }

  registerObsidianProtocolHandler(action: string, handler: Obsidian.ObsidianProtocolHandler): void {
    this.#registrations.protocolHandlers.push({ action, handler });
  }

  registerHoverLinkSource(id: string, info: Obsidian.HoverLinkSource): void {
    this.#registrations.hoverLinkSources.push({ id, info });
  }

  registerEditorExtension(extension: unknown): void {
    this.#registrations.editorExtensions.push(extension);
  }

  registerEditorSuggest(editorSuggest: unknown): void {
    this.#registrations.editorSuggests.push(editorSuggest);
  }

  /** `data.json` in the plugin folder, parsed; null when missing or not valid JSON. */
  async loadData(): Promise<unknown> {
    const path = this.#dataPath();
    if (!(await this.app.vault.adapter.exists(path))) return null;
    try {
      return JSON.parse(await this.app.vault.adapter.read(path)) as unknown;
    } catch {
      return null;
    }
  }

  /** Writes `data.json` as Obsidian does (2-space JSON), through the adapter: it can be made to fail. */
  async saveData(data: unknown): Promise<void> {
    await this.app.vault.adapter.write(this.#dataPath(), JSON.stringify(data, null, 2));
  }

  onUserEnable(): void {}

  readonly #registrations: PluginRegistrations = {
    extensions: [],
    markdownPostProcessors: [],
    codeBlockProcessors: [],
    protocolHandlers: [],
    hoverLinkSources: [],
    editorExtensions: [],
    editorSuggests: [],
  };

  #dataPath(): string {
    return `${this.manifest.dir}/data.json`;
  }

  /** Test view of the registrations the fake only records. */
  static registrationsOf(plugin: Obsidian.Plugin | Plugin): PluginRegistrations {
    return (plugin as Plugin).#registrations;
  }
}

export abstract class SettingTab implements ConformsTo<Obsidian.SettingTab, "app" | "icon" | "containerEl" | "display" | "hide"> {
  app: App;
  icon: Obsidian.IconName = "";
  containerEl: HTMLElement = createDiv({ cls: "vertical-tab-content" });

  constructor(app: App) {
    this.app = app;
  }

  display(): void {}

  /** Obsidian empties the tab when it is closed. */
  hide(): void {
    this.containerEl.empty();
  }
}

export abstract class PluginSettingTab extends SettingTab {
  /** Obsidian stores it too, though obsidian.d.ts leaves it to subclasses to declare. */
  plugin: Plugin;

  constructor(app: App, plugin: Plugin) {
    super(app);
    this.plugin = plugin;
  }
}

/**
 * `app.commands`: the commands plugins added. `executeCommandById` mirrors Obsidian's (private)
 * method; `run` is the test helper that also awaits the command and fails loudly.
 */
export class CommandRegistry {
  readonly commands: Record<string, Obsidian.Command> = {};

  add(command: Obsidian.Command): void {
    this.commands[command.id] = command;
  }

  remove(id: string): void {
    delete this.commands[id];
  }

  list(): Obsidian.Command[] {
    return Object.values(this.commands);
  }

  /** By full id ("rapport:merge") or, when unambiguous, by the id the plugin gave ("merge"). */
  find(id: string): Obsidian.Command | undefined {
    const exact = this.commands[id];
    if (exact) return exact;
    const bySuffix = this.list().filter((command) => command.id.endsWith(`:${id}`));
    return bySuffix.length === 1 ? bySuffix[0] : undefined;
  }

  /** What the command palette asks: is the command offered right now? */
  isAvailable(id: string): boolean {
    const command = this.find(id);
    if (!command) return false;
    if (command.checkCallback) return command.checkCallback(true) === true;
    return command.callback !== undefined;
  }

  /** Runs a command as the palette would; false when unknown or not available. Editor commands need an editor, which the fake lacks. */
  executeCommandById(id: string): boolean {
    return this.#execute(id).ran;
  }

  /** Test helper: runs a command and awaits what its callback returns; throws if it is unknown or unavailable. */
  async run(id: string): Promise<void> {
    const command = this.find(id);
    if (!command) throw new Error(`No command "${id}"; have: ${Object.keys(this.commands).join(", ") || "none"}`);
    const { ran, result } = this.#execute(command.id);
    if (!ran) throw new Error(`Command "${command.id}" is not available now (checkCallback said no, or it needs an editor)`);
    await result;
  }

  #execute(id: string): { ran: boolean; result?: unknown } {
    const command = this.find(id);
    if (command?.checkCallback) {
      if (command.checkCallback(true) !== true) return { ran: false };
      return { ran: true, result: command.checkCallback(false) };
    }
    if (command?.callback) return { ran: true, result: command.callback() };
    return { ran: false };
  }
}
