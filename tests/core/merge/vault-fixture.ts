import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { LinkTargetIndex } from "../../../src/core/links";
import type { MergeInput } from "../../../src/core/merge";

/** A small copy of the example vault (fixtures/vault), with the notes that link to Ronnie Borker. */

const VAULT = new URL("./fixtures/vault/", import.meta.url).pathname;

export const SURVIVOR = "People/Ronnie Booker.md";
export const DUPLICATE = "People/Ronnie Borker.md";

export function fixtureVault(): Record<string, string> {
  const notes: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".md")) notes[relative(VAULT, path)] = readFileSync(path, "utf8");
    }
  };
  walk(VAULT);
  return notes;
}

export function mergeInputFor(vault: Record<string, string>, survivor = SURVIVOR, duplicate = DUPLICATE): MergeInput {
  return {
    survivor: { path: survivor, text: vault[survivor] ?? "" },
    duplicate: { path: duplicate, text: vault[duplicate] ?? "" },
    notes: Object.entries(vault).map(([path, text]) => ({ path, text })),
    paths: new LinkTargetIndex(Object.keys(vault)),
  };
}
