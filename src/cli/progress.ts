import cliProgress from 'cli-progress';

export interface Progress {
  start(totalBytes: number): void;
  update(bytesDone: number, docs: number): void;
  /** Clears the bar so a message can be printed on its own line. */
  interrupt(write: () => void): void;
  stop(): void;
}

const quiet: Progress = { start() {}, update() {}, interrupt: (w) => w(), stop() {} };

/** A byte-based progress bar on stderr when it is a terminal; silent otherwise (pipes, CI). */
export function createProgress(enabled = process.stderr.isTTY === true): Progress {
  if (!enabled) return quiet;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'ingest |{bar}| {percentage}% | {mb}/{totalMb} MB | {docs} docs | eta {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let total = 0;
  const mb = (n: number) => (n / 1e6).toFixed(1);
  return {
    start(totalBytes) {
      total = Math.max(totalBytes, 1);
      bar.start(total, 0, { mb: '0.0', totalMb: mb(total), docs: 0 });
    },
    update(done, docs) {
      bar.update(Math.min(done, total), { mb: mb(done), docs });
    },
    interrupt(write) {
      process.stderr.write('\r\x1b[K');
      write();
    },
    stop() {
      bar.stop();
    },
  };
}
