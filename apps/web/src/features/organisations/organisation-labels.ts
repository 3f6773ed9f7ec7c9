import { countries, countryByCode, type OrganisationType, organisationTypes } from '@mobilis/schema';

const typeLabels: Record<OrganisationType, string> = {
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
  return typeLabels[type as OrganisationType] ?? type;
}

export const organisationTypeOptions = organisationTypes.map((type) => ({
  value: type,
  label: typeLabels[type],
}));

export function countryName(code: string): string {
  return countryByCode(code)?.name ?? code;
}

// Programme countries first: nearly every organisation in Erasmus+ Key Action 1 is in one.
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
