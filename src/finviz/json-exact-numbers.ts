const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * JSON.parse, with every number read as its text: screener writes numbers
 * with their exact digits (2881620000000, 0.07), and a float would not give
 * them back unchanged. Throws SyntaxError for text that is not JSON.
 */
export function parseJsonNumbersAsText(text: string): unknown {
  let quoted = '';
  let copiedTo = 0;
  for (let i = 0; i < text.length;) {
    const char = text[i]!;
    if (char === '"') {
      // Skip the string, escapes included.
      for (i++; i < text.length && text[i] !== '"'; i += text[i] === '\\' ? 2 : 1);
      i++;
    } else if (char === '-' || (char >= '0' && char <= '9')) {
      NUMBER.lastIndex = i;
      const number = NUMBER.exec(text)?.[0];
      if (number === undefined) throw new SyntaxError(`not a number at position ${i}`);
      quoted += `${text.slice(copiedTo, i)}"${number}"`;
      i += number.length;
      copiedTo = i;
    } else {
      i++;
    }
  }
  return JSON.parse(quoted + text.slice(copiedTo));
}
