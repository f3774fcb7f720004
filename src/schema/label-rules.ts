import {
  columnsOfField,
  columnSpecsOf,
  SNAPSHOT_FIELDS,
  type CellShape,
  type SnapshotField,
  type ValueKind,
} from '../finviz/snapshot-fields.js';
import {
  readDayNearScrapeDate,
  readLongDate,
  readMarketSession,
  readNumber,
  readPercentPoints,
  readText,
  readYesNo,
  type Reader,
} from './value-readers.js';

/**
 * How one Finviz snapshot label fills the output columns: the cell is split
 * into one part per column, and each part is read by its column's reader.
 */
export interface LabelRule {
  readonly columns: readonly string[];
  readonly readers: readonly Reader[];
  /** One part per column, or undefined if the cell does not have the expected shape. */
  readonly split: (text: string) => readonly string[] | undefined;
}

/** The parts a pattern captured; a part it did not capture counts as "-" (not shown). */
function parts(pattern: RegExp): LabelRule['split'] {
  return (text) => {
    const match = pattern.exec(text);
    return match === null ? undefined : match.slice(1).map((part) => part ?? '-');
  };
}

/** How each shape of cell (../finviz/snapshot-fields.ts) splits into its parts. */
const SPLITS: Readonly<Record<CellShape, LabelRule['split']>> = {
  one: (text) => [text],
  /** "4.26% 4.98%", "3.27% 2.16%", "- -". */
  'space pair': parts(/^(\S+) (\S+)$/),
  /** "Yes / Yes", "0.71% / 1.07". */
  'slash pair': parts(/^(\S+) \/ (\S+)$/),
  /** "10.58 - 11.29" (old 52W Range). */
  range: parts(/^(\S+) - (\S+)$/),
  /** "1.08 (0.38%)": an amount and its yield. */
  'amount and yield': parts(/^(\S+)(?: \((\S+)\))?$/),
  /** "Apr 30 AMC": a day without its year, and when in the day. */
  'day and session': parts(/^(\S+ \S+)(?: (\S+))?$/),
  /**
   * "317.40 -10.25%" on 2026 pages: the 52-week level and the distance from it.
   * Older pages show only the distance ("-0.93%") under the same label.
   */
  'level and distance': parts(/^(?:(\S+) )?(\S+%|-)$/),
};

/** The reader of each kind of value. */
const READERS: Readonly<Record<ValueKind, Reader>> = {
  text: readText,
  number: readNumber,
  percent: readPercentPoints,
  date: readLongDate,
  day: readDayNearScrapeDate,
  session: readMarketSession,
  'yes/no': readYesNo,
};

/**
 * The rule of every label of `fields`, in their order: each label's cell split by its shape,
 * each part read by its column's kind. Labels of older layouts fill the 2026 columns when the old
 * tooltip says the same thing (e.g. old "ATR" and "ATR (14)" are both "Average True Range (14)"),
 * and keep their own columns when it does not (README, "Labels of older layouts").
 */
export function labelRulesOf(fields: readonly SnapshotField[]): ReadonlyMap<string, LabelRule> {
  const specs = columnSpecsOf(fields);
  return new Map(
    fields.map((field) => {
      const columns = columnsOfField(field, specs);
      const rule: LabelRule = {
        columns: columns.map(({name}) => name),
        readers: columns.map(({kind}) => READERS[kind]),
        split: SPLITS[field.shape ?? 'one'],
      };
      return [field.label, rule] as const;
    }),
  );
}

/** Every label of every layout. */
export const LABEL_RULES: ReadonlyMap<string, LabelRule> = labelRulesOf(SNAPSHOT_FIELDS);
