import type * as Obsidian from "obsidian";
import { parseDocument } from "yaml";
import { TFile, TFolder } from "./files";
import { computeMetadata, findFrontmatter, isPlainObject } from "./markdown";
import type { MetadataCache } from "./metadata-cache";
import { ROOT_PATH, joinPath, normalizePath, splitName } from "./paths";
import { getLinkpath, parseLinktext, stringifyYaml } from "./utilities";
import type { Vault } from "./vault";

export interface FileManagerOptions {
  /**
   * Obsidian's "Automatically update internal links" (default true here): `renameFile` then
   * rewrites links to the renamed file in other notes.
   */
  updateLinksOnRename?: boolean;
}

/** Links in one note that point at a file, by their exact text. */
interface LinksToUpdate {
  sourcePath: string;
  originals: Set<string>;
}

export class FileManager implements Obsidian.FileManager {
  /** Fake-only switch, see FileManagerOptions. */
  updateLinksOnRename: boolean;

  constructor(
    private readonly vault: Vault,
    private readonly metadataCache: MetadataCache,
    options: FileManagerOptions = {},
  ) {
    this.updateLinksOnRename = options.updateLinksOnRename ?? true;
  }

  /** New notes go to the vault root (Obsidian's default "Default location for new notes"). */
  getNewFileParent(_sourcePath: string, _newFilePath?: string): TFolder {
    return this.vault.getRoot();
  }

  /** Renames, then (see `updateLinksOnRename`) rewrites links to the file in other notes. */
  async renameFile(file: Obsidian.TAbstractFile, newPath: string): Promise<void> {
    const oldPath = file.path;
    const toUpdate = this.updateLinksOnRename && file instanceof TFile ? this.#linksTo(file) : [];
    await this.vault.rename(file, normalizePath(newPath));
    for (const { sourcePath, originals } of toUpdate) {
      // A note linking to itself has moved with the rename.
      const source = this.vault.getFileByPath(sourcePath === oldPath ? file.path : sourcePath);
      if (source) await this.vault.process(source, (text) => this.#rewriteLinks(text, originals, file as TFile, source.path));
    }
  }

  /** Obsidian asks the user; the fake answers yes and trashes the file. */
  async promptForDeletion(file: Obsidian.TAbstractFile): Promise<boolean> {
    await this.trashFile(file);
    return true;
  }

  /** Moves the file to the trash (recorded in `vault.trashed`); "delete" fires as for any deletion. */
  async trashFile(file: Obsidian.TAbstractFile): Promise<void> {
    await this.vault.trash(file, true);
  }

  /** A wikilink with the shortest link text that resolves from `sourcePath`; `![[…]]` for a non-note. */
  generateMarkdownLink(file: Obsidian.TFile, sourcePath: string, subpath?: string, alias?: string): string {
    const linktext = this.metadataCache.fileToLinktext(file, sourcePath, true);
    const embed = file.extension === "md" ? "" : "!";
    return `${embed}[[${linktext}${subpath ?? ""}${alias ? `|${alias}` : ""}]]`;
  }

  /**
   * Parses the front matter, lets `fn` mutate it and writes it back in one atomic `process`.
   * Like Obsidian, this re-serializes the whole block (comments and quoting may change), adds a
   * block when there is none, and throws on invalid YAML without writing.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Obsidian's signature: the callback mutates a parsed YAML object of any shape.
  async processFrontMatter(file: Obsidian.TFile, fn: (frontmatter: any) => void, options?: Obsidian.DataWriteOptions): Promise<void> {
    await this.vault.process(file, (text) => rewriteFrontmatter(text, fn), options);
  }

  async getAvailablePathForAttachment(filename: string, _sourcePath?: string): Promise<string> {
    const { basename, extension } = splitName(filename);
    for (let counter = 0; ; counter += 1) {
      const name = counter === 0 ? filename : `${basename} ${counter}${extension ? `.${extension}` : ""}`;
      const path = joinPath(ROOT_PATH, name);
      if (!this.vault.getAbstractFileByPath(path)) return path;
    }
  }

  /** Every note whose links (body or front matter) resolve to `file`, with those links' text. */
  #linksTo(file: TFile): LinksToUpdate[] {
    const found: LinksToUpdate[] = [];
    for (const source of this.vault.getMarkdownFiles()) {
      const metadata = computeMetadata(this.vault.contentOf(source.path) ?? "");
      const references = [...(metadata.links ?? []), ...(metadata.embeds ?? []), ...(metadata.frontmatterLinks ?? [])];
      const originals = references
        .filter((reference) => {
          const linkpath = getLinkpath(reference.link);
          return linkpath !== "" && this.metadataCache.getFirstLinkpathDest(linkpath, source.path) === file;
        })
        .map((reference) => reference.original);
      if (originals.length > 0) found.push({ sourcePath: source.path, originals: new Set(originals) });
    }
    return found;
  }

  /**
   * Rewrites the links at their positions in the body (so a `[[Ann]]` in a code block stays), then
   * in the front matter, where Obsidian keeps no positions, by their text within the YAML block.
   */
  #rewriteLinks(text: string, originals: Set<string>, file: TFile, sourcePath: string): string {
    const metadata = computeMetadata(text);
    const bodyLinks = [...(metadata.links ?? []), ...(metadata.embeds ?? [])]
      .filter((reference) => originals.has(reference.original))
      .sort((a, b) => b.position.start.offset - a.position.start.offset);
    let result = text;
    for (const { original, position } of bodyLinks) {
      result = result.slice(0, position.start.offset) + this.#relink(original, file, sourcePath) + result.slice(position.end.offset);
    }
    const block = findFrontmatter(result);
    if (!block || !metadata.frontmatterLinks?.some((reference) => originals.has(reference.original))) return result;
    let yaml = result.slice(block.yamlStart, block.yamlEnd);
    for (const original of originals) yaml = yaml.split(original).join(this.#relink(original, file, sourcePath));
    return result.slice(0, block.yamlStart) + yaml + result.slice(block.yamlEnd);
  }

  /** The same link pointed at the file's new path, keeping subpath, alias and link style. */
  #relink(original: string, file: TFile, sourcePath: string): string {
    const wikilink = /^(!?)\[\[([^|\]]*?)(\\?\|[^\]]*)?\]\]$/.exec(original);
    if (wikilink) {
      const { subpath } = parseLinktext(wikilink[2] ?? "");
      const linktext = this.metadataCache.fileToLinktext(file, sourcePath, true);
      return `${wikilink[1] ?? ""}[[${linktext}${subpath}${wikilink[3] ?? ""}]]`;
    }
    const markdown = /^(!?\[[^\]]*\]\()(<?)([^)>]*?)(>?)(\s+"[^"]*")?\)$/.exec(original);
    if (!markdown) return original;
    const { subpath } = parseLinktext(markdown[3] ?? "");
    const target = markdown[2] ? file.path : encodeURI(file.path);
    return `${markdown[1]}${markdown[2]}${target}${subpath}${markdown[4]}${markdown[5] ?? ""})`;
  }
}

/** The note with its front matter replaced by `fn`'s edit of it (see processFrontMatter). */
export function rewriteFrontmatter(text: string, fn: (frontmatter: Record<string, unknown>) => void): string {
  const block = findFrontmatter(text);
  const frontmatter = block ? parseStrict(block.yaml) : {};
  fn(frontmatter);
  const yaml = stringifyYaml(frontmatter);
  if (!block && yaml === "") return text;
  const body = block ? text.slice(block.bodyStart) : text;
  return `---\n${yaml}---\n${body}`;
}

function parseStrict(yaml: string): Record<string, unknown> {
  const document = parseDocument(yaml, { schema: "core" });
  const [error] = document.errors;
  if (error) throw error;
  const value: unknown = document.toJS();
  if (value === null || value === undefined) return {};
  if (!isPlainObject(value)) throw new Error("Front matter is not a YAML mapping");
  return value;
}
