import { readFileSync } from "node:fs";
import path from "node:path";
import { createFakeApp, Notice, type App } from "../fakes/obsidian";
import RapportPlugin from "../../src/main";
import type { RapportApp } from "../../src/obsidian/rapport-app";
import { EXAMPLE_VAULT, readVaultFolder } from "../helpers/vault-fixtures";

export const MANIFEST = JSON.parse(readFileSync(path.resolve(__dirname, "../../manifest.json"), "utf8"));

export interface Loaded {
  app: App;
  plugin: RapportPlugin;
  /** The plugin's RapportApp, reached for assertions only. */
  rapport: RapportApp;
}

/** Loads Rapport into a fake Obsidian over the given notes (the example vault by default), layout not yet ready. */
export async function loadRapport(files: Record<string, string> = readVaultFolder(EXAMPLE_VAULT)): Promise<Loaded> {
  Notice.reset();
  const app = createFakeApp(files);
  const plugin = await app.loadPlugin(RapportPlugin as never, MANIFEST);
  const rapport = (plugin as unknown as { rapport: RapportApp }).rapport;
  return { app, plugin: plugin as unknown as RapportPlugin, rapport };
}

/** Makes the layout ready and waits until the index has read every body it needs. */
export async function startUp({ app, rapport }: Loaded): Promise<void> {
  await app.completeStartup();
  await waitFor(() => rapport.indexService.isReady);
  await settle(app);
}

/** Lets the fake's events, the index's background reads and its debounced notices run out. */
export async function settle(app: App): Promise<void> {
  for (let round = 0; round < 5; round++) {
    await app.metadataCache.settled();
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

export async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out waiting for a condition");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
