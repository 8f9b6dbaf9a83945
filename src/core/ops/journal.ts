import * as z from "zod/mini";
import type { JournalStore } from "./ports";

/**
 * The journal: before an operation writes anything, it records every note it is about to change with the
 * note's prior text, so that undo can put back every byte. An operation that changes nothing records nothing.
 */

export const OPERATIONS = ["merge", "consolidate", "last-contact"] as const;
export type Operation = (typeof OPERATIONS)[number];

const journalNoteSchema = z.object({
  path: z.string(),
  /** The text before the operation; null when the operation created the note. */
  before: z.nullable(z.string()),
  /** Fingerprint of the text the operation left; null when it trashed the note. */
  afterHash: z.nullable(z.string()),
});

export const journalEntrySchema = z.object({
  version: z.literal(1),
  id: z.string(),
  operation: z.enum(OPERATIONS),
  /** ISO timestamp, for people reading the journal. */
  at: z.string(),
  summary: z.string(),
  notes: z.array(journalNoteSchema),
});

export type JournalEntry = z.infer<typeof journalEntrySchema>;
export type JournalNote = z.infer<typeof journalNoteSchema>;

/** How many entries are kept; older ones are dropped when a new one is written. */
export const JOURNAL_LIMIT = 50;

export function newEntryId(now: Date, operation: Operation): string {
  const stamp = now.toISOString().replace(/[-:.]/g, "").replace("T", "-").replace("Z", "");
  return `${stamp}-${operation}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function saveEntry(store: JournalStore, entry: JournalEntry): Promise<void> {
  await store.write(entry.id, JSON.stringify(entry, null, 1));
  const ids = await store.list();
  for (const stale of ids.slice(0, Math.max(0, ids.length - JOURNAL_LIMIT))) await store.remove(stale);
}

/** The newest readable entry; entries that fail to parse are skipped, never trusted. */
export async function latestEntry(store: JournalStore): Promise<JournalEntry | undefined> {
  const ids = await store.list();
  for (const id of [...ids].reverse()) {
    const raw = await store.read(id);
    if (raw === undefined) continue;
    const parsed = safeParseEntry(raw);
    if (parsed) return parsed;
  }
  return undefined;
}

export function safeParseEntry(raw: string): JournalEntry | undefined {
  try {
    const parsed = journalEntrySchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
