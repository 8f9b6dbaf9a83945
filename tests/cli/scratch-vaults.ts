import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Vaults written on disk for the CLI's tests, all under one temporary folder that `remove` deletes. */

/** Vault-relative path (with "/") → SHA-256 of the file's bytes. */
export type Snapshot = Record<string, string>;

export interface ScratchVaults {
  /** The folder every vault is made in; also a place for things that are not vaults. */
  readonly root: string;
  newVault(): string;
  remove(): void;
}

export function scratchVaults(prefix: string): ScratchVaults {
  const root = mkdtempSync(path.join(tmpdir(), `rapport-${prefix}-`));
  let count = 0;
  return {
    root,
    newVault() {
      const vault = path.join(root, `vault-${++count}`);
      mkdirSync(vault, { recursive: true });
      return vault;
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export function writeNote(vault: string, notePath: string, text: string): void {
  mkdirSync(path.dirname(path.join(vault, notePath)), { recursive: true });
  writeFileSync(path.join(vault, notePath), text);
}

/** Every file under a folder, dot folders included: a write must change only what it names and leave no temporary file. */
export function snapshot(dir: string): Snapshot {
  const files: Snapshot = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full).split(path.sep).join("/")] = createHash("sha256").update(readFileSync(full)).digest("hex");
  }
  return files;
}
