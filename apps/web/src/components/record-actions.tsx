import { Button, Group } from '@mantine/core';
import { IconEdit, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** The Edit and Delete buttons of a record's page; `edit` replaces the Edit button, e.g. with a link. */
export function RecordActions({
  onEdit,
  edit,
  onDelete,
}: {
  onEdit?: () => void;
  edit?: ReactNode;
  onDelete: () => void;
}) {
  return (
    <Group gap="xs">
      {edit ?? (
        <Button variant="default" leftSection={<IconEdit size={16} />} onClick={onEdit}>
          Edit
        </Button>
      )}
      <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={onDelete}>
        Delete
      </Button>
    </Group>
  );
}
