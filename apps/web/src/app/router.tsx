import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import { HomePage } from '../features/home/home-page';
import { AboutPage } from '../features/system/about-page';
import { AppShellLayout } from './app-shell-layout';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';

const rootRoute = createRootRoute({
  component: AppShellLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });
const aboutRoute = createRoute({ getParentRoute: () => rootRoute, path: '/about', component: AboutPage });

const routeTree = rootRoute.addChildren([homeRoute, aboutRoute]);

export const router = createRouter({ routeTree, defaultPreload: 'intent', scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
