import { describe, expect, it, vi } from "vitest";
import { TFile } from "../fakes/obsidian";
import { loadRapport, settle, startUp } from "./plugin-harness";

describe("the plugin's index inside Obsidian", () => {
  it("builds nothing before the layout is ready, then indexes from the metadata cache", async () => {
    const loaded = await loadRapport();
    expect(loaded.rapport.index.paths()).toEqual([]);
    await startUp(loaded);
    const counts = loaded.rapport.index.counts();
    expect(counts.person).toBeGreaterThan(10);
    expect(counts.meeting).toBeGreaterThan(5);
    expect(loaded.rapport.index.record("People/Ronnie Booker.md")).toMatchObject({ kind: "person", company: "Microsoft", lastContact: "2025-10-27" });
  });

  it("reads note bodies only where the cache does not say enough: never a note without people, projects or tasks", async () => {
    const loaded = await loadRapport({
      "People/Ann Lee.md": "---\ntype: people\n---\n## Contact Information\n\n| Field | Value |\n|---|---|\n| **Company** | Acme |\n",
      "Meetings/m.md": "---\ntype: meeting\ndate: '2025-11-02'\nparticipants: [Ann Lee]\n---\nNo tasks here.\n",
      "Notes/plain.md": "Just text.\n",
      "Notes/todo.md": "- [ ] call @Ann Lee 📅 2025-11-30\n",
    });
    const reads = vi.spyOn(loaded.app.vault, "cachedRead");
    await startUp(loaded);
    expect(reads.mock.calls.map(([file]) => file.path).sort()).toEqual(["Notes/todo.md", "People/Ann Lee.md"]);
    expect(loaded.rapport.index.record("People/Ann Lee.md")).toMatchObject({ company: "Acme" });
    expect([...loaded.rapport.index.tasks()].map(({ task }) => task.owners)).toEqual([["Ann Lee"]]);
  });

  it("keeps current on create, modify, rename and delete", async () => {
    const loaded = await loadRapport({ "People/Ann Lee.md": "---\ntype: people\nlast_contact: '2025-10-01'\n---\n" });
    await startUp(loaded);
    const { app, rapport } = loaded;
    await app.vault.create("People/Bo Chan.md", "---\ntype: person\n---\n");
    await settle(app);
    expect(rapport.index.record("People/Bo Chan.md")?.kind).toBe("person");
    const ann = app.vault.getAbstractFileByPath("People/Ann Lee.md") as TFile;
    await app.vault.modify(ann, "---\ntype: people\nlast_contact: '2025-11-01'\n---\n");
    await settle(app);
    expect(rapport.index.record("People/Ann Lee.md")?.lastContact).toBe("2025-11-01");
    await app.fileManager.renameFile(ann, "People/Ann Leigh.md");
    await settle(app);
    expect(rapport.index.record("People/Ann Lee.md")).toBeUndefined();
    expect(rapport.index.record("People/Ann Leigh.md")?.lastContact).toBe("2025-11-01");
    await app.vault.delete(app.vault.getAbstractFileByPath("People/Bo Chan.md")!);
    await settle(app);
    expect(rapport.index.record("People/Bo Chan.md")).toBeUndefined();
  });

  it("reports a note Obsidian could not read, and keeps the rest", async () => {
    const loaded = await loadRapport({
      "People/Broken.md": "---\ntype: people\ntitle: [unclosed\n---\n",
      "People/Ann Lee.md": "---\ntype: people\n---\n",
    });
    await startUp(loaded);
    expect(loaded.rapport.index.problems()).toEqual([expect.objectContaining({ path: "People/Broken.md", line: 1 })]);
    expect(loaded.rapport.index.record("People/Ann Lee.md")?.kind).toBe("person");
  });
});
