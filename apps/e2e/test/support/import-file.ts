/** The grant agreement number of the project createSurveyWorld makes. */
export const surveyWorldProjectNumber = '2026-1-DE03-KA122-SCH-000054321';

const headers =
  'Grant agreement number,Given name,Family name,Email,Birth date,Gender,Nationality,Participant kind,Activity type,Status,Start date,End date,Travel days,Origin city,Origin country,Destination city,Destination country,Sending organisation OID,Sending organisation name,Receiving organisation OID,Receiving organisation name,Means of transport';

/** A name as the local part of an address: ASCII letters and digits ("Wiśniewska" is "wisniewska"). */
const mailbox = (name: string) =>
  name
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * A CSV in the Mobilis template's headers: one pupil a row, each with a planned two-week stay in Lyon sent by the
 * school of createSurveyWorld.
 */
export function pupilsImportFile(
  projectNumber: string,
  pupils: ReadonlyArray<{ given: string; family: string; birth?: string }>,
): string {
  const row = ({ given, family, birth = '2011-02-03' }: { given: string; family: string; birth?: string }) =>
    `${projectNumber},${given},${family},${mailbox(given)}.${mailbox(family)}@uczen.test,${birth},female,PL,pupil,LM-SHORT-PUPIL,planned,2027-05-03,2027-05-16,2,Kraków,PL,Lyon,FR,E10998877,Gesamtschule am Rhein,E10555444,Lycée Ampère,train`;
  return `${[headers, ...pupils.map(row)].join('\r\n')}\r\n`;
}
