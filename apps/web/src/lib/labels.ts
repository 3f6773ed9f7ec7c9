import {
  type ActionType,
  type ActivityTypeCode,
  type AnalyticsDimension,
  actionTypes,
  actionTypeValues,
  activityTypeByCode,
  activityTypeCodes,
  ageBands,
  analyticsDimensions,
  analyticsItemKind,
  type BarrierCategory,
  barrierLabels,
  countries,
  countryByCode,
  distanceBands,
  durationBands,
  euOfficialLanguages,
  genders,
  type IndicatorCode,
  languageItemPrefix,
  languages,
  type MeansOfTransport,
  type MobilityStatus,
  meansOfTransport,
  messagesEn,
  mobilityStatuses,
  type OrganisationType,
  type OutcomeCode,
  organisationTypes,
  outcomeByCode,
  type ParticipantKind,
  type ProgrammeField,
  participantKindValues,
  programmeFields,
  programmeFieldValues,
  surveyMessagesEn,
} from '@mobilis/schema';

// How the console names the reference data of @mobilis/schema, shared by every page that shows or picks it.

const organisationTypeLabels: Record<OrganisationType, string> = {
  school: 'School',
  vet_provider: 'VET provider',
  higher_education_institution: 'Higher education institution',
  adult_education_provider: 'Adult education provider',
  youth_organisation: 'Youth organisation',
  public_body: 'Public body',
  ngo: 'NGO',
  company: 'Company',
  other: 'Other',
};

export function organisationTypeLabel(type: string): string {
  return organisationTypeLabels[type as OrganisationType] ?? type;
}

export const organisationTypeOptions = organisationTypes.map((type) => ({
  value: type,
  label: organisationTypeLabels[type],
}));

export function countryName(code: string): string {
  return countryByCode(code)?.name ?? code;
}

// Programme countries first: nearly every organisation and mobility in Erasmus+ Key Action 1 is in one.
export const countryOptions = [
  {
    group: 'Erasmus+ programme countries',
    items: countries.filter((c) => c.programmeCountry).map((c) => ({ value: c.code, label: c.name })),
  },
  {
    group: 'Other countries',
    items: countries.filter((c) => !c.programmeCountry).map((c) => ({ value: c.code, label: c.name })),
  },
];

const euLanguageCodes = new Set(euOfficialLanguages.map((language) => language.code));

export const languageOptions = [
  {
    group: 'Official EU languages',
    items: euOfficialLanguages.map((language) => ({ value: language.code, label: language.name })),
  },
  {
    group: 'Other languages',
    items: languages
      .filter((language) => !euLanguageCodes.has(language.code))
      .map((language) => ({ value: language.code, label: language.name })),
  },
];

export function languageName(code: string): string {
  return languages.find((language) => language.code === code)?.name ?? code;
}

const kindLabels: Record<ParticipantKind, string> = {
  pupil: 'Pupil',
  student: 'Student',
  trainee: 'VET trainee',
  apprentice: 'Apprentice',
  adult_learner: 'Adult learner',
  young_person: 'Young person',
  teacher: 'Teacher',
  trainer: 'Trainer',
  youth_worker: 'Youth worker',
  staff: 'Other education staff',
  professional: 'Professional (outside education)',
};

export function participantKindLabel(kind: string): string {
  return kindLabels[kind as ParticipantKind] ?? kind;
}

export const participantKindOptions = participantKindValues.map((kind) => ({
  value: kind,
  label: kindLabels[kind],
}));

type Gender = (typeof genders)[number];

const genderLabels: Record<Gender, string> = {
  female: 'Female',
  male: 'Male',
  non_binary: 'Non-binary',
  undisclosed: 'Prefers not to say',
};

export function genderLabel(gender: string): string {
  return genderLabels[gender as Gender] ?? gender;
}

export const genderOptions = genders.map((gender) => ({ value: gender, label: genderLabels[gender] }));

export function barrierLabel(barrier: string): string {
  return barrierLabels[barrier as BarrierCategory] ?? barrier;
}

export function actionTypeLabel(action: string): string {
  const known = actionTypes[action as ActionType];
  return known ? `${action} · ${known.name}` : action;
}

export const actionTypeOptions = actionTypeValues.map((action) => ({
  value: action,
  label: actionTypeLabel(action),
}));

export function fieldLabel(field: string): string {
  return programmeFields[field as ProgrammeField]?.name ?? field;
}

export function fieldOptions(action: ActionType | null) {
  const fields = action ? actionTypes[action].fields : programmeFieldValues;
  return fields.map((field) => ({ value: field, label: programmeFields[field].name }));
}

export function activityTypeLabel(code: string | null | undefined): string {
  if (!code) return 'Activity type not chosen';
  return (activityTypeCodes as readonly string[]).includes(code)
    ? activityTypeByCode(code as ActivityTypeCode).name
    : code;
}

export const activityTypeOptions = activityTypeCodes.map((code) => ({
  value: code,
  label: activityTypeByCode(code).name,
}));

const statusLabels: Record<MobilityStatus, string> = {
  draft: 'Draft',
  planned: 'Planned',
  ongoing: 'Ongoing',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

const statusColors: Record<MobilityStatus, string> = {
  draft: 'gray',
  planned: 'blue',
  ongoing: 'teal',
  completed: 'green',
  cancelled: 'red',
};

export function statusLabel(status: string): string {
  return statusLabels[status as MobilityStatus] ?? status;
}

export function statusColor(status: string): string {
  return statusColors[status as MobilityStatus] ?? 'gray';
}

export const statusOptions = mobilityStatuses.map((status) => ({
  value: status,
  label: statusLabels[status],
}));

const transportLabels: Record<MeansOfTransport, string> = {
  plane: 'Plane',
  train: 'Train',
  bus: 'Bus',
  coach: 'Coach',
  car: 'Car',
  car_sharing: 'Car sharing',
  bike: 'Bike',
  boat: 'Boat',
  other_sustainable: 'Other sustainable means',
  other: 'Other',
};

export function transportLabel(means: string): string {
  return transportLabels[means as MeansOfTransport] ?? means;
}

export const transportOptions = meansOfTransport.map((means) => ({
  value: means,
  label: transportLabels[means],
}));

/** "500-1999" as people read it: "500–1999 km". */
export function distanceBandLabel(code: string | null | undefined): string {
  if (!code) return 'Under 10 km';
  const band = distanceBands.find((candidate) => candidate.code === code);
  if (!band) return code;
  return Number.isFinite(band.belowKm) ? `${band.minKm}–${band.belowKm - 1} km` : `${band.minKm} km and more`;
}

/** ISO dates as written in the EU's forms, without a time zone to shift them: 2026-09-07 → 7 Sep 2026. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '—';
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export function formatDateRange(start: string | null | undefined, end: string | null | undefined): string {
  if (!start && !end) return 'Dates not set';
  return `${formatDate(start)} – ${formatDate(end)}`;
}

export function dimensionLabel(dimension: string): string {
  return analyticsDimensions[dimension as AnalyticsDimension] ?? dimension;
}

const bandLabels: Record<string, string> = Object.fromEntries(
  [...ageBands, ...durationBands].map((band) => [band.key, band.label]),
);

const fewerOpportunitiesLabels: Record<string, string> = {
  yes: 'With fewer opportunities',
  no: 'Without fewer opportunities',
};

/**
 * A group of an analytics breakdown as people read it: a country's name, "Pupil", "18–24". Projects and
 * organisations are named by the server (`labels`), since only it knows them all.
 */
export function dimensionValueLabel(
  dimension: string,
  value: string,
  labels: Readonly<Record<string, string>> = {},
): string {
  switch (dimension) {
    case 'all':
      return 'All participants';
    case 'project':
    case 'organisation':
      return labels[value] ?? value;
    case 'field':
      return fieldLabel(value);
    case 'action_type':
      return actionTypeLabel(value);
    case 'activity_type':
      return activityTypeLabel(value);
    case 'participant_kind':
      return participantKindLabel(value);
    case 'gender':
      return genderLabel(value);
    case 'age_band':
    case 'duration_band':
      return bandLabels[value] ?? value;
    case 'sending_country':
    case 'receiving_country':
      return countryName(value);
    case 'fewer_opportunities':
      return fewerOpportunitiesLabels[value] ?? value;
    case 'barrier':
      return barrierLabel(value);
    case 'flow':
      return value.split('>').map(countryName).join(' → ');
    default:
      return value;
  }
}

/** What an analytics item measures: an outcome's code and label, an indicator's statement, or a language skill. */
export function analyticsItemLabel(code: string): string {
  switch (analyticsItemKind(code)) {
    case 'outcome': {
      // The code too: two outcomes may share a label (learners' and staff's language and digital skills).
      const label = outcomeByCode(code as OutcomeCode)?.label.en;
      return label ? `${code} · ${label}` : code;
    }
    case 'indicator':
      return messagesEn[`indicator.${code as IndicatorCode}.statement`] ?? code;
    case 'language': {
      const skill = code.slice(languageItemPrefix.length);
      const name = surveyMessagesEn[`survey.cefr.${skill}` as keyof typeof surveyMessagesEn] ?? skill;
      return `Language: ${name.toLowerCase()} (CEFR level)`;
    }
    default:
      return code;
  }
}
