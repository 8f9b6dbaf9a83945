import type { Plugin } from "obsidian";
import { readPluginData, type PluginData } from "../core/settings/settings";

/**
 * Settings and decisions through `loadData`/`saveData`, validated with zod. A field that fails validation falls
 * back to its default rather than losing the rest; keys Rapport does not know are kept on save.
 */
export class PluginDataStore {
  private raw: Record<string, unknown> = {};
  data: PluginData = readPluginData({}).data;

  constructor(private readonly plugin: Plugin) {}

  async load(): Promise<string[]> {
    const stored: unknown = await this.plugin.loadData();
    this.raw = stored && typeof stored === "object" && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
    const { data, problems } = readPluginData(this.raw);
    this.data = data;
    return problems;
  }

  async save(): Promise<void> {
    await this.plugin.saveData({ ...this.raw, ...this.data });
  }
}
