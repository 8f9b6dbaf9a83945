import { normalizePath, TFile, type App, type DataAdapter } from "obsidian";
import type { JournalStore, NoteStore } from "../core/ops/ports";

/**
 * The plugin's side of the note and journal ports. Edits go through `Vault.process`, which reads and writes
 * in one atomic step (and keeps an open editor in sync); deletes through `FileManager.trashFile`, which honours
 * the user's trash setting.
 */
export class VaultNoteStore implements NoteStore {
  constructor(private readonly app: App) {}

  private file(path: string): TFile | undefined {
    const file = this.app.vault.getAbstractFileByPath(normalizePath(path));
    return file instanceof TFile ? file : undefined;
  }

  async read(path: string): Promise<string | undefined> {
    const file = this.file(path);
    return file ? this.app.vault.read(file) : undefined;
  }

  async process(path: string, edit: (current: string) => string): Promise<void> {
    const file = this.file(path);
    if (!file) throw new Error(`${path} no longer exists`);
    await this.app.vault.process(file, edit);
  }

  async create(path: string, text: string): Promise<void> {
    const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
    if (folder && !this.app.vault.getAbstractFileByPath(folder)) await this.app.vault.createFolder(folder);
    await this.app.vault.create(normalizePath(path), text);
  }

  async trash(path: string): Promise<void> {
    const file = this.file(path);
    if (!file) throw new Error(`${path} no longer exists`);
    await this.app.fileManager.trashFile(file);
  }
}

/** Journal entries as JSON files in the plugin's folder, where the CLI finds them too. */
export class AdapterJournalStore implements JournalStore {
  private readonly dir: string;

  constructor(
    private readonly adapter: DataAdapter,
    pluginDir: string,
  ) {
    this.dir = normalizePath(`${pluginDir}/journal`);
  }

  async list(): Promise<string[]> {
    if (!(await this.adapter.exists(this.dir))) return [];
    const listing = await this.adapter.list(this.dir);
    return listing.files
      .map((file) => file.slice(file.lastIndexOf("/") + 1))
      .filter((name) => name.endsWith(".json"))
      .map((name) => name.slice(0, -5))
      .sort();
  }

  async read(id: string): Promise<string | undefined> {
    const path = `${this.dir}/${id}.json`;
    return (await this.adapter.exists(path)) ? this.adapter.read(path) : undefined;
  }

  async write(id: string, json: string): Promise<void> {
    if (!(await this.adapter.exists(this.dir))) await this.adapter.mkdir(this.dir);
    await this.adapter.write(`${this.dir}/${id}.json`, json);
  }

  async remove(id: string): Promise<void> {
    const path = `${this.dir}/${id}.json`;
    if (await this.adapter.exists(path)) await this.adapter.remove(path);
  }
}
