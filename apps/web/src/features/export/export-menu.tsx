import { Button, Checkbox, Menu } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useSpecialCategories } from '../../lib/session';

interface ExportMenuProps {
  organisationId: string;
  list: 'participants' | 'mobilities';
  /** The list's current filters: the export holds exactly the rows the list shows (all pages). */
  filters: Record<string, unknown>;
  /** Coordinators may add sensitive fields and export the Beneficiary Module layout. */
  canEdit: boolean;
}

/** The filters as query parameters: lists repeat their key, the page cursor is left out. */
export function exportQuery(filters: Record<string, unknown>, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams(extra);
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || key === 'cursor') continue;
    for (const item of [value].flat()) query.append(key, String(item));
  }
  return query.toString();
}

export function ExportMenu({ organisationId, list, filters, canEdit }: ExportMenuProps) {
  const seesBarriers = useSpecialCategories(organisationId);
  const [includeSensitive, setIncludeSensitive] = useState(false);
  const base = `/api/organisations/${organisationId}/exports`;
  const extra: Record<string, string> = includeSensitive ? { includeSensitive: 'true' } : {};
  const projectId = typeof filters.projectId === 'string' ? filters.projectId : undefined;
  return (
    <Menu closeOnItemClick={false} position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconFileExport size={16} />}>
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>The {list} as filtered</Menu.Label>
        <Menu.Item component="a" href={`${base}/${list}.csv?${exportQuery(filters, extra)}`} download>
          CSV
        </Menu.Item>
        <Menu.Item component="a" href={`${base}/${list}.xlsx?${exportQuery(filters, extra)}`} download>
          Excel (XLSX)
        </Menu.Item>
        {list === 'mobilities' && canEdit && (
          <>
            <Menu.Divider />
            <Menu.Label>Beneficiary Module</Menu.Label>
            {projectId ? (
              <Menu.Item
                component="a"
                href={`${base}/beneficiary-module.csv?${exportQuery({ projectId, status: filters.status ?? ['completed'] })}`}
                download
              >
                Mobility import layout (CSV)
              </Menu.Item>
            ) : (
              <Menu.Item disabled>Filter by a project to export its mobilities</Menu.Item>
            )}
          </>
        )}
        {canEdit && (
          <>
            <Menu.Divider />
            <Menu.Item closeMenuOnClick={false}>
              <Checkbox
                label={`Include sensitive fields (birth date, gender, fewer opportunities${seesBarriers ? ', barriers' : ''})`}
                checked={includeSensitive}
                onChange={(event) => setIncludeSensitive(event.currentTarget.checked)}
              />
            </Menu.Item>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
