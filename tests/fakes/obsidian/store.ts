/**
 * The "disk" under the fake vault: file contents and folders by path, shared by the Vault
 * (indexed notes) and its DataAdapter (everything, the config folder included). It also holds
 * the two things tests need from a disk: a log of writes, and injected write failures.
 */
import { ROOT_PATH, ancestorFolders, isWithin, parentPath } from "./paths";

export interface StoredFile {
  data: string;
  ctime: number;
  mtime: number;
}

export type WriteOperation = "write" | "rename" | "remove" | "mkdir";

export interface WriteRecord {
  operation: WriteOperation;
  path: string;
  /** For renames: where it went. */
  newPath?: string;
  /** False when the write was failed on purpose (see `failWritesAfter`). */
  succeeded: boolean;
}

export interface WriteFailureOptions {
  /** How many writes fail once failures start (default: all of them, until cleared). */
  times?: number;
  /** Only writes whose path passes count and fail; others go through untouched. */
  paths?: (path: string) => boolean;
  /** Only these operations count and fail (default: all). */
  operations?: WriteOperation[];
  /**
   * A failing content write first stores the first half of the new data, as a crash or a full
   * disk can leave a file; without it a failed write changes nothing.
   */
  torn?: boolean;
  /** The error thrown (default: an EIO error like Node's fs gives). */
  error?: () => Error;
}

interface FailurePlan extends WriteFailureOptions {
  successesLeft: number;
  failuresLeft: number;
}

/** Timestamps never repeat, so "was this file modified since?" checks are not flaky. */
function monotonicClock(now: () => number): () => number {
  let last = 0;
  return () => {
    last = Math.max(now(), last + 1);
    return last;
  };
}

export class MemoryStore {
  readonly files = new Map<string, StoredFile>();
  readonly folders = new Set<string>();
  readonly writeLog: WriteRecord[] = [];
  readonly now: () => number;
  #failure: FailurePlan | null = null;

  constructor(now: () => number = Date.now) {
    this.now = monotonicClock(now);
  }

  hasFolder(path: string): boolean {
    return path === ROOT_PATH || this.folders.has(path);
  }

  exists(path: string): boolean {
    return this.files.has(path) || this.hasFolder(path);
  }

  /** Seeds content without counting as a write: the vault as it was when the app started. */
  seedFile(path: string, data: string): void {
    for (const folder of ancestorFolders(path)) this.folders.add(folder);
    const time = this.now();
    this.files.set(path, { data, ctime: time, mtime: time });
  }

  seedFolder(path: string): void {
    for (const folder of [...ancestorFolders(path), path]) this.folders.add(folder);
  }

  read(path: string): string {
    const file = this.files.get(path);
    if (!file) throw notFound("open", path);
    return file.data;
  }

  /** Creates or replaces a file. Its folder must exist, as on a real file system. */
  write(path: string, data: string, times: { ctime?: number; mtime?: number } = {}): StoredFile {
    if (!this.hasFolder(parentPath(path))) throw notFound("open", path);
    if (this.folders.has(path)) throw new Error(`EISDIR: illegal operation on a directory, open '${path}'`);
    const previous = this.files.get(path);
    this.guard("write", path, () => this.files.set(path, { ...this.stamp(previous, {}), data: tornHalf(data) }));
    const stored = { ...this.stamp(previous, times), data };
    this.files.set(path, stored);
    return stored;
  }

  /** Creates a folder and any missing parents. */
  mkdir(path: string): void {
    if (this.files.has(path)) throw new Error(`EEXIST: file already exists, mkdir '${path}'`);
    if (this.hasFolder(path)) return;
    this.guard("mkdir", path);
    for (const folder of [...ancestorFolders(path), path]) this.folders.add(folder);
  }

  /** Moves a file or a folder with everything in it. */
  rename(path: string, newPath: string): void {
    if (!this.exists(path)) throw notFound("rename", path);
    if (this.exists(newPath)) throw new Error(`EEXIST: file already exists, rename '${path}' -> '${newPath}'`);
    if (!this.hasFolder(parentPath(newPath))) throw notFound("rename", newPath);
    this.guard("rename", path, undefined, newPath);
    const move = (from: string): string => newPath + from.slice(path.length);
    for (const [filePath, file] of [...this.files]) {
      if (!isWithin(filePath, path)) continue;
      this.files.delete(filePath);
      this.files.set(move(filePath), file);
    }
    for (const folder of [...this.folders]) {
      if (!isWithin(folder, path)) continue;
      this.folders.delete(folder);
      this.folders.add(move(folder));
    }
  }

  /** Removes a file, or a folder with everything in it. */
  remove(path: string): void {
    if (!this.exists(path) || path === ROOT_PATH) throw notFound("unlink", path);
    this.guard("remove", path);
    for (const filePath of [...this.files.keys()]) if (isWithin(filePath, path)) this.files.delete(filePath);
    for (const folder of [...this.folders]) if (isWithin(folder, path)) this.folders.delete(folder);
  }

  /** Direct children of a folder: `{ files, folders }` as full paths. */
  list(folder: string): { files: string[]; folders: string[] } {
    const isChild = (path: string): boolean => parentPath(path) === folder && path !== folder;
    return {
      files: [...this.files.keys()].filter(isChild).sort(),
      folders: [...this.folders].filter(isChild).sort(),
    };
  }

  /** Every write from now on fails after `successes` more succeed. See WriteFailureOptions. */
  failWritesAfter(successes: number, options: WriteFailureOptions = {}): void {
    this.#failure = { ...options, successesLeft: successes, failuresLeft: options.times ?? Infinity };
  }

  clearWriteFailures(): void {
    this.#failure = null;
  }

  /** Writes done by the world outside the plugin (seeding, external edits) skip failures and the log. */
  outsideWrite<T>(action: () => T): T {
    const failure = this.#failure;
    const logLength = this.writeLog.length;
    this.#failure = null;
    try {
      return action();
    } finally {
      this.#failure = failure;
      this.writeLog.length = logLength;
    }
  }

  private stamp(previous: StoredFile | undefined, times: { ctime?: number; mtime?: number }): Omit<StoredFile, "data"> {
    const now = this.now();
    return { ctime: times.ctime ?? previous?.ctime ?? now, mtime: times.mtime ?? now };
  }

  /** Logs a write and throws if it is one of the writes meant to fail (after a torn write, if asked). */
  private guard(operation: WriteOperation, path: string, tear?: () => void, newPath?: string): void {
    const failing = this.shouldFail(operation, path);
    this.writeLog.push({ operation, path, ...(newPath === undefined ? {} : { newPath }), succeeded: !failing });
    if (!failing) return;
    if (this.#failure?.torn) tear?.();
    throw this.#failure?.error?.() ?? new Error(`EIO: i/o error, ${operation} '${path}' (injected by the fake vault)`);
  }

  private shouldFail(operation: WriteOperation, path: string): boolean {
    const plan = this.#failure;
    if (!plan) return false;
    if (plan.operations && !plan.operations.includes(operation)) return false;
    if (plan.paths && !plan.paths(path)) return false;
    if (plan.successesLeft > 0) {
      plan.successesLeft -= 1;
      return false;
    }
    if (plan.failuresLeft <= 0) return false;
    plan.failuresLeft -= 1;
    return true;
  }
}

function tornHalf(data: string): string {
  return data.slice(0, Math.floor(data.length / 2));
}

export function notFound(syscall: string, path: string): Error {
  const error = new Error(`ENOENT: no such file or directory, ${syscall} '${path}'`) as Error & { code: string };
  error.code = "ENOENT";
  return error;
}
