import type * as Obsidian from "obsidian";
import type { App } from "./app";
import { Component } from "./component";
import type { ConformsTo } from "./conformance";
import { createDiv } from "./dom";
import { Events, reportListenerError } from "./events";
import { TAbstractFile, TFile } from "./files";
import { type Scope } from "./keymap";
import { normalizePath } from "./paths";
import { debounce, getLinkpath } from "./utilities";

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

/** Where a leaf lives: the main area (tabs) or a sidebar. */
export type LeafLocation = "main" | "left" | "right";

/** What the leaf needs to drive a view's protected lifecycle (protected in obsidian.d.ts too). */
interface ViewLifecycle {
  onOpen(): Promise<void>;
  onClose(): Promise<void>;
}

export abstract class View
  extends Component
  implements
    ConformsTo<
      Obsidian.View,
      | "app"
      | "icon"
      | "navigation"
      | "leaf"
      | "containerEl"
      | "scope"
      | "getViewType"
      | "getDisplayText"
      | "getIcon"
      | "getState"
      | "setState"
      | "getEphemeralState"
      | "setEphemeralState"
      | "onResize"
    >
{
  app: App;
  icon = "";
  navigation = false;
  leaf: WorkspaceLeaf;
  containerEl: HTMLElement;
  scope: Scope | null = null;

  constructor(leaf: WorkspaceLeaf) {
    super();
    this.leaf = leaf;
    this.app = leaf.app;
    this.containerEl = createDiv({ cls: "workspace-leaf-content" });
  }

  protected async onOpen(): Promise<void> {}

  protected async onClose(): Promise<void> {}

  abstract getViewType(): string;

  abstract getDisplayText(): string;

  getIcon(): Obsidian.IconName {
    return this.icon;
  }

  getState(): Record<string, unknown> {
    return {};
  }

  async setState(_state: unknown, _result: Obsidian.ViewStateResult): Promise<void> {}

  getEphemeralState(): Record<string, unknown> {
    return {};
  }

  setEphemeralState(_state: unknown): void {}

  onResize(): void {}
}

/** A header action added with `ItemView.addAction`. */
export interface ViewAction {
  icon: string;
  title: string;
  el: HTMLElement;
}

/**
 * Kept outside the views: plugins subclass ItemView, and an instance field of the fake's would
 * shadow a subclass method of the same name.
 */
const actionsByView = new WeakMap<ItemView, ViewAction[]>();

/** Test helper: the header actions a view added (click one with `action.el.click()`). */
export function viewActions(view: Obsidian.ItemView | ItemView): ViewAction[] {
  return actionsByView.get(view as ItemView) ?? [];
}

/** Like Obsidian's ItemView: `containerEl.children[0]` is the header, `[1]` the content (`contentEl`). */
export abstract class ItemView extends View implements ConformsTo<Obsidian.ItemView, "contentEl" | "addAction"> {
  contentEl: HTMLElement;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.containerEl.createDiv({ cls: "view-header" }, (header) => header.createDiv({ cls: "view-actions" }));
    this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
    this.containerEl.setAttr("data-type", "item-view");
  }

  addAction(icon: Obsidian.IconName, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const actionsEl = this.containerEl.find(".view-actions") ?? this.containerEl;
    const el = actionsEl.createEl("a", { cls: "view-action clickable-icon", attr: { "aria-label": title, "data-icon": icon } });
    el.addEventListener("click", (event) => callback(event as MouseEvent));
    actionsByView.set(this, [...viewActions(this), { icon, title, el }]);
    return el;
  }
}

/** The view of a new or emptied leaf. */
export class EmptyView extends ItemView {
  getViewType(): string {
    return "empty";
  }

  getDisplayText(): string {
    return "New tab";
  }
}

export abstract class FileView extends ItemView implements ConformsTo<Obsidian.FileView, "file" | "allowNoFile" | "navigation" | "getDisplayText" | "getState" | "onLoadFile" | "onUnloadFile" | "canAcceptExtension"> {
  allowNoFile = false;
  file: TFile | null = null;
  override navigation = true;

  getDisplayText(): string {
    return this.file?.basename ?? "No file";
  }

  override getState(): Record<string, unknown> {
    return this.file ? { file: this.file.path } : {};
  }

  /** Loads `state.file` (a vault path), unloading the previous file first. */
  override async setState(state: unknown, _result: Obsidian.ViewStateResult): Promise<void> {
    const path = (state as { file?: unknown } | null)?.file;
    if (typeof path !== "string") return;
    const file = this.app.vault.getFileByPath(path);
    if (!file || file === this.file) return;
    if (this.file) await this.onUnloadFile(this.file);
    this.file = file;
    await this.onLoadFile(file);
    this.app.workspace.noteLeafFileChanged(this.leaf);
  }

  async onLoadFile(_file: Obsidian.TFile): Promise<void> {}

  async onUnloadFile(_file: Obsidian.TFile): Promise<void> {}

  async onRename(_file: Obsidian.TFile): Promise<void> {}

  canAcceptExtension(extension: string): boolean {
    return extension === "md";
  }
}

/**
 * A note open in a tab, with Obsidian's TextFileView behaviour: `data` is the text as the user
 * sees it, `setViewData` stands in for typing, and `save()` (or `requestSave()`, debounced 2 s as
 * in Obsidian) writes unsaved text to the file. When the file changes on disk, a view without
 * unsaved text reloads it; one with unsaved text keeps it (Obsidian would merge the two, the
 * fake does not). No `editor`: the fake has no CodeMirror.
 */
export class MarkdownView
  extends FileView
  implements ConformsTo<Obsidian.MarkdownView, "data" | "requestSave" | "save" | "getViewType" | "getViewData" | "setViewData" | "clear" | "getMode">
{
  data = "";
  requestSave: () => void = debounce(() => void this.save(), 2000, true);
  /** The text as last loaded or saved: `data` differs from it while there is unsaved typing. */
  #savedData = "";

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.registerEvent(this.app.vault.on("modify", (file: TAbstractFile) => this.#reloadIfClean(file)));
  }

  getViewType(): string {
    return "markdown";
  }

  override async onLoadFile(file: Obsidian.TFile): Promise<void> {
    this.data = this.#savedData = this.app.vault.contentOf(file.path) ?? "";
  }

  /** Writes unsaved text to the file; nothing to do when there is none. */
  async save(_clear?: boolean): Promise<void> {
    if (!this.file || this.data === this.#savedData) return;
    const text = this.data;
    await this.app.vault.modify(this.file, text);
    this.#savedData = text;
  }

  getViewData(): string {
    return this.data;
  }

  /** Replaces the text as typing would: unsaved until `save()` or `requestSave()` runs. */
  setViewData(data: string, _clear: boolean): void {
    this.data = data;
  }

  clear(): void {
    this.data = "";
  }

  getMode(): Obsidian.MarkdownViewModeType {
    return "source";
  }

  #reloadIfClean(file: TAbstractFile): void {
    if (file !== this.file || this.data !== this.#savedData) return;
    this.data = this.#savedData = this.app.vault.contentOf(file.path) ?? "";
  }
}

let nextLeafId = 1;

export class WorkspaceLeaf
  extends Events
  implements
    ConformsTo<
      Obsidian.WorkspaceLeaf,
      | "view"
      | "getViewState"
      | "setViewState"
      | "detach"
      | "openFile"
      | "open"
      | "getDisplayText"
      | "getIcon"
      | "setPinned"
      | "togglePinned"
      | "isDeferred"
      | "loadIfDeferred"
      | "getEphemeralState"
      | "setEphemeralState"
      | "onResize"
    >
{
  readonly app: App;
  readonly id = `fake-leaf-${nextLeafId++}`;
  /** Fake-only: which area the leaf is in. */
  readonly location: LeafLocation;
  view: View;
  pinned = false;
  /** Fake-only: whether `workspace.revealLeaf` was called for this leaf. */
  revealed = false;

  constructor(app: App, location: LeafLocation) {
    super();
    this.app = app;
    this.location = location;
    this.view = new EmptyView(this);
  }

  get isDeferred(): boolean {
    return false;
  }

  async loadIfDeferred(): Promise<void> {}

  /** Replaces the view: the old one is closed (onClose, unload), the new one loaded and opened (onload, onOpen). */
  async setViewState(viewState: Obsidian.ViewState, _eState?: unknown): Promise<void> {
    await this.open(this.app.workspace.createView(viewState.type, this));
    if (viewState.state) await this.view.setState(viewState.state, { history: false });
    if (viewState.pinned !== undefined) this.pinned = viewState.pinned;
    if (viewState.active) this.app.workspace.setActiveLeaf(this, { focus: true });
    this.app.workspace.trigger("layout-change");
  }

  getViewState(): Obsidian.ViewState {
    return {
      type: this.view.getViewType(),
      state: this.view.getState(),
      active: this.app.workspace.activeLeaf === this,
      pinned: this.pinned,
    };
  }

  async open(view: View): Promise<View> {
    await closeView(this.view);
    this.view = view;
    view.load();
    await (view as unknown as ViewLifecycle).onOpen();
    return view;
  }

  /** Opens a note here and (unless `openState.active` is false) makes this the active leaf. */
  async openFile(file: Obsidian.TFile, openState?: Obsidian.OpenViewState): Promise<void> {
    await this.setViewState({ type: "markdown", state: { ...openState?.state, file: file.path }, active: openState?.active ?? true });
  }

  /** Closes the view (its onClose runs without being awaited, as in Obsidian) and removes the leaf. */
  detach(): void {
    closeView(this.view).catch(reportListenerError);
    this.app.workspace.removeLeaf(this);
  }

  getDisplayText(): string {
    return this.view.getDisplayText();
  }

  getIcon(): Obsidian.IconName {
    return this.view.getIcon();
  }

  setPinned(pinned: boolean): void {
    this.pinned = pinned;
  }

  togglePinned(): void {
    this.pinned = !this.pinned;
  }

  getEphemeralState(): unknown {
    return this.view.getEphemeralState();
  }

  setEphemeralState(state: unknown): void {
    this.view.setEphemeralState(state);
  }

  onResize(): void {
    this.view.onResize();
  }
}

async function closeView(view: View): Promise<void> {
  await (view as unknown as ViewLifecycle).onClose();
  view.unload();
  view.containerEl.detach();
}

type ActiveLeafParams = { focus?: boolean } | boolean;

export class Workspace
  extends Events
  implements
    ConformsTo<
      Obsidian.Workspace,
      | "layoutReady"
      | "activeLeaf"
      | "containerEl"
      | "onLayoutReady"
      | "getActiveFile"
      | "getLeavesOfType"
      | "getRightLeaf"
      | "getLeftLeaf"
      | "getLeaf"
      | "revealLeaf"
      | "detachLeavesOfType"
      | "openLinkText"
      | "getActiveViewOfType"
      | "setActiveLeaf"
      | "iterateAllLeaves"
      | "iterateRootLeaves"
      | "getMostRecentLeaf"
      | "getLeafById"
      | "getLastOpenFiles"
      | "ensureSideLeaf"
      | "on"
    >
{
  layoutReady = false;
  activeLeaf: WorkspaceLeaf | null = null;
  containerEl: HTMLElement = createDiv({ cls: "workspace" });
  readonly #app: App;
  readonly #leaves: WorkspaceLeaf[] = [];
  readonly #viewCreators = new Map<string, ViewCreator>();
  readonly #layoutReadyCallbacks: (() => unknown)[] = [];
  readonly #recentFiles: string[] = [];
  #activeFile: TFile | null = null;

  constructor(app: App) {
    super();
    this.#app = app;
    this.#viewCreators.set("markdown", (leaf) => new MarkdownView(leaf));
    this.#viewCreators.set("empty", (leaf) => new EmptyView(leaf));
    app.vault.on("delete", (file: TAbstractFile) => this.#closeDeletedFile(file));
  }

  /** Runs the callback now if the layout is ready, else when a test calls `triggerLayoutReady()`. */
  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) callback();
    else this.#layoutReadyCallbacks.push(callback);
  }

  getActiveFile(): TFile | null {
    return this.#activeFile;
  }

  getLeavesOfType(viewType: string): WorkspaceLeaf[] {
    return this.#leaves.filter((leaf) => leaf.view.getViewType() === viewType);
  }

  getRightLeaf(_split: boolean): WorkspaceLeaf | null {
    return this.#addLeaf("right");
  }

  getLeftLeaf(_split: boolean): WorkspaceLeaf | null {
    return this.#addLeaf("left");
  }

  /** Without `newLeaf`: the active (or most recent) unpinned main leaf, else a new one; with it: a new main leaf. */
  getLeaf(newLeaf?: Obsidian.PaneType | boolean | "split", _direction?: Obsidian.SplitDirection): WorkspaceLeaf {
    if (newLeaf) return this.#addLeaf("main");
    const active = this.activeLeaf?.location === "main" && !this.activeLeaf.pinned ? this.activeLeaf : null;
    return active ?? this.#mainLeaves().find((leaf) => !leaf.pinned) ?? this.#addLeaf("main");
  }

  async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
    leaf.revealed = true;
  }

  async ensureSideLeaf(
    type: string,
    side: Obsidian.Side,
    options: { active?: boolean; split?: boolean; reveal?: boolean; state?: unknown } = {},
  ): Promise<WorkspaceLeaf> {
    const leaf = this.getLeavesOfType(type)[0] ?? this.#addLeaf(side);
    if (leaf.view.getViewType() !== type) {
      await leaf.setViewState({ type, active: options.active, state: options.state as Record<string, unknown> | undefined });
    }
    if (options.reveal ?? true) await this.revealLeaf(leaf);
    return leaf;
  }

  detachLeavesOfType(viewType: string): void {
    for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
  }

  /** Opens the note the link resolves to (from `sourcePath`); like clicking an unresolved link, creates it at the root if missing. */
  async openLinkText(linktext: string, sourcePath: string, newLeaf?: Obsidian.PaneType | boolean, openViewState?: Obsidian.OpenViewState): Promise<void> {
    const linkpath = getLinkpath(linktext);
    const vault = this.#app.vault;
    const file =
      this.#app.metadataCache.getFirstLinkpathDest(linkpath, sourcePath) ??
      (await vault.create(normalizePath(/\.[^/]+$/.test(linkpath) ? linkpath : `${linkpath}.md`), ""));
    await this.getLeaf(newLeaf).openFile(file, openViewState);
  }

  getActiveViewOfType<T extends View>(type: Obsidian.Constructor<T>): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof type ? view : null;
  }

  /** Makes a leaf active: "active-leaf-change", then "file-open" if that changes the active file. */
  setActiveLeaf(leaf: WorkspaceLeaf, _params?: ActiveLeafParams, _focus?: boolean): void {
    if (this.activeLeaf === leaf) return;
    this.activeLeaf = leaf;
    this.trigger("active-leaf-change", leaf);
    this.noteLeafFileChanged(leaf);
  }

  iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
    for (const leaf of [...this.#leaves]) callback(leaf);
  }

  iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
    for (const leaf of this.#mainLeaves()) callback(leaf);
  }

  getMostRecentLeaf(): WorkspaceLeaf | null {
    return this.activeLeaf?.location === "main" ? this.activeLeaf : (this.#mainLeaves()[0] ?? null);
  }

  getLeafById(id: string): WorkspaceLeaf | null {
    return this.#leaves.find((leaf) => leaf.id === id) ?? null;
  }

  getLastOpenFiles(): string[] {
    return [...this.#recentFiles];
  }

  // ---- test helpers ----

  /** Runs the queued onLayoutReady callbacks in order, as Obsidian does once the workspace is up. */
  triggerLayoutReady(): void {
    if (this.layoutReady) return;
    this.layoutReady = true;
    for (const callback of this.#layoutReadyCallbacks.splice(0)) {
      try {
        callback();
      } catch (error) {
        reportListenerError(error);
      }
    }
    this.trigger("layout-change");
  }

  /**
   * Makes `file` the active note, as a user clicking it would: opens it in a main leaf (reusing
   * one that shows it), then fires "active-leaf-change" and "file-open". `null` empties the active leaf.
   */
  async setActiveFile(file: Obsidian.TFile | null): Promise<void> {
    const leaf = file ? (this.#mainLeaves().find((candidate) => fileOf(candidate) === file) ?? this.getLeaf(false)) : this.getLeaf(false);
    if (fileOf(leaf) !== file) await leaf.setViewState(file ? { type: "markdown", state: { file: file.path } } : { type: "empty" });
    this.activeLeaf = leaf;
    this.#activeFile = fileOf(leaf);
    if (this.#activeFile) this.#remember(this.#activeFile);
    this.trigger("active-leaf-change", leaf);
    this.trigger("file-open", this.#activeFile);
  }

  /** Every leaf, main area and sidebars. */
  get leaves(): readonly WorkspaceLeaf[] {
    return this.#leaves;
  }

  // ---- used by the fake's leaves, views and plugins ----

  /** Plugin.registerView: a creator for `type`; returns a function that unregisters it. */
  registerViewType(type: string, creator: ViewCreator): () => void {
    this.#viewCreators.set(type, creator);
    return () => {
      if (this.#viewCreators.get(type) === creator) this.#viewCreators.delete(type);
    };
  }

  /** A new view of a registered type; an unknown type gives an empty view, as Obsidian shows for a disabled plugin's view. */
  createView(type: string, leaf: WorkspaceLeaf): View {
    return (this.#viewCreators.get(type) ?? this.#viewCreators.get("empty"))!(leaf);
  }

  /** Called when a leaf's file view loads another file: fires "file-open" if that leaf is active. */
  noteLeafFileChanged(leaf: WorkspaceLeaf): void {
    const file = fileOf(leaf);
    if (leaf !== this.activeLeaf || !(leaf.view instanceof FileView) || file === this.#activeFile) return;
    this.#activeFile = file;
    if (file) this.#remember(file);
    this.trigger("file-open", file);
  }

  removeLeaf(leaf: WorkspaceLeaf): void {
    const index = this.#leaves.indexOf(leaf);
    if (index < 0) return;
    this.#leaves.splice(index, 1);
    if (this.activeLeaf === leaf) {
      this.activeLeaf = null;
      this.trigger("active-leaf-change", null);
    }
    this.trigger("layout-change");
  }

  #addLeaf(location: LeafLocation): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.#app, location);
    leaf.view.load();
    this.#leaves.push(leaf);
    return leaf;
  }

  #mainLeaves(): WorkspaceLeaf[] {
    return this.#leaves.filter((leaf) => leaf.location === "main");
  }

  #remember(file: TFile): void {
    const existing = this.#recentFiles.indexOf(file.path);
    if (existing >= 0) this.#recentFiles.splice(existing, 1);
    this.#recentFiles.unshift(file.path);
  }

  /** Obsidian closes a deleted note in the tabs showing it. */
  #closeDeletedFile(file: TAbstractFile): void {
    for (const leaf of this.#leaves) {
      if (fileOf(leaf) !== file) continue;
      (leaf.view as FileView).file = null;
      if (leaf === this.activeLeaf) {
        this.#activeFile = null;
        this.trigger("file-open", null);
      }
    }
  }
}

function fileOf(leaf: WorkspaceLeaf): TFile | null {
  return leaf.view instanceof FileView ? leaf.view.file : null;
}
