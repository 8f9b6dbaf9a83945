import { readFile } from "node:fs/promises";
import path from "node:path";
import { listNotes } from "./fs-store";

/** How many notes are read at once: enough to keep the disk busy, few enough to keep memory flat. */
const BATCH = 64;

/**
 * Reads notes in batches and hands each text over as it arrives, so a caller need not keep them all. The next
 * batch is already being read (on libuv's threads) while the caller works through the current one, so reading
 * and parsing overlap instead of taking turns.
 */
export async function forEachNoteText(vault: string, paths: readonly string[], visit: (notePath: string, text: string) => void, onProgress?: (done: number) => void): Promise<void> {
  const readBatch = (start: number) => Promise.all(paths.slice(start, start + BATCH).map((notePath) => readFile(path.join(vault, notePath), "utf8")));
  let pending = paths.length > 0 ? readBatch(0) : undefined;
  for (let start = 0; pending; start += BATCH) {
    const texts = await pending;
    pending = start + BATCH < paths.length ? readBatch(start + BATCH) : undefined;
    // If visiting throws, the batch in flight must not end as an unhandled rejection.
    pending?.catch(() => undefined);
    texts.forEach((text, offset) => visit(paths[start + offset] ?? "", text));
    onProgress?.(Math.min(start + BATCH, paths.length));
  }
}

/** Every note's text, for operations that must look at all of them (a merge retargets links anywhere). */
export async function readAllNotes(vault: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  await forEachNoteText(vault, await listNotes(vault), (notePath, text) => texts.set(notePath, text));
  return texts;
}
