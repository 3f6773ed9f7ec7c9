/** What a spreadsheet reads as the start of a formula (or DDE command), and the control characters that hide one. */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * A cell of a file Mobilis hands out, made safe to open in a spreadsheet: text that would start a formula gets a
 * leading apostrophe, which makes it plain text (CSV and formula injection). Numbers and flags pass unchanged.
 */
export function neutraliseCell<T extends string | number | boolean | null>(value: T): T | string {
  return typeof value === 'string' && formulaStart.test(value) ? `'${value}` : value;
}
