/**
 * An HTTP answer, in the one shape it keeps from the socket to the parser: fetched in the main
 * thread, handed to a worker thread (its bytes transferred, not copied), decompressed there and
 * read.
 */
export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The body: still compressed while `encoding` names a Content-Encoding, else as sent. */
  readonly bytes: Uint8Array;
  /** The Content-Encoding still to undo; undefined once decoded (or when there was none). */
  readonly encoding?: string;
}
