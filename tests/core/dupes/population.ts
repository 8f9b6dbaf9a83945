/**
 * A generated vault population for scale tests: given names from a fixed list, family names built from
 * syllables (a long tail, as in a real vault), and a share of people who have a misspelled or nicknamed twin.
 * Deterministic: the same seed gives the same people.
 */
import type { PersonRecord } from "../../../src/core/model/types";
import { person } from "./records";
import { mulberry32 } from "../../../scripts/bench/rng";

const GIVEN = [
  "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William", "Barbara",
  "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen", "Christopher", "Lisa", "Daniel", "Nancy",
  "Matthew", "Betty", "Anthony", "Margaret", "Mark", "Sandra", "Donald", "Ashley", "Steven", "Kimberly", "Paul", "Emily",
  "Andrew", "Donna", "Joshua", "Michelle", "Kenneth", "Carol", "Kevin", "Amanda", "Brian", "Dorothy", "George", "Melissa",
  "Timothy", "Deborah", "Ronald", "Stephanie", "Edward", "Rebecca", "Jason", "Sharon", "Jeffrey", "Laura", "Ryan", "Cynthia",
  "Jacob", "Kathleen", "Gary", "Amy", "Nicholas", "Angela", "Eric", "Shirley", "Jonathan", "Anna", "Stephen", "Brenda",
  "Larry", "Pamela", "Justin", "Emma", "Scott", "Nicole", "Brandon", "Helen", "Benjamin", "Samantha", "Samuel", "Katherine",
  "Wei", "Li", "Hiroshi", "Yuki", "Priya", "Arjun", "Aisha", "Omar", "Sven", "Ingrid", "Mateo", "Lucia", "Kwame", "Amara",
  "Olga", "Dmitri", "Fatima", "Ahmed", "Chen", "Mei", "Raj", "Anika", "Lars", "Freya", "Diego", "Camila", "Tiffany", "Ronnie",
];

const SYLLABLES = [
  "ba", "ber", "bro", "car", "den", "dor", "el", "fan", "gar", "hol", "ing", "jan", "kel", "kin", "lan", "ler", "mar", "mon",
  "nor", "ock", "pel", "per", "quin", "ros", "san", "sen", "son", "stein", "ter", "ton", "val", "ver", "wal", "wick", "yam", "zel",
  "ha", "ri", "to", "ka",
];

const NICKNAMES: Record<string, string> = {
  Michael: "Mike", Robert: "Bob", William: "Bill", Elizabeth: "Liz", Katherine: "Kate", Richard: "Rick", Thomas: "Tom",
  Christopher: "Chris", Daniel: "Dan", Jennifer: "Jen", Tiffany: "Tiff", Samuel: "Sam", Rebecca: "Becky", Edward: "Ed",
};

/** The benchmark's seeded generator: same seed, same population. */
const random = mulberry32;

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T;
}

/** Common family names, most common first: drawn with falling (Zipf) weights, as in a real vault. */
const COMMON_FAMILIES = [
  "Smith", "Kim", "Chen", "Johnson", "Wang", "Garcia", "Patel", "Nguyen", "Muller", "Rossi", "Silva", "Williams",
  "Lee", "Brown", "Martin", "Jones", "Singh", "Lopez", "Ivanov", "Tanaka", "Schmidt", "Dubois", "Khan", "Cohen",
];

function zipfPick<T>(items: readonly T[], next: () => number): T {
  const weights = items.map((_, rank) => 1 / (rank + 1));
  let target = next() * weights.reduce((sum, weight) => sum + weight, 0);
  for (const [index, weight] of weights.entries()) {
    target -= weight;
    if (target <= 0) return items[index] as T;
  }
  return items[items.length - 1] as T;
}

/** A share of people carry a common family name; the rest a rare one built from syllables (a long tail). */
function familyName(next: () => number, commonShare: number): string {
  if (next() < commonShare) return zipfPick(COMMON_FAMILIES, next);
  const count = 3 + Math.floor(next() * 2);
  const word = Array.from({ length: count }, () => pick(SYLLABLES, next)).join("");
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** One slip: a letter changed, dropped or doubled, never the first. */
function misspell(word: string, next: () => number): string {
  const at = 1 + Math.floor(next() * (word.length - 1));
  const kind = Math.floor(next() * 3);
  if (kind === 0) return word.slice(0, at) + pick(["a", "e", "i", "o", "u"], next) + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + word.slice(at + 1);
  return word.slice(0, at) + word.charAt(at) + word.slice(at);
}

export interface Population {
  people: PersonRecord[];
  /** The twin pairs generated: each the same person. */
  twins: [string, string][];
}

/**
 * `size` people, about `twinShare` of them twins of another (misspelled family name or nickname), and about
 * `commonShare` of them with one of a few common family names (where a twin can be honestly ambiguous).
 */
export function generatePopulation(size: number, options: { seed?: number; twinShare?: number; commonShare?: number } = {}): Population {
  const next = random(options.seed ?? 1);
  const twinShare = options.twinShare ?? 0.1;
  const commonShare = options.commonShare ?? 0.5;
  const people: PersonRecord[] = [];
  const twins: [string, string][] = [];
  const usedPaths = new Set<string>();
  const add = (title: string, company: string): string => {
    let path = `People/${title}.md`;
    for (let copy = 2; usedPaths.has(path); copy++) path = `People/${copy}/${title}.md`;
    usedPaths.add(path);
    people.push(person(path, { title, company }));
    return path;
  };
  while (people.length < size) {
    const given = pick(GIVEN, next);
    const family = familyName(next, commonShare);
    const company = `Company ${Math.floor(next() * 500)}`;
    const original = add(`${given} ${family}`, company);
    if (next() < twinShare && people.length < size) {
      const nickname = NICKNAMES[given];
      const title = nickname !== undefined && next() < 0.5 ? `${nickname} ${family}` : `${given} ${misspell(family, next)}`;
      twins.push([original, add(title, company)]);
    }
  }
  return { people, twins };
}
