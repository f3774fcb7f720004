/**
 * The stand-in's statements JSON (`/api/statement.ashx?t=T&s=IA`), in the shape public clients
 * read from Finviz: `{"currency": …, "data": {"Period": […], "Period End Date": […], "Period
 * Length": […], "<line>": […], …}}`, values as text with thousands separators, amounts in
 * millions. Deterministic from the company model: this year's revenue and income are the quote
 * page's Sales and Income, earlier years grow into them. Income statements and cash flows have a
 * TTM column first (with no end date, as clients report), balance sheets do not; a line a
 * company does not report (R&D of a bank) is null throughout, and TTM's R&D is blank.
 */
import type {StatementCode} from '../schema/statement-columns.js';
import {makeCompany} from './company-model.js';
import {fixed} from './page-formats.js';
import {hashString, Rng} from './random.js';
import {AS_OF} from './reference-data.js';

/** Sectors whose companies report no research and development. */
const NO_RESEARCH = new Set(['Financial', 'Real Estate', 'Utilities']);

interface Period {
  readonly name: string;
  /** M/D/YYYY, or '' for TTM. */
  readonly end: string;
  readonly months: number;
}

/** A value per period: a number (millions, or per share), '' or null. */
type Line = readonly [name: string, values: readonly (number | '' | null)[], perShare?: boolean];

/** The answer's JSON text. `misshapen`: one line a value short, a shape the parser must refuse. */
export function statementAnswer(ticker: string, code: StatementCode, misshapen = false): string {
  const company = makeCompany(ticker);
  const rng = new Rng(hashString(`${ticker}/statements`));
  const quarterly = code.endsWith('Q');
  const flows = !code.startsWith('B');
  const fiscalEndMonth = rng.pick([3, 6, 9, 12]);
  const periods = [...(flows ? [{name: 'TTM', end: '', months: 12}] : []), ...pastPeriods(fiscalEndMonth, quarterly)];
  const growth = rng.between(-0.05, 0.25);
  const sales = figure(company.cells.get('Sales')?.text) / 1e6 || 1;
  const margin = figure(company.cells.get('Income')?.text) / 1e6 / sales;
  const shares = figure(company.cells.get('Shs Outstand')?.text) / 1e6;
  // Each period's revenue: this year's sales shrunk by the growth for each year back, a quarter of it a quarter.
  const revenue = periods.map((period, index) => {
    const yearsBack = period.name === 'TTM' ? 0 : (quarterly ? index / 4 : index - (flows ? 1 : 0)) + 0.5;
    return ((sales / (1 + growth) ** yearsBack) * period.months) / 12;
  });
  const noise = () => rng.between(0.9, 1.1);
  const lines = linesOf(code[0] as 'I' | 'B' | 'C', revenue, margin, shares, noise, !NO_RESEARCH.has(company.sector));
  const data: Record<string, readonly (string | null)[]> = {
    Period: periods.map((period) => period.name),
    'Period End Date': periods.map((period) => period.end),
    'Period Length': periods.map((period) => `${period.months} Months`),
  };
  for (const [name, values, perShare] of lines) {
    data[name] = values.map((value) => (value === null || value === '' ? value : perShare ? fixed(value) : millions(value)));
  }
  if (misshapen) {
    const last = lines.at(-1)?.[0] ?? 'Period';
    data[last] = (data[last] ?? []).slice(1);
  }
  return JSON.stringify({currency: 'USD', data});
}

function linesOf(
  statement: 'I' | 'B' | 'C',
  revenue: readonly number[],
  margin: number,
  shares: number,
  noise: () => number,
  research: boolean,
): Line[] {
  const each = (share: number) => revenue.map((value) => value * share * noise());
  if (statement === 'B') {
    const assets = each(1.6);
    const liabilities = assets.map((value) => value * 0.55 * noise());
    return [
      ['Cash and Short Term Investments', each(0.25)],
      ['Total Current Assets', assets.map((value) => value * 0.4)],
      ['Total Assets', assets],
      ['Total Current Liabilities', liabilities.map((value) => value * 0.45)],
      ['Total Debt', liabilities.map((value) => value * 0.5 * noise())],
      ['Total Liabilities', liabilities],
      ['Total Equity', assets.map((value, index) => value - (liabilities[index] ?? 0))],
    ];
  }
  const income = revenue.map((value) => value * margin * noise());
  if (statement === 'C') {
    const operating = income.map((value, index) => value + (revenue[index] ?? 0) * 0.05 * noise());
    const capex = each(-0.06);
    return [
      ['Net Income', income],
      ['Depreciation and Amortization', each(0.04)],
      ['Cash from Operating Activities', operating],
      ['Capital Expenditures', capex],
      ['Cash from Investing Activities', capex.map((value) => value * 1.4 * noise())],
      ['Cash from Financing Activities', each(-0.05)],
      ['Free Cash Flow', operating.map((value, index) => value + (capex[index] ?? 0))],
    ];
  }
  const cost = each(0.55);
  const operating = income.map((value) => value * 1.25);
  return [
    ['Total Revenue', revenue],
    ['Cost of Revenue', cost],
    ['Gross Profit', revenue.map((value, index) => value - (cost[index] ?? 0))],
    ['Research and Development', research ? each(-0.08).map((value, index) => (index === 0 ? '' : value)) : revenue.map(() => null)],
    ['Operating Income', operating],
    ['Income Tax', operating.map((value, index) => -(value - (income[index] ?? 0)))],
    ['Net Income', income],
    ['EPS (Diluted)', income.map((value) => value / shares), true],
  ];
}

/** The periods before AS_OF, latest first: 4 fiscal years, or 8 quarters. */
function pastPeriods(fiscalEndMonth: number, quarterly: boolean): Period[] {
  const asOf = new Date(AS_OF);
  // The latest quarter (or fiscal year) that ended at least a month before AS_OF.
  let year = asOf.getUTCFullYear();
  let month = fiscalEndMonth;
  const step = quarterly ? 3 : 12;
  while (Date.UTC(year, month, 0) > AS_OF - 30 * 86_400_000) [year, month] = back(year, month, step);
  return Array.from({length: quarterly ? 8 : 4}, () => {
    const end = new Date(Date.UTC(year, month, 0)); // the last day of `month`
    const fiscalYear = year + (month > fiscalEndMonth ? 1 : 0);
    const quarter = ((month - fiscalEndMonth + 12) % 12) / 3 || 4;
    const period = {
      name: quarterly ? `${fiscalYear}Q${quarter}` : `${fiscalYear}FY`,
      end: `${end.getUTCMonth() + 1}/${end.getUTCDate()}/${end.getUTCFullYear()}`,
      months: step,
    };
    [year, month] = back(year, month, step);
    return period;
  });
}

function back(year: number, month: number, months: number): [number, number] {
  const total = year * 12 + (month - 1) - months;
  return [Math.floor(total / 12), (total % 12) + 1];
}

/** "394.33B" -> 394330000000; "-" or missing -> 0. */
function figure(text: string | undefined): number {
  const match = /^(-?[\d.]+)([KMBT]?)$/.exec(text ?? '');
  if (match === null) return 0;
  return Number(match[1]) * ({K: 1e3, M: 1e6, B: 1e9, T: 1e12}[match[2] as 'K'] ?? 1);
}

/** 401500 -> "401,500.00". */
function millions(value: number): string {
  const [whole = '0', fraction = '00'] = fixed(value).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}
