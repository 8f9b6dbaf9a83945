import fc from "fast-check";

/**
 * Front matter blocks for the properties that hold the line lexer (`simpleYamlEntries`) and its two readers to a
 * full YAML parser: key lines, empty keys, list items, stray and indented lines, comments and blank lines, ended
 * by LF, CRLF and now and then a lone CR. Each test brings its own words and keys; the shapes of the lines are
 * shared, so a shape added for one reader reaches the other too.
 */
export interface FrontmatterVocabulary {
  /** A one-line value: plain, quoted, or whatever the reader under test must meet. */
  scalar: fc.Arbitrary<string>;
  /** Loose text, for lines that are neither keys nor list items. */
  text: fc.Arbitrary<string>;
  key: fc.Arbitrary<string>;
  maxLines: number;
}

/** A plain text, and the same text in double and in single quotes. */
export function quotedForms(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    text,
    text.map((inner) => `"${inner}"`),
    text.map((inner) => `'${inner}'`),
  );
}

export function frontmatterBlocks({ scalar, text, key, maxLines }: FrontmatterVocabulary): fc.Arbitrary<string> {
  const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }).map((items) => `[${items.join(", ")}]`));
  const indent = fc.constantFrom("", " ", "  ", "    ", "\t");
  const line = fc.oneof(
    { arbitrary: fc.tuple(key, value).map(([name, written]) => `${name}: ${written}`), weight: 6 },
    { arbitrary: key.map((name) => `${name}:`), weight: 3 },
    // A list item holding a flow list is declined by the lexer (an example test says so), so items are scalars.
    { arbitrary: fc.tuple(indent, scalar).map(([spaces, written]) => `${spaces}- ${written}`), weight: 4 },
    { arbitrary: indent.map((spaces) => `${spaces}-`), weight: 1 },
    { arbitrary: fc.tuple(indent, text).map(([spaces, rest]) => `${spaces}${rest}`), weight: 1 },
    { arbitrary: text.map((rest) => `# ${rest}`), weight: 1 },
    { arbitrary: fc.constant(""), weight: 1 },
  );
  const eol = fc.oneof({ arbitrary: fc.constantFrom("\n", "\r\n"), weight: 20 }, { arbitrary: fc.constant("\r"), weight: 1 });
  return fc.array(fc.tuple(line, eol), { maxLength: maxLines }).map((lines) => lines.map(([content, ending]) => content + ending).join(""));
}
