import { Badge, type BadgeProps } from '@mantine/core';
import { surveyStatusColor, surveyStatusLabel } from './survey-labels';

export function SurveyStatusBadge({ status, ...props }: { status: string } & BadgeProps) {
  return (
    <Badge variant="light" color={surveyStatusColor(status)} {...props}>
      {surveyStatusLabel(status)}
    </Badge>
  );
}
