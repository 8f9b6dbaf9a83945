/** Whether the character at `offset` follows an odd number of backslashes (`\[[`, `` \` ``), so is literal. */
export function isEscaped(text: string, offset: number, floor = 0): boolean {
  let backslashes = 0;
  for (let at = offset - 1; at >= floor && text[at] === "\\"; at--) backslashes++;
  return backslashes % 2 === 1;
}

/** CommonMark backslash escapes: `\(` is `(`. Only ASCII punctuation can be escaped. */
export function removeBackslashEscapes(raw: string): string {
  return raw.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

/** Decodes each run of `%XX` escapes that forms valid UTF-8; a stray `%` stays as written. */
export function decodePercentEscapes(raw: string): string {
  return raw.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** A URL scheme (`https:`, `mailto:`, `obsidian:`): such a destination is not a note in this vault. */
export function hasUrlScheme(destination: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(destination);
}
