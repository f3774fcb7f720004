/** Text as the parsers report it: every run of whitespace as one space, trimmed. */
export function collapse(text: string): string {
  // trim() removes what \s matches; most cells need nothing more, and a test is cheaper than a replace.
  const trimmed = text.trim();
  return MORE_THAN_A_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/** Two whitespace characters in a row, or one that is not a plain space. */
const MORE_THAN_A_SPACE = /\s\s|[^\S ]/;
