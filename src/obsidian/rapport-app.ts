import { normalizePath, TFile, type App, type Plugin } from "obsidian";
import type { VaultIndex } from "../core/index/vault-index";
import { applyChangeSet, type ChangeSet } from "../core/ops/apply";
import type { JournalEntry } from "../core/ops/journal";
import { undoLatest, type UndoResult } from "../core/ops/undo";
import { localToday } from "../core/parse/dates";
import { RelationshipGraph } from "../core/relationships/graph";
import { planLastContact, type LastContactPlan } from "../core/relationships/last-contact";
import type { DuplicateHint } from "../core/relationships/summaries";
import type { PluginData, Settings } from "../core/settings/settings";
import { addNotSamePerson } from "../core/dupes/decisions";
import { LinkTargetIndex } from "../core/links/link-target-index";
import { chooseSurvivor, planConsolidation, planMerge, type MergePlan } from "../core/merge";
import { DuplicatesService } from "./duplicates-service";
import { IndexService } from "./index-service";
import { AdapterJournalStore, VaultNoteStore } from "./note-store";
import { saveOpenEditors } from "./open-editors";
import { PluginDataStore } from "./plugin-data";

/**
 * Rapport inside Obsidian: the index, the stores and the operations the UI calls. Each operation is a core
 * function fed from Obsidian's Vault, MetadataCache and FileManager; the CLI feeds the same functions from disk.
 */
export class RapportApp {
  readonly indexService: IndexService;
  readonly notes: VaultNoteStore;
  readonly journal: AdapterJournalStore;
  private readonly store: PluginDataStore;
  readonly duplicates: DuplicatesService;
  private cachedGraph?: { revision: number; graph: RelationshipGraph };

  constructor(
    readonly app: App,
    plugin: Plugin,
  ) {
    this.store = new PluginDataStore(plugin);
    this.indexService = new IndexService(app, () => this.settings());
    this.notes = new VaultNoteStore(app);
    this.duplicates = new DuplicatesService(this.index, () => this.data.notSamePerson, () => this.indexService.notifyChanged());
    this.journal = new AdapterJournalStore(app.vault.adapter, plugin.manifest.dir ?? `${app.vault.configDir}/plugins/${plugin.manifest.id}`);
  }

  async loadData(): Promise<string[]> {
    return this.store.load();
  }

  start(plugin: Plugin): void {
    this.indexService.start(plugin);
  }

  get index(): VaultIndex {
    return this.indexService.index;
  }

  get data(): PluginData {
    return this.store.data;
  }

  settings(): Settings {
    return this.store.data.settings;
  }

  async updateSettings(change: Partial<Settings>): Promise<void> {
    this.store.data = { ...this.store.data, settings: { ...this.store.data.settings, ...change } };
    await this.store.save();
    this.duplicates.reset();
    void this.indexService.rebuild();
  }

  async updateData(change: Partial<PluginData>): Promise<void> {
    this.store.data = { ...this.store.data, ...change };
    await this.store.save();
  }

  today(): string {
    return localToday();
  }

  /** The relationship graph of the current index, rebuilt only when the index changed. */
  graph(): RelationshipGraph {
    const revision = this.index.revision;
    if (this.cachedGraph?.revision !== revision) this.cachedGraph = { revision, graph: new RelationshipGraph(this.index) };
    return this.cachedGraph.graph;
  }

  /** Reads the notes a plan needs, after saving open editors so the plan sees the user's latest typing. */
  async readNotes(paths: Iterable<string>, onProgress?: (done: number, total: number) => void): Promise<Map<string, string>> {
    await saveOpenEditors(this.app);
    const list = [...new Set(paths)];
    const texts = new Map<string, string>();
    for (let start = 0; start < list.length; start += 100) {
      const batch = list.slice(start, start + 100);
      const read = await Promise.all(batch.map((path) => this.notes.read(path)));
      batch.forEach((path, offset) => {
        const text = read[offset];
        if (text !== undefined) texts.set(path, text);
      });
      onProgress?.(Math.min(start + 100, list.length), list.length);
    }
    return texts;
  }

  async planLastContact(onProgress?: (done: number, total: number) => void): Promise<LastContactPlan> {
    const readable = this.index.writablePeople();
    const texts = await this.readNotes(readable.map((person) => person.path), onProgress);
    return planLastContact(this.graph(), texts, this.today());
  }

  async apply(changeSet: ChangeSet): Promise<JournalEntry | undefined> {
    await saveOpenEditors(this.app);
    return applyChangeSet(changeSet, this.notes, this.journal);
  }

  async undo(): Promise<UndoResult> {
    await saveOpenEditors(this.app);
    return undoLatest(this.notes, this.journal);
  }

  /** Notes whose links point at `path`, from the metadata cache's resolved links: no file is read to find them. */
  notesLinkingTo(path: string): string[] {
    const sources: string[] = [];
    for (const [source, targets] of Object.entries(this.app.metadataCache.resolvedLinks)) if (targets[path]) sources.push(source);
    return sources;
  }

  /** The panel's "possible duplicate" line for one person. */
  duplicateHints(path: string): DuplicateHint[] {
    return this.duplicates.hintsFor(path);
  }

  /** Remembers that two notes are different people, in the data the CLI reads too. */
  async markNotSamePerson(a: string, b: string): Promise<void> {
    await this.updateData({ notSamePerson: addNotSamePerson(this.data.notSamePerson, a, b) });
    this.duplicates.markNotSamePerson(a, b);
    this.indexService.notifyChanged();
  }

  /**
   * Plans merging `drop` into `keep`. Reads only the two notes and the notes that link to `drop` (found from
   * the metadata cache's resolved links), after saving open editors.
   */
  async planMerge(keep: string, drop: string): Promise<MergePlan> {
    const texts = await this.readNotes([keep, drop, ...this.notesLinkingTo(drop)]);
    const survivor = texts.get(keep);
    const duplicate = texts.get(drop);
    if (survivor === undefined || duplicate === undefined) throw new Error(`${survivor === undefined ? keep : drop} no longer exists`);
    const notes = [...texts].filter(([path]) => path !== keep && path !== drop).map(([path, text]) => ({ path, text }));
    const paths = new LinkTargetIndex(this.app.vault.getMarkdownFiles().map((file) => file.path));
    return planMerge({ survivor: { path: keep, text: survivor }, duplicate: { path: drop, text: duplicate }, notes, paths });
  }

  /**
   * Which note of a group to keep: the fuller note with more links pointing at it. Returns [keep, drop];
   * a group of more than two is merged a pair at a time.
   */
  async suggestSurvivor(notes: string[]): Promise<[string, string] | []> {
    const [first, second] = notes;
    if (!first || !second) return [];
    const texts = await this.readNotes([first, second]);
    const note = (path: string) => ({ path, text: texts.get(path) ?? "" });
    const inbound = (path: string) => this.notesLinkingTo(path).length;
    const { survivor, duplicate } = chooseSurvivor(note(first), note(second), inbound);
    return [survivor.path, duplicate.path];
  }

  /** Plans folding repeated Key Facts in the given people notes (notes with nothing to fold are left out). */
  async planConsolidation(paths: string[], onProgress?: (done: number, total: number) => void): Promise<ChangeSet> {
    const readable = paths.filter((path) => this.index.isWritable(path));
    const texts = await this.readNotes(readable, onProgress);
    return planConsolidation([...texts].map(([path, text]) => ({ path, text })));
  }

  /** Creates a person note for a name from a meeting, in the folder most people notes live in. */
  async createPersonNote(name: string): Promise<TFile> {
    const folder = mostCommonFolder(this.index.people().map((person) => person.path)) ?? "People";
    const type = this.settings().personTypes[0] ?? "person";
    const safeName = name.replace(/[\\/:*?"<>|#^[\]]/g, " ").trim();
    const path = normalizePath(`${folder}/${safeName}.md`);
    const existing = this.app.vault.getAbstractFileByPath(path);
    const file = existing instanceof TFile ? existing : await this.app.vault.create(path, personTemplate(type, name));
    await this.app.workspace.getLeaf(false).openFile(file);
    return file;
  }

  activeFile(): TFile | null {
    return this.app.workspace.getActiveFile();
  }
}

function mostCommonFolder(paths: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const path of paths) {
    const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function personTemplate(type: string, name: string): string {
  return `---\ntype: ${type}\ntitle: ${JSON.stringify(name)}\n---\n\n# ${name}\n\n## Key Facts\n\n## Recent Context\n`;
}
