/**
 * What a release ships besides the code: manifest.json as the community plugin list requires it, versions.json
 * and version-bump.mjs in the sample plugin's manner, and a minAppVersion that is what the code really needs
 * (the newest `@since` among the Obsidian APIs src/ uses, read from obsidian.d.ts).
 */
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const readJson = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), "utf8")) as Record<string, unknown>;
const manifest = readJson("manifest.json");

describe("manifest.json", () => {
  it("names the plugin and describes it as the plugin list asks", () => {
    expect(manifest.id).toBe("rapport");
    expect(manifest.name).toBe("Rapport");
    const description = String(manifest.description);
    expect(description.length).toBeGreaterThanOrEqual(10);
    expect(description.length).toBeLessThanOrEqual(250);
    expect(description).not.toMatch(/obsidian|plugin/i);
    expect(manifest.isDesktopOnly).toBe(false);
  });

  it("carries package.json's version, and versions.json maps it to the minimum Obsidian version", () => {
    expect(manifest.version).toBe(readJson("package.json").version);
    expect(readJson("versions.json")[String(manifest.version)]).toBe(manifest.minAppVersion);
  });

  it("asks for the Obsidian version the code needs: the newest @since among the APIs src/ uses", () => {
    const { newest, api } = newestObsidianApiUsed();
    expect(api.length).toBeGreaterThan(20); // the walk found the API, not nothing
    expect(manifest.minAppVersion, `the newest API src/ uses is ${newest.name}, since ${newest.since}`).toBe(newest.since);
  });
});

describe("version-bump.mjs (run by `npm version`)", () => {
  it("writes the new version into manifest.json, keeping its other fields in order, and adds it to versions.json", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rapport-bump-"));
    try {
      for (const file of ["manifest.json", "versions.json", "version-bump.mjs"]) copyFileSync(path.join(ROOT, file), path.join(dir, file));
      execFileSync(process.execPath, ["version-bump.mjs"], { cwd: dir, env: { ...process.env, npm_package_version: "9.8.7" } });
      const bumped = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as Record<string, unknown>;
      expect(Object.keys(bumped)).toEqual(Object.keys(manifest));
      expect(bumped).toEqual({ ...manifest, version: "9.8.7" });
      const versions = JSON.parse(readFileSync(path.join(dir, "versions.json"), "utf8")) as Record<string, unknown>;
      expect(versions).toEqual({ ...readJson("versions.json"), "9.8.7": manifest.minAppVersion });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

interface ApiUse {
  name: string;
  since: string;
}

/** Every Obsidian API declaration that src/ refers to and that says since when it exists, and the newest of them. */
function newestObsidianApiUsed(): { newest: ApiUse; api: ApiUse[] } {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error("tsconfig.json could not be read");
  const sources = config.fileNames.filter((file) => path.relative(ROOT, file).startsWith(`src${path.sep}`));
  const program = ts.createProgram(sources, config.options);
  const checker = program.getTypeChecker();
  const api = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) for (const use of obsidianSince(checker, node)) api.set(use.name, use.since);
    ts.forEachChild(node, visit);
  };
  for (const file of program.getSourceFiles()) if (sources.includes(file.fileName)) visit(file);
  const uses = [...api].map(([name, since]) => ({ name, since }));
  const newest = uses.reduce((best, use) => (compareVersions(use.since, best.since) > 0 ? use : best), { name: "", since: "0.0.0" });
  return { newest, api: uses };
}

const OBSIDIAN_TYPES = /[\\/]obsidian[\\/]obsidian\.d\.ts$/;

function obsidianSince(checker: ts.TypeChecker, identifier: ts.Identifier): ApiUse[] {
  let symbol = checker.getSymbolAtLocation(identifier);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const uses: ApiUse[] = [];
  for (const declaration of symbol?.declarations ?? []) {
    if (!OBSIDIAN_TYPES.test(declaration.getSourceFile().fileName)) continue;
    for (const tag of ts.getJSDocTags(declaration)) {
      if (tag.tagName.text === "since") uses.push({ name: symbol?.name ?? "", since: ts.getTextOfJSDocComment(tag.comment)?.trim() ?? "" });
    }
  }
  return uses;
}

function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((version) => version.split(".").map(Number));
  for (let part = 0; part < 3; part++) if ((x?.[part] ?? 0) !== (y?.[part] ?? 0)) return (x?.[part] ?? 0) - (y?.[part] ?? 0);
  return 0;
}
