import { List, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmModal } from '../../components/confirm-modal';
import { errorMessage } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';

interface EraseParticipantModalProps {
  organisationId: string;
  participant: { id: string; givenName: string; familyName: string };
  opened: boolean;
  onClose: () => void;
}

/**
 * Erases a participant's personal data when they ask (GDPR Art. 17): says what goes and what stays for the
 * programme's statistics, and asks for the name to be typed, since it cannot be undone.
 */
export function EraseParticipantModal({
  organisationId,
  participant,
  opened,
  onClose,
}: EraseParticipantModalProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const name = `${participant.givenName} ${participant.familyName}`;
  const [typed, setTyped] = useState('');
  const erase = useMutation(
    trpc.participant.erase.mutationOptions({
      onSuccess: async (report) => {
        notifications.show({
          color: 'green',
          title: 'Personal data erased',
          message: `${report.examples} examples, ${report.surveyLinks} survey links, ${report.messages} messages and ${report.importFiles} import files removed.`,
        });
        close();
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.participant.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.mobility.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]);
      },
    }),
  );
  const close = () => {
    erase.reset();
    setTyped('');
    onClose();
  };

  return (
    <ConfirmModal
      opened={opened}
      title="Erase personal data"
      confirmLabel="Erase for good"
      busy={erase.isPending}
      failure={erase.isError ? errorMessage(erase.error) : null}
      confirmDisabled={typed.trim() !== name}
      onConfirm={() => erase.mutate({ organisationId, id: participant.id })}
      onClose={close}
    >
      <Stack gap="sm">
        <Text>
          When <strong>{name}</strong> asks for their data to be erased, Mobilis removes everything that
          identifies them:
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>name, e-mail, birth date, barrier categories and student identifier;</List.Item>
          <List.Item>the examples they wrote in surveys, their survey links, and messages to them;</List.Item>
          <List.Item>
            what the history recorded of their details, and the files of finished imports.
          </List.Item>
        </List>
        <Text size="sm">
          Kept without identity, for the programme's statistics: their mobilities, kind, gender, nationality,
          age band and survey ratings. The history keeps that an erasure happened. This cannot be undone.
        </Text>
        <TextInput
          label={`Type “${name}” to confirm`}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          autoComplete="off"
        />
      </Stack>
    </ConfirmModal>
  );
}
