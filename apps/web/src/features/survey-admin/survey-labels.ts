import {
  type CefrSkill,
  type IndicatorCode,
  messagesEn,
  NOT_APPLICABLE,
  type OutcomeCode,
  outcomeByCode,
  type SurveyStatus,
  type SurveyWave,
  surveyMessagesEn,
  surveyWaves,
} from '@mobilis/schema';

// How the console names surveys and their answers. Statuses follow the Beneficiary Module's wording, which
// coordinators know; answers are shown in English from the outcome catalogue, whatever language they were given in.

const statusLabels: Record<SurveyStatus, string> = {
  scheduled: 'Not yet due',
  invited: 'Invitation sent',
  reminded_auto: 'Automatic reminder sent',
  reminded_manual: 'Manual reminder sent',
  submitted: 'Submitted',
  undelivered: 'Undelivered',
  excluded: 'Excluded',
};

const statusColors: Record<SurveyStatus, string> = {
  scheduled: 'gray',
  invited: 'blue',
  reminded_auto: 'indigo',
  reminded_manual: 'violet',
  submitted: 'green',
  undelivered: 'orange',
  excluded: 'red',
};

export function surveyStatusLabel(status: string): string {
  return statusLabels[status as SurveyStatus] ?? status;
}

export function surveyStatusColor(status: string): string {
  return statusColors[status as SurveyStatus] ?? 'gray';
}

/** Sent and not answered: the surveys a reminder can go to. */
export function isAwaitingAnswer(status: string): boolean {
  return status === 'invited' || status === 'reminded_auto' || status === 'reminded_manual';
}

const waveLabels: Record<SurveyWave, string> = {
  baseline: 'Baseline',
  end: 'End of mobility',
  follow_up: 'Follow-up',
};

export function waveLabel(wave: string): string {
  return waveLabels[wave as SurveyWave] ?? wave;
}

export const waveOptions = surveyWaves.map((wave) => ({ value: wave, label: waveLabels[wave] }));

export function waveOrder(wave: string): number {
  return surveyWaves.indexOf(wave as SurveyWave);
}

/** A stored rating as people read it: "4 · Agree", "Not applicable", or a dash when not answered. */
export function ratingText(rating: number | null, notApplicable: boolean): string {
  if (notApplicable) return messagesEn[`rating.${NOT_APPLICABLE}`];
  if (rating === null) return '—';
  const label = messagesEn[`rating.${rating as 1 | 2 | 3 | 4 | 5}`];
  return label ? `${rating} · ${label}` : String(rating);
}

export function outcomeLabel(code: string): string {
  return outcomeByCode(code as OutcomeCode)?.label.en ?? code;
}

export function statementText(code: string): string {
  return messagesEn[`indicator.${code as IndicatorCode}.statement`] ?? code;
}

export function cefrSkillLabel(skill: string): string {
  return surveyMessagesEn[`survey.cefr.${skill as CefrSkill}`] ?? skill;
}

export function cefrLevelLabel(level: string): string {
  return level === 'none' ? 'No knowledge yet' : level;
}

/** Date and time as the console writes them. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  return new Date(value).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
