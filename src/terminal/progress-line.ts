/**
 * A live "done/total" line on stderr, redrawn at most every 100 ms, only when
 * stderr is a terminal: a log file or pipe gets nothing.
 */
export class ProgressLine {
  readonly #stream: NodeJS.WriteStream;
  readonly #total: number;
  readonly #started = performance.now();
  #done = 0;
  #failed = 0;
  #timer: NodeJS.Timeout | undefined;

  constructor(total: number, stream: NodeJS.WriteStream = process.stderr) {
    this.#stream = stream;
    this.#total = total;
    if (stream.isTTY) {
      this.#timer = setInterval(() => this.#draw(), 100);
      this.#timer.unref();
    }
  }

  /** Records one finished ticker. */
  tick(ok: boolean): void {
    this.#done++;
    if (!ok) this.#failed++;
  }

  /** Prints a line of its own above the progress line. */
  print(line: string): void {
    this.#stream.write(this.#timer === undefined ? `${line}\n` : `\r\x1b[K${line}\n`);
  }

  /** Clears the line for good. */
  stop(): void {
    if (this.#timer === undefined) return;
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#stream.write('\r\x1b[K');
  }

  #draw(): void {
    const seconds = (performance.now() - this.#started) / 1000;
    const rate = seconds > 0 ? this.#done / seconds : 0;
    const percent = Math.floor((100 * this.#done) / this.#total);
    this.#stream.write(`\r\x1b[K${this.#done}/${this.#total} (${percent}%), ${this.#failed} failed, ${rate.toFixed(0)} pages/s`);
  }
}
