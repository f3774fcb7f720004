import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {SCHEMA} from '../src/schema/columns.js';

test('the README lists every column, in order, with its unit', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### The columns'), readme.indexOf('### Labels of older layouts'));
  const rows = [...section.matchAll(/^\| `(.+?)` \| (.+?) \|/gm)].map(([, name = '', unit = '']) => [
    name.replaceAll('\\|', '|'),
    unit.replaceAll('\\|', '|'),
  ]);
  assert.deepEqual(
    rows,
    SCHEMA.map((column) => [column.name, column.unit]),
  );
});
