import type * as Obsidian from "obsidian";
import { MemoryAdapter, type TrashedFile, byteLength, fromBinary, io, toBinary } from "./adapter";
import { Events } from "./events";
import { TAbstractFile, TFile, TFolder, attach, detach, relocate, subtree } from "./files";
import { ROOT_PATH, ancestorFolders, isHiddenPath, isWithin, joinPath, normalizePath, parentPath } from "./paths";
import { MemoryStore, type WriteFailureOptions, type WriteRecord, notFound } from "./store";

export type { TrashedFile } from "./adapter";
export type { WriteFailureOptions, WriteRecord } from "./store";

export interface VaultOptions {
  /** What `getName()` returns (default "Fake Vault"). */
  name?: string;
  /** The clock for ctime/mtime (default Date.now; timestamps are made strictly increasing). */
  now?: () => number;
}

/**
 * An in-memory vault. Files are given as `{ "People/Ann.md": "..." }`; a key ending in "/" is an
 * empty folder; keys under the config folder (".obsidian/...") are stored but not indexed, as
 * Obsidian does not index dot-folders. Events fire after the change, before the promise resolves.
 */
export class Vault extends Events implements Obsidian.Vault {
  adapter: MemoryAdapter;
  configDir = ".obsidian";
  /** Test view: what was trashed (by `trash`, `FileManager.trashFile` or the adapter), oldest first. */
  readonly trashed: TrashedFile[] = [];
  /** The disk under the vault: contents, folders, the write log and injected failures. */
  readonly store: MemoryStore;
  readonly #name: string;
  readonly #root: TFolder;
  readonly #index = new Map<string, TAbstractFile>();
  readonly #changesAfterRead = new Map<string, string>();
  readonly #externalChangeListeners: ((path: string) => void)[] = [];

  constructor(files: Record<string, string> = {}, options: VaultOptions = {}) {
    super();
    this.#name = options.name ?? "Fake Vault";
    this.store = new MemoryStore(options.now);
    this.#root = new TFolder(this, ROOT_PATH);
    this.#index.set(ROOT_PATH, this.#root);
    this.store.seedFolder(this.configDir);
    for (const [path, data] of Object.entries(files)) {
      if (path.endsWith("/")) this.store.seedFolder(normalizePath(path));
      else this.store.seedFile(normalizePath(path), data);
    }
    const indexed = [...this.store.folders, ...this.store.files.keys()].filter((path) => !isHiddenPath(path));
    for (const path of indexed.sort()) if (!this.#index.has(path)) this.#indexNew(path);
    this.adapter = new MemoryAdapter(this.store, this.#name, (paths) => this.#reconcile(paths), (entry) => this.trashed.push(entry));
  }

  static recurseChildren(root: Obsidian.TFolder, cb: (file: Obsidian.TAbstractFile) => unknown): void {
    for (const file of subtree(root as TFolder)) cb(file);
  }

  getName(): string {
    return this.#name;
  }

  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.#index.get(normalizePath(path)) ?? null;
  }

  getFileByPath(path: string): TFile | null {
    const file = this.getAbstractFileByPath(path);
    return file instanceof TFile ? file : null;
  }

  getFolderByPath(path: string): TFolder | null {
    const folder = this.getAbstractFileByPath(path);
    return folder instanceof TFolder ? folder : null;
  }

  getRoot(): TFolder {
    return this.#root;
  }

  /** Like Obsidian: fails if the path exists or its folder does not. */
  async create(path: string, data: string, options?: Obsidian.DataWriteOptions): Promise<TFile> {
    await io();
    return this.#createFile(normalizePath(path), data, options);
  }

  async createBinary(path: string, data: ArrayBuffer, options?: Obsidian.DataWriteOptions): Promise<TFile> {
    return this.create(path, fromBinary(data), options);
  }

  /** Creates missing parent folders too. */
  async createFolder(path: string): Promise<TFolder> {
    await io();
    return this.#createFolder(normalizePath(path));
  }

  async read(file: Obsidian.TFile): Promise<string> {
    await io();
    const data = this.store.read(file.path);
    this.#applyChangeAfterRead(file.path);
    return data;
  }

  /** No separate cache: the fake's disk is always current, so this equals `read`. */
  async cachedRead(file: Obsidian.TFile): Promise<string> {
    return this.read(file);
  }

  async readBinary(file: Obsidian.TFile): Promise<ArrayBuffer> {
    return toBinary(await this.read(file));
  }

  getResourcePath(file: Obsidian.TFile): string {
    return `app://fake/${encodeURI(file.path)}?${file.stat.mtime}`;
  }

  /** Deletes a file, or a folder and everything in it ("delete" fires for each, innermost first). */
  async delete(file: Obsidian.TAbstractFile, _force?: boolean): Promise<void> {
    await io();
    this.store.remove(this.#known(file).path);
    this.#unindex(this.#known(file));
  }

  async trash(file: Obsidian.TAbstractFile, system: boolean): Promise<void> {
    await io();
    this.#trashNow(this.#known(file), system ? "system" : "local");
  }

  /** Moves a file or folder; "rename" fires for it and then for each file inside a moved folder. */
  async rename(file: Obsidian.TAbstractFile, newPath: string): Promise<void> {
    await io();
    this.#renameNow(this.#known(file), normalizePath(newPath));
  }

  async modify(file: Obsidian.TFile, data: string, options?: Obsidian.DataWriteOptions): Promise<void> {
    await io();
    this.#writeExisting(this.#knownFile(file), data, options);
  }

  async modifyBinary(file: Obsidian.TFile, data: ArrayBuffer, options?: Obsidian.DataWriteOptions): Promise<void> {
    await this.modify(file, fromBinary(data), options);
  }

  async append(file: Obsidian.TFile, data: string, options?: Obsidian.DataWriteOptions): Promise<void> {
    await io();
    const known = this.#knownFile(file);
    this.#writeExisting(known, this.store.read(known.path) + data, options);
  }

  async appendBinary(file: Obsidian.TFile, data: ArrayBuffer, options?: Obsidian.DataWriteOptions): Promise<void> {
    await this.append(file, fromBinary(data), options);
  }

  /**
   * Atomic read-modify-write: nothing (not even `changeAfterNextRead`) can run between the read
   * and the write. Writes, and fires "modify", only when `fn` changed the text.
   */
  async process(file: Obsidian.TFile, fn: (data: string) => string, options?: Obsidian.DataWriteOptions): Promise<string> {
    await io();
    const known = this.#knownFile(file);
    const current = this.store.read(known.path);
    const next = fn(current);
    if (next !== current) this.#writeExisting(known, next, options);
    return next;
  }

  async copy<T extends Obsidian.TAbstractFile>(file: T, newPath: string): Promise<T> {
    await io();
    return this.#copyNow(this.#known(file), normalizePath(newPath)) as unknown as T;
  }

  /** The root and everything in it, parents before children. */
  getAllLoadedFiles(): TAbstractFile[] {
    return subtree(this.#root);
  }

  getAllFolders(includeRoot = false): TFolder[] {
    return subtree(this.#root).filter((file): file is TFolder => file instanceof TFolder && (includeRoot || !file.isRoot()));
  }

  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((file) => file.extension === "md");
  }

  getFiles(): TFile[] {
    return subtree(this.#root).filter((file): file is TFile => file instanceof TFile);
  }

  // ---- test helpers ----

  /** Every write from now on fails after `successes` more succeed (options: how many, which paths, torn). */
  failWritesAfter(successes: number, options?: WriteFailureOptions): void {
    this.store.failWritesAfter(successes, options);
  }

  clearWriteFailures(): void {
    this.store.clearWriteFailures();
  }

  /** Every write the plugin attempted (vault and adapter), failed ones included. */
  get writeLog(): readonly WriteRecord[] {
    return this.store.writeLog;
  }

  /** The current text at a path (any path, config folder included), or null: for assertions. */
  contentOf(path: string): string | null {
    return this.store.files.get(normalizePath(path))?.data ?? null;
  }

  /** Every stored file, config folder included, as `{ path: content }`. */
  snapshot(): Record<string, string> {
    return Object.fromEntries([...this.store.files].sort(([a], [b]) => a.localeCompare(b)).map(([path, file]) => [path, file.data]));
  }

  /**
   * An edit made outside the plugin (another editor, sync): creates or replaces the file,
   * creating folders as needed, then fires "create"/"modify" as Obsidian's watcher would.
   * Never fails and is not logged as a plugin write.
   */
  simulateExternalChange(path: string, data: string): void {
    const normalized = normalizePath(path);
    this.store.outsideWrite(() => {
      this.store.seedFolder(parentPath(normalized));
      this.store.write(normalized, data);
    });
    this.#reconcile([normalized]);
    for (const listener of this.#externalChangeListeners) listener(normalized);
  }

  /** A deletion made outside the plugin; fires "delete" as Obsidian's watcher would. */
  simulateExternalDelete(path: string): void {
    const normalized = normalizePath(path);
    this.store.outsideWrite(() => this.store.remove(normalized));
    this.#reconcile([normalized]);
    for (const listener of this.#externalChangeListeners) listener(normalized);
  }

  /**
   * Arranges for `path` to be changed externally right after the plugin's next `read` or
   * `cachedRead` of it returns: a read-then-modify sequence then overwrites that change, which
   * `process` cannot do.
   */
  changeAfterNextRead(path: string, data: string): void {
    this.#changesAfterRead.set(normalizePath(path), data);
  }

  /** Fake-only: called after each simulated external change (the App uses it for plugin settings). */
  onExternalChange(listener: (path: string) => void): void {
    this.#externalChangeListeners.push(listener);
  }

  // ---- internals ----

  #applyChangeAfterRead(path: string): void {
    const data = this.#changesAfterRead.get(path);
    if (data === undefined) return;
    this.#changesAfterRead.delete(path);
    queueMicrotask(() => this.simulateExternalChange(path, data));
  }

  #known(file: Obsidian.TAbstractFile): TAbstractFile {
    const known = this.#index.get(file.path);
    if (!known || known !== file) throw notFound("access", file.path);
    return known;
  }

  #knownFile(file: Obsidian.TFile): TFile {
    const known = this.#known(file);
    if (!(known instanceof TFile)) throw new Error(`EISDIR: illegal operation on a directory, '${file.path}'`);
    return known;
  }

  #createFile(path: string, data: string, options?: Obsidian.DataWriteOptions): TFile {
    if (this.store.exists(path)) throw new Error("File already exists.");
    this.store.write(path, data, options);
    const file = this.#indexNew(path) as TFile;
    if (!isHiddenPath(path)) this.trigger("create", file);
    return file;
  }

  #createFolder(path: string): TFolder {
    if (this.store.exists(path)) throw new Error("Folder already exists.");
    const missing = [...ancestorFolders(path), path].filter((folder) => !this.store.hasFolder(folder));
    this.store.mkdir(path);
    for (const folderPath of missing) this.trigger("create", this.#indexNew(folderPath));
    return this.#index.get(path) as TFolder;
  }

  #writeExisting(file: TFile, data: string, options?: Obsidian.DataWriteOptions): void {
    const stored = this.store.write(file.path, data, options);
    Object.assign(file.stat, { ctime: stored.ctime, mtime: stored.mtime, size: byteLength(data) });
    this.trigger("modify", file);
  }

  #renameNow(file: TAbstractFile, newPath: string): void {
    if (newPath === file.path) return;
    if (this.store.exists(newPath)) throw new Error("Destination file already exists!");
    const newParent = this.#index.get(parentPath(newPath));
    if (!(newParent instanceof TFolder)) throw notFound("rename", newPath);
    this.store.rename(file.path, newPath);
    const moved = subtree(file).map((item) => ({ item, oldPath: item.path }));
    for (const { oldPath } of moved) this.#index.delete(oldPath);
    detach(file);
    relocate(file, newPath);
    attach(file, newParent);
    for (const { item } of moved) this.#index.set(item.path, item);
    for (const { item, oldPath } of moved) this.trigger("rename", item, oldPath);
  }

  #trashNow(file: TAbstractFile, via: TrashedFile["via"]): void {
    const files = subtree(file)
      .filter((item): item is TFile => item instanceof TFile)
      .map((item) => ({ path: item.path, data: this.store.read(item.path) }));
    this.store.remove(file.path);
    this.trashed.push({ path: file.path, via, files });
    this.#unindex(file);
  }

  #copyNow(file: TAbstractFile, newPath: string): TAbstractFile {
    if (file instanceof TFile) return this.#createFile(newPath, this.store.read(file.path));
    const folder = this.#createFolder(newPath);
    for (const child of [...(file as TFolder).children]) this.#copyNow(child, joinPath(newPath, child.name));
    return folder;
  }

  /** Adds a stored path (and any missing parent folders) to the tree; returns the new item. */
  #indexNew(path: string): TAbstractFile {
    const parent = this.#ensureFolderIndexed(parentPath(path));
    const stored = this.store.files.get(path);
    const item = stored
      ? new TFile(this, path, { ctime: stored.ctime, mtime: stored.mtime, size: byteLength(stored.data) })
      : new TFolder(this, path);
    if (!isHiddenPath(path)) {
      attach(item, parent);
      this.#index.set(path, item);
    }
    return item;
  }

  #ensureFolderIndexed(path: string): TFolder {
    const existing = this.#index.get(path);
    if (existing instanceof TFolder) return existing;
    if (isHiddenPath(path)) return new TFolder(this, path);
    return this.#indexNew(path) as TFolder;
  }

  /** Removes an item and its descendants from the tree, firing "delete" innermost first. */
  #unindex(file: TAbstractFile): void {
    const removed = subtree(file).reverse();
    detach(file);
    for (const item of removed) {
      this.#index.delete(item.path);
      this.trigger("delete", item);
    }
  }

  /** Brings the tree in line with the disk after a change the Vault did not make itself. */
  #reconcile(paths: string[]): void {
    for (const path of paths) {
      if (isHiddenPath(path) || path === ROOT_PATH) continue;
      const item = this.#index.get(path);
      const stored = this.store.files.get(path);
      const onDisk = stored ? "file" : this.store.hasFolder(path) ? "folder" : null;
      const inTree = item instanceof TFile ? "file" : item ? "folder" : null;
      if (item && inTree !== onDisk) this.#unindex(item);
      if (stored && item instanceof TFile) {
        Object.assign(item.stat, { ctime: stored.ctime, mtime: stored.mtime, size: byteLength(stored.data) });
        this.trigger("modify", item);
      } else if (onDisk && inTree !== onDisk) {
        this.#indexWithEvents(path);
      }
    }
  }

  /** Indexes a path that appeared on disk, with its missing parents and (for a folder) its contents. */
  #indexWithEvents(path: string): void {
    for (const folder of [...ancestorFolders(path), path]) {
      if (this.#index.has(folder) || !this.store.exists(folder)) continue;
      this.trigger("create", this.#indexNew(folder));
    }
    if (!this.store.hasFolder(path)) return;
    const inside = [...this.store.folders, ...this.store.files.keys()].filter((other) => other !== path && isWithin(other, path));
    for (const other of inside.sort()) {
      if (!this.#index.has(other) && !isHiddenPath(other)) this.trigger("create", this.#indexNew(other));
    }
  }
}
