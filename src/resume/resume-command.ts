/**
 * The command line that finishes an interrupted run: the same arguments, with
 * --resume added, quoted for a POSIX shell.
 */
export function resumeCommand(args: readonly string[], listFile: string): string {
  const words = ['screener', ...args];
  if (!args.includes('--resume')) words.push('--resume');
  const line = words.map(shellQuote).join(' ');
  return listFile === '-' ? `${line}  (with the same list on stdin)` : line;
}

function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
