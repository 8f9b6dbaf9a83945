/**
 * Type-level checks that the fake keeps Obsidian's names and signatures.
 *
 * Classes Obsidian declares plainly (Vault, TFile, MetadataCache, FileManager, DataAdapter,
 * Events, Component, Scope, Keymap) are checked with a full `implements Obsidian.X`, so the fake
 * is assignable wherever the plugin expects the real type. Classes whose real declaration drags
 * in the whole workspace (View has protected members, which TypeScript compares nominally; a
 * leaf's `parent` is a WorkspaceTabs; App holds a Workspace) are checked member by member with
 * `ConformsTo<Obsidian.X, "a" | "b">`: each listed member must accept Obsidian's parameters and
 * return Obsidian's type, with Obsidian's own App/Workspace/leaf/view/plugin classes read as the
 * fake's. For overloaded methods TypeScript checks the last overload only.
 */
import type * as Obsidian from "obsidian";
import type { App } from "./app";
import type { Plugin, PluginSettingTab } from "./plugin";
import type { Modal } from "./ui";
import type { View, Workspace, WorkspaceLeaf } from "./workspace";

type IsAny<T> = 0 extends 1 & T ? true : false;

/**
 * Obsidian's nominal classes replaced by the fake's, through arrays, promises and functions.
 * `Real` itself (what a `this` return type becomes when a member is looked up) reads as `Self`.
 */
export type Faked<T, Real = never, Self = never> =
  IsAny<T> extends true
    ? T
    : [Self] extends [never]
      ? FakedClass<T, Real, Self>
      : T extends Real
        ? Self
        : FakedClass<T, Real, Self>;

type FakedClass<T, Real, Self> = T extends Obsidian.WorkspaceLeaf
  ? WorkspaceLeaf
  : T extends Obsidian.View
    ? View
    : T extends Obsidian.Workspace
      ? Workspace
      : T extends Obsidian.App
        ? App
        : T extends Obsidian.PluginSettingTab
          ? PluginSettingTab
          : T extends Obsidian.Plugin
            ? Plugin
            : T extends Obsidian.Modal
              ? Modal
              : T extends (...args: infer A) => infer R
                ? (...args: FakedTuple<A, Real, Self>) => Faked<R, Real, Self>
                : T extends abstract new (...args: infer A) => infer R
                  ? abstract new (...args: A) => Faked<R, Real, Self>
                  : T extends Promise<infer V>
                    ? Promise<Faked<V, Real, Self>>
                    : T extends readonly (infer E)[]
                      ? Faked<E, Real, Self>[]
                      : T;

type FakedTuple<A extends unknown[], Real, Self> = { [I in keyof A]: Faked<A[I], Real, Self> };

/**
 * The listed members of an Obsidian class, with its classes read as the fake's (see Faked).
 * Pass the fake class as `Self` when members return `this`.
 */
export type ConformsTo<Real, K extends keyof Real, Self = never> = { [P in K]: Faked<Real[P], Real, Self> };

/**
 * For generic classes, whose members TypeScript cannot check against a type parameter: compiles
 * only if `Fake` (instantiated with a concrete type) conforms to `Real` on the listed members.
 */
export type Conforms<Real, K extends keyof Real, Fake extends ConformsTo<Real, K, Fake>> = Fake;

/** Compiles only if the fake's constructor accepts Obsidian's constructor arguments. */
export type AcceptsConstructorArgs<
  Real extends abstract new (...args: never[]) => unknown,
  Fake extends abstract new (...args: FakedTuple<ConstructorParameters<Real>, never, never>) => unknown,
> = Fake;

// ---- checks that do not fit an `implements` clause (the `_` aliases exist to be type-checked) ----

import type * as Fake from "./index";

/** Generic classes, checked on a concrete instantiation. */
type _GenericClasses = [
  Conforms<
    Obsidian.TextComponent,
    "inputEl" | "disabled" | "then" | "setDisabled" | "getValue" | "setValue" | "setPlaceholder" | "onChanged" | "onChange" | "registerOptionListener",
    Fake.TextComponent
  >,
  Conforms<Obsidian.TextAreaComponent, "inputEl" | "getValue" | "setValue" | "setPlaceholder" | "onChange", Fake.TextAreaComponent>,
  Conforms<Obsidian.SearchComponent, "inputEl" | "clearButtonEl" | "getValue" | "setValue" | "onChange", Fake.SearchComponent>,
  Conforms<
    Obsidian.SuggestModal<string>,
    | "limit"
    | "emptyStateText"
    | "inputEl"
    | "resultContainerEl"
    | "setPlaceholder"
    | "setInstructions"
    | "onNoSuggestion"
    | "selectSuggestion"
    | "selectActiveSuggestion"
    | "getSuggestions"
    | "renderSuggestion"
    | "onChooseSuggestion",
    Fake.SuggestModal<string>
  >,
  Conforms<
    Obsidian.FuzzySuggestModal<string>,
    "getSuggestions" | "renderSuggestion" | "onChooseSuggestion" | "getItems" | "getItemText" | "onChooseItem",
    Fake.FuzzySuggestModal<string>
  >,
];

/** Constructors the plugin calls or extends take Obsidian's arguments. */
type _Constructors = [
  AcceptsConstructorArgs<typeof Obsidian.Notice, typeof Fake.Notice>,
  AcceptsConstructorArgs<typeof Obsidian.Setting, typeof Fake.Setting>,
  AcceptsConstructorArgs<typeof Obsidian.Modal, typeof Fake.Modal>,
  AcceptsConstructorArgs<typeof Obsidian.SuggestModal<string>, typeof Fake.SuggestModal<string>>,
  AcceptsConstructorArgs<typeof Obsidian.FuzzySuggestModal<string>, typeof Fake.FuzzySuggestModal<string>>,
  AcceptsConstructorArgs<typeof Obsidian.Plugin, typeof Fake.Plugin>,
  AcceptsConstructorArgs<typeof Obsidian.PluginSettingTab, typeof Fake.PluginSettingTab>,
  AcceptsConstructorArgs<typeof Obsidian.ItemView, typeof Fake.ItemView>,
  AcceptsConstructorArgs<typeof Obsidian.MarkdownView, typeof Fake.MarkdownView>,
  AcceptsConstructorArgs<typeof Obsidian.TextComponent, typeof Fake.TextComponent>,
  AcceptsConstructorArgs<typeof Obsidian.TextAreaComponent, typeof Fake.TextAreaComponent>,
  AcceptsConstructorArgs<typeof Obsidian.ButtonComponent, typeof Fake.ButtonComponent>,
  AcceptsConstructorArgs<typeof Obsidian.ExtraButtonComponent, typeof Fake.ExtraButtonComponent>,
  AcceptsConstructorArgs<typeof Obsidian.ToggleComponent, typeof Fake.ToggleComponent>,
  AcceptsConstructorArgs<typeof Obsidian.DropdownComponent, typeof Fake.DropdownComponent>,
  AcceptsConstructorArgs<typeof Obsidian.SliderComponent, typeof Fake.SliderComponent>,
  AcceptsConstructorArgs<typeof Obsidian.Scope, typeof Fake.Scope>,
  AcceptsConstructorArgs<typeof Obsidian.Component, typeof Fake.Component>,
  AcceptsConstructorArgs<typeof Obsidian.Events, typeof Fake.Events>,
];

/** Static members. */
type _Statics = [
  Conforms<typeof Obsidian.Keymap, "isModifier" | "isModEvent", typeof Fake.Keymap>,
  Conforms<typeof Obsidian.Vault, "recurseChildren", typeof Fake.Vault>,
];

/** Stand-alone functions and constants. */
type _Functions = Conforms<
  typeof Obsidian,
  | "normalizePath"
  | "debounce"
  | "setIcon"
  | "setTooltip"
  | "addIcon"
  | "getIconIds"
  | "getLinkpath"
  | "parseLinktext"
  | "parseYaml"
  | "stringifyYaml"
  | "getAllTags"
  | "getFrontMatterInfo"
  | "parseFrontMatterTags"
  | "parseFrontMatterAliases"
  | "prepareFuzzySearch"
  | "prepareSimpleSearch"
  | "requireApiVersion"
  | "apiVersion"
  | "Platform",
  typeof Fake
>;
