/**
 * What `import ... from "obsidian"` resolves to under vitest (see vitest.config.ts): the in-memory
 * fake. Plugin code is still type-checked against the real obsidian.d.ts; the fake is checked
 * against it in tests/fakes/obsidian/conformance.ts.
 */
export * from "../fakes/obsidian";
