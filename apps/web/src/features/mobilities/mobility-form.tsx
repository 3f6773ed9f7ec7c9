import {
  Box,
  Button,
  Card,
  Checkbox,
  Grid,
  Group,
  Input,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  type ActivityTypeCode,
  activityTypeByCode,
  activityTypesFor,
  checkEligibility,
  eligibilityRules,
  type MeansOfTransport,
  MobilityCreateSchema,
  MobilityUpdateSchema,
  mobilityFacts,
  mobilityMetrics,
  type OutcomeCode,
  outcomesForGroup,
  type ParticipantKind,
  type Place,
  type TargetGroup,
  targetGroupOf,
} from '@mobilis/schema';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type ComponentType, type ReactNode, useId, useState } from 'react';
import { ButtonLink } from '../../components/links';
import { FormFailure } from '../../components/page-states';
import { countryName, transportOptions } from '../../lib/labels';
import { schemaValidate } from '../../lib/schema-validate';
import { showServerError } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';
import { CityField } from './city-field';
import { FieldWarnings, findingErrors } from './findings';
import {
  blankMobility,
  findingsAt,
  type MobilityDetails,
  type MobilityFormValues,
  mobilityFactsOf,
  mobilityValues,
  toMobilityInput,
} from './mobility-form-values';
import { MobilitySummary } from './mobility-summary';
import { ParticipantMultiSelect, ParticipantSelect, useChosenParticipants } from './participant-pickers';

/** The partners feature's form, offered here to add a partner without leaving the mobility. */
export type AddPartnerModal = ComponentType<{
  organisationId: string;
  opened: boolean;
  onClose: () => void;
  onSaved: (partner: { id: string; city: string; country: string }) => void;
}>;

interface MobilityFormProps {
  organisationId: string;
  /** The mobility to edit; a new one without it. */
  mobility?: MobilityDetails;
  /** The project of a new mobility when it is started from the project's page. */
  projectId?: string | undefined;
  AddPartner?: AddPartnerModal;
}

const outcomeOption = (outcome: { code: string; label: { en: string } }) => ({
  value: outcome.code,
  label: `${outcome.code} · ${outcome.label.en}`,
});

const foldName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

/** Creates or edits a mobility, with its figures and eligibility recomputed as the user types. */
export function MobilityForm({ organisationId, mobility, projectId, AddPartner }: MobilityFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const projects = useQuery(trpc.project.list.queryOptions({ organisationId }));
  const partners = useQuery(trpc.partner.list.queryOptions({ organisationId }));
  const [failure, setFailure] = useState<string | null>(null);
  const [addingPartner, setAddingPartner] = useState<
    'sendingOrganisationId' | 'receivingOrganisationId' | null
  >(null);
  const form = useForm<MobilityFormValues>({
    initialValues: mobility ? mobilityValues(mobility) : blankMobility(projectId ?? null),
    validate: schemaValidate(MobilityCreateSchema, toMobilityInput),
  });
  const values = form.values;

  const project = projects.data?.find((candidate) => candidate.id === values.projectId);
  const projectFacts = project && {
    actionType: project.actionType as Parameters<typeof activityTypesFor>[0],
    field: project.field as Parameters<typeof activityTypesFor>[1],
  };
  const activity = values.activityType ? activityTypeByCode(values.activityType) : undefined;
  const allowedKinds: readonly ParticipantKind[] | null = values.activityType
    ? eligibilityRules[values.activityType].participantKinds
    : null;

  const chosenIds =
    values.participation.mode === 'individual'
      ? values.participation.participantId
        ? [values.participation.participantId]
        : []
      : [...values.participation.learnerIds, ...values.participation.accompanyingPersonIds];
  const chosen = useChosenParticipants(organisationId, chosenIds);

  const facts = mobilityFactsOf(values);
  const metrics = mobilityMetrics(facts);
  const findings = chosen.complete
    ? checkEligibility(
        mobilityFacts(
          facts,
          (id) => {
            const participant = chosen.known.get(id);
            return (
              participant && { kind: participant.kind as ParticipantKind, birthDate: participant.birthDate }
            );
          },
          projectFacts,
        ),
      )
    : null;
  const at = (...paths: string[]) => findingsAt(findings ?? [], ...paths);
  // A field shows the form's own error first (the schema's), else the eligibility errors about it.
  const errorOf = (path: string, ...findingPaths: string[]) =>
    form.errors[path] ?? findingErrors(at(path, ...findingPaths));

  const individualKind = values.participation.participantId
    ? chosen.known.get(values.participation.participantId)?.kind
    : undefined;
  const outcomeGroup: TargetGroup | null =
    activity?.targetGroup ?? (individualKind ? targetGroupOf(individualKind as ParticipantKind) : null);

  const saved = async (id: string, title: string) => {
    notifications.show({ color: 'green', title, message: 'Its figures and eligibility are on its page.' });
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.mobility.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.project.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
    ]);
    await navigate({
      to: '/o/$organisationId/mobilities/$mobilityId',
      params: { organisationId, mobilityId: id },
    });
  };
  const onError = (error: unknown) => setFailure(showServerError(form, error));
  const create = useMutation(
    trpc.mobility.create.mutationOptions({ onSuccess: ({ id }) => saved(id, 'Mobility created'), onError }),
  );
  const update = useMutation(
    trpc.mobility.update.mutationOptions({ onSuccess: ({ id }) => saved(id, 'Mobility saved'), onError }),
  );

  const chooseActivity = (code: ActivityTypeCode | null) => {
    form.setFieldValue('activityType', code);
    const mode = code ? activityTypeByCode(code).participation : 'either';
    if (mode !== 'either') form.setFieldValue('participation.mode', mode);
  };

  // A new mobility usually starts where its sending organisation is: take its city when the origin is empty.
  const defaultOrigin = async (partner: { city: string; country: string } | undefined) => {
    if (!partner || form.getValues().origin) return;
    const cities = await queryClient.fetchQuery(
      trpc.geo.cities.queryOptions({ query: partner.city, country: partner.country, limit: 5 }),
    );
    const city = cities.find((candidate) => foldName(candidate.name) === foldName(partner.city));
    if (city && !form.getValues().origin) {
      form.setFieldValue('origin', {
        city: city.name,
        country: city.country,
        coordinates: { lat: city.lat, lon: city.lon },
      });
    }
  };
  const chooseSending = (id: string | null) => {
    form.setFieldValue('sendingOrganisationId', id);
    void defaultOrigin(partners.data?.find((partner) => partner.id === id));
  };

  const partnerOptions = (partners.data ?? []).map((partner) => ({
    value: partner.id,
    label: `${partner.legalName} (${partner.city}, ${countryName(partner.country)})`,
  }));
  const activityOptions = (
    projectFacts ? activityTypesFor(projectFacts.actionType, projectFacts.field) : []
  ).map((type) => ({ value: type.code, label: type.name }));
  const outcomeOptions = outcomeGroup
    ? outcomesForGroup(outcomeGroup).map(outcomeOption)
    : [
        { group: 'Learner outcomes', items: outcomesForGroup('learner').map(outcomeOption) },
        { group: 'Staff outcomes', items: outcomesForGroup('staff').map(outcomeOption) },
      ];
  const cancel = mobility
    ? ({
        to: '/o/$organisationId/mobilities/$mobilityId',
        params: { organisationId, mobilityId: mobility.id },
      } as const)
    : projectId
      ? ({ to: '/o/$organisationId/projects/$projectId', params: { organisationId, projectId } } as const)
      : ({ to: '/o/$organisationId/mobilities', params: { organisationId } } as const);

  return (
    <>
      <form
        noValidate
        aria-label={mobility ? 'Edit mobility' : 'New mobility'}
        onSubmit={form.onSubmit((submitted) => {
          setFailure(null);
          const input = MobilityCreateSchema.parse(toMobilityInput(submitted));
          if (mobility) {
            const { projectId: _fixed, ...fields } = input;
            update.mutate({ organisationId, ...MobilityUpdateSchema.parse({ id: mobility.id, ...fields }) });
          } else {
            create.mutate({ organisationId, ...input });
          }
        })}
      >
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack gap="lg">
              <Section title="Activity">
                {mobility || projectId ? (
                  <TextInput
                    label="Project"
                    description="A mobility stays in the project it was created in"
                    value={
                      project
                        ? `${project.grantAgreementNumber}${project.title ? ` · ${project.title}` : ''}`
                        : 'Loading…'
                    }
                    readOnly
                    variant="filled"
                  />
                ) : (
                  <Select
                    label="Project"
                    placeholder={projects.data?.length === 0 ? 'Create a project first' : 'Choose a project'}
                    data={(projects.data ?? []).map((candidate) => ({
                      value: candidate.id,
                      label: `${candidate.grantAgreementNumber}${candidate.title ? ` · ${candidate.title}` : ''}`,
                    }))}
                    searchable
                    required
                    allowDeselect={false}
                    nothingFoundMessage="No project matches"
                    {...form.getInputProps('projectId')}
                    onChange={(id) => {
                      form.setFieldValue('projectId', id);
                      chooseActivity(null);
                    }}
                  />
                )}
                <div>
                  <Select
                    label="Activity type"
                    placeholder={project ? 'Choose an activity' : 'Choose the project first'}
                    description={
                      project ? `The activities of ${project.actionType} projects in this field` : undefined
                    }
                    data={activityOptions}
                    disabled={!project}
                    searchable
                    clearable
                    allowDeselect={false}
                    nothingFoundMessage="No activity has that name"
                    {...form.getInputProps('activityType')}
                    error={errorOf('activityType')}
                    onChange={(code) => chooseActivity(code as ActivityTypeCode | null)}
                  />
                  <FieldWarnings results={at('activityType')} />
                </div>
              </Section>

              <Section title="Participants">
                {activity?.participation === 'either' && (
                  <Input.Wrapper
                    label="Participation"
                    description="This activity takes one participant or a group"
                  >
                    <div>
                      <SegmentedControl
                        mt={4}
                        data={[
                          { value: 'individual', label: 'One participant' },
                          { value: 'group', label: 'A group' },
                        ]}
                        {...form.getInputProps('participation.mode')}
                      />
                    </div>
                  </Input.Wrapper>
                )}
                {values.participation.mode === 'individual' ? (
                  <div>
                    <ParticipantSelect
                      organisationId={organisationId}
                      label="Participant"
                      description={kindsNote(allowedKinds)}
                      kinds={allowedKinds}
                      chosen={chosen.known}
                      value={values.participation.participantId}
                      onChange={(id) => form.setFieldValue('participation.participantId', id)}
                      error={errorOf('participation.participantId', 'participation')}
                    />
                    <FieldWarnings results={at('participation.participantId', 'participation')} />
                  </div>
                ) : (
                  <>
                    <div>
                      <ParticipantMultiSelect
                        organisationId={organisationId}
                        label="Learners"
                        description={kindsNote(allowedKinds)}
                        kinds={allowedKinds}
                        chosen={chosen.known}
                        value={values.participation.learnerIds}
                        onChange={(ids) => form.setFieldValue('participation.learnerIds', ids)}
                        error={errorOf('participation.learnerIds', 'participation')}
                      />
                      <FieldWarnings results={at('participation.learnerIds', 'participation')} />
                    </div>
                    <div>
                      <ParticipantMultiSelect
                        organisationId={organisationId}
                        label="Accompanying persons"
                        description="Teachers, trainers or group leaders who travel with the group"
                        kinds={null}
                        chosen={chosen.known}
                        value={values.participation.accompanyingPersonIds}
                        onChange={(ids) => form.setFieldValue('participation.accompanyingPersonIds', ids)}
                        error={
                          form.errors['participation.accompanyingPersonIds'] ??
                          Object.entries(form.errors).find(([path]) =>
                            path.startsWith('participation.accompanyingPersonIds.'),
                          )?.[1] ??
                          findingErrors(at('participation.accompanyingPersonIds'))
                        }
                      />
                      <FieldWarnings results={at('participation.accompanyingPersonIds')} />
                    </div>
                  </>
                )}
              </Section>

              <Section title="Organisations and places">
                <PartnerPicker
                  label="Sending organisation"
                  data={partnerOptions}
                  value={values.sendingOrganisationId}
                  onChange={chooseSending}
                  error={form.errors.sendingOrganisationId}
                  onAdd={AddPartner ? () => setAddingPartner('sendingOrganisationId') : undefined}
                />
                <PartnerPicker
                  label="Receiving organisation"
                  data={partnerOptions}
                  value={values.receivingOrganisationId}
                  onChange={(id) => form.setFieldValue('receivingOrganisationId', id)}
                  error={form.errors.receivingOrganisationId}
                  onAdd={AddPartner ? () => setAddingPartner('receivingOrganisationId') : undefined}
                />
                <CityField
                  label="Origin"
                  value={values.origin}
                  onChange={(place: Place | null) => form.setFieldValue('origin', place)}
                  error={errorOf('origin')}
                  description="Defaults to the sending partner's city"
                >
                  <FieldWarnings results={at('origin')} />
                </CityField>
                <CityField
                  label="Destination"
                  value={values.destination}
                  onChange={(place: Place | null) => form.setFieldValue('destination', place)}
                  error={errorOf('destination')}
                >
                  <FieldWarnings results={at('destination')} />
                </CityField>
              </Section>

              <Section title="Dates and travel">
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <div>
                    <TextInput
                      label="Start date"
                      description="First day of the activity, travel excluded"
                      type="date"
                      {...form.getInputProps('startDate')}
                      error={errorOf('startDate')}
                    />
                    <FieldWarnings results={at('startDate')} />
                  </div>
                  <div>
                    <TextInput
                      label="End date"
                      description="Last day of the activity, travel excluded"
                      type="date"
                      {...form.getInputProps('endDate')}
                      error={errorOf('endDate')}
                    />
                    <FieldWarnings results={at('endDate')} />
                  </div>
                </SimpleGrid>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <div>
                    <NumberInput
                      label="Travel days"
                      description="Days of travel before and after the activity"
                      min={0}
                      max={30}
                      allowDecimal={false}
                      allowNegative={false}
                      {...form.getInputProps('travelDays')}
                      error={errorOf('travelDays')}
                    />
                    <FieldWarnings results={at('travelDays')} />
                  </div>
                  <div>
                    <Select
                      label="Means of transport"
                      description="The main one; sustainable means count as green travel"
                      placeholder="Choose one"
                      data={transportOptions}
                      clearable
                      {...form.getInputProps('meansOfTransport')}
                      onChange={(means) =>
                        form.setFieldValue('meansOfTransport', means as MeansOfTransport | null)
                      }
                      error={errorOf('meansOfTransport')}
                    />
                    <FieldWarnings results={at('meansOfTransport')} />
                  </div>
                </SimpleGrid>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <div>
                    <Checkbox
                      label="Blended"
                      description="The physical mobility is combined with a virtual component"
                      {...form.getInputProps('blended', { type: 'checkbox' })}
                      error={errorOf('blended')}
                    />
                    <FieldWarnings results={at('blended')} />
                  </div>
                  <div>
                    <Checkbox
                      label="Long-term"
                      description="A long-term mobility under the activity's rules"
                      {...form.getInputProps('longTerm', { type: 'checkbox' })}
                      error={errorOf('longTerm')}
                    />
                    <FieldWarnings results={at('longTerm')} />
                  </div>
                </SimpleGrid>
              </Section>

              <Section title="Outcomes">
                <div>
                  <MultiSelect
                    label="Target outcomes"
                    description={
                      outcomeGroup
                        ? `Leave empty for all ${outcomeGroup} outcomes`
                        : 'Leave empty for all outcomes of the participant’s group'
                    }
                    placeholder={values.targetOutcomes.length === 0 ? 'All outcomes of the group' : undefined}
                    data={outcomeOptions}
                    searchable
                    clearable
                    {...form.getInputProps('targetOutcomes')}
                    onChange={(codes) => form.setFieldValue('targetOutcomes', codes as OutcomeCode[])}
                    error={errorOf('targetOutcomes')}
                  />
                  <FieldWarnings results={at('targetOutcomes')} />
                </div>
              </Section>

              <FormFailure message={failure} />
              <Group justify="flex-end">
                <ButtonLink variant="default" {...cancel}>
                  Cancel
                </ButtonLink>
                <Button type="submit" loading={create.isPending || update.isPending}>
                  {mobility ? 'Save mobility' : 'Create mobility'}
                </Button>
              </Group>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Box pos="sticky" top={72}>
              <MobilitySummary
                metrics={metrics}
                travelDays={typeof facts.travelDays === 'number' ? facts.travelDays : 0}
                findings={findings}
                hasActivityType={values.activityType !== null}
              />
            </Box>
          </Grid.Col>
        </Grid>
      </form>
      {/* Outside the form: the partner's form would otherwise submit this one too (React events cross portals). */}
      {AddPartner && (
        <AddPartner
          organisationId={organisationId}
          opened={addingPartner !== null}
          onClose={() => setAddingPartner(null)}
          onSaved={(partner) => {
            if (addingPartner === 'sendingOrganisationId') {
              form.setFieldValue('sendingOrganisationId', partner.id);
              void defaultOrigin(partner);
            } else if (addingPartner === 'receivingOrganisationId') {
              form.setFieldValue('receivingOrganisationId', partner.id);
            }
          }}
        />
      )}
    </>
  );
}

function kindsNote(kinds: readonly ParticipantKind[] | null): string | undefined {
  if (!kinds) return undefined;
  return `Offered: ${kinds.map((kind) => kind.replaceAll('_', ' ')).join(', ')} (the kinds this activity is for)`;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={3} size="h5" id={headingId}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

interface PartnerPickerProps {
  label: string;
  data: { value: string; label: string }[];
  value: string | null;
  onChange: (id: string | null) => void;
  error?: ReactNode;
  onAdd: (() => void) | undefined;
}

function PartnerPicker({ label, data, value, onChange, error, onAdd }: PartnerPickerProps) {
  return (
    <Group align="flex-end" gap="sm" wrap="nowrap">
      <Select
        label={label}
        placeholder={data.length === 0 ? 'No partners yet: add one' : 'Choose a partner'}
        data={data}
        value={value}
        onChange={onChange}
        searchable
        clearable
        allowDeselect={false}
        nothingFoundMessage="No partner has that name"
        error={error}
        style={{ flex: 1 }}
      />
      {onAdd && (
        <Button
          variant="default"
          leftSection={<IconPlus size={16} />}
          onClick={onAdd}
          aria-label={`New partner (${label.toLowerCase()})`}
        >
          New partner
        </Button>
      )}
    </Group>
  );
}
