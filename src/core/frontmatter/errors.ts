/** Why an edit was refused. The note's text is never changed when one of these is thrown. */
export class FrontmatterEditError extends Error {
  /** 1-based line in the note, when the problem has a place. */
  readonly line?: number;

  constructor(message: string, line?: number) {
    super(message);
    this.name = "FrontmatterEditError";
    this.line = line;
  }
}
