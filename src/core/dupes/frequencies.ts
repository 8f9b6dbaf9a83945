/**
 * How often each name, code and company occurs in the vault: the term frequencies that make a shared
 * rare name count for more than a shared common one. Kept up to date note by note. Counts the people
 * directory already keeps (by given name, family name, nickname group, given-name sound and company) are read from it.
 */
import type { PeopleDirectory } from "../people/directory";
import { anyBefore } from "../collections/lists";
import type { PersonProfile } from "./profile";

export type FrequencyField =
  | "given"
  | "givenFormal"
  | "givenCode"
  | "family"
  /** Distinct full names carrying the family name: two notes of one "Ronnie Booker" count once. */
  | "familyNames"
  | "familyCode"
  /** Notes carrying the full name (normalised key). */
  | "fullName"
  | "company"
  | "linkTarget";

/** Adds `delta` to a value's count, forgetting values no note carries any more; gives the count before. */
function bump(counts: Map<string, number>, value: string, delta: number): number {
  const before = counts.get(value) ?? 0;
  const next = before + delta;
  if (next > 0) counts.set(value, next);
  else counts.delete(value);
  return before;
}

export class VaultFrequencies {
  private readonly familyCodes = new Map<string, number>();
  private readonly fullNames = new Map<string, number>();
  private readonly linkTargets = new Map<string, number>();
  private readonly familyNames = new Map<string, number>();
  private people = 0;

  constructor(private readonly directory: PeopleDirectory) {}

  get population(): number {
    return this.people;
  }

  add(profile: PersonProfile): void {
    this.people++;
    this.apply(profile, 1);
  }

  remove(profile: PersonProfile): void {
    this.people--;
    this.apply(profile, -1);
  }

  /** Number of notes carrying `value` in `field`. */
  count(field: FrequencyField, value: string): number {
    switch (field) {
      case "given":
      case "givenFormal":
      case "givenCode":
      case "family":
      case "company":
        return this.directory.countOf(field, value);
      case "familyNames":
        return this.familyNames.get(value) ?? 0;
      case "familyCode":
        return this.familyCodes.get(value) ?? 0;
      case "fullName":
        return this.fullNames.get(value) ?? 0;
      case "linkTarget":
        return this.linkTargets.get(value) ?? 0;
    }
  }

  /** A full name appeared in or left the vault: its family name has one more or one fewer distinct bearer. */
  private countFamilyName(key: string, delta: number): void {
    const family = key.slice(key.lastIndexOf(" ") + 1);
    const next = (this.familyNames.get(family) ?? 0) + delta;
    if (next > 0) this.familyNames.set(family, next);
    else this.familyNames.delete(family);
  }

  /**
   * Counts each value once per note however many of its names carry it. Loops over the note's few names rather
   * than sets of values: every person loaded passes through here.
   */
  private apply(profile: PersonProfile, delta: number): void {
    for (const target of profile.links) bump(this.linkTargets, target, delta); // distinct already
    const names = profile.fullNames;
    for (let index = 0; index < names.length; index++) {
      const name = names[index];
      if (!name) continue;
      const before = bump(this.fullNames, name.key, delta); // a note's names have distinct keys (`personNameVariants`)
      if ((before === 0) !== (before + delta === 0)) this.countFamilyName(name.key, before + delta > 0 ? 1 : -1);
      const [primary = "", alternate = ""] = name.familyCodes ?? [];
      if (primary !== "" && !anyBefore(names, index, (earlier) => earlier.familyCodes?.includes(primary) === true)) bump(this.familyCodes, primary, delta);
      if (alternate !== "" && alternate !== primary && !anyBefore(names, index, (earlier) => earlier.familyCodes?.includes(alternate) === true)) {
        bump(this.familyCodes, alternate, delta);
      }
    }
  }
}
