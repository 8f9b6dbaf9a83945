/** What the duplicate finder knows about one person note, worked out once per note. */
import type { ComparableName } from "../names/agreement";
import { foldToken } from "../names/normalize";
import type { PersonRecord } from "../model/types";
import { companyKey } from "../people/company";
import { linkKey, linkKeysOfPath } from "../people/linkTargets";
import { personNameVariants, type NameVariant } from "../people/personNames";

export interface PersonProfile {
  path: string;
  title: string;
  /** The title compared the way Obsidian compares names: NFC, lower case. */
  titleKey: string;
  names: readonly NameVariant[];
  /** The names with a family name, compared as full names; kept, since every compared pair reads them. */
  fullNames: readonly ComparableName[];
  /** At least one name has a family name. First-name-only notes ("Tiff") are compared differently. */
  full: boolean;
  company: string | undefined;
  companyDisplay: string | undefined;
  /** Keys of the note's outgoing link targets. */
  links: ReadonlySet<string>;
  pathKey: string;
  basenameKey: string;
}

/** `names` may be passed when already worked out (the people directory holds them). One shape for every profile: pairs of them are compared in the hottest loop. */
export function personProfile(person: PersonRecord, names: readonly NameVariant[] = personNameVariants(person)): PersonProfile {
  const company = companyKey(person.company);
  const fullNames = names.filter((variant) => variant.name.family !== undefined).map((variant) => variant.name);
  const { pathKey, basenameKey } = linkKeysOfPath(person.path);
  return {
    path: person.path,
    title: person.title,
    titleKey: person.title.trim().normalize("NFC").toLowerCase(),
    names,
    fullNames,
    full: fullNames.length > 0,
    company,
    companyDisplay: company === undefined ? undefined : person.company?.replace(/\[\[|\]\]/g, "").trim(),
    links: new Set(person.links.map((link) => linkKey(link.target)).filter((key) => key !== "")),
    pathKey,
    basenameKey,
  };
}

/** A folded token as the note wrote it ("borker" in "Ronnie Borker" → "Borker"), for reasons a person reads. */
export function displayToken(profile: PersonProfile, token: string): string {
  for (const variant of profile.names) {
    const word = variant.raw.split(/[\s,]+/).find((candidate) => foldToken(candidate) === token);
    if (word !== undefined) return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  }
  return token.charAt(0).toUpperCase() + token.slice(1);
}
