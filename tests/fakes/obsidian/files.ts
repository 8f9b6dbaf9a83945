import type * as Obsidian from "obsidian";
import { ROOT_PATH, fileName, splitName } from "./paths";
import type { Vault } from "./vault";

/**
 * The vault's file tree. As in Obsidian, one object stands for a file for its whole life:
 * a rename mutates `path`/`name`/`parent` in place, so plugin code may hold on to a TFile.
 */
export abstract class TAbstractFile implements Obsidian.TAbstractFile {
  vault: Vault;
  path: string;
  name: string;
  parent: TFolder | null = null;

  constructor(vault: Vault, path: string) {
    this.vault = vault;
    this.path = path;
    this.name = path === ROOT_PATH ? "" : fileName(path);
  }
}

export class TFile extends TAbstractFile implements Obsidian.TFile {
  stat: Obsidian.FileStats;
  basename: string;
  extension: string;

  constructor(vault: Vault, path: string, stat: Obsidian.FileStats) {
    super(vault, path);
    this.stat = stat;
    ({ basename: this.basename, extension: this.extension } = splitName(this.name));
  }
}

export class TFolder extends TAbstractFile implements Obsidian.TFolder {
  children: TAbstractFile[] = [];

  isRoot(): boolean {
    return this.path === ROOT_PATH;
  }
}

/** Points a file (and, for a folder, everything in it) at a new path. */
export function relocate(file: TAbstractFile, newPath: string): void {
  const oldPath = file.path;
  file.path = newPath;
  file.name = fileName(newPath);
  if (file instanceof TFile) ({ basename: file.basename, extension: file.extension } = splitName(file.name));
  if (file instanceof TFolder) {
    for (const child of file.children) relocate(child, newPath + child.path.slice(oldPath.length));
  }
}

/** The file and all its descendants, parents before children. */
export function subtree(file: TAbstractFile): TAbstractFile[] {
  if (!(file instanceof TFolder)) return [file];
  return [file, ...file.children.flatMap(subtree)];
}

export function attach(child: TAbstractFile, parent: TFolder): void {
  child.parent = parent;
  parent.children.push(child);
}

export function detach(child: TAbstractFile): void {
  const siblings = child.parent?.children;
  if (siblings) siblings.splice(siblings.indexOf(child), 1);
  child.parent = null;
}
