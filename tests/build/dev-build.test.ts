/**
 * `npm run dev` with RAPPORT_VAULT set: the plugin is built into that vault's plugin folder, and rebuilt
 * there when a source changes; styles.css and manifest.json follow when they are saved. Run on a copy of
 * the project (its own src/, build config and assets; node_modules linked), so that the change made here
 * touches no file of the working tree.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const scratch = mkdtempSync(path.join(tmpdir(), "rapport-dev-"));
const project = path.join(scratch, "project");
const vault = path.join(scratch, "vault");
const pluginFolder = path.join(vault, ".obsidian", "plugins", "rapport");
let dev: ChildProcess | undefined;
let output = "";

beforeAll(() => {
  mkdirSync(project);
  mkdirSync(vault);
  for (const entry of ["src", "esbuild.config.mjs", "manifest.json", "styles.css", "package.json", "tsconfig.json"]) {
    cpSync(path.join(ROOT, entry), path.join(project, entry), { recursive: true });
  }
  symlinkSync(path.join(ROOT, "node_modules"), path.join(project, "node_modules"), "dir");
  dev = spawn(process.execPath, ["esbuild.config.mjs", "dev"], { cwd: project, env: { ...process.env, RAPPORT_VAULT: vault }, detached: true });
  dev.stdout?.on("data", (chunk) => (output += String(chunk)));
  dev.stderr?.on("data", (chunk) => (output += String(chunk)));
});

afterAll(() => {
  if (dev?.pid !== undefined && dev.exitCode === null) process.kill(-dev.pid);
  rmSync(scratch, { recursive: true, force: true });
});

/** Polls until `ready` holds: esbuild's watcher and the asset copy both work in the background. */
async function eventually(ready: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000; // under the test timeout, so the message says what never came
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; dev printed:\n${output}`);
    if (dev?.exitCode !== null) throw new Error(`npm run dev stopped (${dev?.exitCode}) before ${what}:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const inVault = (file: string) => path.join(pluginFolder, file);
const readIfThere = (file: string) => (existsSync(file) ? readFileSync(file, "utf8") : "");

describe("npm run dev into RAPPORT_VAULT", () => {
  it("writes main.js, manifest.json and styles.css into the vault's plugin folder", async () => {
    await eventually(() => readIfThere(inVault("main.js")).includes("Rapport"), "main.js in the vault");
    await eventually(() => existsSync(inVault("styles.css")), "styles.css in the vault");
    expect(readFileSync(inVault("manifest.json"), "utf8")).toBe(readFileSync(path.join(ROOT, "manifest.json"), "utf8"));
    expect(readFileSync(inVault("styles.css"), "utf8")).toBe(readFileSync(path.join(ROOT, "styles.css"), "utf8"));
    expect(existsSync(path.join(project, "main.js"))).toBe(false);
  });

  it("rebuilds main.js in the vault when a source changes", async () => {
    await eventually(() => existsSync(inVault("main.js")), "the first build");
    appendFileSync(path.join(project, "src", "main.ts"), '\nexport const DEV_BUILD_PROBE = "rebuilt-after-change";\n');
    await eventually(() => readIfThere(inVault("main.js")).includes("rebuilt-after-change"), "main.js rebuilt with the change");
  });

  it("copies styles.css into the vault again when it is saved", async () => {
    await eventually(() => existsSync(inVault("styles.css")), "the first copy");
    appendFileSync(path.join(project, "styles.css"), "\n.rapport-dev-probe { color: var(--text-accent); }\n");
    await eventually(() => readIfThere(inVault("styles.css")).includes(".rapport-dev-probe"), "styles.css copied again");
  });
});
