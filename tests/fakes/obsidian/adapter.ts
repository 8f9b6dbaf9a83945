import type * as Obsidian from "obsidian";
import { normalizePath } from "./paths";
import { type MemoryStore, notFound } from "./store";

/** Lets the current task finish before an I/O call takes effect, as a real disk would. */
export const io = (): Promise<void> => Promise.resolve();

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function toBinary(text: string): ArrayBuffer {
  const bytes = encoder.encode(text);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export function fromBinary(data: ArrayBuffer): string {
  return decoder.decode(data);
}

export function byteLength(text: string): number {
  return encoder.encode(text).byteLength;
}

export interface TrashedFile {
  /** Where the file or folder was. */
  path: string;
  /** The files removed with it and their content (one entry for a file). */
  files: { path: string; data: string }[];
  /** How it was removed: system trash, the vault's `.trash` folder, or Obsidian's file manager preference. */
  via: "system" | "local";
}

/**
 * The DataAdapter over the fake's in-memory disk: sees every path, the config folder included
 * (plugin data and the journal live under `.obsidian/plugins/<id>/`). A change to an indexed
 * path is passed on so the Vault updates its tree and fires its events, as its file watcher would
 * (here at once, where Obsidian notices a moment later).
 *
 * Paths are normalized leniently ("/" and "" are the root); Obsidian expects callers to do it.
 */
export class MemoryAdapter implements Obsidian.DataAdapter {
  constructor(
    private readonly store: MemoryStore,
    private readonly vaultName: string,
    private readonly onChange: (paths: string[]) => void,
    private readonly onTrash: (entry: TrashedFile) => void,
  ) {}

  getName(): string {
    return this.vaultName;
  }

  async exists(normalizedPath: string, _sensitive?: boolean): Promise<boolean> {
    await io();
    return this.store.exists(normalizePath(normalizedPath));
  }

  async stat(normalizedPath: string): Promise<Obsidian.Stat | null> {
    await io();
    const path = normalizePath(normalizedPath);
    const file = this.store.files.get(path);
    if (file) return { type: "file", ctime: file.ctime, mtime: file.mtime, size: byteLength(file.data) };
    return this.store.hasFolder(path) ? { type: "folder", ctime: 0, mtime: 0, size: 0 } : null;
  }

  async list(normalizedPath: string): Promise<Obsidian.ListedFiles> {
    await io();
    const path = normalizePath(normalizedPath);
    if (!this.store.hasFolder(path)) throw notFound("scandir", path);
    return this.store.list(path);
  }

  async read(normalizedPath: string): Promise<string> {
    await io();
    return this.store.read(normalizePath(normalizedPath));
  }

  async readBinary(normalizedPath: string): Promise<ArrayBuffer> {
    return toBinary(await this.read(normalizedPath));
  }

  async write(normalizedPath: string, data: string, options?: Obsidian.DataWriteOptions): Promise<void> {
    await io();
    const path = normalizePath(normalizedPath);
    this.store.write(path, data, options);
    this.onChange([path]);
  }

  async writeBinary(normalizedPath: string, data: ArrayBuffer, options?: Obsidian.DataWriteOptions): Promise<void> {
    await this.write(normalizedPath, fromBinary(data), options);
  }

  /** Creates the file when missing, like fs.appendFile. */
  async append(normalizedPath: string, data: string, options?: Obsidian.DataWriteOptions): Promise<void> {
    await io();
    const path = normalizePath(normalizedPath);
    this.store.write(path, (this.store.files.get(path)?.data ?? "") + data, options);
    this.onChange([path]);
  }

  async appendBinary(normalizedPath: string, data: ArrayBuffer, options?: Obsidian.DataWriteOptions): Promise<void> {
    await this.append(normalizedPath, fromBinary(data), options);
  }

  /** Read, transform and write with nothing in between. */
  async process(normalizedPath: string, fn: (data: string) => string, options?: Obsidian.DataWriteOptions): Promise<string> {
    await io();
    const path = normalizePath(normalizedPath);
    const next = fn(this.store.read(path));
    this.store.write(path, next, options);
    this.onChange([path]);
    return next;
  }

  getResourcePath(normalizedPath: string): string {
    return `app://fake/${encodeURI(normalizePath(normalizedPath))}`;
  }

  async mkdir(normalizedPath: string): Promise<void> {
    await io();
    const path = normalizePath(normalizedPath);
    this.store.mkdir(path);
    this.onChange([path]);
  }

  async trashSystem(normalizedPath: string): Promise<boolean> {
    await this.trash(normalizePath(normalizedPath), "system");
    return true;
  }

  async trashLocal(normalizedPath: string): Promise<void> {
    await this.trash(normalizePath(normalizedPath), "local");
  }

  async rmdir(normalizedPath: string, recursive: boolean): Promise<void> {
    await io();
    const path = normalizePath(normalizedPath);
    if (!this.store.hasFolder(path)) throw notFound("rmdir", path);
    const { files, folders } = this.store.list(path);
    if (!recursive && files.length + folders.length > 0) throw new Error(`ENOTEMPTY: directory not empty, rmdir '${path}'`);
    this.store.remove(path);
    this.onChange([path]);
  }

  async remove(normalizedPath: string): Promise<void> {
    await io();
    const path = normalizePath(normalizedPath);
    if (!this.store.files.has(path)) throw notFound("unlink", path);
    this.store.remove(path);
    this.onChange([path]);
  }

  async rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
    await io();
    const [path, newPath] = [normalizePath(normalizedPath), normalizePath(normalizedNewPath)];
    this.store.rename(path, newPath);
    this.onChange([path, newPath]);
  }

  async copy(normalizedPath: string, normalizedNewPath: string): Promise<void> {
    await io();
    const [path, newPath] = [normalizePath(normalizedPath), normalizePath(normalizedNewPath)];
    if (this.store.exists(newPath)) throw new Error(`EEXIST: file already exists, copyfile '${path}' -> '${newPath}'`);
    this.store.write(newPath, this.store.read(path));
    this.onChange([newPath]);
  }

  private async trash(path: string, via: TrashedFile["via"]): Promise<void> {
    await io();
    const files = [...this.store.files].filter(([filePath]) => filePath === path || filePath.startsWith(`${path}/`));
    if (files.length === 0 && !this.store.hasFolder(path)) throw notFound("trash", path);
    this.store.remove(path);
    this.onTrash({ path, via, files: files.map(([filePath, file]) => ({ path: filePath, data: file.data })) });
    this.onChange([path]);
  }
}
