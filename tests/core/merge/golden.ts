import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";

/**
 * Golden files: expected outputs kept next to their inputs and compared byte for byte. `UPDATE_GOLDEN=1`
 * rewrites them from the current output (review the diff before keeping it).
 */

export const GOLDEN_ROOT = new URL("../../golden/merge/", import.meta.url).pathname;

export function goldenCases(file: string): string[] {
  return readdirSync(GOLDEN_ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(GOLDEN_ROOT, entry.name, file)))
    .map((entry) => entry.name)
    .sort();
}

export function readGolden(name: string, file: string): string {
  return readFileSync(join(GOLDEN_ROOT, name, file), "utf8");
}

export function expectGolden(name: string, file: string, actual: string): void {
  const path = join(GOLDEN_ROOT, name, file);
  if (process.env.UPDATE_GOLDEN === "1") {
    const previous = existsSync(path) ? readFileSync(path, "utf8") : undefined;
    if (previous !== actual) {
      writeFileSync(path, actual, "utf8");
      console.log(`UPDATE_GOLDEN: rewrote ${path} — review it with git diff before keeping it.`);
    }
    return;
  }
  if (!existsSync(path)) throw new Error(`${path} is missing; run with UPDATE_GOLDEN=1 to write it, then review it.`);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

/** `People/<front matter title>.md`, unless the case names its paths in `paths.json`. */
export function casePaths(name: string, survivor: string, duplicate: string): { survivor: string; duplicate: string } {
  const file = join(GOLDEN_ROOT, name, "paths.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as { survivor: string; duplicate: string };
  return { survivor: `People/${titleOf(survivor)}.md`, duplicate: `People/${titleOf(duplicate)}.md` };
}

function titleOf(text: string): string {
  return /^title:\s*['"]?(.*?)['"]?\s*$/m.exec(text)?.[1] ?? "Untitled";
}
