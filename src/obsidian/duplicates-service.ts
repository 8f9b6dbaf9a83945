import { DuplicateIndex } from "../core/dupes/duplicateIndex";
import type { DupeGroup } from "../core/dupes/find";
import type { VaultIndex } from "../core/index/vault-index";
import { duplicateHints, type DuplicateHint } from "../core/relationships/summaries";

/**
 * The duplicate finder, kept live for the panel's "possible duplicate" line. Built in small batches so a large
 * vault never freezes the app, then updated note by note as the vault index changes.
 */

const BATCH = 1000;

export class DuplicatesService {
  private duplicateIndex?: DuplicateIndex;
  private building?: Promise<DuplicateIndex>;
  private unsubscribe?: () => void;

  constructor(
    private readonly index: VaultIndex,
    private readonly notSamePerson: () => [string, string][],
    private readonly onReady: () => void,
  ) {}

  /** The live index, building it first if needed (with progress). */
  async ready(onProgress?: (done: number, total: number) => void): Promise<DuplicateIndex> {
    if (this.duplicateIndex) return this.duplicateIndex;
    this.building ??= this.build(onProgress);
    return this.building;
  }

  /** Possible duplicates of one person, or nothing while the index is still being built. */
  hintsFor(path: string): DuplicateHint[] {
    if (!this.duplicateIndex) {
      void this.ready();
      return [];
    }
    return duplicateHints(this.duplicateIndex.candidatesFor(path), path, (other) => this.index.record(other)?.title ?? other);
  }

  /** Every group in the vault, best first. */
  async groups(onProgress?: (done: number, total: number) => void): Promise<DupeGroup[]> {
    const duplicates = await this.ready(onProgress);
    await nextFrame();
    return duplicates.all();
  }

  markNotSamePerson(a: string, b: string): void {
    this.duplicateIndex?.markNotSamePerson(a, b);
  }

  /** Forget everything, e.g. when settings changed which notes are people. */
  reset(): void {
    this.unsubscribe?.();
    this.duplicateIndex = undefined;
    this.building = undefined;
  }

  private async build(onProgress?: (done: number, total: number) => void): Promise<DuplicateIndex> {
    const duplicates = new DuplicateIndex({ people: [], meetings: [], projects: [], notSamePerson: this.notSamePerson() });
    const records = [...this.index.records()];
    for (let start = 0; start < records.length; start += BATCH) {
      for (const record of records.slice(start, start + BATCH)) duplicates.upsert(record);
      onProgress?.(Math.min(start + BATCH, records.length), records.length);
      await nextFrame();
    }
    // Resolving every meeting's participants is done once here, not by the first panel that asks.
    duplicates.settle();
    this.unsubscribe = this.index.subscribe((path, entry) => {
      if (entry?.record) duplicates.upsert(entry.record);
      else duplicates.remove(path);
    });
    this.duplicateIndex = duplicates;
    this.onReady();
    return duplicates;
  }
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
