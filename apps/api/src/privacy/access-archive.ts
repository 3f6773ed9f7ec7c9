import { Readable } from 'node:stream';
import type { ParticipantRows } from '@mobilis/db';
import { type ArchiveEntry, zipArchive } from '../certificate/certificate-archive.js';
import { type CellValue, csvStream } from '../exchange/spreadsheet-writer.js';
import { withoutSecrets } from '../mail/outbox-view.js';

// The archive a participant receives when they ask what Mobilis holds about them (GDPR Art. 15 and 20): every
// table's rows about them as JSON (machine-readable, for portability) and as CSV (for a spreadsheet), with a
// summary a person can read.

const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;

function summaryText(rows: ParticipantRows, organisationName: string, madeAt: Date): string {
  const person = rows.participant?.[0] ?? {};
  const count = (table: string) => rows[table]?.length ?? 0;
  const submitted = (rows.survey ?? []).filter((survey) => survey.status === 'submitted').length;
  return [
    `What ${organisationName} holds about ${person.givenName ?? ''} ${person.familyName ?? ''} in Mobilis`,
    `Made on ${madeAt.toISOString().slice(0, 10)}, at your request (GDPR Articles 15 and 20).`,
    '',
    `- Your record: name, e-mail, birth date, gender, nationality, language, kind of participant${
      person.fewerOpportunities ? ', fewer opportunities and the barriers recorded' : ''
    }.`,
    `- ${plural(count('mobility'), 'mobility')} you take part in: dates, places, activity and travel.`,
    `- ${plural(count('survey'), 'survey')} sent to you (${submitted} answered), with when you agreed to take part;`,
    `  ${plural(count('survey_answer'), 'rating')}, ${plural(count('survey_example'), 'example')} in your own words, ${plural(count('survey_language_rating'), 'language self-assessment')}.`,
    `- ${plural(count('outbox_message'), 'message')} sent or waiting to be sent to you.`,
    `- ${plural(count('audit_event'), 'entry')} of the history about your record, your surveys and your certificates.`,
    `- ${plural(count('participant_request'), 'request')} you made about your data.`,
    '',
    'data.json holds everything, table by table; the csv folder has one file per table for a spreadsheet.',
    'Figures computed over many participants are not personal data and are not included.',
    `To have something corrected or erased, contact ${organisationName}.`,
    '',
  ].join('\n');
}

function cell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return value as CellValue;
}

function csvOf(rows: ReadonlyArray<Record<string, unknown>>): Readable {
  const headers = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return csvStream(
    headers,
    rows.map((row) => headers.map((header) => cell(row[header]))),
  );
}

/** Messages keep their words but not their links: a live survey link in the copy would open the survey to whoever
 * holds the zip. */
function withoutLinks(rows: ParticipantRows): ParticipantRows {
  return {
    ...rows,
    outbox_message: (rows.outbox_message ?? []).map((message) => ({
      ...message,
      bodyText: withoutSecrets(String(message.bodyText ?? '')),
    })),
  };
}

/** The zip: summary.txt, data.json, and csv/<table>.csv for each table with rows. */
export function accessArchive(stored: ParticipantRows, organisationName: string, madeAt: Date): Readable {
  const rows = withoutLinks(stored);
  const text = (content: string) => async () => Readable.from([Buffer.from(content, 'utf8')]);
  const entries: ArchiveEntry[] = [
    { name: 'summary.txt', open: text(summaryText(rows, organisationName, madeAt)) },
    { name: 'data.json', open: text(`${JSON.stringify(rows, null, 2)}\n`) },
    ...Object.entries(rows)
      .filter(([, tableRows]) => tableRows.length > 0)
      .map(([table, tableRows]) => ({ name: `csv/${table}.csv`, open: async () => csvOf(tableRows) })),
  ];
  return zipArchive(entries, madeAt);
}
