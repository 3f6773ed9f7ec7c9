import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { RouterOutputs } from '@mobilis/api';
import {
  barrierCategories,
  learnerKinds,
  ParticipantCreateSchema,
  ParticipantUpdateSchema,
  staffKinds,
} from '@mobilis/schema';
import { IconShieldLock } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormFailure } from '../../components/page-states';
import {
  barrierLabel,
  countryOptions,
  genderOptions,
  languageOptions,
  participantKindLabel,
} from '../../lib/labels';
import { schemaValidate } from '../../lib/schema-validate';
import { showServerError } from '../../lib/server-error';
import { useSpecialCategories } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';

type Participant = RouterOutputs['participant']['byId'];

interface ParticipantFormValues {
  givenName: string;
  familyName: string;
  email: string;
  birthDate: string;
  gender: string | null;
  nationality: string | null;
  preferredLanguage: string | null;
  kind: string | null;
  fewerOpportunities: boolean;
  barriers: string[];
  esi: string;
}

const blank: ParticipantFormValues = {
  givenName: '',
  familyName: '',
  email: '',
  birthDate: '',
  gender: null,
  nationality: null,
  preferredLanguage: 'en',
  kind: null,
  fewerOpportunities: false,
  barriers: [],
  esi: '',
};

function valuesOf(participant: Participant): ParticipantFormValues {
  return {
    givenName: participant.givenName,
    familyName: participant.familyName,
    email: participant.email ?? '',
    birthDate: participant.birthDate,
    gender: participant.gender,
    nationality: participant.nationality,
    preferredLanguage: participant.preferredLanguage,
    kind: participant.kind,
    fewerOpportunities: participant.fewerOpportunities,
    barriers: participant.barriers ?? [],
    esi: participant.esi ?? '',
  };
}

/**
 * The form's values as the participant schemas take them: empty optional fields are null, an unchosen select is
 * missing (so the message says "is required"), barriers only with fewer opportunities, the ESI only for students.
 */
function toInput(values: ParticipantFormValues) {
  return {
    givenName: values.givenName,
    familyName: values.familyName,
    email: values.email.trim() === '' ? null : values.email,
    birthDate: values.birthDate || undefined,
    gender: values.gender ?? undefined,
    nationality: values.nationality ?? undefined,
    preferredLanguage: values.preferredLanguage ?? undefined,
    kind: values.kind ?? undefined,
    fewerOpportunities: values.fewerOpportunities,
    barriers: values.fewerOpportunities ? values.barriers : [],
    esi: values.kind === 'student' && values.esi.trim() !== '' ? values.esi : null,
  };
}

const kindOptions = [
  {
    group: 'Learners',
    items: learnerKinds.map((kind) => ({ value: kind, label: participantKindLabel(kind) })),
  },
  { group: 'Staff', items: staffKinds.map((kind) => ({ value: kind, label: participantKindLabel(kind) })) },
];

interface ParticipantFormModalProps {
  organisationId: string;
  /** The participant to edit, with their barriers (coordinators only); a new one without it. */
  participant?: Participant;
  opened: boolean;
  onClose: () => void;
}

export function ParticipantFormModal({
  organisationId,
  participant,
  opened,
  onClose,
}: ParticipantFormModalProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const seesBarriers = useSpecialCategories(organisationId);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<ParticipantFormValues>({
    initialValues: participant ? valuesOf(participant) : blank,
    validate: schemaValidate(ParticipantCreateSchema, toInput),
  });
  const close = () => {
    form.setValues(participant ? valuesOf(participant) : blank);
    form.clearErrors();
    setFailure(null);
    onClose();
  };
  const saved = async (title: string) => {
    notifications.show({
      color: 'green',
      title,
      message: `${form.values.givenName} ${form.values.familyName}`,
    });
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.participant.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.mobility.pathKey() }),
    ]);
    close();
  };
  const onError = (error: unknown) => setFailure(showServerError(form, error));
  const create = useMutation(
    trpc.participant.create.mutationOptions({ onSuccess: () => saved('Participant added'), onError }),
  );
  const update = useMutation(
    trpc.participant.update.mutationOptions({ onSuccess: () => saved('Participant saved'), onError }),
  );

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={participant ? 'Edit participant' : 'New participant'}
      size="xl"
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setFailure(null);
          const input = ParticipantCreateSchema.parse(toInput(values));
          if (participant) {
            update.mutate({
              organisationId,
              ...ParticipantUpdateSchema.parse({ id: participant.id, ...input }),
            });
          } else {
            create.mutate({ organisationId, ...input });
          }
        })}
      >
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Given name" required data-autofocus {...form.getInputProps('givenName')} />
            <TextInput label="Family name" required {...form.getInputProps('familyName')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Email"
              type="email"
              description="For survey invitations; optional for young pupils"
              autoComplete="off"
              {...form.getInputProps('email')}
            />
            <TextInput label="Birth date" type="date" required {...form.getInputProps('birthDate')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Kind"
              description="Decides which outcomes apply: learner or staff"
              placeholder="Choose a kind"
              data={kindOptions}
              allowDeselect={false}
              required
              {...form.getInputProps('kind')}
            />
            <Select
              label="Gender"
              placeholder="Choose one"
              data={genderOptions}
              allowDeselect={false}
              required
              {...form.getInputProps('gender')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Nationality"
              placeholder="Search a country"
              data={countryOptions}
              searchable
              nothingFoundMessage="No country has that name"
              allowDeselect={false}
              required
              {...form.getInputProps('nationality')}
            />
            <Select
              label="Preferred language"
              description="Surveys are sent in this language"
              placeholder="Search a language"
              data={languageOptions}
              searchable
              nothingFoundMessage="No language has that name"
              allowDeselect={false}
              required
              {...form.getInputProps('preferredLanguage')}
            />
          </SimpleGrid>
          {form.values.kind === 'student' && (
            <TextInput
              label="European Student Identifier (ESI)"
              description="Optional, e.g. urn:schac:personalUniqueCode:int:esi:es:12345678"
              autoComplete="off"
              {...form.getInputProps('esi')}
            />
          )}
          <Checkbox
            label="Fewer opportunities"
            description="The participant faces barriers that the Programme's inclusion support addresses"
            {...form.getInputProps('fewerOpportunities', { type: 'checkbox' })}
          />
          {form.values.fewerOpportunities && !seesBarriers && (
            <Text size="sm" c="dimmed" pl="lg">
              Barrier categories are recorded by a coordinator with access to special categories; saving keeps
              those recorded.
            </Text>
          )}
          {form.values.fewerOpportunities && seesBarriers && (
            <Stack gap="sm" pl="lg">
              <Alert color="yellow" variant="light" icon={<IconShieldLock />} title="Sensitive information">
                <Text size="sm">
                  Barriers can reveal health, disability or social circumstances. Record only what the
                  participant agreed to and what the grant needs. Only coordinators with access to special
                  categories see them; the history records that they changed, never what they are.
                </Text>
              </Alert>
              <Checkbox.Group
                label="Barriers"
                description="Tick every barrier that applies"
                {...form.getInputProps('barriers')}
              >
                <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                  {barrierCategories.map((barrier) => (
                    <Checkbox key={barrier} value={barrier} label={barrierLabel(barrier)} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
            </Stack>
          )}
          <FormFailure message={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {participant ? 'Save participant' : 'Add participant'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
