import { Notice } from "obsidian";

/** A notice that stays until dismissed and offers an Undo button, for operations the journal can reverse. */
export function noticeWithUndo(message: string, undo: () => void): Notice {
  const fragment = createFragment();
  fragment.createSpan({ text: message });
  const button = fragment.createEl("button", { text: "Undo", cls: "rapport-notice-undo" });
  const notice = new Notice(fragment, 10_000);
  button.addEventListener("click", () => {
    notice.hide();
    undo();
  });
  return notice;
}

/** A notice for long work: shows progress, then its result. */
export class ProgressNotice {
  private readonly notice: Notice;

  constructor(message: string) {
    this.notice = new Notice(message, 0);
  }

  progress(label: string, done: number, total: number): void {
    this.notice.setMessage(`${label} ${done}/${total}`);
  }

  done(message?: string): void {
    if (message) {
      this.notice.setMessage(message);
      window.setTimeout(() => this.notice.hide(), 4000);
    } else {
      this.notice.hide();
    }
  }
}
