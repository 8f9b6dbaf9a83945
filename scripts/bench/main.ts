/**
 * Rapport's benchmark: `npm run bench` (build, then `node --expose-gc dist/bench.cjs`).
 *
 * Every figure is compared with a baseline run in the same process on the same synthetic vault, so ratios
 * hold across machines where absolute times do not. Times are medians of a few runs where a run is cheap
 * (the run count is printed; no measure repeats once its runs took 30 s), as wall time and as the process's
 * CPU time, which a machine busy with other work inflates much less. Heap is
 * `process.memoryUsage().heapUsed` after full collections. Duplicate detection runs five times at 10k and three
 * at 100k, each with no remembered answers (as a first scan), so the growth between sizes compares like runs;
 * the growth itself is taken from five pairs of runs of both sizes interleaved (see growthSection), which are not
 * cut short by the budget.
 *
 *   BENCH_SIZES=10000,100000   sizes: parse at N total notes, duplicates at N people (default)
 *   BENCH_QUICK=1              a smoke run at 2k only
 *   BENCH_SEED=n               the generator's seed
 *   BENCH_SECTIONS=parse,dupes,labelled   only these sections (relationships run with dupes)
 *
 * Prints a table and writes the same figures to test-results/bench.json.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import matter from "gray-matter";
import { listNotes } from "../../src/cli/fs-store";
import { forEachNoteText } from "../../src/cli/vault-texts";
import { loadVault } from "../../src/cli/load-vault";
import { allPairsBaseline } from "../../src/core/dupes/baseline";
import { evaluate, recordsFromLabelled, type LabelledSet } from "../../src/core/dupes/evaluate";
import { forgetEveryAnswer } from "../../src/core/collections/memo";
import { analyzeDuplicates, findDuplicates, type DupeGroup, type DupeInput, type DupeStats } from "../../src/core/dupes/find";
import { DuplicateIndex } from "../../src/core/dupes/duplicateIndex";
import type { VaultIndex } from "../../src/core/index/vault-index";
import type { PersonRecord } from "../../src/core/model/types";
import { RelationshipGraph } from "../../src/core/relationships/graph";
import { planLastContact } from "../../src/core/relationships/last-contact";
import { personSummary } from "../../src/core/relationships/summaries";
import { DEFAULT_SETTINGS, isPathIncluded } from "../../src/core/settings/settings";
import { pairKey, pairsOfGroups, scorePairs, truePairsOf, type PairScore } from "./accuracy";
import { canMeasureHeap, formatBytes, formatCount, formatMs, heapUsed, MB, median, percentile, sampled, settle, table, timeAsync, timeSync, type Sampled, type Timed } from "./measure";
import { minimalRead } from "./minimal-reader";
import { parseStages } from "./parse-stages";
import { DEFAULT_SEED, generateVault, peopleForNotes, TWIN_KINDS, writeVault, type GroundTruth, type VaultCounts } from "./synthetic-vault";

const QUICK = process.env.BENCH_QUICK === "1";
const SIZES = QUICK ? [2000] : parseSizes(process.env.BENCH_SIZES ?? "10000,100000");
const SEED = Number(process.env.BENCH_SEED ?? DEFAULT_SEED);
/** After every generated meeting (they end 2025-12-31), so last_contact refresh has work to plan. */
const TODAY = "2026-01-15";
const SETTINGS = DEFAULT_SETTINGS;
const LABELLED = "tests/fixtures/dupes/labelled.json";
const OUTPUT = "test-results/bench.json";
const RECHECKS = 50;
/** BENCH_SECTIONS=parse,dupes,labelled runs only those (relationships run with dupes); default all. */
const SECTIONS = new Set((process.env.BENCH_SECTIONS ?? "parse,dupes,labelled").split(",").map((name) => name.trim()));
/** People in the all-pairs baseline's sample: it is quadratic (~7 us a pair here, so ~6 min for 10k), and 10k is extrapolated. */
const BASELINE_SAMPLE = Number(process.env.BENCH_BASELINE_SAMPLE ?? 700);
const SUMMARY_RUNS = 50;
const RELATIONSHIP_RUNS = 3;
/** Notes in the parse-stage breakdown (in memory, no I/O). */
const STAGE_SAMPLE = 1500;

function parseSizes(text: string): number[] {
  const sizes = text
    .split(",")
    .map((part) => Number(part.trim().replace(/_/g, "")))
    .filter((size) => Number.isInteger(size) && size >= 100);
  if (sizes.length === 0) throw new Error(`BENCH_SIZES="${text}" names no size of at least 100`);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

/** Cheap runs are repeated; a run over 20k notes or people is done once, to keep a default run under 5 minutes. */
const runsFor = (size: number, cheap: number, dear: number) => (size <= 20_000 ? cheap : dear);
/** No further runs of one measure once its runs so far took this long: slow code must not make the bench endless. */
const MEASURE_BUDGET_MS = 30_000;
const overBudget = (samples: readonly number[]) => samples.reduce((sum, ms) => sum + ms, 0) > MEASURE_BUDGET_MS;

// -------------------------------------------------------------------------------------------------------
// The report

interface Row {
  section: string;
  measure: string;
  size: string;
  /** Median wall time. */
  ms?: number;
  /** Median process CPU time over the same runs. */
  cpuMs?: number;
  runs?: number;
  rate?: string;
  ratio?: string;
  heapBytes?: number;
  target?: string;
  pass?: boolean;
}

const rows: Row[] = [];
const notes: string[] = [];
/** Accuracy detail printed under the table. */
const details: string[] = [];
const json: Record<string, unknown> = {};
const started = performance.now();

function row(entry: Row): void {
  rows.push(entry);
  const parts = [entry.section, entry.measure, entry.size, formatMs(entry.ms), entry.cpuMs === undefined ? undefined : `cpu ${formatMs(entry.cpuMs)}`, entry.rate, entry.ratio, entry.heapBytes === undefined ? undefined : formatBytes(entry.heapBytes), entry.target];
  log(`  ${parts.filter((part) => part !== undefined && part !== "-").join(" | ")}`);
}

function log(line: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[${seconds}s] ${line}\n`);
}

function verdict(pass: boolean): string {
  return pass ? "PASS" : "MISS";
}

/** A target judged on wall time; when wall time misses but CPU time passes, a busy machine is the likely cause. */
function target(text: string, pass: boolean, cpuPass?: boolean): Pick<Row, "target" | "pass"> {
  return { target: `${text}: ${verdict(pass)}${!pass && cpuPass ? " (cpu: PASS)" : ""}`, pass };
}

const ratio = (value: number, base: number) => value / base;
const x = (value: number) => `${value.toFixed(2)}x`;
const perSecond = (count: number, ms: number, unit: string) => `${Math.round((count / ms) * 1000).toLocaleString("en-US")} ${unit}/s`;
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

// -------------------------------------------------------------------------------------------------------
// Vaults on disk

let tempRoot: string | undefined;

async function tempDir(name: string): Promise<string> {
  tempRoot ??= await mkdtemp(path.join(os.tmpdir(), "rapport-bench-"));
  const dir = path.join(tempRoot, name);
  await mkdir(dir, { recursive: true });
  return dir;
}

interface OnDisk {
  dir: string;
  counts: VaultCounts;
  truth: GroundTruth;
}

/**
 * Generates a vault, writes it, and lets the texts go: only the path, counts and truth stay in memory.
 * `withTexts` sees the texts first.
 */
async function materialise(people: number, name: string, withTexts?: (vault: ReadonlyMap<string, string>) => void): Promise<OnDisk> {
  const generated = timeSync(() => generateVault({ people, seed: SEED }));
  const vault = generated.value;
  const dir = await tempDir(name);
  const written = await timeAsync(() => writeVault(vault, dir));
  const { counts, truth } = vault;
  log(
    `generated ${formatCount(vault.size)} notes (${formatCount(counts.people)} people, ${counts.twins} twins, ${formatCount(counts.meetings)} meetings, ${counts.projects} projects, ${formatBytes(counts.bytes)}) in ${formatMs(generated.ms)}, written in ${formatMs(written.ms)}`,
  );
  withTexts?.(vault);
  return { dir, counts, truth };
}

/** The notes the CLI would read, in its order. */
async function notePaths(dir: string): Promise<string[]> {
  return (await listNotes(dir)).filter((notePath) => isPathIncluded(notePath, SETTINGS));
}

/** Reads every note with the reader `loadVault` uses, and hands each text to `use`: the floor is the CLI's own I/O. */
async function readAll(dir: string, use: (text: string, notePath: string) => number = (text) => text.length): Promise<number> {
  let total = 0;
  await forEachNoteText(dir, await notePaths(dir), (notePath, text) => {
    total += use(text, notePath);
  });
  return total;
}

/** The lower bound's reader over every note, its notes kept as an index keeps them. */
async function readAllMinimal(dir: string): Promise<number> {
  const kept: unknown[] = [];
  return readAll(dir, (text, notePath) => kept.push(minimalRead(notePath, text)));
}

/** gray-matter on whole files; options given so that it does not cache by input. */
function grayMatter(text: string): number {
  return Object.keys(matter(text, {}).data).length;
}

// -------------------------------------------------------------------------------------------------------
// 1. Parse throughput

async function parseSection(totalNotes: number, withStages: boolean): Promise<void> {
  const size = `${formatCount(totalNotes)} notes`;
  log(`parse throughput at ${size}`);
  const vault = await materialise(peopleForNotes(totalNotes), `parse-${totalNotes}`, withStages ? (texts) => stagesRows(texts, size) : undefined);
  const notesCount = vault.counts.people + vault.counts.meetings + vault.counts.projects;
  const runs = runsFor(totalNotes, 5, 1);
  const { f, g, m, r, last } = await parseRuns(vault.dir, runs);
  const done = r.runs;
  const mbPerSecond = (ms: number) => `${((vault.counts.bytes / MB / ms) * 1000).toFixed(0)} MB/s`;
  row({ section: "parse", measure: "floor: read every note (readFileSync, as loadVault)", size, ms: f.median, cpuMs: f.cpuMedian, runs: done, rate: `${perSecond(notesCount, f.median, "notes")}, ${mbPerSecond(f.median)}`, ratio: "1.00x floor" });
  row({ section: "parse", measure: "baseline: gray-matter whole files", size, ms: g.median, cpuMs: g.cpuMedian, runs: done, rate: perSecond(notesCount, g.median, "notes"), ratio: `${x(ratio(g.median, f.median))} floor` });
  row({ section: "parse", measure: "lower bound: read + a minimal one-pass reader (minimal-reader.ts)", size, ms: m.median, cpuMs: m.cpuMedian, runs: done, rate: perSecond(notesCount, m.median, "notes"), ratio: `${x(ratio(m.median, f.median))} floor` });
  const rapportRatio = ratio(r.median, f.median);
  row({
    section: "parse",
    measure: "Rapport: loadVault (read + parseNote)",
    size,
    ms: r.median,
    cpuMs: r.cpuMedian,
    runs: done,
    rate: perSecond(notesCount, r.median, "notes"),
    ratio: `${x(rapportRatio)} floor, ${x(ratio(r.median, g.median))} gray-matter`,
    ...target("<= 2x floor", rapportRatio <= 2),
  });
  row({ section: "memory", measure: "VaultIndex after loadVault (heap delta)", size, heapBytes: last.heapDelta, ratio: last.heapDelta === undefined ? undefined : `${x(last.heapDelta / vault.counts.bytes)} note bytes` });
  json[`parse-${totalNotes}`] = { notes: notesCount, bytes: vault.counts.bytes, floor: f, grayMatter: g, minimalReader: m, rapport: r, heapDeltaBytes: last.heapDelta, heapUsedBytes: last.heapAfter, counts: last.counts, problems: last.problems };
  if (last.problems.length > 0) notes.push(`${size}: the synthetic vault gave ${last.problems.length} parse problems (first: ${JSON.stringify(last.problems[0])})`);
  await rm(vault.dir, { recursive: true, force: true });
}

/**
 * The four readers, interleaved run by run. Each helper returns numbers only: a suspended async function
 * keeps stale values in its registers, which would keep a previous run's index alive and skew the heap.
 */
async function parseRuns(dir: string, runs: number): Promise<{ f: Sampled; g: Sampled; m: Sampled; r: Sampled; last: MeasuredLoad }> {
  await readAll(dir); // warm the page cache and the JIT: every variant then reads from memory
  const wall: [number[], number[], number[], number[]] = [[], [], [], []];
  const cpu: [number[], number[], number[], number[]] = [[], [], [], []];
  let last: MeasuredLoad | undefined;
  for (let run = 0; run < runs && !overBudget(wall[3]); run++) {
    settle();
    const floor = await timeAsync(() => readAll(dir));
    settle();
    const baseline = await timeAsync(() => readAll(dir, grayMatter));
    settle();
    const lowerBound = await timeAsync(() => readAllMinimal(dir));
    last = await measuredLoad(dir);
    [floor, baseline, lowerBound, last].forEach((timed, variant) => {
      wall[variant]?.push(timed.ms);
      cpu[variant]?.push(timed.cpuMs);
    });
  }
  if (!last) throw new Error("no parse run");
  return { f: sampled(wall[0], cpu[0]), g: sampled(wall[1], cpu[1]), m: sampled(wall[2], cpu[2]), r: sampled(wall[3], cpu[3]), last };
}

interface MeasuredLoad {
  ms: number;
  cpuMs: number;
  heapDelta?: number;
  heapAfter?: number;
  counts: ReturnType<VaultIndex["counts"]>;
  problems: ReturnType<VaultIndex["problems"]>;
}

/** One timed loadVault, with the heap its index holds (collections outside the timed part). */
async function measuredLoad(dir: string): Promise<MeasuredLoad> {
  const before = heapUsed();
  const timed = await timeAsync(() => loadVault(dir, SETTINGS));
  const after = heapUsed();
  const index = timed.value;
  return {
    ms: timed.ms,
    cpuMs: timed.cpuMs,
    ...(before === undefined || after === undefined ? {} : { heapDelta: after - before, heapAfter: after }),
    counts: index.counts(),
    problems: index.problems(),
  };
}

/** parseNote stage by stage on an evenly spread sample of the vault's notes, in memory. */
function stagesRows(vault: ReadonlyMap<string, string>, size: string): void {
  const entries = [...vault];
  const step = Math.max(1, Math.floor(entries.length / STAGE_SAMPLE));
  const sample = entries.filter((_, position) => position % step === 0).slice(0, STAGE_SAMPLE);
  settle();
  const { notes: count, stages } = parseStages(sample, SETTINGS);
  for (const stage of stages) {
    row({ section: "parse stages", measure: stage.name, size: `${formatCount(count)} of ${size}`, cpuMs: stage.ms, runs: 3, rate: `${((stage.ms / count) * 1000).toFixed(0)} us/note`, ratio: `${percent(stage.share)} of parseNote` });
  }
  json[`parse-stages-${vault.size}`] = { notes: count, stages };
}

// -------------------------------------------------------------------------------------------------------
// 2. Duplicate detection

/**
 * One timed whole-vault scan, started as a user's first scan is: with names the program has not met. Otherwise
 * runs after the first answer from memory, and a median of warm runs at one size against a cold run at another
 * is no growth figure. Timed as analyzeDuplicates (findDuplicates is its `.groups`), which also gives the
 * blocking statistics.
 */
function coldFind(input: DupeInput): Timed<ReturnType<typeof analyzeDuplicates>> {
  forgetEveryAnswer();
  settle();
  return timeSync(() => analyzeDuplicates(input));
}

interface DupesResult {
  people: number;
  scan: Sampled;
  find: Sampled;
  /** Kept for the paired growth runs, which come after every size's section. */
  input: DupeInput;
  /**
   * The vault's index, held only so that the paired runs find the heap a user's scan finds (`rapport dupes`
   * loads the vault, then scans with its index alive): at 100k it is 150 MB that every full collection marks.
   */
  index: VaultIndex;
}

const dupesResults: DupesResult[] = [];

function dupeInput(index: VaultIndex): DupeInput {
  return { people: index.people(), meetings: index.meetings(), projects: index.projects(), notSamePerson: [] };
}

async function dupesSection(people: number, withRelationships: boolean, withBaseline: boolean): Promise<void> {
  const size = `${formatCount(people)} people`;
  log(`duplicate detection at ${size}`);
  const vault = await materialise(people, `dupes-${people}`);
  const scanCount = runsFor(people, 3, 1);
  const heapBase = heapUsed();
  const scanned = await scanRuns(vault.dir, scanCount);
  const index = scanned.index;
  const scan = scanned.scan;
  const heapWithIndex = heapUsed();
  const indexHeap = heapBase === undefined || heapWithIndex === undefined ? undefined : heapWithIndex - heapBase;
  row({ section: "dupes", measure: "plain scan (loadVault) of the same vault", size, ms: scan.median, cpuMs: scan.cpuMedian, runs: scan.runs, rate: perSecond(index.paths().length, scan.median, "notes") });

  const input = dupeInput(index);
  const findRuns = runsFor(people, 5, 3);
  const finds: number[] = [];
  const findsCpu: number[] = [];
  let groups: DupeGroup[] = [];
  let stats: DupeStats | undefined;
  for (let run = 0; run < findRuns && !overBudget(finds); run++) {
    const timed = coldFind(input);
    finds.push(timed.ms);
    findsCpu.push(timed.cpuMs);
    ({ groups, stats } = timed.value);
  }
  const find = sampled(finds, findsCpu);
  const findRatio = ratio(find.median, scan.median);
  const findCpu = find.cpuMedian ?? find.median;
  row({
    section: "dupes",
    measure: "findDuplicates (whole vault; timed as analyzeDuplicates)",
    size,
    ms: find.median,
    cpuMs: find.cpuMedian,
    runs: find.runs,
    rate: `${perSecond(people, find.median, "people")}${find.runs > 1 ? `; first run ${formatMs(finds[0])}, max ${formatMs(find.max)}` : ""}`,
    ratio: `${x(findRatio)} scan (scan + find: ${x(1 + findRatio)})`,
    ...target("<= 1.5x scan", findRatio <= 1.5, findCpu / (scan.cpuMedian ?? scan.median) <= 1.5),
  });
  if (people >= 100_000) {
    // Every run must be under 10 s, the slowest included: a user runs it once.
    const slowestCpu = Math.max(...findsCpu);
    row({ section: "dupes", measure: "findDuplicates at 100k people, slowest run", size, ms: find.max, cpuMs: slowestCpu, runs: find.runs, ...target("< 10 s", find.max < 10_000, slowestCpu < 10_000) });
  }
  dupesResults.push({ people, scan, find, input, index });

  let baselineJson: unknown;
  if (withBaseline) baselineJson = baselineRow(input, find.median, stats?.comparedPairs ?? 0, size);

  const accuracy = syntheticAccuracy(groups, vault.truth, index, size);

  // The live index: built once, then one changed note re-checked at a time.
  settle();
  const heapBefore = heapUsed();
  const built = timeSync(() => new DuplicateIndex(input));
  const live = built.value;
  const heapAfter = heapUsed();
  const liveHeap = heapBefore === undefined || heapAfter === undefined ? undefined : heapAfter - heapBefore;
  row({ section: "dupes", measure: "DuplicateIndex build", size, ms: built.ms, cpuMs: built.cpuMs, runs: 1, heapBytes: liveHeap });
  const recheck = recheckTimes(live, index, vault.truth);
  row({
    section: "dupes",
    measure: `re-check one changed note (upsert + candidatesFor), ${recheck.runs < recheck.planned ? `${recheck.runs} of ${recheck.planned} (time cap)` : `median of ${recheck.runs}`}`,
    size,
    ms: recheck.median,
    cpuMs: recheck.cpuMedian,
    runs: recheck.runs,
    rate: `upsert ${formatMs(recheck.upsertMedian)} + candidatesFor ${formatMs(recheck.candidatesMedian)}; p95 ${formatMs(percentile(recheck.samples, 0.95))}, max ${formatMs(recheck.max)}`,
    ...target("< 10 ms", recheck.median < 10, (recheck.cpuMedian ?? recheck.median) < 10),
  });
  if (recheck.max > 100) notes.push(`${size}: slowest re-check ${recheck.slowest}`);
  row({ section: "memory", measure: "VaultIndex after loadVault (heap delta)", size, heapBytes: indexHeap, ratio: indexHeap === undefined ? undefined : `${x(indexHeap / vault.counts.bytes)} note bytes` });
  if (liveHeap !== undefined) row({ section: "memory", measure: "DuplicateIndex on top of it", size, heapBytes: liveHeap });

  json[`dupes-${people}`] = {
    counts: vault.counts,
    scan,
    find,
    findToScan: findRatio,
    stats,
    groups: groups.length,
    accuracy,
    baseline: baselineJson,
    duplicateIndex: { buildMs: built.ms, heapBytes: liveHeap, recheck },
    heapDeltaIndexBytes: indexHeap,
    heapUsedWithIndexBytes: heapWithIndex,
  };

  if (withRelationships) await relationshipsSection(index, vault, size);
  await rm(vault.dir, { recursive: true, force: true });
}

/** Timed plain scans; only the last index is kept (see parseRuns on stale registers). */
async function scanRuns(dir: string, runs: number): Promise<{ scan: Sampled; index: VaultIndex }> {
  const samples: number[] = [];
  const cpu: number[] = [];
  let index: VaultIndex | undefined;
  for (let run = 0; run < runs && !overBudget(samples); run++) {
    index = undefined;
    settle();
    const timed = await timeAsync(() => loadVault(dir, SETTINGS));
    samples.push(timed.ms);
    cpu.push(timed.cpuMs);
    index = timed.value;
  }
  if (!index) throw new Error("no scan ran");
  return { scan: sampled(samples, cpu), index };
}

/**
 * The all-pairs baseline (src/core/dupes/baseline.ts) on an evenly spread sample of the vault's people, timed
 * and extrapolated to the whole vault by pair count: running it on 10k people (50M pairs) takes many minutes.
 */
function baselineRow(input: DupeInput, findMs: number, comparedPairs: number, size: string): unknown {
  const people = input.people;
  const sampleSize = Math.min(people.length, BASELINE_SAMPLE);
  const step = people.length / sampleSize;
  const sample = Array.from({ length: sampleSize }, (_, position) => people[Math.floor(position * step)]).filter((person): person is PersonRecord => person !== undefined);
  settle();
  const timed = timeSync(() => allPairsBaseline(sample));
  const measuredPairs = timed.value.comparedPairs;
  const fullNamed = measuredPairs === 0 ? 0 : (1 + Math.sqrt(1 + 8 * measuredPairs)) / 2 / sampleSize; // share of people with a full name
  const allPairs = ((fullNamed * people.length) * (fullNamed * people.length - 1)) / 2;
  const perPair = timed.ms / Math.max(1, measuredPairs);
  const extrapolated = perPair * allPairs;
  const exact = sampleSize === people.length;
  row({
    section: "dupes",
    measure: exact ? "all-pairs baseline (allPairsBaseline), 1 run" : `all-pairs baseline, extrapolated from ${formatCount(sampleSize)} people (${formatMs(timed.ms)} for ${formatCount(measuredPairs)} pairs)`,
    size,
    ms: extrapolated,
    cpuMs: exact ? timed.cpuMs : (timed.cpuMs / Math.max(1, measuredPairs)) * allPairs,
    runs: 1,
    rate: `${(perPair * 1000).toFixed(1)} us/pair; ${Math.round(allPairs).toLocaleString("en-US")} pairs vs ${comparedPairs.toLocaleString("en-US")} blocked`,
    ratio: `findDuplicates ${x(ratio(extrapolated, findMs))} faster`,
  });
  return { sampleSize, sampleMs: timed.ms, sampleComparedPairs: measuredPairs, sampleAcceptedPairs: timed.value.acceptedPairs.length, perPairMs: perPair, allPairs, extrapolatedMs: extrapolated, exact };
}

interface Rechecks extends Sampled {
  /** Medians of the two halves of a re-check. */
  upsertMedian: number;
  candidatesMedian: number;
  slowest: string;
  planned: number;
}

/**
 * Up to 50 notes (twins first, then people spread over the vault), each changed, upserted and queried;
 * stopped early once the re-checks took MEASURE_BUDGET_MS in all.
 */
function recheckTimes(live: DuplicateIndex, index: VaultIndex, truth: GroundTruth): Rechecks {
  const people = index.people();
  const twinPaths = truth.twins.map((twin) => twin.path).slice(0, RECHECKS / 2);
  const step = Math.max(1, Math.floor(people.length / (RECHECKS - twinPaths.length + 5)));
  const spread = people.filter((_, position) => position % step === 0).map((person) => person.path);
  const chosen = [...new Set([...twinPaths, ...spread])].filter((notePath) => index.record(notePath)?.kind === "person").slice(0, RECHECKS);
  const samples: number[] = [];
  const cpu: number[] = [];
  const upserts: number[] = [];
  const queries: number[] = [];
  let slowest = "";
  chosen.forEach((notePath, position) => {
    const record = index.record(notePath);
    if (record?.kind !== "person" || overBudget(samples)) return;
    const changed: PersonRecord =
      position % 2 === 0
        ? { ...record, company: `${record.company ?? "Unknown"} Holdings` }
        : { ...record, aliases: [...record.aliases, record.title.split(" ")[0] ?? record.title] };
    const upsert = timeSync(() => live.upsert(changed));
    const query = timeSync(() => live.candidatesFor(notePath));
    const ms = upsert.ms + query.ms;
    samples.push(ms);
    cpu.push(upsert.cpuMs + query.cpuMs);
    upserts.push(upsert.ms);
    queries.push(query.ms);
    if (ms >= Math.max(...samples)) slowest = `${notePath}: upsert ${formatMs(upsert.ms)}, candidatesFor ${formatMs(query.ms)}`;
    // Restoring the note is a second change: its put-off work is done here, or the next sample would pay for it.
    live.upsert(record);
    live.settle();
  });
  return { ...sampled(samples, cpu), upsertMedian: median(upserts), candidatesMedian: median(queries), slowest, planned: chosen.length };
}

interface Accuracy extends PairScore {
  byKind: Record<string, { twins: number; found: number; recall: number }>;
  suggest: PairScore;
  falsePositives: string[];
  missed: string[];
}

function syntheticAccuracy(groups: readonly DupeGroup[], truth: GroundTruth, index: VaultIndex, size: string): Accuracy {
  const predicted = pairsOfGroups(groups);
  const truePairs = truePairsOf(truth.identityOf);
  const score = scorePairs(predicted, truePairs);
  const suggest = scorePairs(pairsOfGroups(groups.filter((group) => group.band === "suggest")), truePairs);
  const byKind: Accuracy["byKind"] = {};
  const missed: string[] = [];
  const title = (notePath: string) => index.record(notePath)?.title ?? notePath;
  for (const kind of TWIN_KINDS) {
    const twins = truth.twins.filter((twin) => twin.kind === kind);
    const found = twins.filter((twin) => predicted.has(pairKey(twin.path, twin.of)));
    byKind[kind] = { twins: twins.length, found: found.length, recall: twins.length === 0 ? 1 : found.length / twins.length };
    const miss = twins.find((twin) => !predicted.has(pairKey(twin.path, twin.of)));
    if (miss) missed.push(`${miss.of} ~ ${miss.path}`);
  }
  const falsePositives = [...predicted]
    .filter((pair) => !truePairs.has(pair))
    .slice(0, 8)
    .map((pair) => pair.split("\u0000").map(title).join(" ~ "));
  row({
    section: "accuracy",
    measure: "synthetic ground truth",
    size,
    rate: `precision ${percent(score.precision)}, recall ${percent(score.recall)}`,
    ratio: `${score.correct} of ${score.predicted} proposed pairs right, ${score.truePairs} true pairs; 'suggest' band alone: precision ${percent(suggest.precision)}, recall ${percent(suggest.recall)}`,
  });
  details.push(
    `${size}, recall by twin kind: ${TWIN_KINDS.map((kind) => `${kind} ${percent(byKind[kind]?.recall ?? 0)} (${byKind[kind]?.found}/${byKind[kind]?.twins})`).join(", ")}`,
  );
  if (falsePositives.length > 0) details.push(`${size}, wrongly proposed (first ${Math.min(4, falsePositives.length)}): ${falsePositives.slice(0, 4).join("; ")}`);
  if (missed.length > 0) details.push(`${size}, missed (one per kind): ${missed.map((pair) => pair.split(" ~ ").map((notePath) => title(notePath)).join(" ~ ")).join("; ")}`);
  return { ...score, byKind, suggest, falsePositives, missed };
}

// -------------------------------------------------------------------------------------------------------
// 3. Relationships

async function relationshipsSection(index: VaultIndex, vault: OnDisk, size: string): Promise<void> {
  log(`relationships at ${size}`);
  // As `rapport last-contact` does: the text of every person note without problems.
  const texts = new Map<string, string>();
  for (const person of index.people()) {
    if ((index.get(person.path)?.problems.length ?? 0) > 0) continue;
    texts.set(person.path, await readFile(path.join(vault.dir, person.path), "utf8"));
  }
  const graphs: number[] = [];
  const plans: number[] = [];
  const graphsCpu: number[] = [];
  const plansCpu: number[] = [];
  let changes = 0;
  let graph: RelationshipGraph | undefined;
  for (let run = 0; run < RELATIONSHIP_RUNS && !overBudget([...graphs, ...plans]); run++) {
    settle();
    const built = timeSync(() => new RelationshipGraph(index));
    graphs.push(built.ms);
    graphsCpu.push(built.cpuMs);
    graph = built.value;
    const planned = timeSync(() => planLastContact(built.value, texts, TODAY));
    plans.push(planned.ms);
    plansCpu.push(planned.cpuMs);
    changes = planned.value.changes.length;
  }
  if (!graph) return;
  const [g, p] = [sampled(graphs, graphsCpu), sampled(plans, plansCpu)];
  const total = g.median + p.median;
  const totalCpu = (g.cpuMedian ?? g.median) + (p.cpuMedian ?? p.median);
  row({ section: "relationships", measure: "RelationshipGraph build", size, ms: g.median, cpuMs: g.cpuMedian, runs: g.runs });
  row({ section: "relationships", measure: `planLastContact (${formatCount(changes)} changes planned)`, size, ms: p.median, cpuMs: p.cpuMedian, runs: p.runs });
  row({ section: "relationships", measure: "last_contact refresh planning: graph + plan", size, ms: total, cpuMs: totalCpu, runs: p.runs, ...target("< 2 s", total < 2000, totalCpu < 2000) });

  const hub = vault.truth.hub;
  const built = graph;
  const summaries: number[] = [];
  const summariesCpu: number[] = [];
  let meetings = 0;
  for (let run = 0; run < SUMMARY_RUNS; run++) {
    const timed = timeSync(() => personSummary(built, hub, { today: TODAY, staleAfterDays: SETTINGS.staleAfterDays }));
    summaries.push(timed.ms);
    summariesCpu.push(timed.cpuMs);
    meetings = timed.value?.meetings.length ?? 0;
  }
  const s = sampled(summaries, summariesCpu);
  row({
    section: "relationships",
    measure: `personSummary, a person with ${meetings} meetings`,
    size,
    ms: s.median,
    cpuMs: s.cpuMedian,
    runs: SUMMARY_RUNS,
    rate: `first run ${formatMs(summaries[0])}, max ${formatMs(s.max)}`,
    ...target("< 50 ms", s.median < 50, (s.cpuMedian ?? s.median) < 50),
  });
  if (meetings !== vault.truth.hubMeetings) notes.push(`personSummary listed ${meetings} meetings for ${hub}; the generator gave them ${vault.truth.hubMeetings}`);
  json[`relationships-${vault.counts.people}`] = { graph: g, plan: p, changes, summary: s, summaryMeetings: meetings, hub };
}

// -------------------------------------------------------------------------------------------------------
// 4. The labelled set

async function labelledSection(): Promise<void> {
  log("labelled set");
  const labelled = JSON.parse(await readFile(LABELLED, "utf8")) as LabelledSet;
  const input = recordsFromLabelled(labelled);
  const groups = timeSync(() => findDuplicates(input));
  const result = evaluate(groups.value, labelled.pairs);
  // evaluate() scores labelled pairs only; the labelled set treats every unlabelled pair as different people.
  const labelledKeys = new Set(labelled.pairs.map((pair) => pairKey(pair.a, pair.b)));
  const unlabelledProposed = [...pairsOfGroups(groups.value)].filter((pair) => !labelledKeys.has(pair));
  row({
    section: "accuracy",
    measure: "labelled set (src/core/dupes/evaluate.ts)",
    size: `${labelled.pairs.length} pairs`,
    rate: `precision ${percent(result.precision)}, recall ${percent(result.recall)}`,
    ratio: `TP ${result.truePositives}, FP ${result.falsePositives}, FN ${result.falseNegatives}; ${unlabelledProposed.length} unlabelled pairs proposed (${formatMs(groups.ms)})`,
  });
  const byCategory: Record<string, { missed: number; wronglyProposed: number }> = {};
  for (const pair of result.missed) (byCategory[pair.category] ??= { missed: 0, wronglyProposed: 0 }).missed++;
  for (const pair of result.wronglyProposed) (byCategory[pair.category] ??= { missed: 0, wronglyProposed: 0 }).wronglyProposed++;
  const categories = Object.entries(byCategory).map(([category, { missed, wronglyProposed }]) => `${category}${missed ? ` ${missed} missed` : ""}${wronglyProposed ? ` ${wronglyProposed} wrongly proposed` : ""}`);
  if (categories.length > 0) details.push(`labelled set, errors by category: ${categories.join(", ")}`);
  json.labelled = {
    precision: result.precision,
    recall: result.recall,
    truePositives: result.truePositives,
    falsePositives: result.falsePositives,
    falseNegatives: result.falseNegatives,
    byCategory,
    missed: result.missed,
    wronglyProposed: result.wronglyProposed,
    unlabelledProposed: unlabelledProposed.map((pair) => pair.split("\u0000")),
  };
}

// -------------------------------------------------------------------------------------------------------

/**
 * Growth between sizes from paired runs: each run at the larger size between four at the smaller (two before,
 * two after), as the ratio of its time to their median, and the median of those ratios. This host's speed
 * drifts by a quarter over minutes, and the sections run a minute or two apart, so the ratio of the sections'
 * medians (printed beside it) partly measures the drift; the pairs share their moment. Both sizes' inputs are
 * held the whole time; holding the larger one does not slow the smaller (measured: 463-519 against 498-566 ms).
 */
function growthSection(): void {
  const sorted = [...dupesResults].sort((a, b) => a.people - b.people);
  for (let i = 1; i < sorted.length; i++) {
    const small = sorted[i - 1];
    const large = sorted[i];
    if (!small || !large) continue;
    const peopleGrowth = large.people / small.people;
    const limit = 1.2 * peopleGrowth;
    const paired = pairedGrowth(small.input, large.input);
    const timeGrowth = median(paired.wall);
    const cpuGrowth = median(paired.cpu);
    const sectionGrowth = large.find.median / small.find.median;
    row({
      section: "dupes",
      measure: `findDuplicates growth ${formatCount(small.people)} -> ${formatCount(large.people)} people (${peopleGrowth}x people), median of ${paired.wall.length} paired runs`,
      size: "-",
      ratio: `${x(timeGrowth)} wall, ${x(cpuGrowth)} cpu (pairs ${paired.wall.map(x).join(", ")}; section medians ${x(sectionGrowth)})`,
      ...target(`<= ${limit.toFixed(0)}x`, timeGrowth <= limit, cpuGrowth <= limit),
    });
    json[`growth-${small.people}-${large.people}`] = {
      peopleGrowth,
      pairedWall: paired.wall,
      pairedCpu: paired.cpu,
      pairedLargeMs: paired.largeMs, // beside the section's runs at that size: the pairs run in the same heap
      timeGrowth,
      cpuGrowth,
      sectionTimeGrowth: sectionGrowth,
      sectionCpuGrowth: (large.find.cpuMedian ?? large.find.median) / (small.find.cpuMedian ?? small.find.median),
      scanGrowth: large.scan.median / small.scan.median,
    };
  }
}

/** Five: one pair can land on a slow moment of the host (9.8x-13.4x over twelve pairs of one build); the median of five rarely does. */
const GROWTH_PAIRS = 5;

/** Not cut by the 30-second budget of other measures: five pairs whatever they take (about 45 s at 100k). */
function pairedGrowth(small: DupeInput, large: DupeInput): { wall: number[]; cpu: number[]; largeMs: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  const largeMs: number[] = [];
  for (let pair = 0; pair < GROWTH_PAIRS; pair++) {
    const before = [coldFind(small), coldFind(small)];
    const big = coldFind(large);
    const around = [...before, coldFind(small), coldFind(small)];
    largeMs.push(big.ms);
    wall.push(big.ms / median(around.map((run) => run.ms)));
    cpu.push(big.cpuMs / median(around.map((run) => run.cpuMs)));
  }
  return { wall, cpu, largeMs };
}

async function main(): Promise<void> {
  if (!canMeasureHeap) notes.push("heap figures need node --expose-gc (npm run bench passes it)");
  log(`Rapport bench: sizes ${SIZES.join(", ")}${QUICK ? " (BENCH_QUICK)" : ""}, seed ${SEED}, node ${process.version}, ${os.cpus().length} cores, load ${loadText()}`);
  loadAtStart = os.loadavg();
  const relationshipsAt = SIZES.includes(10_000) ? 10_000 : SIZES[0];
  const baselineAt = SIZES.filter((size) => size <= 10_000).pop();
  const sections: [string, () => Promise<void>][] = [
    ...(SECTIONS.has("parse") ? SIZES.map((size): [string, () => Promise<void>] => [`parse ${size}`, () => parseSection(size, size === SIZES[0])]) : []),
    ...(SECTIONS.has("dupes") ? SIZES.map((size): [string, () => Promise<void>] => [`dupes ${size}`, () => dupesSection(size, size === relationshipsAt, size === baselineAt)]) : []),
    ...(SECTIONS.has("labelled") ? [["labelled", labelledSection] as [string, () => Promise<void>]] : []),
  ];
  for (const [name, run] of sections) {
    try {
      await run();
    } catch (error) {
      const message = (error as Error).stack ?? String(error);
      row({ section: "error", measure: `${name} failed: ${(error as Error).message}`, size: "-" });
      notes.push(`${name} failed: ${message.split("\n").slice(0, 4).join(" | ")}`);
    }
    settle();
  }
  if (dupesResults.length > 1) {
    log("growth between sizes, paired runs");
    growthSection();
  }
  print();
  await save();
}

let loadAtStart: number[] = [];

const loadText = (load = os.loadavg()) => load.map((value) => value.toFixed(1)).join(" ");

function print(): void {
  const busiest = Math.max(loadAtStart[0] ?? 0, os.loadavg()[0] ?? 0);
  if (busiest > os.cpus().length) {
    notes.push(`the machine was busy (1-minute load up to ${busiest.toFixed(1)} on ${os.cpus().length} cores): absolute times are inflated; ratios within one run are steadier`);
  }
  const header = ["section", "measure", "size", "median", "cpu", "runs", "rate", "ratio", "heap", "target"];
  const body = rows
    .filter((entry) => entry.section !== "accuracy")
    .map((entry) => [
      entry.section,
      entry.measure,
      entry.size,
      formatMs(entry.ms),
      formatMs(entry.cpuMs),
      entry.runs === undefined ? "-" : String(entry.runs),
      entry.rate ?? "",
      entry.ratio ?? "",
      entry.heapBytes === undefined ? "" : formatBytes(entry.heapBytes),
      entry.target ?? "",
    ]);
  const out = [
    "",
    `Rapport bench — node ${process.version}, ${os.cpus().length} cores, ${formatBytes(os.totalmem())} RAM, load ${loadText(loadAtStart)} at start / ${loadText()} at end, seed ${SEED}, sizes ${SIZES.join(", ")}${QUICK ? " (quick)" : ""}`,
    "Times are medians of the runs shown (warm page cache): wall time, and the process's CPU time (user + system, all threads), which a busy",
    "machine inflates less. Heap is heapUsed after global.gc(). Ratios compare runs in this process, on wall time.",
    "",
    table(header, body),
    "",
    "Accuracy of duplicate detection, pairwise (every two notes in one proposed group are a proposed pair):",
    ...rows.filter((entry) => entry.section === "accuracy").map((entry) => `- ${entry.measure}, ${entry.size}: ${entry.rate ?? ""}${entry.ratio ? `; ${entry.ratio}` : ""}`),
    ...details.map((line) => `  ${line}`),
  ];
  if (notes.length > 0) out.push("", "Notes:", ...notes.map((note) => `- ${note}`));
  const missed = rows.filter((entry) => entry.pass === false).length;
  const checked = rows.filter((entry) => entry.pass !== undefined).length;
  out.push("", `${checked - missed} of ${checked} targets met. Total ${formatMs(performance.now() - started)}. Figures: ${OUTPUT}`);
  process.stdout.write(out.join("\n") + "\n");
}

async function save(): Promise<void> {
  const report = {
    meta: { node: process.version, cores: os.cpus().length, loadAverageAtStart: loadAtStart, loadAverageAtEnd: os.loadavg(), totalMemBytes: os.totalmem(), platform: `${os.platform()} ${os.arch()}`, seed: SEED, sizes: SIZES, quick: QUICK, today: TODAY, date: new Date().toISOString(), totalMs: performance.now() - started },
    rows,
    notes,
    ...json,
  };
  await mkdir(path.dirname(OUTPUT), { recursive: true });
  await writeFile(OUTPUT, JSON.stringify(report, null, 2) + "\n", "utf8");
}

async function cleanUp(): Promise<void> {
  if (tempRoot) await rm(tempRoot, { recursive: true, force: true });
}

for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
  process.once(signal, () => {
    void cleanUp().finally(() => process.exit(code));
  });
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
