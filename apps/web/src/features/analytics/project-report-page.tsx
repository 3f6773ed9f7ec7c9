import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { DetailsTable } from '../../components/details-table';
import { AnchorLink } from '../../components/links';
import { ErrorState, LoadingState } from '../../components/page-states';
import { actionTypeLabel, fieldLabel, formatDate, formatDateRange } from '../../lib/labels';
import { useSignedInUser } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import type { Overview } from './analytics-types';
import { EquityGapFigure } from './equity-gap-figure';
import { FlowsFigure } from './flows-figure';
import { OutcomeChangeFigure } from './outcome-change-figure';
import { ResponseFunnelFigure } from './response-funnel-figure';
import { SuppressionLegend } from './suppression-legend';

interface ProjectReportPageProps {
  organisationId: string;
  projectId: string;
}

/**
 * A project's outcomes as the annex of its final report: the project, response rates, the outcome table and the
 * charts, laid out to print on A4 (in black and white too).
 */
export function ProjectReportPage({ organisationId, projectId }: ProjectReportPageProps) {
  const trpc = useTRPC();
  const user = useSignedInUser();
  const project = useQuery(trpc.project.byId.queryOptions({ organisationId, id: projectId }));
  const overview = useQuery(
    trpc.analytics.overview.queryOptions({ organisationId, projectId, breakdown: 'all' }),
  );
  const organisationName = user.memberships.find(
    (membership) => membership.organisationId === organisationId,
  )?.legalName;

  if (project.isPending || overview.isPending) return <LoadingState label="Preparing the report…" />;
  if (project.isError) return <ErrorState title="The project could not be loaded" error={project.error} />;
  if (overview.isError) return <ErrorState title="The outcomes could not be loaded" error={overview.error} />;
  const data = project.data;

  return (
    // As wide as A4 with 15 mm margins (180 mm), so that the charts print as they are shown.
    <Stack gap="lg" maw={680} className="analytics-printable" data-testid="project-report">
      <Group justify="space-between" className="analytics-no-print">
        <AnchorLink
          to="/o/$organisationId/projects/$projectId"
          params={{ organisationId, projectId }}
          size="sm"
        >
          Back to the project
        </AnchorLink>
        <Button leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
          Print
        </Button>
      </Group>
      <div>
        <Text size="sm" c="dimmed">
          Annex: participants’ outcomes
        </Text>
        <Title order={2}>{data.title ?? data.grantAgreementNumber}</Title>
      </div>
      <DetailsTable
        label="Project"
        rows={[
          ['Grant agreement number', data.grantAgreementNumber],
          ['Beneficiary', organisationName ?? '—'],
          ['Action type', actionTypeLabel(data.actionType)],
          ['Field', fieldLabel(data.field)],
          ['Project dates', formatDateRange(data.startDate, data.endDate)],
          ['Figures as of', formatDate(new Date().toISOString().slice(0, 10))],
        ]}
      />
      <ReportFigures overview={overview.data} organisationId={organisationId} projectId={projectId} />
    </Stack>
  );
}

interface ReportFiguresProps {
  overview: Overview;
  organisationId: string;
  projectId: string;
}

function ReportFigures({ overview, organisationId, projectId }: ReportFiguresProps) {
  const k = overview.minimumCellSize;
  const linked = { organisationId, filters: { projectId } };
  return (
    <>
      <Text size="sm">
        Participants rated statements about each expected outcome of Key Action 1 from 1 (strongly disagree)
        to 5 (strongly agree) before the mobility (baseline), at its end and some months later (follow-up).
        Changes are the same participants’ ratings compared, with 95% confidence intervals.
      </Text>
      <SuppressionLegend rules={overview.disclosure} />
      <ResponseFunnelFigure responses={overview.responses.total} minimumCellSize={k} />
      <OutcomeChangeFigure items={overview.items} minimumCellSize={k} {...linked} />
      <EquityGapFigure items={overview.items} minimumCellSize={k} {...linked} />
      <FlowsFigure flows={overview.flows} minimumCellSize={k} />
    </>
  );
}
