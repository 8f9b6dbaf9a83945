import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { readPluginData, type PluginData } from "../core/settings/settings";
import { pluginDir } from "./fs-store";

/** The plugin's data.json, shared with Obsidian: settings and "not the same person" decisions. */

export async function loadPluginData(vault: string, configDir?: string): Promise<{ data: PluginData; raw: Record<string, unknown>; problems: string[] }> {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(await readFile(path.join(pluginDir(vault, configDir), "data.json"), "utf8"));
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) raw = parsed as Record<string, unknown>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") return { ...readPluginData({}), raw, problems: [`data.json could not be read: ${(error as Error).message}`] };
  }
  return { ...readPluginData(raw), raw };
}

/** Writes back only Rapport's keys, keeping anything else a newer plugin version may have stored. */
export async function savePluginData(vault: string, raw: Record<string, unknown>, data: PluginData, configDir?: string): Promise<void> {
  const dir = pluginDir(vault, configDir);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "data.json"), JSON.stringify({ ...raw, ...data }, null, 2) + "\n", "utf8");
}
