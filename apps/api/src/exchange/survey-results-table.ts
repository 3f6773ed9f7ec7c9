import type { RouterOutputs } from '../router/index.js';
import type { CellValue } from './spreadsheet-writer.js';

// The outcome analytics overview (`analytics.overview`, small-cell suppression applied on the server) as one table
// for a spreadsheet: the survey response counts per wave, then each outcome's change from baseline to the end of
// the mobility. A withheld figure is written as "suppressed (< k)", never as a number; a last row says how much the
// figures drawn from answers are adjusted (docs/analytics.md).

type Overview = RouterOutputs['analytics']['overview'];

export const surveyResultsHeaders = [
  'Section',
  'Item',
  'Respondents or surveys sent',
  'Submitted',
  'Response rate or mean change',
  '95% interval from',
  '95% interval to',
  'Improved share',
] as const;

const round = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined ? null : Math.round(value * 10 ** digits) / 10 ** digits;

export function surveyResultsRows(overview: Overview): CellValue[][] {
  const suppressed = `suppressed (< ${overview.minimumCellSize})`;
  const rows: CellValue[][] = [];
  const responses = overview.responses.total;
  for (const wave of ['baseline', 'end', 'followUp'] as const) {
    if (responses === null || responses === 'suppressed') {
      rows.push(['Survey responses', wave, responses ? suppressed : null, null, null, null, null, null]);
      continue;
    }
    const counts = responses[wave];
    const rate = counts.responseRate;
    rows.push([
      'Survey responses',
      wave,
      counts.sent,
      counts.submitted,
      round(rate?.share ?? null, 3),
      round(rate?.ci95.low ?? null, 3),
      round(rate?.ci95.high ?? null, 3),
      null,
    ]);
  }
  for (const item of overview.items) {
    const total = item.total;
    if (total === null || total === 'suppressed') {
      rows.push(['Outcome', item.code, total ? suppressed : null, null, null, null, null, null]);
      continue;
    }
    const change = total.change;
    if (change === null || change === 'suppressed') {
      rows.push([
        'Outcome',
        item.code,
        total.respondents,
        null,
        change ? suppressed : null,
        null,
        null,
        null,
      ]);
      continue;
    }
    rows.push([
      'Outcome',
      item.code,
      total.respondents,
      null,
      round(change.mean),
      round(change.ci95?.low),
      round(change.ci95?.high),
      round(change.improvedShare, 3),
    ]);
  }
  const rules = overview.disclosure;
  if (rules)
    rows.push([
      'Note',
      'Adjusted figures',
      `Mean changes over n participants are moved by at most ${rules.meanNoise.rating} ÷ n rating points and shares by at most ${rules.countNoise} ÷ n, the same wherever the same participants are counted, so that nobody's answers can be worked out; counts of participants and surveys are exact.`,
      null,
      null,
      null,
      null,
      null,
    ]);
  return rows;
}
