import * as z from "zod/mini";

/**
 * Rapport's settings and remembered decisions, stored in the plugin's data.json (`loadData`/`saveData`).
 * The CLI reads and writes the same file, so both shells share "not the same person" decisions.
 */
const typeList = (defaults: string[]) => z._default(z.array(z.string().check(z.trim(), z.minLength(1))), () => [...defaults]);
const folderList = z._default(z.array(z.string()), () => []);

export const settingsSchema = z.object({
  /** Front matter `type` values that make a note a person, project or meeting (compared case-insensitively). */
  personTypes: typeList(["people", "person"]),
  projectTypes: typeList(["projects", "project"]),
  meetingTypes: typeList(["meeting", "customer", "1on1"]),
  /** Only these folders are read (empty: the whole vault). */
  includeFolders: folderList,
  /** Never read these folders. */
  excludeFolders: folderList,
  /** Last contact older than this many days is marked in the panel. */
  staleAfterDays: z._default(z.int().check(z.gte(1), z.lte(3650)), 90),
});

export type Settings = z.infer<typeof settingsSchema>;

/** One "not the same person" decision: the two note paths, sorted. */
export const distinctPairSchema = z.tuple([z.string(), z.string()]);

export const pluginDataSchema = z.object({
  settings: z._default(settingsSchema, () => settingsSchema.parse({})),
  notSamePerson: z._default(z.array(distinctPairSchema), () => []),
});

export type PluginData = z.infer<typeof pluginDataSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Reads stored data leniently: an unreadable field falls back to its default instead of losing the rest. */
export function readPluginData(raw: unknown): { data: PluginData; problems: string[] } {
  const parsed = pluginDataSchema.safeParse(raw ?? {});
  if (parsed.success) return { data: parsed.data, problems: [] };
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "data"}: ${issue.message}`);
  const source = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const settingsSource = (typeof source.settings === "object" && source.settings !== null ? source.settings : {}) as Record<string, unknown>;
  const settings: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(settingsSchema.shape)) {
    const one = field.safeParse(settingsSource[key]);
    if (one.success) settings[key] = one.data;
  }
  const pairs = z.array(z.unknown()).safeParse(source.notSamePerson);
  const notSamePerson = pairs.success ? pairs.data.filter((pair) => distinctPairSchema.safeParse(pair).success) : [];
  return { data: pluginDataSchema.parse({ settings, notSamePerson }), problems };
}

/** True when a vault-relative path is inside the folders the settings let Rapport read. */
export function isPathIncluded(path: string, settings: Settings): boolean {
  const inFolder = (folder: string) => {
    const clean = folder.replace(/^\/+|\/+$/g, "");
    return clean === "" || path === clean || path.startsWith(clean + "/");
  };
  if (settings.excludeFolders.some((folder) => folder.trim() !== "" && inFolder(folder))) return false;
  const included = settings.includeFolders.filter((folder) => folder.trim() !== "");
  return included.length === 0 || included.some(inFolder);
}
