import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '../src/exchange/formula-safe.js';

describe('neutraliseCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('makes %j plain text', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it.each([
    'Gymnasium am Goetheplatz',
    '2025-1-DE03-KA122-SCH-000213456',
    'Learning = growing',
    "'quoted already",
    '',
    ' =not at the start',
  ])('leaves %j as it is', (input) => {
    expect(neutraliseCell(input)).toBe(input);
  });
});

describe('neutraliseCell with values that are not text', () => {
  it('passes numbers, flags and empty cells unchanged', () => {
    expect(neutraliseCell(-3)).toBe(-3);
    expect(neutraliseCell(true)).toBe(true);
    expect(neutraliseCell(null)).toBe(null);
  });
});
