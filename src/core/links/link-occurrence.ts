/** `[[D]]`, `![[D]]` or `[text](D.md)` / `![alt](D.md)`. */
export type LinkForm = "wikilink" | "embed" | "markdown";

/** How a front matter scalar is quoted, which decides how characters in a link path are escaped. */
export type YamlQuoting = "plain" | "single" | "double" | "block";

/**
 * How the link path is spelled in the text, so a rewrite can spell a new path the same way.
 * - `wiki`: between `[[` and `|`/`#`/`]]`, written as is, except for YAML escaping inside front matter.
 * - `markdown`: a destination, bare (`D%20X.md`, percent-encoded where needed) or in `<angle brackets>`.
 */
export type PathSpelling =
  | { kind: "wiki"; quoting?: YamlQuoting }
  | { kind: "markdown"; angleBrackets: boolean };

export interface LinkOccurrence {
  /** Offset of the link's first character (the `!` of an embed). */
  start: number;
  /** Offset just past the link's last character. */
  end: number;
  form: LinkForm;
  /** The link path: decoded, as written, no subpath; may end in `.md`; empty for a link within the note. */
  linkpath: string;
  /** `#Heading` or `#^block`, decoded, when the link has one. */
  subpath?: string;
  /** Text after `|` in a wikilink, or the bracketed text of a markdown link, as written. */
  display?: string;
  /** A markdown link written as an image embed, `![alt](D.md)`. */
  markdownEmbed?: boolean;
  inFrontmatter: boolean;
  /** 1-based line of `start`. */
  line: number;
  /** Offsets of the link path exactly as written: the only bytes retargeting replaces. */
  pathStart: number;
  pathEnd: number;
  pathSpelling: PathSpelling;
}
