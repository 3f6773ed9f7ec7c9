import { z } from 'zod';
import { storable } from '../fields.js';
import { activityTypes } from '../mobility/activity-types.js';
import { mobilityStatuses } from '../mobility/status.js';
import { meansOfTransport } from '../mobility/transport.js';
import { barrierCategories } from '../participant/fewer-opportunities.js';
import { participantKindValues } from '../participant/kinds.js';
import { genders } from '../participant/participant.js';

// The canonical fields a row of an import file can fill, whatever its layout. Each layout (layouts.ts) names
// them with its own headers; the Mobilis template's explanation sheet is written from the descriptions here.

export interface ImportFieldDefinition {
  /** The Mobilis template's header. */
  label: string;
  /** Whom the field describes: the participant, the mobility, or the project the row belongs to. */
  record: 'participant' | 'mobility' | 'project';
  description: string;
  allowedValues: string;
  /** Left out of exports unless the coordinator asks for sensitive fields. */
  sensitive?: true;
}

const yesNo = 'Yes or No (also true/false, 1/0)';
const date = 'YYYY-MM-DD; also DD/MM/YYYY, DD.MM.YYYY or an Excel date';
const country = 'ISO 3166-1 alpha-2 code (DE, FR) or the English country name';

export const importFields = {
  grantAgreementNumber: {
    label: 'Grant agreement number',
    record: 'project',
    description: 'The project the row belongs to. When given it must be the project chosen for the import.',
    allowedValues: 'e.g. 2027-1-DE03-KA122-SCH-000123456; may be left empty',
  },
  givenName: {
    label: 'Given name',
    record: 'participant',
    description: 'The participant’s first name(s).',
    allowedValues: 'Text, at most 100 characters; required',
  },
  familyName: {
    label: 'Family name',
    record: 'participant',
    description: 'The participant’s last name(s).',
    allowedValues: 'Text, at most 100 characters; required',
  },
  email: {
    label: 'Email',
    record: 'participant',
    description:
      'Where survey invitations go. A participant already in Mobilis with this e-mail is updated, not duplicated.',
    allowedValues: 'An e-mail address; may be empty (young pupils)',
  },
  birthDate: {
    label: 'Birth date',
    record: 'participant',
    description: 'Used for the age rules of activities.',
    allowedValues: `${date}; required`,
  },
  gender: {
    label: 'Gender',
    record: 'participant',
    description: 'As the participant declares it.',
    allowedValues: `${genders.join(', ')} (also Female, Male, F, M, Non-binary, Undefined); required`,
  },
  nationality: {
    label: 'Nationality',
    record: 'participant',
    description: 'The participant’s nationality.',
    allowedValues: `${country}; required`,
  },
  kind: {
    label: 'Participant kind',
    record: 'participant',
    description:
      'Learner or staff category, which decides the outcomes measured. When empty, it follows from the activity type.',
    allowedValues: participantKindValues.join(', '),
  },
  preferredLanguage: {
    label: 'Preferred language',
    record: 'participant',
    description: 'The language survey invitations and questions are sent in.',
    allowedValues: 'ISO 639-1 code, e.g. en, de, fr; default en',
  },
  fewerOpportunities: {
    label: 'Fewer opportunities',
    record: 'participant',
    description: 'Whether the participant is a participant with fewer opportunities.',
    allowedValues: `${yesNo}; default No`,
  },
  barriers: {
    label: 'Barriers',
    record: 'participant',
    description:
      'Barrier categories of a participant with fewer opportunities. Sensitive: never exported unless asked.',
    allowedValues: `Any of ${barrierCategories.join(', ')}, separated by commas or semicolons`,
    sensitive: true,
  },
  esi: {
    label: 'ESI',
    record: 'participant',
    description: 'European Student Identifier, for higher-education students only.',
    allowedValues: 'urn:schac:personalUniqueCode:int:esi:<country or domain>:<code>; may be empty',
  },
  activityId: {
    label: 'Mobility activity ID',
    record: 'mobility',
    description:
      'The Beneficiary Module’s mobility ID. A mobility of the project with this ID is updated, not duplicated; empty creates a mobility and gives it an ID.',
    allowedValues: 'e.g. 123456-MOB-00001; may be empty',
  },
  activityType: {
    label: 'Activity type',
    record: 'mobility',
    description:
      'The kind of activity. Group activities (learners with the persons accompanying them) are created in the console, not imported.',
    allowedValues: `An activity code or name: ${activityTypes
      .filter((type) => type.participation !== 'group')
      .map((type) => type.code)
      .join(', ')}`,
  },
  status: {
    label: 'Status',
    record: 'mobility',
    description: 'Where the mobility is in its lifecycle; each status needs more of the row filled in.',
    allowedValues: `${mobilityStatuses.join(', ')}; default draft (Beneficiary Module files: completed once the end date is past, else planned)`,
  },
  startDate: {
    label: 'Start date',
    record: 'mobility',
    description: 'First day of the activity, travel excluded.',
    allowedValues: date,
  },
  endDate: {
    label: 'End date',
    record: 'mobility',
    description: 'Last day of the activity, travel excluded.',
    allowedValues: date,
  },
  travelDays: {
    label: 'Travel days',
    record: 'mobility',
    description: 'Days of travel before and after the activity.',
    allowedValues: 'A whole number from 0 to 30; default 0',
  },
  originCity: {
    label: 'Origin city',
    record: 'mobility',
    description: 'Where the participant travels from; with the country it gives the travel distance.',
    allowedValues: 'A city name, e.g. Berlin',
  },
  originCountry: {
    label: 'Origin country',
    record: 'mobility',
    description: 'Country of the origin city.',
    allowedValues: country,
  },
  destinationCity: {
    label: 'Destination city',
    record: 'mobility',
    description: 'Where the activity takes place.',
    allowedValues: 'A city name, e.g. Paris',
  },
  destinationCountry: {
    label: 'Destination country',
    record: 'mobility',
    description: 'Country of the destination city.',
    allowedValues: country,
  },
  sendingOid: {
    label: 'Sending organisation OID',
    record: 'mobility',
    description:
      'Matched to your partner organisations by OID, else by name and country; created when missing.',
    allowedValues: 'E followed by 8 digits, e.g. E10123456',
  },
  sendingName: {
    label: 'Sending organisation name',
    record: 'mobility',
    description: 'Legal name of the sending organisation.',
    allowedValues: 'Text, at most 300 characters',
  },
  receivingOid: {
    label: 'Receiving organisation OID',
    record: 'mobility',
    description:
      'Matched to your partner organisations by OID, else by name and country; created when missing.',
    allowedValues: 'E followed by 8 digits, e.g. E10234567',
  },
  receivingName: {
    label: 'Receiving organisation name',
    record: 'mobility',
    description: 'Legal name of the receiving organisation.',
    allowedValues: 'Text, at most 300 characters',
  },
  meansOfTransport: {
    label: 'Means of transport',
    record: 'mobility',
    description: 'The main means of transport, which decides green travel.',
    allowedValues: meansOfTransport.join(', '),
  },
  greenTravel: {
    label: 'Green travel',
    record: 'mobility',
    description:
      'Used when no means of transport is given: Yes records “other sustainable transport”. Otherwise it must agree with the means of transport.',
    allowedValues: yesNo,
  },
  distanceBand: {
    label: 'Distance band',
    record: 'mobility',
    description:
      'Mobilis computes the band from the cities; a stated band that disagrees is reported as a warning, never imported.',
    allowedValues: 'e.g. Between 500 and 1999 KM, or 500-1999',
  },
  blended: {
    label: 'Blended',
    record: 'mobility',
    description: 'The physical mobility is combined with a virtual component.',
    allowedValues: `${yesNo}; default No`,
  },
  longTerm: {
    label: 'Long-term',
    record: 'mobility',
    description: 'A long-term activity.',
    allowedValues: `${yesNo}; default No`,
  },
  mainLanguage: {
    label: 'Main language',
    record: 'mobility',
    description: 'The language the participant mainly uses abroad.',
    allowedValues: 'ISO 639-1 code, e.g. fr',
  },
} as const satisfies Record<string, ImportFieldDefinition>;

export type ImportField = keyof typeof importFields;
export const importFieldKeys = Object.keys(importFields) as [ImportField, ...ImportField[]];

export function isImportField(value: string): value is ImportField {
  return Object.hasOwn(importFields, value);
}

/** Fields whose presence makes a row a mobility (a participants-only file has none of them). */
export const mobilityFieldKeys = importFieldKeys.filter((key) => importFields[key].record === 'mobility');

export const sensitiveImportFields = importFieldKeys.filter(
  (key) => (importFields[key] as ImportFieldDefinition).sensitive,
);

/** The console's answer for a file's unknown columns: each header (as the file spells it) to a field, or ignored. */
export const ImportColumnMappingSchema = z.record(
  storable('Column', z.string().max(200, 'Column names are at most 200 characters')),
  z.enum([...importFieldKeys, 'ignore'], { error: 'Choose a field, or ignore the column' }),
);
