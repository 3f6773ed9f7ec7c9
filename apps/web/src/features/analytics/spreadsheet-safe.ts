/** What a spreadsheet reads as the start of a formula (or DDE command), and the control characters that hide one. */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Text from people (an organisation's name, a project's title) made safe to open in a spreadsheet: a cell that
 * would start a formula gets a leading single quote, which makes it plain text (CSV and formula injection).
 */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}
