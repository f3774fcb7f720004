import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/screener.js', import.meta.url));

/**
 * Runs the real CLI as a user would, stdout discarded, `stdin` fed to it if given; resolves with
 * its stderr (the summary a bench reads). A status other than 0 stops the bench with that stderr.
 */
export function runScreener(args: readonly string[], stdin?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {stdio: [stdin === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe']});
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stderr) : reject(new Error(`screener ${args[0]} exited ${code}:\n${stderr}`))));
    child.stdin?.end(stdin);
  });
}
