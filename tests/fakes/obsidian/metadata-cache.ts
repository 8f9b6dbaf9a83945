import type * as Obsidian from "obsidian";
import { Events } from "./events";
import { TAbstractFile, TFile } from "./files";
import { computeMetadata } from "./markdown";
import { fileName, parentPath, resolveRelative } from "./paths";
import { getLinkpath } from "./utilities";
import type { Vault } from "./vault";

export interface MetadataCacheOptions {
  /**
   * false: start like Obsidian before its first indexing pass, with no file cached and no links
   * resolved, until a test calls `finishIndexing()` (default true: everything indexed).
   */
  ready?: boolean;
}

type LinkCounts = Record<string, Record<string, number>>;

/**
 * Obsidian's MetadataCache over the fake vault. As in Obsidian, a change is indexed after the
 * write, not during it: "changed" (then "resolve" and "resolved") fire in a microtask, and until
 * then `getFileCache` returns the previous metadata. `pauseIndexing()` holds updates back for as
 * long as a test needs the cache to be stale.
 */
export class MetadataCache extends Events implements Obsidian.MetadataCache {
  resolvedLinks: LinkCounts = {};
  unresolvedLinks: LinkCounts = {};
  readonly #vault: Vault;
  readonly #caches = new Map<string, Obsidian.CachedMetadata>();
  /** The text each cache entry was computed from, to skip "changed" for a rewrite with the same text. */
  readonly #indexedText = new Map<string, string>();
  readonly #pending = new Set<TFile>();
  #ready: boolean;
  #paused = false;
  #flushScheduled = false;
  #settledWaiters: (() => void)[] = [];
  #filesByName: Map<string, TFile[]> | null = null;

  constructor(vault: Vault, options: MetadataCacheOptions = {}) {
    super();
    this.#vault = vault;
    this.#ready = options.ready ?? true;
    vault.on("create", (file: TAbstractFile) => this.#onCreateOrModify(file));
    vault.on("modify", (file: TAbstractFile) => this.#onCreateOrModify(file));
    vault.on("delete", (file: TAbstractFile) => this.#onDelete(file));
    vault.on("rename", (file: TAbstractFile, oldPath: string) => this.#onRename(file, oldPath));
    if (this.#ready) this.#indexAll({ silent: true });
  }

  getFileCache(file: Obsidian.TFile): Obsidian.CachedMetadata | null {
    return this.#caches.get(file.path) ?? null;
  }

  getCache(path: string): Obsidian.CachedMetadata | null {
    return this.#caches.get(path) ?? null;
  }

  /**
   * Obsidian's link resolution: a relative path from the source folder; the exact path (with or
   * without ".md"); else files whose path ends with the link path, case-insensitively, preferring
   * one in the source's folder, then the shortest path.
   */
  getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
    if (linkpath === "") return this.#vault.getFileByPath(sourcePath);
    const relative = /^\.\.?\//.test(linkpath) ? resolveRelative(parentPath(sourcePath), linkpath) : null;
    const wanted = relative ?? linkpath.replace(/^\/+/, "");
    const exact = this.#vault.getFileByPath(wanted) ?? this.#vault.getFileByPath(`${wanted}.md`);
    if (exact || relative !== null) return exact;
    return this.#bestMatchByName(wanted, parentPath(sourcePath));
  }

  /**
   * Obsidian's "shortest path when possible": the file name when no other file has it
   * (case-insensitively), else the full path; ".md" left off unless `omitMdExtension` is false.
   */
  fileToLinktext(file: Obsidian.TFile, _sourcePath: string, omitMdExtension = true): string {
    const dropExtension = omitMdExtension && file.extension === "md";
    const unique = (this.#nameIndex().get(file.name.toLowerCase()) ?? []).length === 1;
    if (unique) return dropExtension ? file.basename : file.name;
    return dropExtension ? file.path.slice(0, -".md".length) : file.path;
  }

  // ---- test helpers ----

  /** Whether the initial indexing pass has run (see MetadataCacheOptions.ready). */
  get isReady(): boolean {
    return this.#ready;
  }

  /** Runs the initial indexing pass: "changed" for each note, then "resolve" for each and "resolved". */
  finishIndexing(): void {
    if (this.#ready) return;
    this.#ready = true;
    this.#indexAll({ silent: false });
  }

  /** Holds back indexing: the cache keeps describing the old text until `resumeIndexing()`. */
  pauseIndexing(): void {
    this.#paused = true;
  }

  resumeIndexing(): void {
    this.#paused = false;
    this.#scheduleFlush();
  }

  /** Resolves once every change made so far is indexed and its events have fired. */
  settled(): Promise<void> {
    if (!this.#flushScheduled && this.#pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.#settledWaiters.push(resolve));
  }

  // ---- internals ----

  #onCreateOrModify(file: TAbstractFile): void {
    this.#filesByName = null;
    if (!this.#ready) return;
    if (file instanceof TFile && file.extension === "md") this.#pending.add(file);
    this.#scheduleFlush();
  }

  #onDelete(file: TAbstractFile): void {
    this.#filesByName = null;
    if (!this.#ready || !(file instanceof TFile)) return;
    const previous = this.#caches.get(file.path) ?? null;
    this.#caches.delete(file.path);
    this.#indexedText.delete(file.path);
    this.#pending.delete(file);
    if (file.extension === "md") this.trigger("deleted", file, previous);
    this.#scheduleFlush();
  }

  #onRename(file: TAbstractFile, oldPath: string): void {
    this.#filesByName = null;
    if (!this.#ready || !(file instanceof TFile)) return;
    const cache = this.#caches.get(oldPath);
    const text = this.#indexedText.get(oldPath);
    this.#caches.delete(oldPath);
    this.#indexedText.delete(oldPath);
    if (cache) this.#caches.set(file.path, cache);
    if (text !== undefined) this.#indexedText.set(file.path, text);
    this.#scheduleFlush();
  }

  #scheduleFlush(): void {
    if (this.#flushScheduled || this.#paused) return;
    this.#flushScheduled = true;
    queueMicrotask(() => this.#flush());
  }

  #flush(): void {
    this.#flushScheduled = false;
    if (this.#paused) return;
    const changed = [...this.#pending].filter((file) => this.#index(file, { silent: false }));
    this.#pending.clear();
    this.#resolveLinks(changed);
    for (const resolve of this.#settledWaiters.splice(0)) resolve();
  }

  #indexAll({ silent }: { silent: boolean }): void {
    const files = this.#vault.getMarkdownFiles();
    for (const file of files) this.#index(file, { silent });
    this.#resolveLinks(silent ? [] : files, { silent });
  }

  /** Computes one note's metadata; returns whether it changed (and fires "changed" unless silent). */
  #index(file: TFile, { silent }: { silent: boolean }): boolean {
    if (this.#vault.getFileByPath(file.path) !== file) return false;
    const text = this.#vault.contentOf(file.path) ?? "";
    if (this.#indexedText.get(file.path) === text && this.#caches.has(file.path)) return false;
    const metadata = computeMetadata(text);
    this.#caches.set(file.path, metadata);
    this.#indexedText.set(file.path, text);
    if (!silent) this.trigger("changed", file, text, metadata);
    return true;
  }

  /** Recomputes both link tables in place (plugins may hold on to them), then fires "resolve"/"resolved". */
  #resolveLinks(changed: TFile[], { silent = false } = {}): void {
    // Per-source entries are replaced, never mutated, so a shallow copy keeps the old ones.
    const [resolvedBefore, unresolvedBefore] = [{ ...this.resolvedLinks }, { ...this.unresolvedLinks }];
    const affected = new Set<TFile>(changed);
    const files = this.#vault.getMarkdownFiles();
    for (const source of Object.keys(this.resolvedLinks)) delete this.resolvedLinks[source];
    for (const source of Object.keys(this.unresolvedLinks)) delete this.unresolvedLinks[source];
    for (const file of files) {
      const [resolved, unresolved] = this.#countLinks(file);
      const same = (a: Record<string, number> | undefined, b: Record<string, number>) => JSON.stringify(a ?? {}) === JSON.stringify(b);
      if (!same(resolvedBefore[file.path], resolved) || !same(unresolvedBefore[file.path], unresolved)) affected.add(file);
      this.resolvedLinks[file.path] = resolved;
      this.unresolvedLinks[file.path] = unresolved;
    }
    if (silent) return;
    for (const file of files) if (affected.has(file)) this.trigger("resolve", file);
    this.trigger("resolved");
  }

  /** Links, embeds and front matter links of a note, counted by destination path (or by link path when unresolved). */
  #countLinks(file: TFile): [Record<string, number>, Record<string, number>] {
    const cache = this.#caches.get(file.path);
    const resolved: Record<string, number> = {};
    const unresolved: Record<string, number> = {};
    const references = [...(cache?.links ?? []), ...(cache?.embeds ?? []), ...(cache?.frontmatterLinks ?? [])];
    for (const reference of references) {
      const linkpath = getLinkpath(reference.link);
      if (linkpath === "") continue; // "[[#Heading]]" points into the note itself
      const destination = this.getFirstLinkpathDest(linkpath, file.path);
      const counts = destination ? resolved : unresolved;
      const key = destination ? destination.path : linkpath;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return [resolved, unresolved];
  }

  #bestMatchByName(linkpath: string, sourceFolder: string): TFile | null {
    const wanted = linkpath.toLowerCase();
    const name = fileName(wanted);
    const byName = this.#nameIndex();
    const candidates = [...(byName.get(`${name}.md`) ?? []), ...(byName.get(name) ?? [])].filter((file) => {
      const path = file.path.toLowerCase();
      return [wanted, `${wanted}.md`].some((suffix) => path === suffix || path.endsWith(`/${suffix}`));
    });
    const markdownFirst = candidates.filter((file) => file.extension === "md");
    const pool = markdownFirst.length > 0 && !/\.[^/]+$/.test(name) ? markdownFirst : candidates;
    const inSourceFolder = pool.find((file) => parentPath(file.path) === sourceFolder);
    if (inSourceFolder) return inSourceFolder;
    return [...pool].sort((a, b) => a.path.length - b.path.length || a.path.localeCompare(b.path))[0] ?? null;
  }

  #nameIndex(): Map<string, TFile[]> {
    if (this.#filesByName) return this.#filesByName;
    const index = new Map<string, TFile[]>();
    for (const file of this.#vault.getFiles()) {
      const key = file.name.toLowerCase();
      index.set(key, [...(index.get(key) ?? []), file]);
    }
    this.#filesByName = index;
    return index;
  }
}
