import { Alert, Button, Card, Group, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { RouterOutputs } from '@mobilis/api';
import { OrganisationChangesSchema } from '@mobilis/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState, ErrorState, FormFailure, LoadingState } from '../../components/page-states';
import { schemaValidate } from '../../lib/schema-validate';
import { showServerError } from '../../lib/server-error';
import { useCanManage, useMemberAccess } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { OrganisationFields, type OrganisationFormValues, toOrganisationInput } from './organisation-fields';
import { RetentionSettings } from './retention-settings';
import { SecondStepRequirement } from './second-step-requirement';
import { useOrganisation } from './use-organisation';

type Organisation = RouterOutputs['organisation']['list'][number];

export function OrganisationSettingsPage({ organisationId }: { organisationId: string }) {
  const canManage = useCanManage(organisationId);
  const isCoordinator = useMemberAccess(organisationId).canEdit;
  const organisation = useOrganisation(organisationId);

  return (
    <Stack gap="md" maw={720}>
      <Title order={2}>Settings</Title>
      {!canManage ? (
        <Alert color="blue" title="Read only">
          Only the organisation's coordinators and the administrators can change its profile.
        </Alert>
      ) : organisation.isPending ? (
        <LoadingState label="Loading the organisation…" />
      ) : organisation.isError ? (
        <ErrorState title="The organisation could not be loaded" error={organisation.error} />
      ) : !organisation.data ? (
        <EmptyState title="Organisation not found" />
      ) : (
        <>
          <ProfileForm organisation={organisation.data} />
          {isCoordinator && (
            <SecondStepRequirement
              organisationId={organisationId}
              required={organisation.data.requiresSecondFactor}
            />
          )}
          {isCoordinator && <RetentionSettings organisationId={organisationId} />}
        </>
      )}
    </Stack>
  );
}

function ProfileForm({ organisation }: { organisation: Organisation }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<OrganisationFormValues>({
    initialValues: {
      legalName: organisation.legalName,
      oid: organisation.oid,
      type: organisation.type,
      erasmusCode: organisation.erasmusCode ?? '',
      country: organisation.country,
      city: organisation.city,
    },
    validate: schemaValidate(OrganisationChangesSchema, toOrganisationInput),
  });
  const update = useMutation(
    trpc.organisation.update.mutationOptions({
      onSuccess: async (saved) => {
        form.resetDirty();
        notifications.show({ color: 'green', title: 'Profile saved', message: saved.legalName });
        // The name also appears in the organisation switcher, which comes from auth.me for members.
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.organisation.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
        ]);
      },
      onError: (error) => setFailure(showServerError(form, error)),
    }),
  );

  return (
    <Card withBorder padding="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setFailure(null);
          const changes = OrganisationChangesSchema.parse(toOrganisationInput(values));
          update.mutate({ organisationId: organisation.id, ...changes });
        })}
      >
        <Stack gap="md">
          <Title order={3} size="h4">
            Profile
          </Title>
          <OrganisationFields form={form} />
          <FormFailure message={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty()}>
              Discard changes
            </Button>
            <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
