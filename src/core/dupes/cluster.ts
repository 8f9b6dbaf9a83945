/**
 * Groups notes from accepted pairs, strongest first. Plain connected components would chain
 * "Mike Kiernan" – "Mike" – "Michael Myrah" into one group; here a merge is refused when any two notes
 * it would bring together must stay apart (a "not the same person" decision, or names that conflict),
 * or when the group would grow past a sensible size.
 */

export interface Link {
  a: string;
  b: string;
  probability: number;
  /** The reasons, written out on demand: only links that end up in a group are ever explained. */
  reasons: () => string[];
}

export interface Cluster {
  members: string[];
  /** The links that built the cluster: each member joined through one of them. */
  links: Link[];
}

export class Clusters {
  private readonly clusterOf = new Map<string, Cluster>();

  constructor(
    private readonly mayJoin: (a: string, b: string) => boolean,
    private readonly maxSize: number,
  ) {}

  /** Joins the clusters of the link's notes if every cross pair may join; returns whether it did. */
  add(link: Link): boolean {
    const left = this.of(link.a);
    const right = this.of(link.b);
    if (left === right) return false;
    if (left.members.length + right.members.length > this.maxSize) return false;
    for (const a of left.members) for (const b of right.members) if (!this.mayJoin(a, b)) return false;
    const merged: Cluster = { members: [...left.members, ...right.members], links: [...left.links, ...right.links, link] };
    for (const member of merged.members) this.clusterOf.set(member, merged);
    return true;
  }

  /** Adds links strongest first. */
  addAll(links: Iterable<Link>): void {
    for (const link of [...links].sort((x, y) => y.probability - x.probability || x.a.localeCompare(y.a) || x.b.localeCompare(y.b))) this.add(link);
  }

  /** The cluster a note is in (a cluster of one when it has joined nothing). */
  of(path: string): Cluster {
    return this.clusterOf.get(path) ?? { members: [path], links: [] };
  }

  /** A stable identity for a note's cluster: its alphabetically first member. */
  rootOf(path: string): string {
    const members = this.clusterOf.get(path)?.members;
    return members ? members.reduce((first, member) => (member < first ? member : first)) : path;
  }

  /** Every cluster of two or more notes. */
  all(): Cluster[] {
    return [...new Set(this.clusterOf.values())];
  }
}
