import { Outlet } from '@tanstack/react-router';
import { I18nextProvider } from 'react-i18next';
import { surveyI18n } from '../features/survey/survey-i18n';

/**
 * Participants' survey pages: no console shell and no sign-in, in the participant's language. Loaded only when
 * one of them is opened, so the console does not carry the translations.
 */
export function SurveyLayout() {
  return (
    <I18nextProvider i18n={surveyI18n}>
      <Outlet />
    </I18nextProvider>
  );
}
