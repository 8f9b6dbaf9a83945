import { Plugin } from "obsidian";
import { RapportApp } from "./obsidian/rapport-app";
import { registerCommands } from "./ui/commands";
import { RelationshipView, VIEW_TYPE_RELATIONSHIPS } from "./ui/relationship-view";
import { RapportSettingTab } from "./ui/settings-tab";

/** Lifecycle only: everything Rapport does lives in the core, the adapters and the UI modules. */
export default class RapportPlugin extends Plugin {
  private rapport!: RapportApp;

  override async onload(): Promise<void> {
    this.rapport = new RapportApp(this.app, this);
    await this.rapport.loadData();
    this.registerView(VIEW_TYPE_RELATIONSHIPS, (leaf) => new RelationshipView(leaf, this.rapport));
    this.addSettingTab(new RapportSettingTab(this.app, this, this.rapport));
    registerCommands(this, this.rapport);
    this.app.workspace.onLayoutReady(() => this.rapport.start(this));
  }
}
