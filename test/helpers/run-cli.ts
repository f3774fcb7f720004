import {spawn, type ChildProcess} from 'node:child_process';
import {fileURLToPath} from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/screener.js', import.meta.url));

export interface CliResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  /** Text fed to stdin, which is then closed. */
  readonly stdin?: string;
  readonly cwd?: string;
  /** @default process.env */
  readonly env?: NodeJS.ProcessEnv;
}

export interface RunningCli {
  readonly child: ChildProcess;
  /** Everything written to stdout so far. */
  stdout(): string;
  /** Everything written to stderr so far. */
  stderr(): string;
  /** Resolves when stdout satisfies the predicate (checked on every chunk). */
  waitForStdout(predicate: (text: string) => boolean): Promise<void>;
  /** Resolves when stderr satisfies the predicate (checked on every chunk). */
  waitForStderr(predicate: (text: string) => boolean): Promise<void>;
  /** Resolves when the process has exited. */
  result: Promise<CliResult>;
}

/** Spawns the real CLI, as a user would run it, with optional stdin text. */
export function startCli(args: readonly string[], options: CliOptions = {}): RunningCli {
  return startProcess(process.execPath, [BIN, ...args], options);
}

/** Spawns a shell script (bash), e.g. a pipeline with the CLI in it; "$BIN" is the CLI's entry file. */
export function startShell(script: string, options: CliOptions = {}): RunningCli {
  return startProcess('bash', ['-c', script], {...options, env: {...(options.env ?? process.env), BIN, NODE: process.execPath}});
}

function startProcess(command: string, args: readonly string[], options: CliOptions): RunningCli {
  const child = spawn(command, args, {cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe']});
  const text = {stdout: '', stderr: ''};
  const waiters: Array<{stream: 'stdout' | 'stderr'; predicate: (text: string) => boolean; resolve: () => void}> = [];
  const onData = (stream: 'stdout' | 'stderr') => (chunk: string) => {
    text[stream] += chunk;
    for (const waiter of waiters.filter((w) => w.stream === stream && w.predicate(text[stream]))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
  child.stdout.setEncoding('utf8').on('data', onData('stdout'));
  child.stderr.setEncoding('utf8').on('data', onData('stderr'));
  child.stdin.on('error', () => undefined); // a process that exits without reading its stdin
  child.stdin.end(options.stdin ?? '');
  const result = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({code, signal, stdout: text.stdout, stderr: text.stderr}));
  });
  const waitFor = (stream: 'stdout' | 'stderr') => (predicate: (text: string) => boolean) =>
    predicate(text[stream])
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          waiters.push({stream, predicate, resolve});
          void result.then(() =>
            reject(new Error(`exited before ${stream} matched; stdout: ${text.stdout.slice(0, 500)}; stderr: ${text.stderr}`)),
          );
        });
  return {
    child,
    stdout: () => text.stdout,
    stderr: () => text.stderr,
    waitForStdout: waitFor('stdout'),
    waitForStderr: waitFor('stderr'),
    result,
  };
}

/** Runs the real CLI to completion. */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return startCli(args, options).result;
}
