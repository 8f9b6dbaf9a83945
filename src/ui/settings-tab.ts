import { PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import { settingsSchema, type Settings } from "../core/settings/settings";

/** The settings a user can change: which note types count, which folders are read, when contact is stale. */

export interface SettingsHost {
  settings(): Settings;
  updateSettings(change: Partial<Settings>): Promise<void>;
}

export class RapportSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    plugin: Plugin,
    private readonly host: SettingsHost,
  ) {
    super(app, plugin);
  }

  override display(): void {
    const { containerEl } = this;
    containerEl.empty();
    this.listSetting("Person note types", "Values of the `type` property that make a note a person, separated by commas.", "personTypes");
    this.listSetting("Project note types", "Values of `type` that make a note a project.", "projectTypes");
    this.listSetting("Meeting note types", "Values of `type` that make a note a meeting.", "meetingTypes");
    this.listSetting("Folders to include", "Only notes in these folders are read. Leave empty for the whole vault.", "includeFolders");
    this.listSetting("Folders to leave out", "Notes in these folders are never read.", "excludeFolders");
    new Setting(containerEl)
      .setName("Stale after (days)")
      .setDesc("Last contact older than this is marked in the relationship panel.")
      .addText((text) =>
        text.setValue(String(this.host.settings().staleAfterDays)).onChange(async (value) => {
          const parsed = settingsSchema.shape.staleAfterDays.safeParse(Number(value));
          if (parsed.success) await this.host.updateSettings({ staleAfterDays: parsed.data });
        }),
      );
  }

  private listSetting(name: string, description: string, key: "personTypes" | "projectTypes" | "meetingTypes" | "includeFolders" | "excludeFolders"): void {
    new Setting(this.containerEl)
      .setName(name)
      .setDesc(description)
      .addText((text) =>
        text.setValue(this.host.settings()[key].join(", ")).onChange(async (value) => {
          const list = value.split(",").map((item) => item.trim()).filter(Boolean);
          const parsed = settingsSchema.shape[key].safeParse(list);
          if (parsed.success) await this.host.updateSettings({ [key]: parsed.data });
        }),
      );
  }
}
