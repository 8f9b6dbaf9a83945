/**
 * How often each name, code and company occurs in the vault: the term frequencies that make a shared
 * rare name count for more than a shared common one. Kept up to date note by note. Counts the people
 * directory already keeps (by given name, family name, nickname group, given-name sound and company) are read from it.
 */
import type { PeopleDirectory } from "../people/directory";
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

/** The fields counted here; the rest are read from the people directory's indexes. */
type OwnField = "familyCode" | "fullName" | "linkTarget";

/** Each value a note contributes to a field, once per note however many of its names carry it. */
function valuesOf(profile: PersonProfile, field: OwnField): Set<string> {
  const values = new Set<string>();
  if (field === "linkTarget") for (const target of profile.links) values.add(target);
  else if (field === "fullName") for (const name of profile.fullNames) values.add(name.key);
  else for (const name of profile.fullNames) for (const code of name.familyCodes ?? []) if (code !== "") values.add(code);
  return values;
}

const OWN_FIELDS: readonly OwnField[] = ["familyCode", "fullName", "linkTarget"];

export class VaultFrequencies {
  private readonly counts = new Map<OwnField, Map<string, number>>(OWN_FIELDS.map((field) => [field, new Map()]));
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
      default:
        return this.counts.get(field)?.get(value) ?? 0;
    }
  }

  /** A full name appeared in or left the vault: its family name has one more or one fewer distinct bearer. */
  private countFamilyName(key: string, delta: number): void {
    const family = key.slice(key.lastIndexOf(" ") + 1);
    const next = (this.familyNames.get(family) ?? 0) + delta;
    if (next > 0) this.familyNames.set(family, next);
    else this.familyNames.delete(family);
  }

  private apply(profile: PersonProfile, delta: number): void {
    for (const field of OWN_FIELDS) {
      const counts = this.counts.get(field);
      if (!counts) continue;
      for (const value of valuesOf(profile, field)) {
        const before = counts.get(value) ?? 0;
        const next = before + delta;
        if (next > 0) counts.set(value, next);
        else counts.delete(value);
        if (field === "fullName" && (before === 0) !== (next === 0)) this.countFamilyName(value, next > 0 ? 1 : -1);
      }
    }
  }
}
