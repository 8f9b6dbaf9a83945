/**
 * A deterministic generator of synthetic vaults in the shape a meeting-transcript pipeline writes (see
 * examples/vault): person notes like `People/Ronnie Booker.md`, meeting notes with `participants` and
 * Tasks-format action items, and project notes with a Collaborators table of `[[links]]`.
 *
 * About 5% of person notes are "twins": a second note for the same human, as a transcript or an import
 * makes them (one-letter slips, doubled letters, vowel swaps, nicknames, stripped accents, the same title
 * in another folder). Which notes belong to one human is recorded as ground truth, so the duplicate
 * finder's precision and recall can be measured against it.
 *
 * Same options and seed, same bytes: every random choice comes from one seeded PRNG, in a fixed order.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { COMPANY_HEADS, COMPANY_TAILS, CONFUSABLE, CULTURES, NICKNAMES, VOCABULARY as V, type Culture } from "./names";
import { Rng, Weighted, zipf } from "./rng";

export type TwinKind = "slip" | "doubled" | "vowel" | "nickname" | "accent" | "same-title";

export const TWIN_KINDS: readonly TwinKind[] = ["slip", "doubled", "vowel", "nickname", "accent", "same-title"];

export interface Twin {
  /** The twin note. */
  path: string;
  /** The identity's first note, the one the twin copies. */
  of: string;
  kind: TwinKind;
}

export interface GroundTruth {
  /** The vault owner: in most meetings, like Jason Vallery in the example vault. */
  owner: string;
  /** A person who attends exactly `hubMeetings` meetings (fewer if the vault has fewer meetings). */
  hub: string;
  hubMeetings: number;
  /** Person note path → the human behind it. Two notes are one person exactly when these agree. */
  identityOf: Map<string, number>;
  twins: Twin[];
}

export interface VaultOptions {
  /** Person notes, twins included. Meetings are people/4, projects people/50. */
  people: number;
  seed?: number;
  /** Meetings the hub person attends (default 500). */
  hubMeetings?: number;
  /** Share of person notes that are twins (default 0.05). */
  twinShare?: number;
}

export interface VaultCounts {
  people: number;
  identities: number;
  twins: number;
  meetings: number;
  projects: number;
  companies: number;
  bytes: number;
}

/** A vault: note path → note text, with the ground truth and counts alongside. */
export class SyntheticVault extends Map<string, string> {
  constructor(
    entries: Iterable<readonly [string, string]>,
    readonly truth: GroundTruth,
    readonly counts: VaultCounts,
  ) {
    super(entries);
  }
}

export const DEFAULT_SEED = 20251103;

export function meetingCount(people: number): number {
  return Math.floor(people / 4);
}

export function projectCount(people: number): number {
  return Math.max(1, Math.floor(people / 50));
}

/** Total notes of a vault with this many people. */
export function notesForPeople(people: number): number {
  return people + meetingCount(people) + projectCount(people);
}

/** The number of people whose vault has `total` notes, or as close below it as the ratios allow. */
export function peopleForNotes(total: number): number {
  let people = Math.floor(total / 1.27);
  while (notesForPeople(people + 1) <= total) people++;
  while (people > 1 && notesForPeople(people) > total) people--;
  return people;
}

// ---------------------------------------------------------------------------------------------------------
// Names

const SPECIAL_LETTERS: Record<string, string> = { ł: "l", Ł: "L", ø: "o", Ø: "O", ß: "ss", đ: "d", Đ: "D", ð: "d", Ð: "D", ı: "i", æ: "ae", Æ: "Ae", œ: "oe", þ: "th" };

/** Diacritics removed the way a plain-ASCII system or a hurried typist writes a name. */
export function stripAccents(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[łŁøØßđĐðÐıæÆœþ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize("NFC");
}

/** Names compared without case, accents or punctuation: two identities never share one. */
export function foldedName(text: string): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(/[^a-z ]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const hasAccent = (text: string) => stripAccents(text) !== text;

const NICKNAME_OF = new Map<string, string>(); // nickname → a formal name
for (const [formal, nicknames] of Object.entries(NICKNAMES)) for (const nickname of nicknames) if (!NICKNAME_OF.has(nickname)) NICKNAME_OF.set(nickname, formal);

interface CultureDraw {
  culture: Culture;
  given: Weighted<string>;
  family: Weighted<string>;
}

const CULTURE_DRAWS: CultureDraw[] = CULTURES.map((culture) => {
  const families = [...culture.family, ...culture.familyTail.filter((name) => !culture.family.includes(name))];
  return {
    culture,
    given: new Weighted(culture.given, zipf(culture.given.length, 2, 0.9)),
    family: new Weighted(families, zipf(families.length, 3, 0.8)),
  };
});
const CULTURE_PICK = new Weighted(CULTURE_DRAWS, CULTURES.map((culture) => culture.weight));

// ---------------------------------------------------------------------------------------------------------
// Dates

const EPOCH = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;
/** Meetings happen on days 0..730 (2024-01-01 to 2025-12-31). */
const MEETING_DAYS = 731;

const ISO_DAYS = Array.from({ length: MEETING_DAYS + 120 }, (_, day) => new Date(EPOCH + day * DAY).toISOString().slice(0, 10));

function isoDay(day: number): string {
  return ISO_DAYS[day] ?? new Date(EPOCH + day * DAY).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------------------
// The model the text is written from

interface Company {
  index: number;
  name: string;
  slug: string;
  members: number[];
  pickMember?: Weighted<number>;
}

interface Identity {
  id: number;
  given: string;
  family: string;
  company: Company;
  role: string;
  department: string;
  location: string;
  notes: PersonNote[];
}

interface PersonNote {
  path: string;
  title: string;
  given: string;
  identity: Identity;
  kind: "original" | TwinKind;
  companyKnown: boolean;
  /** Meetings whose participants list names this note, in meeting order. */
  mentions: Meeting[];
  projects: Project[];
  aliases: string[];
}

interface Meeting {
  index: number;
  path: string;
  basename: string;
  title: string;
  day: number;
  type: "customer" | "meeting" | "1on1";
  account: Company;
  /** As written in front matter. */
  participants: string[];
  attendees: PersonNote[];
  summary: string;
}

interface Project {
  path: string;
  title: string;
  company: Company;
  collaborators: PersonNote[];
}

// ---------------------------------------------------------------------------------------------------------

/** Generates a vault: N person notes (about 5% twins), N/4 meetings, N/50 projects. */
export function generateVault(options: VaultOptions): SyntheticVault {
  return new Generator(options).run();
}

/**
 * Writes a vault's notes under `dir`. Synchronous writes: about twice as fast here as 64 concurrent async
 * writes, and writing is setup, not a measured figure.
 */
export async function writeVault(files: ReadonlyMap<string, string>, dir: string): Promise<void> {
  const folders = new Set<string>();
  for (const notePath of files.keys()) folders.add(path.dirname(notePath));
  for (const folder of [...folders].sort()) mkdirSync(path.join(dir, folder), { recursive: true });
  for (const [notePath, text] of files) writeFileSync(path.join(dir, notePath), text, "utf8");
}

const TWIN_WEIGHTS = new Weighted<TwinKind>(["slip", "doubled", "vowel", "nickname", "accent", "same-title"], [0.22, 0.14, 0.16, 0.18, 0.12, 0.18]);
const IMPORT_FOLDERS = ["Imports/People", "Archive/People", "CRM/Contacts", "People/Old"];

class Generator {
  private readonly rng: Rng;
  private readonly peopleCount: number;
  private readonly twinTarget: number;
  private readonly hubTarget: number;
  private readonly companies: Company[] = [];
  private companyPick!: Weighted<Company>;
  private readonly identities: Identity[] = [];
  /** Folded full name → identity: distinct humans never share a name, so the truth stays unambiguous. */
  private readonly nameOwner = new Map<string, number>();
  private readonly paths = new Set<string>();
  private readonly people: PersonNote[] = [];
  private readonly twins: { note: PersonNote; of: PersonNote; kind: TwinKind }[] = [];
  private readonly meetings: Meeting[] = [];
  private readonly projects: Project[] = [];
  /** Each company's first project, for a meeting's Related links. */
  private readonly projectOf = new Map<Company, Project>();

  constructor(options: VaultOptions) {
    if (!Number.isInteger(options.people) || options.people < 10) throw new Error("a synthetic vault needs at least 10 people");
    this.rng = new Rng(options.seed ?? DEFAULT_SEED);
    this.peopleCount = options.people;
    this.twinTarget = Math.round(options.people * (options.twinShare ?? 0.05));
    this.hubTarget = options.hubMeetings ?? 500;
  }

  run(): SyntheticVault {
    this.makeCompanies();
    this.makeIdentities(this.peopleCount - this.twinTarget);
    this.makeTwins();
    this.makeProjects();
    this.makeMeetings();
    this.assignCollaborators();
    const files: [string, string][] = [];
    for (const note of this.people) files.push([note.path, this.personText(note)]);
    for (const meeting of this.meetings) files.push([meeting.path, this.meetingText(meeting)]);
    for (const project of this.projects) files.push([project.path, this.projectText(project)]);
    const owner = this.identities[0]?.notes[0];
    const hub = this.identities[1]?.notes[0];
    if (!owner || !hub) throw new Error("vault has no owner or hub");
    const identityOf = new Map(this.people.map((note) => [note.path, note.identity.id]));
    const truth: GroundTruth = {
      owner: owner.path,
      hub: hub.path,
      hubMeetings: hub.mentions.length,
      identityOf,
      twins: this.twins.map(({ note, of, kind }) => ({ path: note.path, of: of.path, kind })),
    };
    const bytes = files.reduce((sum, [, text]) => sum + Buffer.byteLength(text, "utf8"), 0);
    const counts: VaultCounts = {
      people: this.people.length,
      identities: this.identities.length,
      twins: this.twins.length,
      meetings: this.meetings.length,
      projects: this.projects.length,
      companies: this.companies.filter((company) => company.members.length > 0).length,
      bytes,
    };
    return new SyntheticVault(files, truth, counts);
  }

  // -- companies and people -------------------------------------------------------------------------------

  private makeCompanies(): void {
    const wanted = Math.max(20, Math.round(this.peopleCount / 25));
    const names: string[] = [];
    for (const head of COMPANY_HEADS) {
      names.push(head);
      for (const tail of COMPANY_TAILS) names.push(`${head} ${tail}`);
    }
    const chosen = this.rng.sample(names, wanted);
    chosen.forEach((name, index) => this.companies.push({ index, name, slug: name.toLowerCase().replace(/\s+/g, "-"), members: [] }));
    this.companyPick = new Weighted(this.companies, zipf(this.companies.length, 1, 1));
  }

  private makeIdentities(count: number): void {
    for (let id = 0; id < count; id++) {
      const { given, family } = this.drawName();
      // The owner works at the first company; the hub is a key contact at the second.
      const company = id === 0 ? this.companyAt(0) : id === 1 ? this.companyAt(1) : this.companyPick.draw(this.rng);
      const identity: Identity = {
        id,
        given,
        family,
        company,
        role: this.rng.pick(V.roles),
        department: this.rng.pick(V.departments),
        location: this.rng.pick(V.locations),
        notes: [],
      };
      company.members.push(id);
      this.nameOwner.set(foldedName(`${given} ${family}`), id);
      this.identities.push(identity);
      const aliases = this.rng.chance(0.04) && NICKNAMES[given] ? [this.rng.pick(NICKNAMES[given] ?? [])] : [];
      this.addNote(identity, `${given} ${family}`, given, "People", "original", true, aliases);
    }
    for (const company of this.companies) {
      if (company.members.length > 0) company.pickMember = new Weighted(company.members, zipf(company.members.length, 0, 1));
    }
  }

  private companyAt(index: number): Company {
    const company = this.companies[index];
    if (!company) throw new Error(`no company ${index}`);
    return company;
  }

  private drawName(): { given: string; family: string } {
    for (let attempt = 0; attempt < 200; attempt++) {
      const culture = CULTURE_PICK.draw(this.rng);
      // One person in ten has a given name from another culture than their family name.
      const givenFrom = this.rng.chance(0.1) ? CULTURE_PICK.draw(this.rng) : culture;
      const given = givenFrom.given.draw(this.rng);
      const family = culture.family.draw(this.rng);
      if (!this.nameOwner.has(foldedName(`${given} ${family}`))) return { given, family };
    }
    throw new Error("could not draw a new name in 200 attempts");
  }

  private addNote(identity: Identity, title: string, given: string, folder: string, kind: PersonNote["kind"], companyKnown: boolean, aliases: string[] = []): PersonNote {
    const notePath = `${folder}/${title}.md`;
    this.paths.add(notePath);
    const note: PersonNote = { path: notePath, title, given, identity, kind, companyKnown, mentions: [], projects: [], aliases };
    identity.notes.push(note);
    this.people.push(note);
    return note;
  }

  // -- twins ----------------------------------------------------------------------------------------------

  private makeTwins(): void {
    // Owner and hub stay single, so the relationship figures do not depend on which twins were drawn.
    const candidates = this.identities.slice(2);
    if (candidates.length === 0) return;
    const eligible: Record<TwinKind, Identity[]> = {
      slip: candidates,
      doubled: candidates,
      vowel: candidates,
      nickname: candidates.filter((identity) => NICKNAMES[identity.given] !== undefined || NICKNAME_OF.has(identity.given)),
      accent: candidates.filter((identity) => hasAccent(`${identity.given} ${identity.family}`)),
      "same-title": candidates,
    };
    let guard = 0;
    while (this.twins.length < this.twinTarget && guard++ < this.twinTarget * 20) {
      let kind = TWIN_WEIGHTS.draw(this.rng);
      if (eligible[kind].length === 0) kind = "slip";
      const identity = this.rng.pick(eligible[kind]);
      const original = identity.notes[0];
      if (!original) continue;
      this.makeTwin(identity, original, kind);
    }
  }

  private makeTwin(identity: Identity, original: PersonNote, kind: TwinKind): void {
    const companyKnown = this.rng.chance(0.8);
    if (kind === "same-title") {
      const folder = this.rng.pick(IMPORT_FOLDERS);
      if (this.paths.has(`${folder}/${original.title}.md`)) return;
      const note = this.addNote(identity, original.title, identity.given, folder, kind, companyKnown);
      this.twins.push({ note, of: original, kind });
      return;
    }
    for (let attempt = 0; attempt < 10; attempt++) {
      const variant = this.variantName(identity, kind);
      if (!variant) return;
      const title = `${variant.given} ${variant.family}`;
      const owner = this.nameOwner.get(foldedName(title));
      if (title === original.title || (owner !== undefined && owner !== identity.id) || this.paths.has(`People/${title}.md`)) continue;
      const note = this.addNote(identity, title, variant.given, "People", kind, companyKnown);
      this.nameOwner.set(foldedName(title), identity.id);
      this.twins.push({ note, of: original, kind });
      return;
    }
  }

  private variantName(identity: Identity, kind: Exclude<TwinKind, "same-title">): { given: string; family: string } | undefined {
    const { given, family } = identity;
    const onGiven = this.rng.chance(0.2);
    switch (kind) {
      case "slip":
        return onGiven ? { given: this.slip(given), family } : { given, family: this.slip(family) };
      case "doubled":
        return onGiven ? { given: this.doubled(given), family } : { given, family: this.doubled(family) };
      case "vowel":
        return onGiven ? { given: this.vowelSwap(given), family } : { given, family: this.vowelSwap(family) };
      case "nickname": {
        const nicknames = NICKNAMES[given];
        if (nicknames) return { given: this.rng.pick(nicknames), family };
        const formal = NICKNAME_OF.get(given);
        return formal ? { given: formal, family } : undefined;
      }
      case "accent":
        return { given: stripAccents(given), family: stripAccents(family) };
    }
  }

  /** One letter after the first replaced by a neighbour on the keyboard or a letter that sounds alike. */
  private slip(word: string): string {
    const positions = [...word].map((char, index) => (index > 0 && CONFUSABLE[char] ? index : -1)).filter((index) => index > 0);
    if (positions.length === 0) return word + "s";
    const index = this.rng.pick(positions);
    const letters = [...word];
    letters[index] = this.rng.pick([...(CONFUSABLE[letters[index] ?? ""] ?? "e")]);
    return letters.join("");
  }

  /** A doubled letter written once, or a letter written twice. */
  private doubled(word: string): string {
    const letters = [...word];
    const doubles = letters.map((char, index) => (index > 0 && char === letters[index - 1] && /[a-z]/.test(char) ? index : -1)).filter((index) => index > 0);
    if (doubles.length > 0 && this.rng.chance(0.7)) {
      letters.splice(this.rng.pick(doubles), 1);
      return letters.join("");
    }
    const consonants = letters.map((char, index) => (index > 0 && /[bcdfghklmnprstvz]/.test(char) && letters[index + 1] !== char ? index : -1)).filter((index) => index > 0);
    if (consonants.length === 0) return word + word.slice(-1);
    const index = this.rng.pick(consonants);
    letters.splice(index, 0, letters[index] ?? "");
    return letters.join("");
  }

  /** One vowel after the first letter swapped for another. */
  private vowelSwap(word: string): string {
    const letters = [...word];
    const vowels = letters.map((char, index) => (index > 0 && "aeiou".includes(char) ? index : -1)).filter((index) => index > 0);
    if (vowels.length === 0) return this.slip(word);
    const index = this.rng.pick(vowels);
    letters[index] = this.rng.pick([..."aeiou"].filter((vowel) => vowel !== letters[index]));
    return letters.join("");
  }

  // -- projects and meetings ------------------------------------------------------------------------------

  private makeProjects(): void {
    const titles = new Set<string>();
    const count = projectCount(this.peopleCount);
    for (let index = 0; titles.size < count && index < count * 50; index++) {
      const company = this.companyPick.draw(this.rng);
      const form = this.rng.int(3);
      const title =
        form === 0
          ? `Project ${this.rng.pick(V.codenames)}${index >= V.codenames.length ? ` ${this.rng.between(2, 99)}` : ""}`
          : form === 1
            ? `${company.name} ${titleCase(this.rng.pick(V.topics))}`
            : `${titleCase(this.rng.pick(V.topics))} for ${company.name}`;
      if (titles.has(title)) continue;
      titles.add(title);
      const project: Project = { path: `Projects/${title}.md`, title, company, collaborators: [] };
      this.projects.push(project);
      if (!this.projectOf.has(company)) this.projectOf.set(company, project);
    }
  }

  private makeMeetings(): void {
    const count = meetingCount(this.peopleCount);
    const owner = this.identities[0];
    const hub = this.identities[1];
    if (!owner || !hub) return;
    const hubMeetings = new Set(this.rng.sample(Array.from({ length: count }, (_, index) => index), this.hubTarget));
    const meetingNames = new Set<string>();
    for (let index = 0; index < count; index++) {
      const day = this.rng.int(MEETING_DAYS);
      const roll = this.rng.float();
      const type: Meeting["type"] = roll < 0.45 ? "customer" : roll < 0.8 ? "meeting" : "1on1";
      const size = this.rng.between(3, 8);
      const internal = type === "1on1" && this.rng.chance(0.4);
      const account = internal ? owner.company : this.drawCustomer(owner.company);
      const chosen: Identity[] = [];
      const add = (identity: Identity | undefined) => {
        if (identity && !chosen.includes(identity) && chosen.length < size) chosen.push(identity);
      };
      if (this.rng.chance(0.85)) add(owner);
      if (hubMeetings.has(index)) add(hub);
      const colleagues = this.rng.int(3);
      for (let pick = 0; pick < colleagues; pick++) add(this.memberOf(owner.company));
      for (let tries = 0; chosen.length < size && tries < size * 4; tries++) add(this.memberOf(tries < size * 2 ? account : this.companyPick.draw(this.rng)));
      while (chosen.length < size) add(this.identities[this.rng.int(this.identities.length)]);
      if (!hubMeetings.has(index)) {
        const at = chosen.indexOf(hub);
        if (at !== -1) chosen.splice(at, 1, ...this.replacement(chosen));
      }
      const attendees = this.rng.shuffle(chosen).map((identity) => this.noteFor(identity));
      const title = this.meetingTitle(type, account, attendees);
      const date = isoDay(day);
      let basename = `${date} - ${truncate(title, 80)}`;
      for (let copy = 2; meetingNames.has(basename); copy++) basename = `${date} - ${truncate(title, 80)} (${copy})`;
      meetingNames.add(basename);
      const meeting: Meeting = {
        index,
        path: `Meetings/${basename}.md`,
        basename,
        title,
        day,
        type,
        account,
        participants: attendees.map((note) => this.writtenName(note)),
        attendees,
        summary: this.meetingSummary(account, attendees),
      };
      for (const note of attendees) note.mentions.push(meeting);
      this.meetings.push(meeting);
    }
  }

  /** Someone other than the hub, for a meeting the hub must not attend. */
  private replacement(chosen: readonly Identity[]): Identity[] {
    for (let tries = 0; tries < 20; tries++) {
      const identity = this.identities[2 + this.rng.int(Math.max(1, this.identities.length - 2))];
      if (identity && !chosen.includes(identity)) return [identity];
    }
    return [];
  }

  private drawCustomer(ownCompany: Company): Company {
    for (let tries = 0; tries < 10; tries++) {
      const company = this.companyPick.draw(this.rng);
      if (company !== ownCompany && company.members.length > 0) return company;
    }
    return this.companies.find((company) => company !== ownCompany && company.members.length > 0) ?? ownCompany;
  }

  private memberOf(company: Company): Identity | undefined {
    const id = company.pickMember?.draw(this.rng);
    return id === undefined ? undefined : this.identities[id];
  }

  /** Which of a person's notes a transcript names: usually the first, sometimes a twin's spelling. */
  private noteFor(identity: Identity): PersonNote {
    const [first, ...twins] = identity.notes;
    if (!first) throw new Error(`identity ${identity.id} has no note`);
    if (twins.length === 0 || this.rng.chance(0.65)) return first;
    return this.rng.pick(twins);
  }

  /**
   * A participant as a transcript writes them: full name, `[[link]]` or first name alone. The hub is always
   * named in full, so that every meeting of theirs resolves to them.
   */
  private writtenName(note: PersonNote): string {
    const roll = this.rng.float();
    if (roll < 0.55 || (note.identity.id === 1 && roll >= 0.85)) return note.title;
    if (roll < 0.85) return `[[${note.title}]]`;
    const nicknames = NICKNAMES[note.given];
    return nicknames && this.rng.chance(0.3) ? this.rng.pick(nicknames) : note.given;
  }

  private meetingTitle(type: Meeting["type"], account: Company, attendees: readonly PersonNote[]): string {
    const other = attendees.find((note) => note.identity.id !== 0) ?? attendees[0];
    if (type === "1on1" && other && this.rng.chance(0.6)) return `${other.title} 1on1`;
    const topic = this.rng.pick(V.topics);
    const form = this.rng.int(4);
    if (form === 0) return `${account.name} ${topic} ${this.rng.pick(["review", "sync", "follow-up", "kickoff", "debrief"])}`;
    if (form === 1) return `${capitalise(this.rng.pick(V.topics))} and ${topic} with ${account.name}`;
    if (form === 2) return `${capitalise(this.rng.pick(V.verbs))} ${this.rng.pick(V.objects)} for ${account.name} (${topic}, ${this.rng.pick(V.regions)} and ${this.rng.pick(V.topics)})`;
    return `${capitalise(topic)} ${this.rng.pick(["planning", "status", "working session", "deep dive", "review"])}`;
  }

  private meetingSummary(account: Company, attendees: readonly PersonNote[]): string {
    const [a, b, c] = attendees;
    const first = a ? firstName(a) : "The team";
    const second = b ? firstName(b) : "the account team";
    const sentences = [
      `${first} and ${second} ${this.rng.pick(V.verbs)} ${this.rng.pick(V.objects)} for ${account.name}, focused on ${this.rng.pick(V.topics)} in ${this.rng.pick(V.regions)}.`,
      `${c ? firstName(c) : second} raised ${this.rng.pick(V.topics)} and asked for ${this.rng.pick(V.objects)} before the next review.`,
    ];
    if (this.rng.chance(0.6)) sentences.push(`Target discussed: ${this.rng.pick(V.metrics)}; the team ${this.rng.pick(V.verbs)} ${this.rng.pick(V.objects)}.`);
    return sentences.join(" ");
  }

  private assignCollaborators(): void {
    const owner = this.identities[0];
    for (const project of this.projects) {
      const size = this.rng.between(3, 12);
      const chosen: Identity[] = [];
      const add = (identity: Identity | undefined) => {
        if (identity && !chosen.includes(identity) && chosen.length < size) chosen.push(identity);
      };
      add(owner);
      for (let tries = 0; chosen.length < size && tries < size * 4; tries++) add(this.memberOf(tries % 3 === 0 && owner ? owner.company : project.company));
      project.collaborators = chosen.map((identity) => this.noteFor(identity));
      for (const note of project.collaborators) note.projects.push(project);
    }
  }

  // -- text -----------------------------------------------------------------------------------------------

  private fact(note: PersonNote): string {
    const first = firstName(note);
    const company = note.identity.company.name;
    const other = this.rng.pick(this.people);
    switch (this.rng.int(8)) {
      case 0:
        return `${first} owns ${this.rng.pick(V.topics)} decisions for ${company}'s ${this.rng.pick(V.regions)} deployments; ${this.rng.pick(V.objects)} goes through them.`;
      case 1:
        return `${company} plans ${this.rng.pick(V.metrics)} in ${this.rng.pick(V.regions)}; ${first} expects a decision on ${this.rng.pick(V.topics)} within ~${this.rng.between(2, 12)} weeks.`;
      case 2:
        return `${first} reports to [[${other.title}]] and prefers short written updates over calls; asked for ${this.rng.pick(V.objects)} ahead of every review.`;
      case 3:
        return `Budget for ${this.rng.pick(V.topics)} is set in the ${this.rng.pick(["Q1", "Q2", "Q3", "Q4"])} planning cycle; ${first} needs ${this.rng.pick(V.objects)} before then.`;
      case 4:
        return `${first} previously worked on ${this.rng.pick(V.topics)} at ${this.rng.pick(this.companies).name} and knows the ${this.rng.pick(V.codenames)} team well.`;
      case 5:
        return `Key contact for ${this.rng.pick(V.topics)}: escalate ${this.rng.pick(V.objects)} through ${first}, copying ${other.title}.`;
      case 6:
        return `${company} is evaluating ${this.rng.pick(V.codenames)} for ${this.rng.pick(V.topics)} with a ${this.rng.pick(V.metrics)} target; ${first} sponsors the evaluation.`;
      default:
        return `${first} ${this.rng.pick(V.verbs)} ${this.rng.pick(V.objects)} and wants ${this.rng.pick(V.topics)} and ${this.rng.pick(V.topics)} covered in the next quarterly business review.`;
    }
  }

  private personText(note: PersonNote): string {
    const { identity } = note;
    const pipeline = note.kind !== "same-title" && this.rng.chance(0.85);
    const company = note.companyKnown ? identity.company : undefined;
    const recent = [...note.mentions].sort((x, y) => y.day - x.day || x.index - y.index).slice(0, 6);
    const latest = recent[0]?.day;
    const lastContact =
      latest === undefined
        ? this.rng.chance(0.5)
          ? isoDay(this.rng.int(MEETING_DAYS))
          : undefined
        : this.rng.chance(0.6)
          ? isoDay(latest)
          : this.rng.chance(0.6)
            ? isoDay(Math.max(0, latest - this.rng.between(1, 120)))
            : undefined;
    const created = isoDay(Math.min(MEETING_DAYS + 30, (latest ?? this.rng.int(MEETING_DAYS)) + this.rng.between(0, 30)));
    const q = pipeline ? "'" : "";
    const lines: string[] = ["---", "type: people", `title: ${yamlText(note.title)}`, `created: ${q}${created}${q}`];
    if (lastContact) lines.push(`last_contact: ${q}${lastContact}${q}`);
    if (pipeline) lines.push("auto_created: true");
    else {
      if (company) lines.push(`company: ${yamlText(company.name)}`);
      lines.push(`email: ${emailOf(note)}`, "source: crm-import");
    }
    if (note.aliases.length > 0) lines.push(`aliases: [${note.aliases.map(yamlText).join(", ")}]`);
    lines.push("tags:", "- type/people");
    if (pipeline && this.rng.chance(0.5)) lines.push("- needs-review");
    if (company) lines.push(`- company/${company.slug}`);
    lines.push("---", "", `# ${note.title}`, "");
    const unknown = "_Unknown_";
    const filled = (value: string, p: number) => (this.rng.chance(p) ? value : unknown);
    lines.push(
      "## Contact Information",
      "",
      "| Field | Value |",
      "|-------|-------|",
      `| **Role** | ${filled(identity.role, 0.6)} |`,
      `| **Company** | ${company ? company.name : unknown} |`,
      `| **Department** | ${filled(identity.department, 0.3)} |`,
      `| **Email** | ${filled(emailOf(note), pipeline ? 0.2 : 0.9)} |`,
      `| **Phone** | ${filled(`+1 ${this.rng.between(200, 989)} 555 ${String(this.rng.between(0, 9999)).padStart(4, "0")}`, 0.1)} |`,
      `| **LinkedIn** | ${unknown} |`,
      `| **Location** | ${filled(identity.location, 0.4)} |`,
      "",
    );
    if (pipeline) {
      lines.push(
        "## Relationship",
        "",
        "_How do you work with this person? What is your dynamic?_",
        "",
        "## Background",
        "",
        "_Career history, expertise, interests, personal details shared..._",
        "",
        "",
        "## Projects",
        "",
        "_What projects are you collaborating on with this person?_",
        "",
        "```dataview",
        "LIST",
        'FROM "VAST/Projects" OR "Personal/Projects"',
        "WHERE contains(file.outlinks, this.file.link)",
        "```",
        "",
        "",
        "## Open Tasks",
        "",
        "```dataview",
        "TASK",
        'FROM ""',
        `WHERE !completed AND contains(text, "${note.title.replace(/"/g, "")}")`,
        "SORT due ASC",
        "```",
        "",
      );
    }
    // Key Facts: most notes have a few, some many (the pipeline appends a block per meeting).
    const factCount = Math.min(16, 1 + Math.floor(-Math.log(1 - this.rng.float()) * (pipeline ? 5 : 3)) + Math.min(note.mentions.length, 4));
    lines.push("## Key Facts", "");
    for (let index = 0; index < factCount; index++) {
      lines.push(`- ${this.fact(note)}`);
      if (index === 7) lines.push("", "");
    }
    if (pipeline) {
      const topics = Array.from({ length: this.rng.between(3, 10) }, () => capitalise(this.rng.pick(V.topics)));
      lines.push("## Topics Discussed", "", topics.join(", "));
    }
    lines.push("## Recent Context", "");
    for (const meeting of recent) {
      const via = meeting.attendees.find((other) => other !== note) ?? note;
      lines.push(`- ${isoDay(meeting.day)}: [[${meeting.basename}]] - ${truncate(meeting.summary, 100)}... (via ${via.title})`);
    }
    if (recent.length === 0) lines.push(`- ${isoDay(this.rng.int(MEETING_DAYS))}: Intro call about ${this.rng.pick(V.topics)}.`);
    if (pipeline && this.rng.chance(0.3)) {
      lines.push("## Profile", "", `**Role**: ${identity.role} at ${identity.company.name}`, `**Relationship**: ${this.rng.pick(["Key decision-maker", "Technical champion", "Day-to-day contact", "Executive sponsor"])}`, "");
    }
    if (company) lines.push("", "## Related Customers", "", `- [[${company.name}]]`);
    if (note.projects.length > 0) {
      lines.push("", "## Related Projects", "");
      for (const project of note.projects.slice(0, 8)) lines.push(`- [[${project.title}]]`);
    }
    lines.push("", "---", "*Last updated: *");
    // Pipeline notes end without a newline; a few hand-edited notes use CRLF.
    const text = pipeline ? lines.join("\n") : lines.join("\n") + "\n";
    return this.rng.chance(0.01) ? text.replace(/\n/g, "\r\n") : text;
  }

  private task(meeting: Meeting): string {
    const owner = this.rng.pick(meeting.attendees);
    const written = this.rng.chance(0.7) ? owner.title : firstName(owner);
    const due = isoDay(meeting.day + this.rng.between(3, 30));
    const priority = this.rng.pick(["⏫ ", "⏫ ", "🔼 ", "🔽 ", "", "", "", ""]);
    const done = this.rng.chance(0.25);
    const text = `${capitalise(this.rng.pick(["send", "review", "confirm", "draft", "schedule", "share", "follow up on"]))} ${this.rng.pick(V.objects)} (${this.rng.pick(V.topics)}).`;
    return done
      ? `- [x] ${text} @${written} 📅 ${due} ✅ ${isoDay(meeting.day + this.rng.between(1, 10))} #task`
      : `- [ ] ${text} @${written} 📅 ${due} ${priority}#task`;
  }

  private meetingText(meeting: Meeting): string {
    const pipeline = this.rng.chance(0.7);
    const date = isoDay(meeting.day);
    const lines: string[] = ["---"];
    if (pipeline) {
      lines.push(
        `type: "${meeting.type}"`,
        `title: ${JSON.stringify(meeting.title)}`,
        `date: "${date}"`,
        `account: ${JSON.stringify(meeting.account.name)}`,
        `participants: [${meeting.participants.map((name) => JSON.stringify(name)).join(", ")}]`,
        `source: "transcript"`,
        `source_ref: ${JSON.stringify(`Inbox/_archive/${date}/${date} - ${meeting.title}.md`)}`,
        "tags:",
        `  - "type/${meeting.type}"`,
        `  - "account/${meeting.account.slug}"`,
        `  - "generated"`,
      );
    } else {
      lines.push(`type: ${meeting.type}`, `title: ${yamlText(meeting.title)}`, `date: ${date}`, `account: ${yamlText(meeting.account.name)}`, "participants:");
      for (const name of meeting.participants) lines.push(`  - ${JSON.stringify(name.startsWith("[[") ? name : `[[${name}]]`)}`);
      lines.push("tags:", `  - type/${meeting.type}`, `  - account/${meeting.account.slug}`);
    }
    const plain = meeting.participants.map((name) => name.replace(/^\[\[|\]\]$/g, ""));
    lines.push("---", "", `# ${meeting.title}`, "", `**Date**: ${date}`);
    if (pipeline) lines.push(`**Account**: [[${meeting.account.name}]]`);
    lines.push(`**Attendees**: ${plain.join(", ")}`, "", "## Summary", "", meeting.summary);
    lines.push("## Action Items");
    const tasks = this.rng.between(1, 6);
    for (let index = 0; index < tasks; index++) lines.push(this.task(meeting));
    lines.push("", "## Decisions");
    for (let index = this.rng.between(1, 3); index > 0; index--) lines.push(`- ${capitalise(this.rng.pick(V.verbs))} ${this.rng.pick(V.objects)}; ${this.rng.pick(V.topics)} stays in scope.`);
    if (this.rng.chance(0.7)) {
      lines.push("", "## Key Information");
      for (let index = this.rng.between(1, 4); index > 0; index--) lines.push(`- ${this.rng.pick(V.regions)}: ${this.rng.pick(V.metrics)} for ${this.rng.pick(V.topics)}.`);
    }
    if (pipeline) lines.push("", "---", "", `*Source: [[Inbox/_archive/${date}/${date} - ${meeting.title}.md|${date} - ${meeting.title}]]*`);
    lines.push("", "## Related", "");
    const project = this.projectOf.get(meeting.account) ?? (this.rng.chance(0.3) ? this.rng.pick(this.projects) : undefined);
    if (project) lines.push(`- [[${project.title}]]`);
    for (const note of meeting.attendees.slice(0, 3)) lines.push(`- [[${note.title}]]`);
    return lines.join("\n") + "\n";
  }

  private projectText(project: Project): string {
    const date = isoDay(this.rng.int(MEETING_DAYS));
    const status = this.rng.pick(["active", "active", "active", "paused", "done"]);
    const lead = project.collaborators[1] ?? project.collaborators[0];
    const lines = [
      "---",
      "type: projects",
      `title: ${yamlText(project.title)}`,
      `created: '${date}'`,
      "last_updated: ''",
      `status: ${status}`,
      "auto_created: true",
      "tags:",
      "- type/projects",
      "- needs-review",
      `- status/${status}`,
      `last_contact: '${date}'`,
      "---",
      "",
      `# ${project.title}`,
      "",
      "## Overview",
      "",
      `${project.company.name} initiative on ${this.rng.pick(V.topics)} and ${this.rng.pick(V.topics)}: ${this.rng.pick(V.metrics)} in ${this.rng.pick(V.regions)}, with ${this.rng.pick(V.objects)} as the first milestone.`,
      "",
      "## Status",
      "",
      "| Field | Value |",
      "|-------|-------|",
      `| **Status** | ${status} |`,
      `| **Owner** | ${lead && this.rng.chance(0.5) ? `[[${lead.title}]]` : `${this.rng.pick(V.departments)} team (${project.company.name})`} |`,
      "",
      "## Current Blockers",
      "",
    ];
    for (let index = this.rng.between(1, 4); index > 0; index--) lines.push(`- ❌ ${capitalise(this.rng.pick(V.objects))} is waiting on ${this.rng.pick(V.topics)}`);
    lines.push("", "## Next Steps", "");
    for (let index = this.rng.between(2, 5); index > 0; index--) lines.push(`- [ ] ${capitalise(this.rng.pick(V.verbs))} ${this.rng.pick(V.objects)} with ${firstName(this.rng.pick(project.collaborators))}`);
    lines.push("", "## Collaborators", "", "| Person | Role | Company |", "|--------|------|---------|");
    for (const note of project.collaborators) {
      const roll = this.rng.float();
      const link = roll < 0.75 ? `[[${note.title}]]` : roll < 0.9 ? `[[${note.given}]]` : `[[${note.title}\\|${note.given}]]`;
      lines.push(`| ${link} | ${this.rng.chance(0.3) ? note.identity.role : ""} | ${this.rng.chance(0.5) ? note.identity.company.name : ""} |`);
    }
    lines.push("", "## Open Tasks", "", "```dataview", "TASK", 'FROM ""', "WHERE !completed", "SORT due ASC", "```", "", "", "## Key Decisions", "");
    for (let index = this.rng.between(1, 6); index > 0; index--) lines.push(`- ✅ ${capitalise(this.rng.pick(V.verbs))} ${this.rng.pick(V.objects)} before ${this.rng.pick(V.topics)}.`);
    lines.push("", "## Key Facts", "");
    for (let index = this.rng.between(2, 8); index > 0; index--) lines.push(`- ${this.rng.pick(V.regions)} needs ${this.rng.pick(V.metrics)}; ${this.rng.pick(V.topics)} depends on ${this.rng.pick(V.objects)}.`);
    lines.push("", "## Related People", "");
    for (const note of project.collaborators) lines.push(`- [[${note.title}]]`);
    lines.push("", "## Related Customers", "", `- [[${project.company.name}]]`, "", "## Recent Context", "");
    const related = this.meetings.length > 0 ? this.rng.sample(this.meetings, this.rng.between(0, 3)) : [];
    for (const meeting of related) lines.push(`- ${isoDay(meeting.day)}: [[${meeting.basename}]] - ${truncate(meeting.summary, 100)}... (via ${meeting.account.name})`);
    lines.push("", "---", "*Last updated: *");
    return lines.join("\n");
  }
}

function firstName(note: PersonNote): string {
  return note.given;
}

function emailOf(note: PersonNote): string {
  const local = foldedName(note.title).replace(/ /g, ".");
  return `${local}@${note.identity.company.slug.replace(/-/g, "")}.example.com`;
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : text.slice(0, length).trimEnd();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function titleCase(text: string): string {
  return text.replace(/(^|[\s-])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** A YAML scalar: plain when safe, else double-quoted. */
function yamlText(text: string): string {
  return /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF][\w\u00C0-\u024F\u1E00-\u1EFF .'-]*$/.test(text) && !/[:#]/.test(text) ? text : JSON.stringify(text);
}
