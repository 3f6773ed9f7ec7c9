import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { RouterOutputs } from '@mobilis/api';
import {
  type ActionType,
  actionTypes,
  type ProgrammeField,
  ProjectCreateSchema,
  ProjectUpdateSchema,
  parseGrantAgreementNumber,
} from '@mobilis/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormFailure } from '../../components/page-states';
import { actionTypeOptions, fieldOptions } from '../../lib/labels';
import { schemaValidate } from '../../lib/schema-validate';
import { showServerError } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';

type Project = RouterOutputs['project']['byId'];

interface ProjectFormValues {
  grantAgreementNumber: string;
  title: string;
  actionType: ActionType | null;
  field: ProgrammeField | null;
  startDate: string;
  endDate: string;
}

const blank: ProjectFormValues = {
  grantAgreementNumber: '',
  title: '',
  actionType: null,
  field: null,
  startDate: '',
  endDate: '',
};

function valuesOf(project: Project): ProjectFormValues {
  return {
    grantAgreementNumber: project.grantAgreementNumber,
    title: project.title ?? '',
    actionType: project.actionType as ActionType,
    field: project.field as ProgrammeField,
    startDate: project.startDate,
    endDate: project.endDate,
  };
}

interface ProjectFormModalProps {
  organisationId: string;
  /** The project to edit; a new one without it. */
  project?: Project;
  opened: boolean;
  onClose: () => void;
  onSaved?: (id: string) => void;
}

export function ProjectFormModal({
  organisationId,
  project,
  opened,
  onClose,
  onSaved,
}: ProjectFormModalProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  // The beneficiary is always the organisation the project is kept in: taken from the address, never shown.
  const toInput = (values: ProjectFormValues) => ({
    grantAgreementNumber: values.grantAgreementNumber,
    title: values.title.trim() === '' ? null : values.title,
    actionType: values.actionType ?? undefined,
    field: values.field ?? undefined,
    startDate: values.startDate || undefined,
    endDate: values.endDate || undefined,
    beneficiaryOrganisationId: organisationId,
  });
  const form = useForm<ProjectFormValues>({
    initialValues: project ? valuesOf(project) : blank,
    validate: schemaValidate(ProjectCreateSchema, toInput),
  });
  const close = () => {
    form.setValues(project ? valuesOf(project) : blank);
    form.clearErrors();
    setFailure(null);
    onClose();
  };
  const saved = async (id: string, message: string) => {
    notifications.show({ color: 'green', title: message, message: form.values.grantAgreementNumber });
    await queryClient.invalidateQueries({ queryKey: trpc.project.pathKey() });
    onSaved?.(id);
    close();
  };
  const onError = (error: unknown) => setFailure(showServerError(form, error));
  const create = useMutation(
    trpc.project.create.mutationOptions({ onSuccess: ({ id }) => saved(id, 'Project created'), onError }),
  );
  const update = useMutation(
    trpc.project.update.mutationOptions({ onSuccess: ({ id }) => saved(id, 'Project saved'), onError }),
  );

  // A valid grant agreement number names its action and field: fill them in.
  const changeNumber = (value: string) => {
    form.setFieldValue('grantAgreementNumber', value);
    const parsed = parseGrantAgreementNumber(value);
    if (parsed) {
      form.setFieldValue('actionType', parsed.action);
      form.setFieldValue('field', parsed.field);
    }
  };
  const changeAction = (action: ActionType | null) => {
    form.setFieldValue('actionType', action);
    const allowed: readonly ProgrammeField[] = action ? actionTypes[action].fields : [];
    const field = form.values.field;
    if (allowed.length === 1) form.setFieldValue('field', allowed[0] ?? null);
    else if (field && !allowed.includes(field)) form.setFieldValue('field', null);
  };

  return (
    <Modal opened={opened} onClose={close} title={project ? 'Edit project' : 'New project'} size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setFailure(null);
          const input = ProjectCreateSchema.parse(toInput(values));
          if (project) {
            const { consortiumMemberIds: _unchanged, ...changes } = input;
            update.mutate({ organisationId, ...ProjectUpdateSchema.parse({ id: project.id, ...changes }) });
          } else {
            create.mutate({ organisationId, ...input });
          }
        })}
      >
        <Stack gap="md">
          <TextInput
            label="Grant agreement number"
            description="As in the grant agreement, e.g. 2026-1-DE03-KA122-SCH-000123456"
            required
            data-autofocus
            autoComplete="off"
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            {...form.getInputProps('grantAgreementNumber')}
            onChange={(event) => changeNumber(event.currentTarget.value)}
          />
          <TextInput label="Title" description="Optional" {...form.getInputProps('title')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Action type"
              placeholder="Choose an action"
              data={actionTypeOptions}
              allowDeselect={false}
              required
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('actionType')}
              onChange={(value) => changeAction(value as ActionType | null)}
            />
            <Select
              label="Field"
              placeholder={form.values.actionType ? 'Choose a field' : 'Choose the action first'}
              data={fieldOptions(form.values.actionType)}
              disabled={!form.values.actionType}
              allowDeselect={false}
              required
              {...form.getInputProps('field')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Start date" type="date" required {...form.getInputProps('startDate')} />
            <TextInput label="End date" type="date" required {...form.getInputProps('endDate')} />
          </SimpleGrid>
          <FormFailure message={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {project ? 'Save project' : 'Create project'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
