import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { countryOptions, organisationTypeOptions } from '../../lib/labels';

export interface OrganisationFormValues {
  legalName: string;
  oid: string;
  type: string | null;
  erasmusCode: string;
  country: string | null;
  city: string;
}

export const emptyOrganisation: OrganisationFormValues = {
  legalName: '',
  oid: '',
  type: null,
  erasmusCode: '',
  country: null,
  city: '',
};

/**
 * The form's values as the organisation schemas take them: an unchosen select is missing (so the message says
 * "is required"), and the Erasmus code is sent only for higher-education institutions, null otherwise.
 */
export function toOrganisationInput(values: OrganisationFormValues) {
  const isHei = values.type === 'higher_education_institution';
  return {
    legalName: values.legalName,
    oid: values.oid,
    type: values.type ?? undefined,
    erasmusCode: isHei && values.erasmusCode.trim() !== '' ? values.erasmusCode : null,
    country: values.country ?? undefined,
    city: values.city,
  };
}

export function OrganisationFields({ form }: { form: UseFormReturnType<OrganisationFormValues> }) {
  return (
    <>
      <TextInput label="Legal name" required {...form.getInputProps('legalName')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="OID"
          description="Organisation ID in the EU's registration system, e.g. E10123456"
          required
          {...form.getInputProps('oid')}
        />
        <Select
          label="Type"
          description="The kind of organisation"
          placeholder="Choose a type"
          data={organisationTypeOptions}
          allowDeselect={false}
          required
          {...form.getInputProps('type')}
        />
      </SimpleGrid>
      {form.values.type === 'higher_education_institution' && (
        <TextInput
          label="Erasmus code"
          // Non-breaking spaces: the code's padding is significant, and HTML would collapse it.
          description={'Only for holders of the Erasmus Charter, e.g. “D\u00a0\u00a0BERLIN01”'}
          {...form.getInputProps('erasmusCode')}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Country"
          placeholder="Search a country"
          data={countryOptions}
          searchable
          nothingFoundMessage="No country has that name"
          allowDeselect={false}
          required
          {...form.getInputProps('country')}
        />
        <TextInput label="City" required {...form.getInputProps('city')} />
      </SimpleGrid>
    </>
  );
}
