/** The tickers of a journal's row lines, in file order (the header line, and a line a crash cut short, are skipped). */
export function journalTickers(text: string): string[] {
  const lines = text.split('\n').slice(1, -1); // the last piece has no newline: empty, or cut short
  return lines.map((line) => (JSON.parse(line) as {ticker: string}).ticker);
}
