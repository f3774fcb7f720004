import {fstatSync} from 'node:fs';

/** Back to the line's first column, and erase to its end. */
const ERASE = '\r\x1b[K';

type Write = NodeJS.WriteStream['write'];

/**
 * One line at the bottom of a terminal (stderr), kept below whatever else is written there: each
 * write to stderr, or to stdout when it is the same terminal, first erases the line, and once the
 * cursor is back at a line's start the line is drawn again. So rows and warnings scroll up whole,
 * never glued onto it, and nothing of it is left behind. A write that leaves the cursor inside a
 * line (a row written in pieces) keeps the line hidden until the cursor is at a line's start.
 *
 * It works by wrapping the two streams' `write` while it is open: every writer is covered (the
 * rows' pipeline, warnings, a library's), with no one having to route its output through it.
 * Writes to a terminal are synchronous on Linux and macOS, so the order on screen is the order of
 * the calls.
 */
export class StatusLine {
  readonly #draw: (text: string) => void;
  readonly #restore: Array<() => void> = [];
  #text = '';
  #shown = false;
  /** Whether the cursor is at a line's first column, as far as the writes through here tell. */
  #atLineStart = true;
  readonly #onExit = () => this.close();

  constructor(stderr: NodeJS.WriteStream, stdout: NodeJS.WriteStream | undefined) {
    const write = stderr.write.bind(stderr);
    this.#draw = (text) => void write(text);
    this.#wrap(stderr);
    if (stdout !== undefined && sameTerminal(stdout, stderr)) this.#wrap(stdout);
    // However the process ends (a second Ctrl-C leaves at once), the line goes with it.
    process.once('exit', this.#onExit);
  }

  /** Shows `text` (one line, already fitted to the width), now if the cursor is at a line's start, else as soon as it is. */
  show(text: string): void {
    if (text === this.#text && this.#shown) return;
    this.#text = text;
    if (this.#atLineStart) {
      this.#draw(`${ERASE}${text}`);
      this.#shown = true;
    }
  }

  /**
   * The terminal is now `columns` wide. A terminal that reflows its lines (tmux, VTE, iTerm2, kitty,
   * Windows Terminal) has wrapped a line longer than that onto several rows, the cursor on the
   * last: erase them all, or the first ones would stay behind.
   */
  resized(columns: number): void {
    if (!this.#shown) return;
    const rows = Math.ceil(this.#text.length / Math.max(1, columns));
    this.#draw(rows > 1 ? `\r\x1b[${rows - 1}A\x1b[J` : ERASE);
    this.#shown = false;
  }

  /** Erases the line and gives the streams back; for good. */
  close(): void {
    process.off('exit', this.#onExit);
    this.#hide();
    this.#text = '';
    for (const restore of this.#restore.splice(0)) restore();
  }

  #hide(): void {
    if (!this.#shown) return;
    this.#draw(ERASE);
    this.#shown = false;
  }

  #wrap(stream: NodeJS.WriteStream): void {
    const own = Object.getOwnPropertyDescriptor(stream, 'write');
    const original = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    const wrapped = ((chunk: unknown, ...rest: unknown[]) => {
      this.#hide();
      const result = original(chunk, ...rest);
      if (isEmpty(chunk)) return result;
      this.#atLineStart = endsWithNewline(chunk);
      if (this.#atLineStart && this.#text !== '') {
        this.#draw(`${ERASE}${this.#text}`);
        this.#shown = true;
      }
      return result;
    }) as Write;
    stream.write = wrapped;
    this.#restore.push(() => {
      if (stream.write !== wrapped) return; // wrapped again by someone else since: leave theirs
      if (own !== undefined) Object.defineProperty(stream, 'write', own);
      else delete (stream as {write?: Write}).write;
    });
  }
}

/** Whether both streams are the same terminal device (stdout may be another one, or a file). */
function sameTerminal(a: NodeJS.WriteStream, b: NodeJS.WriteStream): boolean {
  if (!a.isTTY || !b.isTTY) return false;
  const fd = (stream: NodeJS.WriteStream) => (stream as NodeJS.WriteStream & {fd: number}).fd;
  try {
    return fstatSync(fd(a)).rdev === fstatSync(fd(b)).rdev;
  } catch {
    return true; // cannot tell: guard it, which costs nothing if it is another
  }
}

function isEmpty(chunk: unknown): boolean {
  return (typeof chunk === 'string' || chunk instanceof Uint8Array) && chunk.length === 0;
}

function endsWithNewline(chunk: unknown): boolean {
  if (typeof chunk === 'string') return chunk.endsWith('\n');
  if (chunk instanceof Uint8Array) return chunk[chunk.length - 1] === 0x0a;
  return false;
}
