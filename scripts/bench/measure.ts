/** Timing and heap helpers for the benchmark. Wall-clock times in milliseconds. */

export interface Sampled {
  /** Median wall time. */
  median: number;
  min: number;
  max: number;
  runs: number;
  samples: number[];
  /** Median CPU time of the process (user + system, all threads) over the same runs. */
  cpuMedian?: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The value below which `share` of the samples fall (nearest rank). */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? Number.NaN;
}

export function sampled(samples: number[], cpu?: number[]): Sampled {
  const result: Sampled = { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), runs: samples.length, samples };
  if (cpu && cpu.length > 0) result.cpuMedian = median(cpu);
  return result;
}

export interface Timed<T> {
  /** Wall time. */
  ms: number;
  /** Process CPU time: on a busy machine, closer than wall time to what an idle machine would take. */
  cpuMs: number;
  value: T;
}

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

export function timeSync<T>(work: () => T): Timed<T> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = work();
  const ms = performance.now() - start;
  return { ms, cpuMs: cpuMs(process.cpuUsage(cpu)), value };
}

export async function timeAsync<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await work();
  const ms = performance.now() - start;
  return { ms, cpuMs: cpuMs(process.cpuUsage(cpu)), value };
}

const collect = (globalThis as { gc?: () => void }).gc;

export const canMeasureHeap = typeof collect === "function";

/** Heap in use after full collections; undefined without --expose-gc. */
export function heapUsed(): number | undefined {
  if (!collect) return undefined;
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

/** Collects garbage between runs, so one run's garbage is not charged to the next. */
export function settle(): void {
  collect?.();
}

export const MB = 1024 * 1024;

export function formatMs(ms: number | undefined): string {
  if (ms === undefined || Number.isNaN(ms)) return "-";
  if (ms < 1) return `${ms.toFixed(3)} ms`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  if (ms < 10_000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || Number.isNaN(bytes)) return "-";
  return `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
}

export function formatCount(count: number): string {
  return count >= 1000 && count % 1000 === 0 ? `${count / 1000}k` : count.toLocaleString("en-US");
}

/** A plain text table: columns padded to their widest cell, numbers right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const numeric = header.map((_, column) => rows.every((row) => /^[-\d.,]+( ?[a-zA-Z/%x]+)?$|^-$|^$/.test(row[column] ?? "")));
  const line = (cells: readonly string[], header = false) =>
    cells.map((cell, column) => (numeric[column] && !header ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join("  ").trimEnd();
  return [line(header, true), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map((row) => line(row))].join("\n");
}
