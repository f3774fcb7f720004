import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {test} from 'node:test';
import {runCli} from './helpers/run-cli.js';

const README = new URL('../README.md', import.meta.url);

/** The long options a help text lists, e.g. --base-url. */
function optionsIn(help: string): string[] {
  return [...new Set([...help.matchAll(/^\s+(?:-\w, )?(--[a-z][a-z-]*)/gm)].map((match) => match[1] ?? ''))].filter(
    (name) => name !== '--help',
  );
}

test('every command and every option that --help lists is in the README, and every command the README uses is in --help', async () => {
  const readme = await readFile(README, 'utf8');
  const top = await runCli(['--help']);
  const commands = [...top.stdout.matchAll(/^ {2}([a-z]+)(?: \[options\]| <|\s{2})/gm)]
    .map((match) => match[1] ?? '')
    .filter((name) => name !== 'help');
  assert.ok(commands.length >= 8, top.stdout);
  for (const command of commands) {
    assert.match(readme, new RegExp(`screener ${command}\\b`), `the README shows screener ${command}`);
    const help = await runCli([command, '--help']);
    for (const option of optionsIn(help.stdout)) {
      assert.ok(readme.includes(`\`${option}`) || readme.includes(`${option} `), `screener ${command} ${option} is in the README`);
    }
  }
  for (const used of new Set([...readme.matchAll(/^screener ([a-z]+) /gm)].map((match) => match[1] ?? ''))) {
    assert.ok(commands.includes(used), `the README's screener ${used} is a command`);
  }
});
