import { linkPath, type Mailbox } from './mailbox.js';

/**
 * The API over HTTP as a browser would call it (tRPC without batching, the session cookie, a same-origin
 * `origin` header on writes), to set up the data of a browser test quickly.
 */
export class ApiSession {
  private constructor(
    private readonly url: string,
    private readonly cookies = new Map<string, string>(),
  ) {}

  static anonymous(url: string): ApiSession {
    return new ApiSession(url);
  }

  /** The same browser (its cookies) calling another server: a second instance behind the same address. */
  at(url: string): ApiSession {
    return new ApiSession(url, this.cookies);
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

  /** Uploads a file to a plain HTTP route (as the console's import page does); the status and the body. */
  async upload(path: string, file: string | Buffer): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.url}${path}`, {
      method: 'POST',
      headers: { ...this.headers(), 'content-type': 'application/octet-stream', origin: this.url },
      body: typeof file === 'string' ? Buffer.from(file, 'utf8') : file,
    });
    return { status: response.status, body: await response.json().catch(() => null) };
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

/** Invites a person into the organisation (the administrator passes the link on) and signs them in by accepting. */
export async function inviteMember(
  admin: ApiSession,
  url: string,
  organisationId: string,
  person: { name: string; email: string; password: string },
  role: 'coordinator' | 'viewer' = 'coordinator',
  mailbox?: Mailbox,
): Promise<ApiSession> {
  const { invitationLink } = await admin.mutate<{ invitationLink: string | null }>('member.invite', {
    organisationId,
    displayName: person.name,
    email: person.email,
    role,
  });
  // Without a mail server the administrator is given the link to pass on; with one, it arrives by e-mail.
  const body = invitationLink ?? (await (mailbox as Mailbox).waitFor(person.email)).bodyText;
  const token = linkPath(body, /\/accept-invitation#[\w-]{43}$/).split('#')[1];
  const member = ApiSession.anonymous(url);
  await member.mutate('auth.acceptInvitation', { token, password: person.password });
  return member;
}

/**
 * A participant answering a survey over HTTP as the survey pages do: opens the personal link, consents, rates the
 * first statement of each outcome, and submits. Stops at the first call not answered 200 and says where.
 */
export async function answerSurvey(
  url: string,
  link: string,
): Promise<{ submitted: boolean; refusedWith?: number }> {
  const opened = await fetch(`${url}${link}`, { redirect: 'manual' });
  if (opened.status >= 400) return { submitted: false, refusedWith: opened.status };
  const cookie = (opened.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const call = async (procedure: string, input: unknown, method = 'POST') => {
    const response = await fetch(`${url}/trpc/surveyResponse.${procedure}`, {
      method,
      headers: { cookie, origin: url, 'content-type': 'application/json' },
      ...(method === 'POST' ? { body: JSON.stringify(input) } : {}),
    });
    return { status: response.status, body: (await response.json().catch(() => null)) as unknown };
  };
  const current = await call('current', undefined, 'GET');
  if (current.status !== 200) return { submitted: false, refusedWith: current.status };
  const { outcomes } = (current.body as { result: { data: { outcomes: { indicators: string[] }[] } } }).result
    .data;
  const steps: Array<[string, unknown]> = [
    ['consent', { agree: true, contactConsent: false }],
    ...outcomes.map((outcome): [string, unknown] => [
      'saveAnswer',
      { indicatorCode: outcome.indicators[0], rating: 3 },
    ]),
    ['submit', {}],
  ];
  for (const [procedure, input] of steps) {
    const answer = await call(procedure, input);
    if (answer.status !== 200) return { submitted: false, refusedWith: answer.status };
  }
  return { submitted: true };
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
  const coordinator = await inviteMember(
    admin,
    url,
    organisationId,
    people.coordinator,
    'coordinator',
    mailbox,
  );

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

/**
 * `count` more pupils of the world, each with a planned mobility, and the path of a personal link to each one's
 * baseline survey (as a coordinator copies it to pass on), with the survey's id.
 */
export async function baselineSurveyLinks(
  world: SurveyWorld,
  count: number,
  from = 0,
): Promise<Array<{ path: string; surveyId: string }>> {
  const links: Array<{ path: string; surveyId: string }> = [];
  for (let n = from; n < from + count; n += 1) {
    const participant = await world.coordinator.mutate<{ id: string }>('participant.create', {
      organisationId: world.organisationId,
      givenName: `Schüler${n}`,
      familyName: 'Antwortend',
      birthDate: '2010-03-14',
      gender: 'male',
      nationality: 'DE',
      preferredLanguage: 'de',
      kind: 'pupil',
    });
    const mobilityId = await createPlannedMobility(
      { ...world, participantId: participant.id },
      { startDate: daysFromToday(30), endDate: daysFromToday(44) },
    );
    const surveys = await world.coordinator.query<{ id: string; wave: string }[]>('survey.plan', {
      organisationId: world.organisationId,
      mobilityId,
    });
    const baseline = surveys.find((survey) => survey.wave === 'baseline');
    if (!baseline) throw new Error('no baseline survey was planned');
    const { link } = await world.coordinator.mutate<{ link: string }>('survey.copyLink', {
      organisationId: world.organisationId,
      surveyId: baseline.id,
    });
    links.push({ path: new URL(link).pathname, surveyId: baseline.id });
  }
  return links;
}
