import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { OrganisationCreateSchema } from '@mobilis/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormFailure } from '../../components/page-states';
import { schemaValidate } from '../../lib/schema-validate';
import { showServerError } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';
import {
  emptyOrganisation,
  OrganisationFields,
  type OrganisationFormValues,
  toOrganisationInput,
} from './organisation-fields';

export function CreateOrganisationModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<OrganisationFormValues>({
    initialValues: emptyOrganisation,
    validate: schemaValidate(OrganisationCreateSchema, toOrganisationInput),
  });
  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };
  const create = useMutation(
    trpc.organisation.create.mutationOptions({
      onSuccess: async (organisation) => {
        notifications.show({
          color: 'green',
          title: 'Organisation created',
          message: organisation.legalName,
        });
        await queryClient.invalidateQueries({ queryKey: trpc.organisation.list.queryKey() });
        close();
      },
      onError: (error) => setFailure(showServerError(form, error)),
    }),
  );

  return (
    <Modal opened={opened} onClose={close} title="New organisation" size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setFailure(null);
          create.mutate(OrganisationCreateSchema.parse(toOrganisationInput(values)));
        })}
      >
        <Stack gap="md">
          <OrganisationFields form={form} />
          <FormFailure message={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create organisation
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
