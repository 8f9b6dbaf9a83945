import type { PathSpelling } from "./link-occurrence";
import { escapeYaml } from "./yaml-scalars";

/** The survivor's path cannot be written into a link without changing what the link means. */
export class UnlinkableTargetError extends Error {
  override name = "UnlinkableTargetError";
}

/**
 * Characters that end or split a link path (`#` starts a subpath, `|` display text, `]` closes),
 * or change how the text around it reads (a backtick can open a code span, a backslash escapes).
 */
const BREAKS_A_LINK = /[#|^[\]`\\\r\n]/;

export function assertLinkable(path: string): void {
  if (BREAKS_A_LINK.test(path)) {
    throw new UnlinkableTargetError(`Links cannot point to "${path}": its name has one of # | ^ [ ] \` \\ or a line break.`);
  }
}

/** In a plain YAML scalar these would end the value or split a flow list. */
const BREAKS_PLAIN_YAML = /[:,{}]/;

/**
 * Writes a link path the way the link it replaces was written, so the rest of the link and the
 * text around it keep their meaning: YAML-escaped inside quoted front matter, percent-encoded in a
 * markdown destination.
 */
export function spellPath(path: string, spelling: PathSpelling): string {
  if (spelling.kind === "markdown") {
    return spelling.angleBrackets ? percentEncode(path, /[%<>\\]/g) : percentEncode(path, /[%\s()<>\\]/g);
  }
  if (spelling.quoting === undefined) return path;
  if (spelling.quoting === "plain" && BREAKS_PLAIN_YAML.test(path)) {
    throw new UnlinkableTargetError(`"${path}" cannot be written into an unquoted front matter value.`);
  }
  return escapeYaml(path, spelling.quoting);
}

/** `%20` for a space and so on; `%` itself is encoded too, because destinations are read percent-decoded. */
function percentEncode(path: string, unsafe: RegExp): string {
  return path.replace(unsafe, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
