const WIDTH = 24;

/** A progress bar for several workbooks: redrawn in place on a terminal, one line per step otherwise. */
export class ProgressBar {
  constructor(
    private readonly total: number,
    private readonly write: (text: string) => void,
    private readonly inPlace: boolean,
  ) {}

  update(done: number, message: string): void {
    const filled = Math.round((done / this.total) * WIDTH);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${this.total} ${message}`;
    this.write(this.inPlace ? `\r\x1b[2K${line}` : `${line}\n`);
  }

  finish(): void {
    if (this.inPlace) this.write('\n');
  }
}
