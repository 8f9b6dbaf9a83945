/**
 * Small helpers for vault-relative paths (always `/`-separated, no leading slash).
 * Written here rather than taken from Node's `path`, because src/core also runs on mobile.
 */

const MD_EXTENSION = /\.md$/i;

export function hasMdExtension(path: string): boolean {
  return MD_EXTENSION.test(path);
}

export function stripMdExtension(path: string): string {
  return path.replace(MD_EXTENSION, "");
}

/** The folder part of a path: `People/Ann.md` → `People`, `Ann.md` → `` (the vault root). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}

/** The last path segment: `People/Ann.md` → `Ann.md`. */
export function fileNameOf(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/**
 * The name a link uses for a file: the file name without `.md` for notes, the whole file name for
 * anything else (`![[chart.png]]`), as Obsidian keys its file-name lookup.
 */
export function linkNameOf(path: string): string {
  return stripMdExtension(fileNameOf(path));
}

/** Joins a folder and a relative path, resolving `.` and `..`; undefined when `..` climbs above the vault. */
export function joinVaultPath(folder: string, relative: string): string | undefined {
  const segments = folder === "" ? [] : folder.split("/");
  for (const segment of relative.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment !== "..") segments.push(segment);
    else if (segments.pop() === undefined) return undefined;
  }
  return segments.join("/");
}

/** The path from `folder` to `target`, using `..` where needed: (`People`, `Projects/X.md`) → `../Projects/X.md`. */
export function relativeVaultPath(folder: string, target: string): string {
  const from = folder === "" ? [] : folder.split("/");
  const to = target.split("/");
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  const climbs: string[] = new Array<string>(from.length - shared).fill("..");
  return [...climbs, ...to.slice(shared)].join("/");
}
