/** Progress on stderr, only when a person is watching a terminal; pipes and CI get clean output. */
export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

export function terminalProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update() {}, finish() {} };
  let last = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      stream.write(`\r${label} ${done}/${total}`);
    },
    finish() {
      stream.write("\r\x1b[K");
    },
  };
}
