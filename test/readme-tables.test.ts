import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {QUOTE_TABLE_NAMES} from '../src/finviz/quote-tables/index.js';
import {TABLE_SCHEMAS} from '../src/schema/tables/index.js';

test("the README's Tables section lists every table's columns, in order, with unit and meaning", () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const tables = readme.slice(readme.indexOf('## Tables'), readme.indexOf('### The tables with `--raw`'));
  for (const name of QUOTE_TABLE_NAMES) {
    const start = tables.indexOf(`### \`${name}\``);
    assert.notEqual(start, -1, name);
    const end = tables.indexOf('\n### ', start + 1);
    const section = tables.slice(start, end === -1 ? undefined : end);
    const rows = [...section.matchAll(/^\| `(.+?)` \| (.+?) \| (.+?) \|/gm)].map(([, column, unit, meaning]) => [column, unit, meaning]);
    assert.deepEqual(
      rows,
      TABLE_SCHEMAS[name].columns.map((column) => [column.name, column.unit, column.meaning]),
      name,
    );
  }
});
