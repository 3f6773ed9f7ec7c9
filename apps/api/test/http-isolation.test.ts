import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DoorRoute, routesBehindDoor } from '../src/http/door.js';
import { buildServer } from '../src/server.js';
import { storedImportJob } from './support/exchange.js';
import { createMobilityWorld } from './support/fixtures.js';
import { createTestApi, type TestApi } from './support/harness.js';

// Walks every plain HTTP route the server registers, as it is, the way isolation.test.ts walks the tRPC router:
// a coordinator of another organisation finds nothing (404) and learns nothing, a signed-out caller is asked to
// sign in (401), a viewer cannot use a coordinator's route (403), and the organisation's own coordinator gets
// through the door. A new route is covered without editing this file; a path parameter it cannot fill fails it.

interface World {
  organisationId: string;
  projectId: string;
  mobilityId: string;
  participantId: string;
  importJobId: string;
  legalName: string;
  givenName: string;
  cookie: string;
}

let api: TestApi;
let app: FastifyInstance;
let worldA: World;
let worldB: World;
let viewerOfA: string;

const cookieOf = (caller: { cookie: { value?: string } }) => `mobilis_session=${caller.cookie.value}`;

async function buildWorld(legalName: string, givenName: string): Promise<World> {
  const organisation = await api.createOrganisation({ legalName });
  const coordinator = await api.member(organisation.id, 'coordinator');
  const world = await createMobilityWorld(coordinator, organisation.id);
  await coordinator.participant.update({ organisationId: organisation.id, id: world.pupil.id, givenName });
  for (const status of ['planned', 'ongoing', 'completed'] as const)
    await coordinator.mobility.changeStatus({
      organisationId: organisation.id,
      id: world.mobility.id,
      status,
    });
  const importJobId = await storedImportJob(api, {
    organisationId: organisation.id,
    projectId: world.project.id,
    userId: coordinator.userId,
    text: `Given name,Family name\n${givenName},Silva\n`,
  });
  return {
    organisationId: organisation.id,
    projectId: world.project.id,
    mobilityId: world.mobility.id,
    participantId: world.pupil.id,
    importJobId,
    legalName,
    givenName,
    cookie: cookieOf(coordinator),
  };
}

beforeAll(async () => {
  api = await createTestApi();
  app = await buildServer({ services: api.services });
  worldA = await buildWorld('Escola Secundária do Porto', 'Inês');
  worldB = await buildWorld('Liceo Scientifico di Bologna', 'Giulia');
  viewerOfA = cookieOf(await api.member(worldA.organisationId, 'viewer'));
});
afterAll(async () => {
  await app.close();
  await api.close();
});

/** The route's address with the world's records in its path (and the query its handler needs). */
function addressIn(route: DoorRoute, world: World): string {
  const path = route.url.replace(/:(\w+)/g, (_match, name: string) => {
    const value = {
      organisationId: world.organisationId,
      projectId: world.projectId,
      mobilityId: world.mobilityId,
      participantId: world.participantId,
      id: world.importJobId,
      format: 'csv',
      token: 'A'.repeat(43),
    }[name];
    if (value === undefined) throw new Error(`${route.url}: the sweep cannot fill :${name}; add it above`);
    return value;
  });
  return `${path}?projectId=${world.projectId}&fileName=f.csv`;
}

async function call(route: DoorRoute, world: World, cookie?: string) {
  const response = await app.inject({
    method: route.method as 'GET' | 'POST',
    url: addressIn(route, world),
    headers: { ...(cookie ? { cookie } : {}), 'content-type': 'text/csv' },
    ...(route.method === 'POST' ? { payload: `Given name,Family name\nAna,Silva\n` } : {}),
  });
  return { status: response.statusCode, body: response.body };
}

const routes = () => routesBehindDoor(app);
const organisationRoutes = () =>
  routes().filter((route) => route.access === 'member' || route.access === 'coordinator');
let cells = 0;

describe('tenancy: every plain HTTP route', () => {
  it('is found among the registered routes, each with its access declared', () => {
    expect(organisationRoutes().length).toBeGreaterThanOrEqual(8);
    expect(routes().map((route) => route.url)).toEqual(
      expect.arrayContaining(['/api/organisations/:organisationId/imports', '/api/survey/certificate.pdf']),
    );
  });

  it('refuses a route that does not say who may use it, when the server starts', async () => {
    const services = api.services;
    const server = await buildServer({ services });
    expect(() => server.get('/api/forgotten', async () => 'open')).toThrow(/must declare its access/);
    await server.close();
  });

  it('answers 404 to a coordinator of another organisation, naming A or B, and gives nothing of A away', async () => {
    for (const route of organisationRoutes()) {
      const intoA = await call(route, worldA, worldB.cookie);
      expect(intoA.status, `${route.method} ${route.url} into A`).toBe(404);
      // B's own organisation in the path, A's records beside it: they do not exist in B.
      const withAIds = await call(route, { ...worldA, organisationId: worldB.organisationId }, worldB.cookie);
      for (const secret of [worldA.legalName, worldA.givenName])
        expect(`${intoA.body}${withAIds.body}`, `${route.method} ${route.url}`).not.toContain(secret);
      cells += 2;
    }
  });

  it('asks a signed-out caller to sign in, and a participant without a survey session to open their link', async () => {
    for (const route of routes()) {
      if (route.access === 'public') continue;
      expect((await call(route, worldA)).status, `${route.method} ${route.url}`).toBe(401);
      cells += 1;
    }
  });

  it("keeps a coordinator's routes from A's viewer, and lets A's own members through the door", async () => {
    for (const route of organisationRoutes()) {
      const asViewer = await call(route, worldA, viewerOfA);
      if (route.access === 'coordinator') expect(asViewer.status, `${route.method} ${route.url}`).toBe(403);
      else
        expect([401, 403, 404], `${route.method} ${route.url}: ${asViewer.body}`).not.toContain(
          asViewer.status,
        );
      const asCoordinator = await call(route, worldA, worldA.cookie);
      expect([401, 403, 404], `${route.method} ${route.url}: ${asCoordinator.body}`).not.toContain(
        asCoordinator.status,
      );
      cells += 2;
    }
  });

  it('tried every cell', () => {
    console.info(`HTTP isolation sweep: ${cells} calls over ${routes().length} routes`);
    expect(cells).toBeGreaterThan(0);
  });
});
