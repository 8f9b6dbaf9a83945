/**
 * An in-memory fake of the parts of Obsidian's API that Rapport uses, typed against obsidian.d.ts
 * (see conformance.ts). Import Obsidian's names from here in tests of the fake, or from
 * "obsidian" in plugin code (vitest aliases it to tests/stubs/obsidian.ts, which re-exports this).
 *
 * Plain code: no Node built-ins; DOM only when one exists (else stand-in elements), so it also
 * runs in a `vm` context and bundles for the browser harness.
 */
export { App, asObsidianApp, createFakeApp, type FakeAppOptions } from "./app";
export { MemoryAdapter, type TrashedFile } from "./adapter";
export { Component, isLoaded, whenLoaded } from "./component";
export {
  createDiv,
  createEl,
  createFragment,
  createSpan,
  currentDocument,
  domGlobals,
  hasRealDom,
  installDomHelpers,
  installStandInGlobals,
  textOf,
} from "./dom";
export { Events, setListenerErrorHandler } from "./events";
export { FileManager, rewriteFrontmatter, type FileManagerOptions } from "./file-manager";
export { TAbstractFile, TFile, TFolder } from "./files";
export { Keymap, Scope } from "./keymap";
export { computeMetadata, findFrontmatter, parseFrontmatterYaml } from "./markdown";
export { MetadataCache, type MetadataCacheOptions } from "./metadata-cache";
export { CommandRegistry, Plugin, PluginSettingTab, SettingTab, type PluginRegistrations, type RibbonIcon } from "./plugin";
export { StandInDocument, StandInElement, StandInFragment, StandInNode, StandInText, StandInWindow, standInDocument, standInWindow } from "./stand-in-dom";
export type { WriteFailureOptions, WriteOperation, WriteRecord } from "./store";
export {
  AbstractTextComponent,
  BaseComponent,
  ButtonComponent,
  DropdownComponent,
  ExtraButtonComponent,
  FuzzySuggestModal,
  Modal,
  Notice,
  SearchComponent,
  Setting,
  SliderComponent,
  SuggestModal,
  TextAreaComponent,
  TextComponent,
  ToggleComponent,
  ValueComponent,
  chooseItem,
  chooseSuggestion,
  clickButton,
  enterValue,
  findSetting,
  settingsIn,
  suggestionsOf,
} from "./ui";
export {
  Platform,
  addIcon,
  apiVersion,
  debounce,
  getAllTags,
  getFrontMatterInfo,
  getIconIds,
  getLinkpath,
  normalizePath,
  parseFrontMatterAliases,
  parseFrontMatterTags,
  parseLinktext,
  parseYaml,
  prepareFuzzySearch,
  prepareSimpleSearch,
  requireApiVersion,
  setIcon,
  setTooltip,
  stringifyYaml,
} from "./utilities";
export { Vault, type VaultOptions } from "./vault";
export {
  EmptyView,
  FileView,
  ItemView,
  MarkdownView,
  View,
  Workspace,
  WorkspaceLeaf,
  viewActions,
  type LeafLocation,
  type ViewAction,
  type ViewCreator,
} from "./workspace";
