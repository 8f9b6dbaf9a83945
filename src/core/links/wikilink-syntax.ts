/** The pieces of `[[path#subpath|display]]` exactly as written. */
export interface RawWikilink {
  /** Offset just past the closing `]]`. */
  end: number;
  pathStart: number;
  path: string;
  /** From the first `#` of the target on, `#` included. */
  subpath?: string;
  display?: string;
}

/**
 * Splits the wikilink between `[[` at `open` and `]]` at `close` (see `pairBrackets`). The target
 * ends at the first `|`; a `\|` (how a link is written inside a table) leaves its backslash out
 * of the path.
 */
export function readWikilink(text: string, open: number, close: number): RawWikilink {
  const pathStart = open + 2;
  const inner = text.slice(pathStart, close);
  const pipe = inner.indexOf("|");
  let target = pipe === -1 ? inner : inner.slice(0, pipe);
  if (pipe !== -1 && target.endsWith("\\")) target = target.slice(0, -1);
  const hash = target.indexOf("#");
  return {
    end: close + 2,
    pathStart,
    path: hash === -1 ? target : target.slice(0, hash),
    subpath: hash === -1 ? undefined : target.slice(hash),
    display: pipe === -1 ? undefined : inner.slice(pipe + 1),
  };
}
