/**
 * Link targets as Obsidian matches them: a `[[target]]` is a file name or a vault path, without `.md`,
 * compared case-insensitively. Kept small and local: resolving people only needs these rules.
 */

/** The comparable form of a link target or path: no `.md`, no leading `/`, NFC, lower case. */
export function linkKey(target: string): string {
  return target
    .trim()
    .replace(/^\/+/, "")
    .replace(/\.md$/i, "")
    .normalize("NFC")
    .toLowerCase();
}

/** The keys a note can be linked by: its path without `.md`, and its file name. */
export function linkKeysOfPath(path: string): { pathKey: string; basenameKey: string } {
  const pathKey = linkKey(path);
  return { pathKey, basenameKey: pathKey.slice(pathKey.lastIndexOf("/") + 1) };
}

/** The file-name part of a link target key ("people/ronnie booker" → "ronnie booker"). */
export function basenameOfKey(key: string): string {
  return key.slice(key.lastIndexOf("/") + 1);
}

/** True when a target written with folders ("People/Ronnie") can name the note at `pathKey` (a path suffix, like Obsidian). */
export function targetMatchesPath(targetKey: string, pathKey: string): boolean {
  return pathKey === targetKey || pathKey.endsWith("/" + targetKey);
}
