import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** A record's fields as label and value rows. A row whose value is undefined is left out. */
export function DetailsTable({
  label,
  rows,
  labelWidth = 190,
}: {
  label: string;
  rows: ReadonlyArray<readonly [string, ReactNode]>;
  labelWidth?: number;
}) {
  return (
    <Table variant="vertical" layout="fixed" aria-label={label} verticalSpacing={6}>
      <Table.Tbody>
        {rows
          .filter(([, value]) => value !== undefined)
          .map(([name, value]) => (
            <Table.Tr key={name}>
              <Table.Th w={labelWidth} fw={500} c="dimmed">
                {name}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
      </Table.Tbody>
    </Table>
  );
}
