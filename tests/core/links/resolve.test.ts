import { describe, expect, test } from "vitest";
import { LinkTargetIndex, locateLinkpath, resolveLinkpath } from "../../../src/core/links";

const VAULT = [
  "Ann.md",
  "People/Ann.md",
  "People/Bob.md",
  "Archive/Bob.md",
  "Archive/Old/Bob.md",
  "Work/People/Cy.md",
  "Home/People/Cy.md",
  "People/Sub/Dee.md",
  "Other/Sub/Dee.md",
  "Zed/Eve.md",
  "Abe/Eve.md",
  "People/Ann.md.md",
];

describe("resolveLinkpath follows Obsidian's getFirstLinkpathDest", () => {
  const paths = new LinkTargetIndex(VAULT);
  const examples: Array<[linkpath: string, source: string, expected: string | undefined, why: string]> = [
    ["Ann", "People/Bob.md", "Ann.md", "an exact vault path wins over a note beside the source"],
    ["Ann.md", "People/Bob.md", "Ann.md", "exact path with .md"],
    ["People/Ann", "Meetings/x.md", "People/Ann.md", "exact path without .md"],
    ["/People/Bob", "Archive/x.md", "People/Bob.md", "a leading slash is the vault root"],
    ["Sub/Dee", "Other/x.md", "Other/Sub/Dee.md", "a path relative to the source folder"],
    ["../People/Bob.md", "Meetings/x.md", "People/Bob.md", "relative with .."],
    ["./Bob.md", "Archive/x.md", "Archive/Bob.md", "relative with ./"],
    ["Bob", "Archive/x.md", "Archive/Bob.md", "by name: the note in the source's folder"],
    ["Bob", "Meetings/x.md", "People/Bob.md", "by name: then the shortest path"],
    ["bob", "Archive/Old/x.md", "Archive/Old/Bob.md", "by name: case-insensitive"],
    ["Eve", "x.md", "Abe/Eve.md", "by name: then alphabetical"],
    ["People/Cy", "x.md", "Home/People/Cy.md", "folders written in the link must end the path"],
    ["Work/People/Cy", "x.md", "Work/People/Cy.md", "a longer partial path narrows the choice"],
    ["ople/Cy", "x.md", undefined, "partial paths match whole folder names"],
    ["Sub/Dee", "x.md", "Other/Sub/Dee.md", "partial path, shortest then alphabetical"],
    ["Nobody", "x.md", undefined, "no such note"],
    ["../../Bob", "People/x.md", undefined, "climbing above the vault"],
    ["", "People/Bob.md", "People/Bob.md", "an empty path is the source note"],
  ];
  for (const [linkpath, source, expected, why] of examples) {
    test(`${why}: "${linkpath}" from ${source}`, () => expect(resolveLinkpath(linkpath, source, paths)).toBe(expected));
  }

  test("reports how the path was found", () => {
    expect(locateLinkpath("People/Bob", "x.md", paths)?.via).toBe("exact");
    expect(locateLinkpath("Bob", "Archive/x.md", paths)?.via).toBe("relative");
    expect(locateLinkpath("bob", "x.md", paths)?.via).toBe("name");
  });
});

describe("LinkTargetIndex", () => {
  test("add and remove keep the name lookup current", () => {
    const paths = new LinkTargetIndex(["People/Bob.md", "Archive/Bob.md"]);
    expect(resolveLinkpath("Bob", "x.md", paths)).toBe("People/Bob.md");
    paths.remove("People/Bob.md");
    expect(resolveLinkpath("Bob", "x.md", paths)).toBe("Archive/Bob.md");
    expect(paths.withLinkName("BOB")).toEqual(["Archive/Bob.md"]);
    paths.remove("Archive/Bob.md");
    expect(resolveLinkpath("Bob", "x.md", paths)).toBeUndefined();
    expect(paths.size).toBe(0);
    paths.add("A/Bob.md");
    paths.add("A/Bob.md");
    expect(paths.withLinkName("bob")).toEqual(["A/Bob.md"]);
    expect([...paths]).toEqual(["A/Bob.md"]);
  });

  test("non-note files are found by their full name", () => {
    const paths = new LinkTargetIndex(["Files/chart.png", "chart.md"]);
    expect(resolveLinkpath("chart.png", "x.md", paths)).toBe("Files/chart.png");
    expect(resolveLinkpath("chart", "x.md", paths)).toBe("chart.md");
  });
});
