import { readFile } from "node:fs/promises";
import path from "node:path";
import { listNotes } from "./fs-store";

/** Every note's text, for operations that must look at all of them (a merge retargets links anywhere). */
export async function readAllNotes(vault: string): Promise<Map<string, string>> {
  const paths = await listNotes(vault);
  const texts = new Map<string, string>();
  const batch = 64;
  for (let start = 0; start < paths.length; start += batch) {
    const slice = paths.slice(start, start + batch);
    const read = await Promise.all(slice.map((notePath) => readFile(path.join(vault, notePath), "utf8")));
    slice.forEach((notePath, offset) => texts.set(notePath, read[offset] ?? ""));
  }
  return texts;
}
