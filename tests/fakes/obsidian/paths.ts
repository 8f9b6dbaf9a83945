/** Vault path helpers. Vault paths are relative, `/`-separated; the root folder is "/". */

export const ROOT_PATH = "/";

/** Obsidian's normalizePath: one `/` between segments, none at the ends, NFC, no-break spaces made plain; "" becomes "/". */
export function normalizePath(path: string): string {
  const cleaned = path
    .replace(/[\\/]+/g, "/")
    .replace(/^\/+|\/+$/g, "")
    .replace(/[\u00A0\u202F]/g, " ");
  return (cleaned === "" ? ROOT_PATH : cleaned).normalize("NFC");
}

/** The folder a path lives in ("/" for top-level entries). */
export function parentPath(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash <= 0 ? ROOT_PATH : path.slice(0, slash);
}

export function fileName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** Splits "Ann Lee.md" into basename "Ann Lee" and extension "md"; a name without a dot has extension "". */
export function splitName(name: string): { basename: string; extension: string } {
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return { basename: name, extension: "" };
  return { basename: name.slice(0, dot), extension: name.slice(dot + 1) };
}

export function joinPath(folder: string, name: string): string {
  return folder === ROOT_PATH || folder === "" ? name : `${folder}/${name}`;
}

/** Every folder above a path, outermost first, excluding the root: "a/b/c.md" gives ["a", "a/b"]. */
export function ancestorFolders(path: string): string[] {
  const segments = path.split("/").slice(0, -1);
  return segments.map((_, index) => segments.slice(0, index + 1).join("/"));
}

/** Obsidian does not index dot-files and dot-folders (the config folder among them). */
export function isHiddenPath(path: string): boolean {
  return path.split("/").some((segment) => segment.startsWith("."));
}

/** Whether `path` is `folder` itself or inside it. */
export function isWithin(path: string, folder: string): boolean {
  return folder === ROOT_PATH || path === folder || path.startsWith(`${folder}/`);
}

/** Resolves "./x" and "../x" against a folder; returns null when it climbs above the root. */
export function resolveRelative(folder: string, relative: string): string | null {
  const segments = folder === ROOT_PATH ? [] : folder.split("/");
  for (const segment of relative.split("/")) {
    if (segment === "." || segment === "") continue;
    if (segment === "..") {
      if (segments.length === 0) return null;
      segments.pop();
    } else segments.push(segment);
  }
  return segments.join("/");
}
