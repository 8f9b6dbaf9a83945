/**
 * The record-linkage model: Fellegi-Sunter, in the form Splink uses.
 *
 * Every comparison (given name, family name, company, shared links, meetings) lands on a level. Each level
 * has m = P(level | same person) and u = P(level | different people); the match weight is log2(m/u) bits.
 * Weights add up from a prior (the chance two notes picked at random are one person) and the sum, as
 * log-odds, turns into a probability. Exact-agreement levels use term frequencies from the vault (Splink's
 * tf adjustment): sharing a rare name says more than sharing a common one.
 *
 * The m values are estimates for notes written from meeting transcripts (misspellings, short forms); the
 * u values marked u0 are population rates, used as the prior of the vault's own term frequencies.
 */
import type { FamilyAgreement, GivenAgreement } from "../names/agreement";

export interface LevelParameters {
  /** P(level | same person). */
  m: number;
  /** P(level | different people) in a general population, before the vault's own frequencies. */
  u0: number;
}

/**
 * Levels are exhaustive, so the m values add up to 1 (and the u values nearly so). The m values describe
 * duplicates made by a transcript pipeline, where slips and short forms are the common case, not the rare
 * one: about a third of such pairs spell a name differently (the labelled set and the synthetic vault agree).
 */
export const GIVEN_LEVELS: Record<GivenAgreement, LevelParameters> = {
  exact: { m: 0.65, u0: 0.005 },
  // Transcripts and invitations give short and full forms ("Tiff", "Tiffany") about as often as they misspell.
  nickname: { m: 0.18, u0: 0.003 },
  phonetic: { m: 0.06, u0: 0.003 },
  // Only where a name is not a known given name ("Abhishec"), see `givenAgreement`: two people rarely do that.
  close: { m: 0.06, u0: 0.0005 },
  // An initial stands for a name rarely (m), and two different people rarely show one as an initial of the other (u0).
  initial: { m: 0.02, u0: 0.0015 },
  similar: { m: 0.02, u0: 0.03 },
  different: { m: 0.01, u0: 0.955 },
};

export const FAMILY_LEVELS: Record<FamilyAgreement, LevelParameters> = {
  // u0 is the person-weighted mean frequency of a family name (the sum of squared frequencies), for a
  // vault of mixed cultures: rare European names sit far below it, Zhang or Kim far above.
  exact: { m: 0.65, u0: 0.001 },
  phonetic: { m: 0.08, u0: 0.002 },
  // Transcription slips ("Borker" for "Booker") are the most common fault the product exists for. u0 is for two
  // spellings no one else in the vault has; spellings others carry too raise it (`closeFamilyWeight`).
  close: { m: 0.2, u0: 0.0005 },
  sharedToken: { m: 0.02, u0: 0.0005 },
  similar: { m: 0.03, u0: 0.02 },
  // The strong penalty: one person's notes rarely carry two unrelated family names.
  different: { m: 0.02, u0: 0.975 },
};

export const CONTEXT_LEVELS = {
  sameCompany: { m: 0.85, u0: 0.1 },
  // A person note's company is copied from the meeting's account and rarely wrong; two notes of one person
  // naming two companies mean a job change, which a merge should not paper over. Near the strength of
  // family names that clearly differ: it is what tells two people with one common name apart.
  otherCompany: { m: 0.005, u0: 0.9 },
  /** One note links to the other. */
  linked: { m: 0.1, u0: 0.01 },
  /**
   * Both notes link to the same note (a meeting summary written into both). u is the share of other people
   * whose notes link there too (term frequency), never below u0: colleagues share meetings, so even a rarely
   * cited note is shared by two different people now and then.
   */
  sharedLink: { m: 0.25, u0: 0.01 },
  /** Both notes link to notes, but to none in common: usual for one person's notes, which split their meetings. */
  sharedLinksNone: { m: 0.75, u0: 0.977 },
  /**
   * Named in the same participants or collaborators list: usually two people, but generated lists often merge
   * the invitation's name with the transcript's ("Ronnie Booker", "Roni"), so one mention only leans against.
   */
  namedTogetherNever: { m: 0.93, u0: 0.83 },
  namedTogetherOnce: { m: 0.06, u0: 0.12 },
  namedTogetherOften: { m: 0.01, u0: 0.05 },
} satisfies Record<string, LevelParameters>;

export const PRIORS = {
  /** Share of person notes that have a twin somewhere in the vault. */
  duplicateShare: 0.1,
  /**
   * Pseudo-count of people behind every frequency: a small vault's counts lean on population rates,
   * a large vault's on its own. Also added to the vault size in the pair prior, so both scale alike.
   */
  pseudoPopulation: 200,
  /** P(a first-name-only note is about someone who also has a note in the vault). */
  givenOnlyHasNote: 0.8,
} as const;

export function matchWeight(m: number, u: number): number {
  return Math.log2(m / u);
}

/**
 * u for a level with term-frequency adjustment: the share of other people (not the two compared) who
 * agree with this value at this level, smoothed toward the population rate u0.
 */
export function adjustedU(u0: number, othersAgreeing: number, population: number): number {
  const pseudo = PRIORS.pseudoPopulation;
  return (Math.max(0, othersAgreeing) + pseudo * u0) / (Math.max(0, population) + pseudo);
}

/** Prior log-odds that two notes picked at random from a vault of `population` people are one person. */
export function priorWeight(population: number): number {
  const lambda = PRIORS.duplicateShare / (Math.max(1, population) - 1 + PRIORS.pseudoPopulation);
  return Math.log2(lambda / (1 - lambda));
}

export function probabilityFromWeight(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}

export function weightFromProbability(probability: number): number {
  const clamped = Math.min(1 - 1e-12, Math.max(1e-12, probability));
  return Math.log2(clamped / (1 - clamped));
}
