/**
 * The duplicate finder kept live: built once, then updated note by note, so the panel can ask
 * "is this note a possible duplicate?" without rescanning the vault.
 *
 * A query works on the note's neighbourhood only: the notes its names block with, the notes those
 * join, and the first-name-only notes that could be any of them. It runs the same pipeline as the
 * full scan on that neighbourhood, so both agree on what they propose.
 */
import type { NoteRecord } from "../model/types";
import type { PeopleDirectory } from "../people/directory";
import { NotSamePerson } from "./decisions";
import { DuplicateEngine } from "./engine";
import type { DupeGroup, DupeInput, DupeOptions } from "./types";

/** How far a query looks: the note, its candidates, theirs, and once more for identities of competitors. */
const NEIGHBOURHOOD_DEPTH = 3;
const MAX_NEIGHBOURHOOD = 256;

export class DuplicateIndex {
  private readonly engine: DuplicateEngine;

  constructor(input: DupeInput, options: DupeOptions = {}) {
    this.engine = new DuplicateEngine(options, new NotSamePerson(input.notSamePerson));
    this.engine.load(input);
    this.engine.prepareForChanges();
  }

  /** Adds or replaces a person, meeting or project note. */
  upsert(record: NoteRecord): void {
    if (record.kind === "person") this.engine.upsertPerson(record);
    else this.engine.upsertGathering(record);
  }

  remove(path: string): void {
    this.engine.remove(path);
  }

  /**
   * Resolves the meeting and project lists whose resolution was put off while notes arrived one by one.
   * Optional: the first query does it otherwise. Call it after building note by note to keep that query quick.
   */
  settle(): void {
    this.engine.settle();
  }

  /** Records a "not the same person" decision; the pair is never proposed again. */
  markNotSamePerson(a: string, b: string): void {
    this.engine.decisions.add(a, b);
  }

  /** The groups this note is in (at most one), found from its neighbourhood. */
  candidatesFor(path: string): DupeGroup[] {
    if (!this.engine.profile(path)) return [];
    return this.engine.withPairMemo(() => {
      const scope = this.neighbourhood(path);
      return this.engine.groups(scope).filter((group) => group.notes.includes(path));
    });
  }

  /** Every group in the vault, as `findDuplicates` would report it now. */
  all(): DupeGroup[] {
    return this.engine.groups();
  }

  /** The index's own people directory, current with every upsert: resolves names and links as elsewhere. */
  get directory(): PeopleDirectory {
    return this.engine.directory;
  }

  private neighbourhood(path: string): Set<string> {
    const scope = new Set([path]);
    let frontier = [path];
    for (let depth = 0; depth < NEIGHBOURHOOD_DEPTH && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const current of frontier) {
        for (const related of this.related(current)) {
          if (scope.has(related) || scope.size >= MAX_NEIGHBOURHOOD) continue;
          scope.add(related);
          next.push(related);
        }
      }
      frontier = next;
    }
    return scope;
  }

  /** Notes whose grouping can change this note's: accepted full-name partners and fitting first-name notes. */
  private related(path: string): string[] {
    const profile = this.engine.profile(path);
    if (!profile) return [];
    const given = this.engine.givenCandidates(profile);
    if (!profile.full) return [...given.full, ...given.partial];
    return [...this.engine.acceptedFullNeighbours(profile), ...given.partial];
  }
}
