import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { JournalStore, NoteStore } from "../core/ops/ports";

/**
 * The CLI's side of the note and journal ports: the vault's files on disk. Writes go to a temporary file
 * beside the note and are renamed over it, so a note is never left half written.
 */

export const DEFAULT_CONFIG_DIR = ".obsidian";

export function pluginDir(vault: string, configDir = DEFAULT_CONFIG_DIR): string {
  return path.join(vault, configDir, "plugins", "rapport");
}

export class FsNoteStore implements NoteStore {
  constructor(private readonly vault: string) {}

  private absolute(notePath: string): string {
    const resolved = path.resolve(this.vault, notePath);
    if (!resolved.startsWith(path.resolve(this.vault) + path.sep)) throw new Error(`${notePath} is outside the vault`);
    return resolved;
  }

  async read(notePath: string): Promise<string | undefined> {
    try {
      return await readFile(this.absolute(notePath), "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  }

  async process(notePath: string, edit: (current: string) => string): Promise<void> {
    const current = await this.read(notePath);
    if (current === undefined) throw new Error(`${notePath} no longer exists`);
    const next = edit(current);
    if (next === current) return;
    await writeAtomically(this.absolute(notePath), next, async () => {
      if ((await this.read(notePath)) !== current) throw new Error(`${notePath} changed while it was being written`);
    });
  }

  /**
   * When the trash holds this very note (an undone merge brings its duplicate back), the copy is moved back
   * rather than written anew: the trash keeps no stale twin of a note that is back, and the file keeps its dates.
   */
  async create(notePath: string, text: string): Promise<void> {
    const target = this.absolute(notePath);
    if (existsSync(target)) throw new Error(`${notePath} already exists`);
    await mkdir(path.dirname(target), { recursive: true });
    const trashed = await this.trashedCopy(notePath, text);
    if (trashed) await rename(trashed, target);
    else await writeAtomically(target, text);
  }

  /** Like Obsidian's "move to .trash": the note keeps its folder path under `<vault>/.trash/`. */
  async trash(notePath: string): Promise<void> {
    const source = this.absolute(notePath);
    const taken = this.trashSlots(notePath);
    const target = this.trashSlot(notePath, taken.length);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(source, target);
  }

  /** The newest trashed copy of the note holding exactly `text`, if any. */
  private async trashedCopy(notePath: string, text: string): Promise<string | undefined> {
    for (const slot of this.trashSlots(notePath).reverse()) if ((await readFile(slot, "utf8")) === text) return slot;
    return undefined;
  }

  /** Where the note's earlier copies are in the trash: `People/Ann.md`, then `People/Ann 1.md`, `People/Ann 2.md`… */
  private trashSlots(notePath: string): string[] {
    const slots: string[] = [];
    for (let slot = this.trashSlot(notePath, 0); existsSync(slot); slot = this.trashSlot(notePath, slots.length)) slots.push(slot);
    return slots;
  }

  private trashSlot(notePath: string, copy: number): string {
    const extension = /\.md$/i.test(notePath) ? notePath.slice(-3) : "";
    const numbered = `${notePath.slice(0, notePath.length - extension.length)} ${copy}${extension}`;
    return path.join(this.vault, ".trash", copy === 0 ? notePath : numbered);
  }
}

export class FsJournalStore implements JournalStore {
  private readonly dir: string;

  constructor(vault: string, configDir = DEFAULT_CONFIG_DIR) {
    this.dir = path.join(pluginDir(vault, configDir), "journal");
  }

  async list(): Promise<string[]> {
    try {
      return (await readdir(this.dir)).filter((name) => name.endsWith(".json")).map((name) => name.slice(0, -5)).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw error;
    }
  }

  async read(id: string): Promise<string | undefined> {
    try {
      return await readFile(path.join(this.dir, `${id}.json`), "utf8");
    } catch {
      return undefined;
    }
  }

  async write(id: string, json: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeAtomically(path.join(this.dir, `${id}.json`), json);
  }

  async remove(id: string): Promise<void> {
    await rm(path.join(this.dir, `${id}.json`), { force: true });
  }
}

async function writeAtomically(target: string, text: string, beforeReplace?: () => Promise<void>): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.rapport-${process.pid}-${Date.now()}.tmp`);
  await writeFile(temporary, text, "utf8");
  try {
    await beforeReplace?.();
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Every Markdown note's vault-relative path (with `/`), skipping dot folders such as `.obsidian` and `.trash`. */
export async function listNotes(vault: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(relative: string): Promise<void> {
    const entries = await readdir(path.join(vault, relative), { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) found.push(child);
    }
  }
  await walk("");
  return found.sort();
}
