import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormFailure } from './page-states';

interface ConfirmModalProps {
  opened: boolean;
  title: string;
  /** What will happen, naming the record. */
  children: ReactNode;
  /** The button that does it, e.g. "Delete participant". */
  confirmLabel: string;
  color?: string;
  busy: boolean;
  failure: string | null;
  /** Holds the button back until the person has done what `children` ask (typed a name, say). */
  confirmDisabled?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before a destructive action; the failure, if the server refused, stays in the dialog. */
export function ConfirmModal({
  opened,
  title,
  children,
  confirmLabel,
  color = 'red',
  busy,
  failure,
  confirmDisabled = false,
  onConfirm,
  onClose,
}: ConfirmModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack gap="md">
        {children}
        <FormFailure message={failure} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            Keep it
          </Button>
          <Button color={color} loading={busy} disabled={confirmDisabled} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
