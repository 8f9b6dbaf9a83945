import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { expect } from "vitest";

/** Builds the `rapport` CLI when dist/cli.cjs is missing or older than the sources, and runs it as a user would. */

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = path.join(REPO_ROOT, "bin", "rapport.cjs");
const CLI = path.join(REPO_ROOT, "dist", "cli.cjs");

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  return existsSync(CLI) && statSync(CLI).mtimeMs >= newestSourceTime(path.join(REPO_ROOT, "src"));
}

/**
 * The project's own build first (`node esbuild.config.mjs production`). Another part of it (the plugin, the
 * benchmark) may not build while the tree is being worked on, so when the CLI is still stale after it, the
 * CLI alone is built with esbuild's API and the options esbuild.config.mjs gives it.
 */
export async function ensureCliBuilt(): Promise<void> {
  if (isFresh()) return;
  const full = spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: REPO_ROOT, encoding: "utf8", timeout: 120_000 });
  if (full.status === 0 && isFresh()) return;
  await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: ["src/cli/main.ts"],
    outfile: "dist/cli.cjs",
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    loader: { ".csv": "text" },
    treeShaking: true,
    minify: false,
    legalComments: "eof",
    logLevel: "silent",
  });
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A failed run as the CLI promises it: the status, nothing on stdout, and one line on stderr. */
export function expectOneLineError(run: CliRun, status: number, pattern: RegExp): void {
  expect(run.status).toBe(status);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(/^rapport: [^\n]+\n$/);
  expect(run.stderr).toMatch(pattern);
}
