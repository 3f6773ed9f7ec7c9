import {
  type AnyRootRoute,
  createRoute,
  lazyRouteComponent,
  useParams,
  useSearch,
} from '@tanstack/react-router';
import type { ReactNode } from 'react';

/**
 * The participants' pages, outside the console: `/survey` (where the server sends a personal link `/s/<token>`
 * once it has opened a survey session), `/survey/unavailable?reason=invalid|submitted`, and an organisation's
 * privacy notice, `/privacy/<organisation>?lang=`.
 */
export function surveyRoutes<Root extends AnyRootRoute>(root: Root) {
  const surveyLayout = createRoute({
    getParentRoute: () => root,
    id: 'participant-survey',
    component: lazyRouteComponent(() => import('./survey-layout'), 'SurveyLayout'),
  });
  const unavailableRoute = createRoute({
    getParentRoute: () => surveyLayout,
    path: '/survey/unavailable',
    // Optional in the type, so that no other page's links have to name it.
    validateSearch: (search): { reason?: 'invalid' | 'submitted' } => ({
      reason: search.reason === 'submitted' ? 'submitted' : 'invalid',
    }),
    component: function Unavailable(): ReactNode {
      const search: Record<string, unknown> = useSearch({ strict: false });
      return <SurveyUnavailable reason={search.reason === 'submitted' ? 'submitted' : 'invalid'} />;
    },
  });
  // A plain array, as the router's other route lists: a tuple here trips the router's search types elsewhere.
  const children = [
    createRoute({
      getParentRoute: () => surveyLayout,
      path: '/survey',
      component: lazyRouteComponent(() => import('../features/survey/survey-page'), 'SurveyPage'),
    }),
    unavailableRoute,
    createRoute({
      getParentRoute: () => surveyLayout,
      path: '/privacy/$organisationId',
      validateSearch: (search): { lang?: string } =>
        typeof search.lang === 'string' ? { lang: search.lang } : {},
      component: function Privacy(): ReactNode {
        const { organisationId } = useParams({ strict: false }) as { organisationId: string };
        const search: Record<string, unknown> = useSearch({ strict: false });
        return (
          <PrivacyPage
            organisationId={organisationId}
            lang={typeof search.lang === 'string' ? search.lang : undefined}
          />
        );
      },
    }),
  ];
  return surveyLayout.addChildren(children);
}

const SurveyUnavailable = lazyRouteComponent(
  () => import('../features/survey/survey-unavailable-page'),
  'SurveyUnavailablePage',
);

const PrivacyPage = lazyRouteComponent(() => import('../features/survey/privacy-page'), 'PrivacyPage');
