/**
 * Given names and their nicknames, from the bundled carltonnorthern/nicknames table (see data/NOTICE),
 * plus Rapport's own small supplement of diminutives from other languages (the table is English-centred).
 * The table says "tiffany has_nickname tiff"; people write either, so the relation is used both ways,
 * and two short forms of one formal name are related through it ("ron" ~ "ronnie" via "ronald").
 * Relations pass through one formal name only, never a chain of them: "ron" ~ "ronnie" via "ronald",
 * but "tiff" is not related to "ronnie" just because some chain of shared nicknames could join them.
 */
import international from "./data/international.csv";
import table from "./data/names.csv";
import { foldToken } from "./normalize";

interface NicknameTable {
  /** Formal name → itself and all its nicknames. */
  groups: Map<string, Set<string>>;
  /** Any name → the formal names whose group holds it. */
  formalsOf: Map<string, Set<string>>;
}

let loaded: NicknameTable | undefined;
const groupCache = new Map<string, ReadonlySet<string>>();

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/**
 * The table also lists short names with the formal names they stand for ("bill has_nickname robert",
 * "mike has_nickname michael"). Read as written, "bill" would become a formal name joining Robert to William;
 * so the longer name of a row is taken as the formal one.
 */
function asFormalAndNickname(first: string, second: string): [string, string] {
  return second.length > first.length ? [second, first] : [first, second];
}

function parseTable(text: string): NicknameTable {
  const groups = new Map<string, Set<string>>();
  const formalsOf = new Map<string, Set<string>>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    const [formalRaw, relationship, nicknameRaw] = line.split(",");
    if (relationship !== "has_nickname" || !formalRaw || !nicknameRaw) continue;
    const [formal, nickname] = asFormalAndNickname(foldToken(formalRaw), foldToken(nicknameRaw));
    if (formal === "" || nickname === "") continue;
    addTo(groups, formal, formal);
    addTo(groups, formal, nickname);
    addTo(formalsOf, formal, formal);
    addTo(formalsOf, nickname, formal);
  }
  return { groups, formalsOf };
}

/** The table is parsed on first use, once: plugin start-up does not pay for it. */
function nicknameTable(): NicknameTable {
  loaded ??= parseTable(`${table}\n${international}`); // the second header line is skipped like any non-relation row
  return loaded;
}

/**
 * The formal names a given name belongs to ("ronnie" → aaron, ronald, veronica, …), or the name itself
 * when the table does not know it. Two names are nicknames of each other exactly when these sets meet,
 * which makes the formal names good blocking keys.
 */
export function formalNamesOf(name: string): string[] {
  const folded = foldToken(name);
  const formals = nicknameTable().formalsOf.get(folded);
  return formals ? [...formals] : [folded];
}

/** The name itself plus every name related to it through a shared formal name. */
export function nicknameGroupOf(name: string): ReadonlySet<string> {
  const folded = foldToken(name);
  const cached = groupCache.get(folded);
  if (cached) return cached;
  const formals = nicknameTable().formalsOf.get(folded);
  if (!formals) return new Set([folded]); // not cached: unknown names are many and their group is trivial
  const group = new Set<string>([folded]);
  for (const formal of formals) {
    for (const member of nicknameTable().groups.get(formal) ?? []) group.add(member);
  }
  groupCache.set(folded, group);
  return group;
}

/** True for two different names that are nickname and formal name, or two nicknames of one formal name. */
export function areNicknames(a: string, b: string): boolean {
  const foldedA = foldToken(a);
  const foldedB = foldToken(b);
  return foldedA !== foldedB && nicknameGroupOf(foldedA).has(foldedB);
}

/** True when the table knows the name, as a formal name or a nickname: a real given name, not a misspelling. */
export function isKnownGivenName(name: string): boolean {
  return nicknameTable().formalsOf.has(foldToken(name));
}
