import { readFile } from "node:fs/promises";
import path from "node:path";
import { listNotes } from "./fs-store";

/** How many notes are read at once: enough to keep the disk busy, few enough to keep memory flat. */
const BATCH = 64;

/** Reads notes in batches and hands each text over as it arrives, so a caller need not keep them all. */
export async function forEachNoteText(vault: string, paths: readonly string[], visit: (notePath: string, text: string) => void, onProgress?: (done: number) => void): Promise<void> {
  for (let start = 0; start < paths.length; start += BATCH) {
    const slice = paths.slice(start, start + BATCH);
    const texts = await Promise.all(slice.map((notePath) => readFile(path.join(vault, notePath), "utf8")));
    slice.forEach((notePath, offset) => visit(notePath, texts[offset] ?? ""));
    onProgress?.(Math.min(start + BATCH, paths.length));
  }
}

/** Every note's text, for operations that must look at all of them (a merge retargets links anywhere). */
export async function readAllNotes(vault: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  await forEachNoteText(vault, await listNotes(vault), (notePath, text) => texts.set(notePath, text));
  return texts;
}
