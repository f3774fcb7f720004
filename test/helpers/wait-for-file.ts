import {watch} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {basename, dirname} from 'node:path';

/**
 * Resolves once the file's text satisfies the predicate, checking on every
 * change that fs.watch reports in its folder (no polling loop, no sleeps).
 */
export async function waitForFile(path: string, predicate: (text: string) => boolean): Promise<string> {
  const read = () => readFile(path, 'utf8').catch(() => '');
  return new Promise<string>((resolve, reject) => {
    let settled = false;
    const watcher = watch(dirname(path), (_event, name) => {
      if (name === basename(path)) void check();
    });
    watcher.on('error', reject);
    const check = async () => {
      const text = await read();
      if (!settled && predicate(text)) {
        settled = true;
        watcher.close();
        resolve(text);
      }
    };
    void check();
  });
}
