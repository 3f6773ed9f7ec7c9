import {
  ActionIcon,
  Button,
  CopyButton,
  Group,
  Menu,
  Modal,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { SurveyExcludeSchema } from '@mobilis/schema';
import {
  IconAlertTriangle,
  IconBan,
  IconBell,
  IconCheck,
  IconCopy,
  IconDots,
  IconLink,
  IconMailOff,
} from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormFailure } from '../../components/page-states';
import { schemaValidate } from '../../lib/schema-validate';
import { errorMessage, showServerError } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';
import { isAwaitingAnswer, waveLabel } from './survey-labels';

export interface PlannedSurvey {
  id: string;
  mobilityId: string;
  participantId: string;
  participantName: string;
  wave: string;
  status: string;
}

type Dialog = 'link' | 'undelivered' | 'exclude' | null;

/** What a coordinator can do with one survey of the plan: remind, pass on a link, mark undelivered, exclude. */
export function SurveyActions({ organisationId, survey }: { organisationId: string; survey: PlannedSurvey }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.survey.pathKey() });
  const who = `${survey.participantName} (${waveLabel(survey.wave).toLowerCase()} survey)`;
  const remind = useMutation(
    trpc.survey.sendReminder.mutationOptions({
      onSuccess: async ({ result }) => {
        notifications.show(
          result === 'sent'
            ? {
                color: 'green',
                title: 'Reminder sent',
                message: `A reminder with a new link went to ${who}.`,
              }
            : {
                color: 'orange',
                title: 'No reminder sent',
                message: `${survey.participantName} has no e-mail address: the survey is marked undelivered.`,
              },
        );
        await refresh();
      },
      // CONFLICT: reminded less than 24 hours ago, or no longer open; the server says which.
      onError: (error) =>
        notifications.show({ color: 'red', title: 'No reminder sent', message: errorMessage(error) }),
    }),
  );
  const copy = useMutation(trpc.survey.copyLink.mutationOptions());
  const open = isAwaitingAnswer(survey.status);
  const takesAnswers = survey.status !== 'submitted' && survey.status !== 'excluded';
  if (!takesAnswers) return null;

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Actions for ${who}`}
            loading={remind.isPending}
          >
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconBell size={16} />}
            disabled={!open}
            onClick={() => remind.mutate({ organisationId, surveyId: survey.id })}
          >
            Send reminder
          </Menu.Item>
          <Menu.Item
            leftSection={<IconLink size={16} />}
            onClick={() => {
              copy.mutate({ organisationId, surveyId: survey.id });
              setDialog('link');
            }}
          >
            Copy link
          </Menu.Item>
          <Menu.Item
            leftSection={<IconMailOff size={16} />}
            disabled={!open}
            onClick={() => setDialog('undelivered')}
          >
            Mark undelivered
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconBan size={16} />} color="red" onClick={() => setDialog('exclude')}>
            Exclude
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <CopyLinkModal
        survey={survey}
        opened={dialog === 'link'}
        pending={copy.isPending}
        link={copy.data?.link}
        failure={copy.isError ? errorMessage(copy.error) : null}
        onClose={() => {
          copy.reset();
          setDialog(null);
        }}
      />
      <MarkUndeliveredModal
        organisationId={organisationId}
        survey={survey}
        opened={dialog === 'undelivered'}
        onClose={() => setDialog(null)}
      />
      <ExcludeModal
        organisationId={organisationId}
        survey={survey}
        opened={dialog === 'exclude'}
        onClose={() => setDialog(null)}
      />
    </>
  );
}

interface SurveyModalProps {
  organisationId: string;
  survey: PlannedSurvey;
  onClose: () => void;
}

interface CopyLinkModalProps {
  survey: PlannedSurvey;
  opened: boolean;
  pending: boolean;
  link: string | undefined;
  failure: string | null;
  onClose: () => void;
}

/** A fresh personal link, made when the dialog opens, to pass on by hand (earlier links keep working). */
function CopyLinkModal({ survey, opened, pending, link, failure, onClose }: CopyLinkModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Personal survey link" size="lg">
      <Stack gap="md">
        <Text size="sm">
          A new personal link to the {waveLabel(survey.wave).toLowerCase()} survey of{' '}
          <strong>{survey.participantName}</strong>. Pass it on only to them: anyone with the link can answer
          in their name. Links sent earlier keep working.
        </Text>
        {pending && <Text c="dimmed">Making a link…</Text>}
        <FormFailure message={failure} />
        {link && (
          <Group gap="xs" wrap="nowrap" align="flex-end">
            <TextInput
              label="Link"
              value={link}
              readOnly
              onFocus={(event) => event.currentTarget.select()}
              style={{ flex: 1 }}
              ff="monospace"
              data-testid="survey-link"
            />
            <CopyButton value={link}>
              {({ copied, copy: copyToClipboard }) => (
                <Button
                  variant={copied ? 'light' : 'filled'}
                  color={copied ? 'green' : undefined}
                  leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  onClick={copyToClipboard}
                >
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
          </Group>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** A bounce or a wrong address that the coordinator learnt of: the survey stops counting as sent. */
function MarkUndeliveredModal({
  organisationId,
  survey,
  opened,
  onClose,
}: SurveyModalProps & { opened: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setReason('');
    setError(null);
    mark.reset();
    onClose();
  };
  const mark = useMutation(
    trpc.survey.markUndelivered.mutationOptions({
      onSuccess: async () => {
        notifications.show({ color: 'green', title: 'Marked undelivered', message: survey.participantName });
        await queryClient.invalidateQueries({ queryKey: trpc.survey.pathKey() });
        close();
      },
    }),
  );
  return (
    <Modal opened={opened} onClose={close} title="Mark as undelivered">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!reason.trim()) {
            setError('Reason is required');
            return;
          }
          mark.mutate({ organisationId, surveyId: survey.id, reason: reason.trim() });
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            The invitation to <strong>{survey.participantName}</strong> did not arrive, for example because
            the address bounced. Correct the address on the participant, then send a reminder or copy a link.
          </Text>
          <Textarea
            label="Reason"
            placeholder="The e-mail bounced: mailbox unknown"
            required
            maxLength={300}
            autosize
            minRows={2}
            value={reason}
            error={error}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setError(null);
            }}
            data-autofocus
          />
          <FormFailure message={mark.isError ? errorMessage(mark.error) : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color="orange" loading={mark.isPending}>
              Mark undelivered
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Takes a participant out of the mobility's surveys: nothing more is sent and their links stop working. */
function ExcludeModal({ organisationId, survey, opened, onClose }: SurveyModalProps & { opened: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const toInput = (values: { reason: string }) => ({
    mobilityId: survey.mobilityId,
    participantId: survey.participantId,
    reason: values.reason,
  });
  const form = useForm({
    initialValues: { reason: '' },
    validate: schemaValidate(SurveyExcludeSchema, toInput),
  });
  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };
  const exclude = useMutation(
    trpc.survey.exclude.mutationOptions({
      onSuccess: async ({ excluded }) => {
        notifications.show({
          color: 'green',
          title: `${survey.participantName} is excluded`,
          message: `${excluded} ${excluded === 1 ? 'survey' : 'surveys'} will not be sent or answered.`,
        });
        await queryClient.invalidateQueries({ queryKey: trpc.survey.pathKey() });
        close();
      },
      onError: (error) => setFailure(showServerError(form, error)),
    }),
  );
  return (
    <Modal opened={opened} onClose={close} title="Exclude from the surveys">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setFailure(null);
          exclude.mutate({ organisationId, ...SurveyExcludeSchema.parse(toInput(values)) });
        })}
      >
        <Stack gap="md">
          <Text size="sm">
            Exclude <strong>{survey.participantName}</strong> from every survey of this mobility that is not
            answered yet? Nothing more is sent to them, and their links stop working. Answers already sent
            stay.
          </Text>
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconAlertTriangle size={18} color="var(--mantine-color-orange-8)" aria-hidden />
            <Text size="sm" c="dimmed">
              This cannot be undone from the console. The reason is kept with the surveys, for coordinators
              only.
            </Text>
          </Group>
          <Textarea
            label="Reason"
            placeholder="Withdrew from the mobility"
            required
            maxLength={500}
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <FormFailure message={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={exclude.isPending}>
              Exclude
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
