import { Button, Group, Input, NumberInput, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type SurveySettings, SurveySettingsSchema } from '@mobilis/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DetailsTable } from '../../components/details-table';
import { FormFailure } from '../../components/page-states';
import { schemaValidate } from '../../lib/schema-validate';
import { showServerError } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';

interface SettingsValues {
  baselineOffsetDays: number | string;
  followUpOffsetDays: number | string;
  followUpEnabled: boolean;
  /** "7, 14": days after the invitation. */
  reminderDays: string;
}

function valuesOf(settings: SurveySettings): SettingsValues {
  return { ...settings, reminderDays: settings.reminderDays.join(', ') };
}

function toInput(values: SettingsValues) {
  const days = values.reminderDays
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((day) => (/^\d+$/.test(day) ? Number(day) : Number.NaN));
  return { ...values, reminderDays: days };
}

const validateSchema = schemaValidate(SurveySettingsSchema, toInput);

/** The schema's errors, with those of one reminder day ("reminderDays.1") shown on the one field. */
function validate(values: SettingsValues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(validateSchema(values))) {
    const field = path.startsWith('reminderDays') ? 'reminderDays' : path;
    errors[field] ??= String(message);
  }
  return errors;
}

interface SurveySettingsFormProps {
  organisationId: string;
  projectId: string;
  settings: SurveySettings;
}

/** When the project's surveys go out. Surveys not sent yet move when these change. */
export function SurveySettingsForm({ organisationId, projectId, settings }: SurveySettingsFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<SettingsValues>({ initialValues: valuesOf(settings), validate });
  const save = useMutation(
    trpc.survey.updateSettings.mutationOptions({
      onSuccess: async (saved) => {
        notifications.show({
          color: 'green',
          title: 'Survey settings saved',
          message: 'Surveys that have not gone out yet follow the new dates.',
        });
        form.setInitialValues(valuesOf(saved));
        form.reset();
        await queryClient.invalidateQueries({ queryKey: trpc.survey.pathKey() });
      },
      onError: (error) => setFailure(showServerError(form, error)),
    }),
  );

  return (
    <form
      noValidate
      aria-label="Survey settings"
      onSubmit={form.onSubmit((values) => {
        setFailure(null);
        save.mutate({ organisationId, projectId, ...SurveySettingsSchema.parse(toInput(values)) });
      })}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2, xl: 4 }} spacing="lg" verticalSpacing="md">
          <NumberInput
            label="Baseline survey"
            description="Days before the start of each mobility"
            min={0}
            max={120}
            allowDecimal={false}
            suffix=" days"
            {...form.getInputProps('baselineOffsetDays')}
          />
          <Input.Wrapper
            label="Follow-up survey"
            description="Months after the mobility, to see what lasted"
            labelElement="div"
          >
            <Switch
              mt={8}
              label="Send a follow-up survey"
              {...form.getInputProps('followUpEnabled', { type: 'checkbox' })}
            />
          </Input.Wrapper>
          <NumberInput
            label="Follow-up survey after"
            description="Days after the end of each mobility"
            min={30}
            max={730}
            allowDecimal={false}
            suffix=" days"
            disabled={!form.getValues().followUpEnabled}
            {...form.getInputProps('followUpOffsetDays')}
          />
          <TextInput
            label="Automatic reminders"
            description="Days after the invitation, separated by commas (at most 3); empty for none"
            placeholder="7, 14"
            {...form.getInputProps('reminderDays')}
          />
        </SimpleGrid>
        <FormFailure message={failure} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The same settings for viewers, to read. */
export function SurveySettingsSummary({ settings }: { settings: SurveySettings }) {
  return (
    <Stack gap="xs">
      <DetailsTable
        label="Survey settings"
        labelWidth={200}
        rows={[
          ['Baseline survey', `${settings.baselineOffsetDays} days before the start`],
          [
            'Follow-up survey',
            settings.followUpEnabled ? `${settings.followUpOffsetDays} days after the end` : 'Not sent',
          ],
          [
            'Automatic reminders',
            settings.reminderDays.length > 0
              ? `${settings.reminderDays.join(', ')} days after the invitation`
              : 'None',
          ],
        ]}
      />
      <Text size="xs" c="dimmed">
        Coordinators change these settings.
      </Text>
    </Stack>
  );
}
