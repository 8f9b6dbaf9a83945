/**
 * What every index of people reads of a person note, worked out once per note and shared by them: the people
 * directory and the duplicate finder's profiles hold the same objects, not copies.
 */
import type { PersonRecord } from "../model/types";
import { companyKey } from "./company";
import { linkKeysOfPath } from "./linkTargets";
import { keyedRawNamesOf, nameVariantsOf, rawNameKey, type NameVariant } from "./personNames";

export interface PersonFacts {
  /** The note's names (title and aliases), normalised, with how each was written. */
  variants: readonly NameVariant[];
  /** Each written name compared the way Obsidian compares titles: trimmed, NFC, lower case. */
  rawNameKeys: readonly string[];
  /** The title compared that way. */
  titleKey: string;
  /** `companyKey` of the note's company. */
  company: string | undefined;
  pathKey: string;
  basenameKey: string;
}

export function personFacts(person: PersonRecord): PersonFacts {
  const rawNames = keyedRawNamesOf(person);
  const { pathKey, basenameKey } = linkKeysOfPath(person.path);
  return {
    variants: nameVariantsOf(rawNames.map((name) => name.raw)),
    rawNameKeys: rawNames.map((name) => name.key),
    titleKey: rawNameKey(person.title),
    company: companyKey(person.company),
    pathKey,
    basenameKey,
  };
}
