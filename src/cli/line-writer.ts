import type { Writable } from 'node:stream';

/** Writes lines to a stream in batches, waiting for 'drain' so memory stays flat on huge outputs. */
export class LineWriter {
  private buffer: string[] = [];
  private size = 0;

  constructor(private readonly out: Writable, private readonly batchChars = 1 << 16) {}

  async line(text: string): Promise<void> {
    this.buffer.push(text);
    this.size += text.length + 1;
    if (this.size >= this.batchChars) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('\n') + '\n';
    this.buffer = [];
    this.size = 0;
    if (!this.out.write(chunk)) await new Promise<void>((resolve) => this.out.once('drain', resolve));
  }
}
