import { useLayoutEffect } from 'react';
import { browserSurveyLocale, surveyI18n } from './survey-i18n';
import { SurveyMessage } from './survey-message';

/**
 * Where `/s/<token>` sends a link that cannot be used: in the browser's language when the survey ships in it
 * (the server tells nothing of whose link it was), else English.
 */
export function SurveyUnavailablePage({ reason }: { reason: 'invalid' | 'submitted' }) {
  useLayoutEffect(() => {
    void surveyI18n.changeLanguage(browserSurveyLocale());
  }, []);
  return <SurveyMessage kind={reason} />;
}
