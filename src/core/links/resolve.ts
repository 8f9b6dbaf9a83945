import type { LinkTargetIndex } from "./link-target-index";
import { folderOf, joinVaultPath, linkNameOf, stripMdExtension } from "./vault-paths";

/**
 * How a link path found its file. Retargeting writes the new path in the same style, so a link that
 * found its note by name keeps using a name, and a relative link stays relative.
 */
export type ResolvedVia = "self" | "exact" | "relative" | "name";

export interface LinkResolution {
  path: string;
  via: ResolvedVia;
}

/**
 * The file a link path opens, following Obsidian's `getFirstLinkpathDest`: an empty path is the
 * source note itself; an exact vault path (with or without `.md`) wins; then a path relative to the
 * source's folder; then the file name, ignoring case, where any folders written in the link must
 * match the end of the file's path.
 */
export function resolveLinkpath(linkpath: string, sourcePath: string, paths: LinkTargetIndex): string | undefined {
  return locateLinkpath(linkpath, sourcePath, paths)?.path;
}

export function locateLinkpath(linkpath: string, sourcePath: string, paths: LinkTargetIndex): LinkResolution | undefined {
  if (linkpath === "") return paths.has(sourcePath) ? { path: sourcePath, via: "self" } : undefined;
  const vaultAbsolute = linkpath.startsWith("/");
  const path = linkpath.replace(/^\/+/, "");
  const exact = existingNote(path, paths);
  if (exact) return { path: exact, via: "exact" };
  const relative = vaultAbsolute ? undefined : joinVaultPath(folderOf(sourcePath), path);
  const besideSource = relative === undefined || relative === path ? undefined : existingNote(relative, paths);
  if (besideSource) return { path: besideSource, via: "relative" };
  const byName = bestByName(path, sourcePath, paths);
  return byName ? { path: byName, via: "name" } : undefined;
}

function existingNote(path: string, paths: LinkTargetIndex): string | undefined {
  if (paths.has(path)) return path;
  if (paths.has(`${path}.md`)) return `${path}.md`;
  return undefined;
}

/** Files with the link's name whose path ends with whatever folders the link spells out, best first. */
function bestByName(path: string, sourcePath: string, paths: LinkTargetIndex): string | undefined {
  const wanted = stripMdExtension(path).toLowerCase();
  const matches = paths
    .withLinkName(linkNameOf(path))
    .filter((candidate) => endsWithSegments(stripMdExtension(candidate).toLowerCase(), wanted));
  return matches.sort(byPreferenceFrom(folderOf(sourcePath)))[0];
}

function endsWithSegments(candidate: string, wanted: string): boolean {
  return candidate === wanted || candidate.endsWith(`/${wanted}`);
}

/** Obsidian's tie-break between notes sharing a name: the source's own folder, then the shortest path. */
function byPreferenceFrom(sourceFolder: string): (a: string, b: string) => number {
  return (a, b) => {
    const aHere = folderOf(a) === sourceFolder ? 0 : 1;
    const bHere = folderOf(b) === sourceFolder ? 0 : 1;
    if (aHere !== bHere) return aHere - bHere;
    if (a.length !== b.length) return a.length - b.length;
    return a < b ? -1 : a > b ? 1 : 0;
  };
}
