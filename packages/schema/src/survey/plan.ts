import { addDays, type IsoDate } from '../dates.js';
import type { SurveySettings, SurveyWave } from './survey.js';

/**
 * When each survey of a mobility is due: the baseline a set number of days before the start, the end-of-mobility
 * survey on the last day, the follow-up a set number of days after it (unless the project turned it off).
 */
export function surveyDueDates(
  mobility: { startDate: IsoDate; endDate: IsoDate },
  settings: SurveySettings,
): Partial<Record<SurveyWave, IsoDate>> {
  return {
    baseline: addDays(mobility.startDate, -settings.baselineOffsetDays),
    end: mobility.endDate,
    ...(settings.followUpEnabled
      ? { follow_up: addDays(mobility.endDate, settings.followUpOffsetDays) }
      : {}),
  };
}
