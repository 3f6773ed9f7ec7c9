import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { RouterOutputs } from '@mobilis/api';
import { PartnerOrganisationCreateSchema, PartnerOrganisationUpdateSchema } from '@mobilis/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormFailure } from '../../components/page-states';
import { countryOptions, organisationTypeOptions } from '../../lib/labels';
import { schemaValidate } from '../../lib/schema-validate';
import { showServerError } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';

export type Partner = RouterOutputs['partner']['list'][number];

interface PartnerFormValues {
  legalName: string;
  type: string | null;
  oid: string;
  erasmusCode: string;
  country: string | null;
  city: string;
}

const blank: PartnerFormValues = {
  legalName: '',
  type: null,
  oid: '',
  erasmusCode: '',
  country: null,
  city: '',
};

function valuesOf(partner: Partner): PartnerFormValues {
  return {
    legalName: partner.legalName,
    type: partner.type,
    oid: partner.oid ?? '',
    erasmusCode: partner.erasmusCode ?? '',
    country: partner.country,
    city: partner.city,
  };
}

/** Partners are not Mobilis organisations: their OID is optional, the Erasmus code only for universities. */
function toInput(values: PartnerFormValues) {
  const isHei = values.type === 'higher_education_institution';
  return {
    legalName: values.legalName,
    type: values.type ?? undefined,
    oid: values.oid.trim() === '' ? null : values.oid,
    erasmusCode: isHei && values.erasmusCode.trim() !== '' ? values.erasmusCode : null,
    country: values.country ?? undefined,
    city: values.city,
  };
}

export interface PartnerFormModalProps {
  organisationId: string;
  /** The partner to edit; a new one without it. */
  partner?: Partner | undefined;
  opened: boolean;
  onClose: () => void;
  onSaved?: (partner: Partner) => void;
}

export function PartnerFormModal({
  organisationId,
  partner,
  opened,
  onClose,
  onSaved,
}: PartnerFormModalProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<PartnerFormValues>({
    initialValues: partner ? valuesOf(partner) : blank,
    validate: schemaValidate(PartnerOrganisationCreateSchema, toInput),
  });
  const close = () => {
    form.setValues(partner ? valuesOf(partner) : blank);
    form.clearErrors();
    setFailure(null);
    onClose();
  };
  const saved = async (result: Partner, title: string) => {
    notifications.show({ color: 'green', title, message: result.legalName });
    await queryClient.invalidateQueries({ queryKey: trpc.partner.list.queryKey({ organisationId }) });
    onSaved?.(result);
    close();
  };
  const onError = (error: unknown) => setFailure(showServerError(form, error));
  const create = useMutation(
    trpc.partner.create.mutationOptions({ onSuccess: (result) => saved(result, 'Partner added'), onError }),
  );
  const update = useMutation(
    trpc.partner.update.mutationOptions({ onSuccess: (result) => saved(result, 'Partner saved'), onError }),
  );

  return (
    <Modal opened={opened} onClose={close} title={partner ? 'Edit partner' : 'New partner'} size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setFailure(null);
          const input = PartnerOrganisationCreateSchema.parse(toInput(values));
          if (partner) {
            update.mutate({
              organisationId,
              ...PartnerOrganisationUpdateSchema.parse({ id: partner.id, ...input }),
            });
          } else {
            create.mutate({ organisationId, ...input });
          }
        })}
      >
        <Stack gap="md">
          <TextInput label="Legal name" required data-autofocus {...form.getInputProps('legalName')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Type"
              placeholder="Choose a type"
              data={organisationTypeOptions}
              allowDeselect={false}
              required
              {...form.getInputProps('type')}
            />
            <TextInput
              label="OID"
              description="Optional, e.g. E10123456"
              autoComplete="off"
              {...form.getInputProps('oid')}
            />
          </SimpleGrid>
          {form.values.type === 'higher_education_institution' && (
            <TextInput
              label="Erasmus code"
              description={'Optional, e.g. “F\u00a0\u00a0PARIS001”'}
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
            <TextInput
              label="City"
              description="Mobilities sent from here start in this city"
              required
              {...form.getInputProps('city')}
            />
          </SimpleGrid>
          <FormFailure message={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {partner ? 'Save partner' : 'Add partner'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
