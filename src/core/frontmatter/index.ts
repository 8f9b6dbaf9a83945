/**
 * A surgical front matter editor: every edit changes only the bytes of the value it means to change.
 * Quotes, comments, key order, line endings and a byte order mark stay exactly as they were.
 */
export { FrontmatterEditError } from "./errors";
export { addListItems } from "./list-items";
export { setMapEntries } from "./map-entries";
export { readScalar, type ScalarReading } from "./read-scalar";
export type { ValueStyle } from "./scalars";
export { setScalar } from "./set-scalar";
