import { linkPath, type Mailbox } from './mailbox.js';

/**
 * The API over HTTP as a browser would call it (tRPC without batching, the session cookie, a same-origin
 * `origin` header on writes), to set up the data of a browser test quickly.
 */
export class ApiSession {
  private readonly cookies = new Map<string, string>();

  private constructor(private readonly url: string) {}

  static anonymous(url: string): ApiSession {
    return new ApiSession(url);
  }

  static async signIn(url: string, email: string, password: string): Promise<ApiSession> {
    const session = ApiSession.anonymous(url);
    await session.mutate('auth.login', { email, password });
    return session;
  }

  async query<T>(path: string, input?: unknown): Promise<T> {
    const search = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    return this.read<T>(path, await fetch(`${this.url}/trpc/${path}${search}`, { headers: this.headers() }));
  }

  async mutate<T>(path: string, input?: unknown): Promise<T> {
    const response = await fetch(`${this.url}/trpc/${path}`, {
      method: 'POST',
      headers: { ...this.headers(), 'content-type': 'application/json', origin: this.url },
      body: JSON.stringify(input ?? null),
    });
    return this.read<T>(path, response);
  }

  /** A write whose refusal the test looks at: the status and the body, whatever they are. */
  async post(path: string, input: unknown): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.url}/trpc/${path}`, {
      method: 'POST',
      headers: { ...this.headers(), 'content-type': 'application/json', origin: this.url },
      body: JSON.stringify(input),
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  }

  private headers(): Record<string, string> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    return cookie ? { cookie } : {};
  }

  private async read<T>(path: string, response: Response): Promise<T> {
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const [name = '', value = ''] = pair.split(/=(.*)/s);
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
    if (!response.ok || !body.result) {
      throw new Error(`${path} failed (${response.status}): ${body.error?.message ?? JSON.stringify(body)}`);
    }
    return body.result.data;
  }
}

/** An ISO date `days` from today (UTC, as the server's scheduler counts). */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

export interface SurveyWorld {
  organisationId: string;
  projectId: string;
  participantId: string;
  coordinator: ApiSession;
}

/**
 * An organisation with a coordinator (invited by the administrator, and accepted), a KA122 school project, and a
 * pupil who prefers German.
 */
export async function createSurveyWorld(
  admin: ApiSession,
  url: string,
  people: {
    coordinator: { name: string; email: string; password: string };
    participant: { given: string; family: string; email: string };
  },
  mailbox?: Mailbox,
): Promise<SurveyWorld> {
  const organisation = await admin.mutate<{ id: string }>('organisation.create', {
    legalName: 'Gesamtschule am Rhein',
    oid: 'E10998877',
    country: 'DE',
    city: 'Köln',
    type: 'school',
  });
  const organisationId = organisation.id;
  const { invitationLink } = await admin.mutate<{ invitationLink: string | null }>('member.invite', {
    organisationId,
    displayName: people.coordinator.name,
    email: people.coordinator.email,
    role: 'coordinator',
  });
  // Without a mail server the administrator is given the link to pass on; with one, it arrives by e-mail.
  const body = invitationLink ?? (await (mailbox as Mailbox).waitFor(people.coordinator.email)).bodyText;
  const token = linkPath(body, /\/accept-invitation#[\w-]{43}$/).split('#')[1];
  const coordinator = ApiSession.anonymous(url);
  await coordinator.mutate('auth.acceptInvitation', { token, password: people.coordinator.password });

  const project = await coordinator.mutate<{ id: string }>('project.create', {
    organisationId,
    beneficiaryOrganisationId: organisationId,
    grantAgreementNumber: '2026-1-DE03-KA122-SCH-000054321',
    title: 'Europa erleben',
    actionType: 'KA122',
    field: 'school_education',
    startDate: daysFromToday(-90),
    endDate: daysFromToday(600),
  });
  const participant = await coordinator.mutate<{ id: string }>('participant.create', {
    organisationId,
    givenName: people.participant.given,
    familyName: people.participant.family,
    email: people.participant.email,
    birthDate: '2010-03-14',
    gender: 'female',
    nationality: 'DE',
    preferredLanguage: 'de',
    kind: 'pupil',
  });
  return { organisationId, projectId: project.id, participantId: participant.id, coordinator };
}

/** A planned pupil mobility of the world's participant, to France, measured on three outcomes. */
export async function createPlannedMobility(
  world: SurveyWorld,
  dates: { startDate: string; endDate: string },
): Promise<string> {
  const { id } = await world.coordinator.mutate<{ id: string }>('mobility.create', {
    organisationId: world.organisationId,
    projectId: world.projectId,
    activityType: 'LM-SHORT-PUPIL',
    participation: { mode: 'individual', participantId: world.participantId },
    ...dates,
    mainLanguage: 'fr',
    targetOutcomes: ['L04', 'L05', 'L06'],
  });
  await world.coordinator.mutate('mobility.changeStatus', {
    organisationId: world.organisationId,
    id,
    status: 'planned',
  });
  return id;
}
