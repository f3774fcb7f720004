/** One piece of a page. `shared` pieces are the same object for every ticker. */
export interface PagePiece {
  readonly text: string;
  readonly shared: boolean;
}

/** A piece the same for every ticker: one frozen object, which the server compresses once. */
export function shared(text: string): PagePiece {
  return Object.freeze({text, shared: true});
}

/** A piece built for one ticker. */
export function own(text: string): PagePiece {
  return {text, shared: false};
}
