import { MobilityListQuerySchema, ParticipantListQuerySchema } from '@mobilis/schema';
import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  notFound,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { ChangePasswordPage } from '../features/account/change-password-page';
import { AnalyticsFiltersSchema, CompareSearchSchema } from '../features/analytics/analytics-search';
import { AcceptInvitationPage } from '../features/auth/accept-invitation-page';
import { ForgotPasswordPage } from '../features/auth/forgot-password-page';
import { LoginPage } from '../features/auth/login-page';
import { ResetPasswordPage } from '../features/auth/reset-password-page';
import { SetupPage } from '../features/auth/setup-page';
import { HomePage } from '../features/home/home-page';
import { MembersPage } from '../features/members/members-page';
import { OrganisationOverviewPage } from '../features/organisations/organisation-overview-page';
import { OrganisationSettingsPage } from '../features/organisations/organisation-settings-page';
import { AboutPage } from '../features/system/about-page';
import { searchParams } from '../lib/search-params';
import { roleIn } from '../lib/session';
import { queryClient, trpc } from '../lib/trpc';
import { AppShellLayout } from './app-shell-layout';
import { landingOrganisation } from './landing';
import { MemberAreaLayout } from './member-area-layout';
import { NotFoundPage, StandaloneNotFoundPage } from './not-found-page';
import { OrganisationLayout } from './organisation-layout';
import { PublicLayout } from './public-layout';
import { RouteErrorPage } from './route-error-page';
import { surveyRoutes } from './survey-routes';

const rootRoute = createRootRoute({
  component: Outlet,
  notFoundComponent: StandaloneNotFoundPage,
  errorComponent: RouteErrorPage,
});

// Pages for people who are not signed in.

const publicLayout = createRoute({ getParentRoute: () => rootRoute, id: 'public', component: PublicLayout });

/** Only a path on this server, so that a crafted sign-in link cannot send people elsewhere afterwards. */
function localPath(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : undefined;
}

const loginRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/login',
  validateSearch: (search): { redirect?: string } => ({ redirect: localPath(search.redirect) }),
  component: function Login(): ReactNode {
    return <LoginPage redirect={loginRoute.useSearch().redirect} />;
  },
});

const publicRoutes = [
  loginRoute,
  createRoute({
    getParentRoute: () => publicLayout,
    path: '/forgot-password',
    component: ForgotPasswordPage,
  }),
  createRoute({ getParentRoute: () => publicLayout, path: '/reset-password', component: ResetPasswordPage }),
  createRoute({
    getParentRoute: () => publicLayout,
    path: '/accept-invitation',
    component: AcceptInvitationPage,
  }),
  createRoute({ getParentRoute: () => publicLayout, path: '/setup', component: SetupPage }),
];

// The console: every page below needs a signed-in user.

const consoleLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: 'console',
  beforeLoad: async ({ location }) => {
    const me = await queryClient.ensureQueryData(trpc.auth.me.queryOptions());
    if (!me) throw redirect({ to: '/login', search: { redirect: location.href } });
    // An administrator who must sign in in two steps sets it up before anything else.
    if (me.needsSecondStep && location.pathname !== '/account') throw redirect({ to: '/account' });
    return { me };
  },
  component: AppShellLayout,
  notFoundComponent: () => <NotFoundPage />,
});

const homeRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: '/',
  beforeLoad: async ({ context }) => {
    const organisationId = await landingOrganisation(context.me);
    if (organisationId) throw redirect({ to: '/o/$organisationId', params: { organisationId } });
    if (context.me.isPlatformAdmin) throw redirect({ to: '/admin/organisations' });
  },
  component: HomePage,
});

const aboutRoute = createRoute({ getParentRoute: () => consoleLayout, path: '/about', component: AboutPage });
const accountRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: '/account',
  component: ChangePasswordPage,
});

const organisationLayout = createRoute({
  getParentRoute: () => consoleLayout,
  path: '/o/$organisationId',
  beforeLoad: ({ context, params }) => {
    if (!roleIn(context.me, params.organisationId)) throw notFound();
  },
  component: function Organisation(): ReactNode {
    return <OrganisationLayout organisationId={organisationLayout.useParams().organisationId} />;
  },
});

const organisationRoutes = [
  createRoute({
    getParentRoute: () => organisationLayout,
    path: '/',
    component: function Overview(): ReactNode {
      return <OrganisationOverviewPage organisationId={organisationLayout.useParams().organisationId} />;
    },
  }),
  createRoute({
    getParentRoute: () => organisationLayout,
    path: 'members',
    component: function Members(): ReactNode {
      return <MembersPage organisationId={organisationLayout.useParams().organisationId} />;
    },
  }),
  createRoute({
    getParentRoute: () => organisationLayout,
    path: 'settings',
    component: function Settings(): ReactNode {
      return <OrganisationSettingsPage organisationId={organisationLayout.useParams().organisationId} />;
    },
  }),
  // Outcome analytics: aggregated and small-cell suppressed on the server, so for every role in the organisation.
  createRoute({
    getParentRoute: () => organisationLayout,
    path: 'outcomes',
    validateSearch: searchParams(AnalyticsFiltersSchema),
    component: lazyRouteComponent(
      () => import('../routes/analytics-overview-route'),
      'OrganisationAnalyticsRoute',
    ),
  }),
  createRoute({
    getParentRoute: () => organisationLayout,
    path: 'outcomes/compare',
    validateSearch: searchParams(CompareSearchSchema),
    component: lazyRouteComponent(
      () => import('../routes/analytics-compare-route'),
      'OrganisationCompareRoute',
    ),
  }),
  createRoute({
    getParentRoute: () => organisationLayout,
    path: 'outcomes/$code',
    validateSearch: searchParams(AnalyticsFiltersSchema),
    component: lazyRouteComponent(
      () => import('../routes/analytics-outcome-route'),
      'OrganisationOutcomeRoute',
    ),
  }),
];

// An organisation's projects, participants, partners and mobilities: for its members only. The pages are loaded
// when first opened; each route file composes the features a page shows.

const memberArea = createRoute({
  getParentRoute: () => organisationLayout,
  id: 'member',
  component: function MemberArea(): ReactNode {
    return <MemberAreaLayout organisationId={organisationLayout.useParams().organisationId} />;
  },
});

const memberRoutes = [
  createRoute({
    getParentRoute: () => memberArea,
    path: 'projects',
    component: lazyRouteComponent(() => import('../routes/projects-route'), 'ProjectsRoute'),
  }),
  createRoute({
    getParentRoute: () => memberArea,
    path: 'projects/$projectId',
    component: lazyRouteComponent(() => import('../routes/project-route'), 'ProjectRoute'),
  }),
  createRoute({
    getParentRoute: () => memberArea,
    path: 'projects/$projectId/report',
    component: lazyRouteComponent(() => import('../routes/project-report-route'), 'ProjectReportRoute'),
  }),
  createRoute({
    getParentRoute: () => memberArea,
    path: 'participants',
    validateSearch: searchParams(ParticipantListQuerySchema.omit({ limit: true })),
    component: lazyRouteComponent(() => import('../routes/participants-route'), 'ParticipantsRoute'),
  }),
  createRoute({
    getParentRoute: () => memberArea,
    path: 'participants/$participantId',
    component: lazyRouteComponent(() => import('../routes/participant-route'), 'ParticipantRoute'),
  }),
  createRoute({
    getParentRoute: () => memberArea,
    path: 'import',
    validateSearch: (search): { job?: string } => ({
      job: typeof search.job === 'string' && /^[0-9a-f-]{36}$/i.test(search.job) ? search.job : undefined,
    }),
    component: lazyRouteComponent(() => import('../routes/import-route'), 'ImportRoute'),
  }),
  createRoute({
    getParentRoute: () => memberArea,
    path: 'partners',
    component: lazyRouteComponent(() => import('../routes/partners-route'), 'PartnersRoute'),
  }),
  createRoute({
    getParentRoute: () => memberArea,
    path: 'mobilities',
    validateSearch: searchParams(MobilityListQuerySchema.omit({ limit: true })),
    component: lazyRouteComponent(() => import('../routes/mobilities-route'), 'MobilitiesRoute'),
  }),
  createRoute({
    getParentRoute: () => memberArea,
    path: 'mobilities/new',
    validateSearch: searchParams(MobilityListQuerySchema.pick({ projectId: true })),
    component: lazyRouteComponent(() => import('../routes/new-mobility-route'), 'NewMobilityRoute'),
  }),
  createRoute({
    getParentRoute: () => memberArea,
    path: 'mobilities/$mobilityId',
    component: lazyRouteComponent(() => import('../routes/mobility-route'), 'MobilityRoute'),
  }),
  createRoute({
    getParentRoute: () => memberArea,
    path: 'mobilities/$mobilityId/edit',
    component: lazyRouteComponent(() => import('../routes/edit-mobility-route'), 'EditMobilityRoute'),
  }),
];

// Administration: platform administrators only (the server checks again on every call).

const adminLayout = createRoute({
  getParentRoute: () => consoleLayout,
  path: '/admin',
  beforeLoad: ({ context }) => {
    if (!context.me.isPlatformAdmin) throw notFound();
  },
});

const adminRoutes = [
  createRoute({
    getParentRoute: () => adminLayout,
    path: '/',
    beforeLoad: () => {
      throw redirect({ to: '/admin/organisations' });
    },
  }),
  createRoute({
    getParentRoute: () => adminLayout,
    path: 'organisations',
    component: lazyRouteComponent(
      () => import('../features/organisations/organisations-admin-page'),
      'OrganisationsAdminPage',
    ),
  }),
  createRoute({
    getParentRoute: () => adminLayout,
    path: 'users',
    component: lazyRouteComponent(() => import('../features/admin/users-page'), 'UsersPage'),
  }),
  createRoute({
    getParentRoute: () => adminLayout,
    path: 'outbox',
    component: lazyRouteComponent(() => import('../features/admin/outbox-page'), 'OutboxPage'),
  }),
  createRoute({
    getParentRoute: () => adminLayout,
    path: 'outcomes',
    validateSearch: searchParams(AnalyticsFiltersSchema),
    component: lazyRouteComponent(() => import('../routes/analytics-overview-route'), 'AdminAnalyticsRoute'),
  }),
  createRoute({
    getParentRoute: () => adminLayout,
    path: 'outcomes/compare',
    validateSearch: searchParams(CompareSearchSchema),
    component: lazyRouteComponent(() => import('../routes/analytics-compare-route'), 'AdminCompareRoute'),
  }),
  createRoute({
    getParentRoute: () => adminLayout,
    path: 'outcomes/$code',
    validateSearch: searchParams(AnalyticsFiltersSchema),
    component: lazyRouteComponent(() => import('../routes/analytics-outcome-route'), 'AdminOutcomeRoute'),
  }),
];

const routeTree = rootRoute.addChildren([
  surveyRoutes(rootRoute),
  publicLayout.addChildren(publicRoutes),
  consoleLayout.addChildren([
    homeRoute,
    aboutRoute,
    accountRoute,
    organisationLayout.addChildren([...organisationRoutes, memberArea.addChildren(memberRoutes)]),
    adminLayout.addChildren(adminRoutes),
  ]),
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent', scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
