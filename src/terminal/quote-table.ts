/** One ticker's values as the page shows them, by column name (null: empty). */
export type ShownRow = Readonly<Record<string, string | null>>;

/** Spaces between the columns of the table. */
const GAP = '  ';

/**
 * A readable table of quotes for a terminal `width` characters wide: labels down the page and
 * a column of values per ticker, the labels no row has a value for left out. Tickers that do
 * not fit side by side are shown one after the other, each as label and value down the page.
 */
export function renderQuoteTable(rows: readonly ShownRow[], width: number): string {
  const names = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter((name) => name !== 'Ticker' && name !== 'extra');
  const shown = names.filter((name) => rows.some((row) => isShown(row[name])));
  const labelWidth = Math.max(...shown.map((name) => name.length), 'Ticker'.length);
  const columns = rows.map((row) => [text(row['Ticker']), ...shown.map((name) => text(row[name]))]);
  const columnWidths = columns.map((column) => Math.max(...column.map((cell) => cell.length)));
  const total = labelWidth + columnWidths.reduce((sum, columnWidth) => sum + GAP.length + columnWidth, 0);
  if (rows.length > 1 && total > width) return rows.map((row) => renderQuoteTable([row], width)).join('\n');
  const lines = ['Ticker', ...shown].map((label, line) =>
    [label.padEnd(labelWidth), ...columns.map((column, index) => (column[line] ?? '').padEnd(columnWidths[index] ?? 0))]
      .join(GAP)
      .trimEnd(),
  );
  return `${lines.join('\n')}\n`;
}

function isShown(value: string | null | undefined): boolean {
  return value !== null && value !== undefined && value !== '' && value !== '-';
}

function text(value: string | null | undefined): string {
  return value ?? '';
}
