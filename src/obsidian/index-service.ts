import { debounce, TFile, type App, type CachedMetadata, type Component } from "obsidian";
import { VaultIndex } from "../core/index/vault-index";
import { readBodyFacts, type BodyFacts } from "../core/parse/note";
import { isPathIncluded, type Settings } from "../core/settings/settings";
import { entryFromCache, needsBodyFacts } from "./cache-entry";

/**
 * Keeps the core's VaultIndex current inside Obsidian. Built once the layout is ready, from the metadata
 * cache; the few notes whose body matters (people, projects, notes with tasks) are read in small batches in
 * the background so the app stays responsive. Afterwards every change arrives with its text in the cache's
 * `changed` event, so nothing is read twice.
 */

const BATCH = 40;

export class IndexService {
  readonly index = new VaultIndex();
  private readonly facts = new Map<string, BodyFacts>();
  private readonly listeners = new Set<() => void>();
  private generation = 0;
  private ready = false;
  private readonly notifySoon = debounce(() => this.listeners.forEach((listener) => listener()), 250, true);

  constructor(
    private readonly app: App,
    private readonly settings: () => Settings,
  ) {}

  get isReady(): boolean {
    return this.ready;
  }

  /** Call once from the plugin, inside `onLayoutReady`. */
  start(owner: Component): void {
    const { vault, metadataCache } = this.app;
    owner.registerEvent(metadataCache.on("changed", (file, text, cache) => this.onChanged(file, text, cache)));
    owner.registerEvent(vault.on("delete", (file) => this.forget(file.path)));
    owner.registerEvent(vault.on("rename", (file, oldPath) => this.onRenamed(file, oldPath)));
    void this.rebuild();
  }

  /** Subscribe to index changes (debounced); returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells subscribers something derived from the index changed (e.g. duplicate hints became available). */
  notifyChanged(): void {
    this.notifySoon();
  }

  /** Re-reads everything, e.g. after the settings changed which notes count. */
  async rebuild(onProgress?: (done: number, total: number) => void): Promise<void> {
    const generation = ++this.generation;
    for (const path of this.index.paths()) this.index.remove(path);
    const files = this.app.vault.getMarkdownFiles().filter((file) => isPathIncluded(file.path, this.settings()));
    const toRead: TFile[] = [];
    for (const file of files) {
      const cache = this.app.metadataCache.getFileCache(file);
      const entry = entryFromCache(file, cache, this.settings(), this.facts.get(file.path));
      this.index.upsert(entry);
      if (!this.facts.has(file.path) && needsBodyFacts(cache, entry)) toRead.push(file);
    }
    this.ready = true;
    this.notifySoon();
    await this.readBodies(toRead, generation, onProgress);
  }

  private async readBodies(files: TFile[], generation: number, onProgress?: (done: number, total: number) => void): Promise<void> {
    for (let start = 0; start < files.length; start += BATCH) {
      if (generation !== this.generation) return;
      const batch = files.slice(start, start + BATCH);
      const texts = await Promise.all(batch.map((file) => this.app.vault.cachedRead(file)));
      batch.forEach((file, offset) => this.refresh(file, texts[offset] ?? ""));
      onProgress?.(Math.min(start + BATCH, files.length), files.length);
      this.notifySoon();
      await new Promise((resolve) => window.setTimeout(resolve, 0));
    }
  }

  private onChanged(file: TFile, text: string, cache: CachedMetadata): void {
    if (!this.ready) return;
    const revision = this.index.revision;
    this.refresh(file, text, cache);
    // Typing prose changes no record, task or problem: nothing to redraw.
    if (this.index.revision !== revision) this.notifySoon();
  }

  private refresh(file: TFile, text: string, cache = this.app.metadataCache.getFileCache(file)): void {
    if (!isPathIncluded(file.path, this.settings())) return this.forget(file.path);
    const facts = readBodyFacts(text);
    this.facts.set(file.path, facts);
    this.index.upsert(entryFromCache(file, cache, this.settings(), facts));
  }

  private forget(path: string): void {
    this.facts.delete(path);
    this.index.remove(path);
    this.notifySoon();
  }

  private onRenamed(file: unknown, oldPath: string): void {
    const facts = this.facts.get(oldPath);
    this.forget(oldPath);
    if (!(file instanceof TFile) || file.extension !== "md" || !isPathIncluded(file.path, this.settings())) return;
    if (facts) this.facts.set(file.path, facts);
    this.index.upsert(entryFromCache(file, this.app.metadataCache.getFileCache(file), this.settings(), facts));
    this.notifySoon();
  }
}
