import type { ChangeSet, NoteChange } from "../ops/apply";
import { mergeBodies } from "./merge-body";
import { readNoteParts } from "./note-parts";
import type { SectionReport } from "./report";
import { CONSOLIDATING_RULES } from "./rules";
import type { NoteText } from "./merge-notes";

/**
 * Folds a note's repeated facts in place: its Key Facts become one list with each fact once (two Key Facts
 * sections, or one split by blank lines, included), its Topics Discussed one paragraph with each topic once,
 * its Recent Context one list with each entry once, newest first. Only those sections' bytes change.
 * `folded` counts the repeats removed; a note can change with `folded` 0 when only split lists were joined.
 */
export function consolidateKeyFacts(text: string): { text: string; folded: number; sections: SectionReport[] } {
  const parts = readNoteParts("", text, { bodyOnly: true });
  const outcome = mergeBodies({ survivor: parts, only: CONSOLIDATING_RULES });
  const folded = outcome.sections.reduce((total, section) => total + section.folded, 0);
  return { text: outcome.text, folded, sections: outcome.sections.filter((section) => section.outcome !== "unchanged") };
}

/** A change for every note consolidation changes; notes with nothing to fold or join are left out. */
export function planConsolidation(notes: readonly NoteText[]): ChangeSet {
  const changes: NoteChange[] = [];
  let folded = 0;
  for (const note of notes) {
    const result = consolidateKeyFacts(note.text);
    if (result.text === note.text) continue;
    changes.push({ path: note.path, before: note.text, after: result.text });
    folded += result.folded;
  }
  const notesWord = changes.length === 1 ? "note" : "notes";
  return { operation: "consolidate", summary: `Consolidated Key Facts in ${changes.length} ${notesWord} (${folded} repeats folded)`, changes };
}
