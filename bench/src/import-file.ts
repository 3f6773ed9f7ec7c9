import { mobilisLayout } from '@mobilis/schema';

// The file both import benchmarks upload: one pupil and her planned mobility per row, in the Mobilis template.

export const grantAgreementNumber = '2027-1-DE03-KA122-SCH-000654321';

const cities = [
  ['Berlin', 'DE', 'Paris', 'FR'],
  ['Hamburg', 'DE', 'Lyon', 'FR'],
  ['Munich', 'DE', 'Madrid', 'ES'],
  ['Cologne', 'DE', 'Rome', 'IT'],
  ['Leipzig', 'DE', 'Vienna', 'AT'],
] as const;

export function templateCsv(rows: number, grantAgreement = grantAgreementNumber): string {
  const headers = mobilisLayout.columns.map((column) => column.header);
  const lines = [headers.join(',')];
  for (let n = 0; n < rows; n++) {
    const [originCity, originCountry, destinationCity, destinationCountry] =
      cities[n % cities.length] ?? cities[0];
    const values: Record<string, string> = {
      'Grant agreement number': grantAgreement,
      'Given name': `Pupil${n}`,
      'Family name': `Family${n % 997}`,
      Email: `pupil${n}@school.example`,
      'Birth date': `2010-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
      Gender: n % 2 ? 'female' : 'male',
      Nationality: originCountry,
      'Participant kind': 'pupil',
      'Preferred language': 'de',
      'Fewer opportunities': n % 5 === 0 ? 'Yes' : 'No',
      'Activity type': 'LM-SHORT-PUPIL',
      Status: 'planned',
      'Start date': '2027-05-03',
      'End date': '2027-05-16',
      'Travel days': '2',
      'Origin city': originCity,
      'Origin country': originCountry,
      'Destination city': destinationCity,
      'Destination country': destinationCountry,
      'Sending organisation OID': 'E10111111',
      'Sending organisation name': 'Gymnasium Berlin-Mitte',
      'Receiving organisation OID': `E1023456${n % cities.length}`,
      'Receiving organisation name': `Partner school ${destinationCity}`,
      'Means of transport': 'train',
    };
    lines.push(headers.map((header) => values[header] ?? '').join(','));
  }
  return `${lines.join('\n')}\n`;
}
