import type { LinkTargetIndex } from "./link-target-index";
import { resolveLinkpath, type ResolvedVia } from "./resolve";
import { folderOf, hasMdExtension, linkNameOf, relativeVaultPath, stripMdExtension } from "./vault-paths";

/**
 * The link path to write for `target` in place of `written`, in the same style: a bare name stays a
 * bare name when the target's name is unique in the vault (else it becomes the vault path), a
 * path-qualified link gets the target's vault path, a relative link a relative path, and `.md`
 * stays if it was there. Whatever the style gives, the result must open `target` from this source
 * note; if it would not, the full vault path is used, which always does.
 */
export function linkpathFor(
  target: string,
  written: string,
  via: ResolvedVia,
  sourcePath: string,
  paths: LinkTargetIndex,
): string {
  const preferred = preferredLinkpath(target, written, via, sourcePath, paths);
  if (resolveLinkpath(preferred, sourcePath, paths) === target) return preferred;
  return vaultPathLinkpath(target, written);
}

function preferredLinkpath(
  target: string,
  written: string,
  via: ResolvedVia,
  sourcePath: string,
  paths: LinkTargetIndex,
): string {
  // Style follows what was written: a bare name found beside the source is still a bare name.
  const namesOnlyAFile = !written.replace(/^\/+/, "").includes("/");
  if (!namesOnlyAFile) return via === "relative" ? relativeLinkpath(target, written, sourcePath) : vaultPathLinkpath(target, written);
  const name = linkNameOf(target);
  // A name shared with another file would leave the choice to Obsidian's folder tie-break, so a
  // link could silently change target when a note moves; a vault path cannot.
  return paths.withLinkName(name).length === 1 ? withExtensionLike(written, name) : vaultPathLinkpath(target, written);
}

function vaultPathLinkpath(target: string, written: string): string {
  const leadingSlash = written.startsWith("/") ? "/" : "";
  return leadingSlash + withExtensionLike(written, stripMdExtension(target));
}

function relativeLinkpath(target: string, written: string, sourcePath: string): string {
  const relative = relativeVaultPath(folderOf(sourcePath), stripMdExtension(target));
  const dotSlash = written.startsWith("./") && !relative.startsWith("../") ? "./" : "";
  return dotSlash + withExtensionLike(written, relative);
}

/** Adds `.md` back (in the case it was written) when the original link had it. */
function withExtensionLike(written: string, pathWithoutExtension: string): string {
  return hasMdExtension(written) ? pathWithoutExtension + written.slice(-3) : pathWithoutExtension;
}
