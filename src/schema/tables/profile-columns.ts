import {ERROR, RowBuilder, text, TICKER, type TableSchema} from './table-schema.js';

/** The company's profile: one row, where the page shows any of it. */
export const PROFILE_TABLE: TableSchema = {
  columns: [
    TICKER,
    text('Description', "the company's description"),
    text('Peers', 'the tickers Finviz lists as peers, separated by a space (pages of 2024 on)'),
    text('Held By', 'the tickers of the funds Finviz lists as holding the stock, separated by a space (pages of 2024 on)'),
    ERROR,
  ],
  rawColumns: ['Ticker', 'Description', 'Peers', 'Held by', 'Error'],
  normalize(rows, context) {
    return rows.map(([description = '', peers = '', heldBy = '']) => {
      const row = new RowBuilder(context.ticker);
      row.set('Description', description, (part) => part, 'Description');
      row.set('Peers', peers, (part) => part, 'Peers');
      row.set('Held By', heldBy, (part) => part, 'Held by');
      return row.done();
    });
  },
};
