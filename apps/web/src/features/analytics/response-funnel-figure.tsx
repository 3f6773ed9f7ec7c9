import { Text } from '@mantine/core';
import type { Guarded, SurveyResponseSummary } from '@mobilis/schema';
import { AnalyticsTable } from './analytics-table';
import { surveys } from './analytics-types';
import { Chart } from './chart';
import { FigureCard } from './figure-card';
import { responseFunnelOption } from './response-funnel-option';
import { guardedCells } from './summary-cells';
import { type AnalyticsTableModel, count, interval, none, share, text } from './table-cells';

interface ResponseFunnelFigureProps {
  responses: Guarded<SurveyResponseSummary>;
  minimumCellSize: number;
}

/** Per survey: how many were sent, how many answered, and the response rate with its interval. */
export function ResponseFunnelFigure({ responses, minimumCellSize }: ResponseFunnelFigureProps) {
  const table: AnalyticsTableModel = {
    title: 'Response rates',
    minimumCellSize,
    columns: ['Survey', 'Sent', 'Answered', 'Response rate', '95% interval'],
    rows: surveys.map((survey) => [
      text(survey.label),
      ...guardedCells(responses, 4, (summary) => {
        const wave = summary[survey.key];
        return [
          count(wave.sent),
          count(wave.submitted),
          wave.responseRate ? share(wave.responseRate.share) : none,
          interval(wave.responseRate?.ci95 ?? null, 'share'),
        ];
      }),
    ]),
  };
  const shown = responses !== null && responses !== 'suppressed' ? responses : null;
  return (
    <FigureCard
      title="Response rates"
      description="Surveys sent and answered at each of the three surveys; the response rate is the share of those sent that were answered."
      testId="response-funnel"
    >
      {shown ? (
        <Chart
          option={responseFunnelOption(
            surveys.map((survey) => ({
              survey: survey.label,
              sent: shown[survey.key].sent,
              submitted: shown[survey.key].submitted,
            })),
          )}
          height={220}
          summary={`Bar chart of surveys sent and answered: ${surveys
            .map((survey) => `${survey.label} ${shown[survey.key].submitted} of ${shown[survey.key].sent}`)
            .join(', ')}.`}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {responses === 'suppressed'
            ? `Withheld: fewer than ${minimumCellSize} participants were sent a survey.`
            : 'No surveys have been sent yet.'}
        </Text>
      )}
      <AnalyticsTable table={table} testId="response-funnel-table" />
    </FigureCard>
  );
}
