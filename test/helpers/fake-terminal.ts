import {EventEmitter} from 'node:events';

/**
 * A terminal screen that understands what the progress line writes: text, \n, \r, erase to the
 * end of the line (ESC [K), cursor up (ESC [nA) and erase to the end of the screen (ESC [J). Lines
 * longer than the width wrap, as on a real terminal.
 */
export class FakeTerminal {
  readonly lines: string[] = [''];
  #row = 0;
  #col = 0;
  columns: number;

  constructor(columns: number) {
    this.columns = columns;
  }

  /** Two streams on this one terminal, as stdout and stderr are in a shell. */
  streams(): {stdout: FakeTtyStream; stderr: FakeTtyStream} {
    return {stdout: new FakeTtyStream(this), stderr: new FakeTtyStream(this)};
  }

  feed(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      if (char === '\x1b') {
        // eslint-disable-next-line no-control-regex -- the escape sequences are what it reads
        const match = /^\x1b\[(\d*)([A-Za-z])/.exec(text.slice(i));
        if (match === null) throw new Error(`unknown escape at ${JSON.stringify(text.slice(i, i + 8))}`);
        this.#escape(match[2]!, Number(match[1] || '1'));
        i += match[0].length - 1;
      } else if (char === '\n') {
        this.#row++;
        this.#col = 0;
        if (this.lines.length <= this.#row) this.lines.push('');
      } else if (char === '\r') {
        this.#col = 0;
      } else {
        if (this.#col >= this.columns) {
          this.feed('\n');
        }
        const line = this.lines[this.#row]!.padEnd(this.#col);
        this.lines[this.#row] = line.slice(0, this.#col) + char + line.slice(this.#col + 1);
        this.#col++;
      }
    }
  }

  /** The terminal narrows and, as tmux, VTE or iTerm2 do, rewraps the cursor's line onto rows of the new width. */
  narrow(columns: number): void {
    this.columns = columns;
    const line = this.lines[this.#row]!;
    const rows = line.match(new RegExp(`.{1,${columns}}`, 'g')) ?? [''];
    this.lines.splice(this.#row, 1, ...rows);
    this.#row += rows.length - 1;
    this.#col = rows.at(-1)!.length;
  }

  /** The screen's lines, with the trailing empty ones left out. */
  text(): string[] {
    const lines = [...this.lines];
    while (lines.length > 0 && lines.at(-1) === '') lines.pop();
    return lines;
  }

  #escape(command: string, count: number): void {
    if (command === 'K') this.lines[this.#row] = this.lines[this.#row]!.slice(0, this.#col);
    else if (command === 'A') this.#row = Math.max(0, this.#row - count);
    else if (command === 'J') {
      this.lines[this.#row] = this.lines[this.#row]!.slice(0, this.#col);
      this.lines.splice(this.#row + 1);
    } else throw new Error(`unknown escape ${command}`);
  }
}

/** A write stream that is a terminal, as far as the code under test can tell. */
export class FakeTtyStream extends EventEmitter {
  readonly isTTY = true;
  readonly #terminal: FakeTerminal;

  constructor(terminal: FakeTerminal) {
    super();
    this.#terminal = terminal;
  }

  get columns(): number {
    return this.#terminal.columns;
  }

  write(chunk: string | Uint8Array): boolean {
    this.#terminal.feed(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }

  /** As the stream the code wants. */
  get stream(): NodeJS.WriteStream {
    return this as unknown as NodeJS.WriteStream;
  }
}
