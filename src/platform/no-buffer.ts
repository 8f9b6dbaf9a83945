/**
 * Injected in place of Node's `Buffer` in the plugin bundle (esbuild `inject`). gray-matter calls
 * `Buffer.from(input)` on every parse only to keep an `orig` copy that Rapport never reads; Obsidian on a
 * phone has no `Buffer`, so the copy is kept as the string itself.
 */
export const Buffer = {
  from: (input: string): string => input,
  isBuffer: (_value: unknown): boolean => false,
};
