import { linkNameOf } from "./vault-paths";

/**
 * The vault's file paths, indexed the way link resolution asks for them: by exact path and by the
 * lowercase name a link would use. Built once per vault scan and kept current with add/remove, so
 * resolving each link costs a map lookup instead of a walk over every path.
 */
export class LinkTargetIndex {
  private readonly paths = new Set<string>();
  private readonly pathsByLowerName = new Map<string, string[]>();

  constructor(paths: Iterable<string> = []) {
    for (const path of paths) this.add(path);
  }

  get size(): number {
    return this.paths.size;
  }

  has(path: string): boolean {
    return this.paths.has(path);
  }

  add(path: string): void {
    if (this.paths.has(path)) return;
    this.paths.add(path);
    const key = linkNameOf(path).toLowerCase();
    const sameName = this.pathsByLowerName.get(key);
    if (sameName) sameName.push(path);
    else this.pathsByLowerName.set(key, [path]);
  }

  remove(path: string): void {
    if (!this.paths.delete(path)) return;
    const key = linkNameOf(path).toLowerCase();
    const remaining = (this.pathsByLowerName.get(key) ?? []).filter((other) => other !== path);
    if (remaining.length > 0) this.pathsByLowerName.set(key, remaining);
    else this.pathsByLowerName.delete(key);
  }

  /** Every path whose link name (file name without `.md`) equals `name`, ignoring case. */
  withLinkName(name: string): readonly string[] {
    return this.pathsByLowerName.get(name.toLowerCase()) ?? [];
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.paths.values();
  }
}
