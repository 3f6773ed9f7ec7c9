import {
  type Executor,
  findMobility,
  findOrganisation,
  findParticipant,
  findPartner,
  findProject,
  listSurveysOfMobility,
  surveyAnswers,
  surveyForRespondent,
} from '@mobilis/db';
import { type OutcomeCode, type SurveyLocale, surveyLocaleFor } from '@mobilis/schema';
import { NotFoundError } from '../domain-errors.js';
import { type OutcomeProgress, outcomeProgress } from './outcome-progress.js';

/** An organisation as a certificate names it, with the place the participant left from or went to. */
export interface CertifiedOrganisation {
  name: string;
  city: string | null;
  country: string | null;
}

/** A mobility with what all of its certificates show, loaded once for all its participants. */
export interface CertifiedMobility {
  id: string;
  organisationId: string;
  projectId: string;
  status: string;
  activityType: string | null;
  startDate: string | null;
  endDate: string | null;
  durationDays: number | null;
  /** The beneficiary organisation, which issues the certificate. */
  issuer: string;
  projectNumber: string | null;
  sending: CertifiedOrganisation | null;
  hosting: CertifiedOrganisation | null;
  /** Who gets a certificate: the participant, or the learners of a group (not accompanying persons). */
  holders: ReadonlyArray<{ id: string; givenName: string; familyName: string }>;
}

export interface CertificateFacts {
  mobility: CertifiedMobility;
  participant: { id: string; givenName: string; familyName: string };
  locale: SurveyLocale;
  /** What the participant reported in their surveys; null until they have sent the end-of-mobility survey. */
  assessment: {
    outcomes: OutcomeProgress[];
    /** Their examples, only when they agreed to take part and to be contacted again (no per-text consent exists). */
    ownWords: Array<{ outcomeCode: OutcomeCode; text: string }>;
  } | null;
  /** Quoted to verify the certificate: the end survey's receipt number, else a fragment of the ids. */
  reference: string;
}

const holderRoles = new Set(['participant', 'learner']);

/** The organisation's mobility with what its certificates show; undefined when it has none with this id. */
export async function loadCertifiedMobility(
  db: Executor,
  organisationId: string,
  mobilityId: string,
): Promise<CertifiedMobility | undefined> {
  const mobility = await findMobility(db, organisationId, mobilityId);
  if (!mobility) return undefined;
  const [issuer, project, sending, hosting] = await Promise.all([
    findOrganisation(db, organisationId),
    findProject(db, organisationId, mobility.projectId),
    mobility.sendingOrganisationId ? findPartner(db, organisationId, mobility.sendingOrganisationId) : null,
    mobility.receivingOrganisationId
      ? findPartner(db, organisationId, mobility.receivingOrganisationId)
      : null,
  ]);
  return {
    id: mobility.id,
    organisationId,
    projectId: mobility.projectId,
    status: mobility.status,
    activityType: mobility.activityType,
    startDate: mobility.startDate,
    endDate: mobility.endDate,
    durationDays: mobility.durationDays,
    issuer: issuer?.legalName ?? '',
    projectNumber: project?.grantAgreementNumber ?? null,
    sending: sending ? placed(sending.legalName, mobility.originCity, mobility.originCountry, sending) : null,
    hosting: hosting
      ? placed(hosting.legalName, mobility.destinationCity, mobility.destinationCountry, hosting)
      : null,
    holders: mobility.participants
      .filter((person) => holderRoles.has(person.role))
      .map(({ id, givenName, familyName }) => ({ id, givenName, familyName })),
  };
}

/** Where the mobility went from or to, else where the partner organisation is. */
function placed(
  name: string,
  city: string | null,
  country: string | null,
  partner: { city: string; country: string },
): CertifiedOrganisation {
  return city && country ? { name, city, country } : { name, city: partner.city, country: partner.country };
}

/** What one participant's certificate of this mobility says. */
export async function loadCertificateFacts(
  db: Executor,
  mobility: CertifiedMobility,
  participantId: string,
): Promise<CertificateFacts> {
  const holder = mobility.holders.find((person) => person.id === participantId);
  const profile =
    holder && (await findParticipant(db, mobility.organisationId, participantId, { withBarriers: false }));
  if (!holder || !profile) throw new NotFoundError('Participant');

  const surveys = (await listSurveysOfMobility(db, mobility.organisationId, mobility.id)).filter(
    (survey) => survey.participantId === participantId,
  );
  const submitted = (wave: string) =>
    surveys.find((survey) => survey.wave === wave && survey.status === 'submitted');
  const end = submitted('end');
  const baseline = submitted('baseline');
  const fallback = {
    mobility,
    participant: holder,
    locale: surveyLocaleFor(profile.preferredLanguage),
    assessment: null,
    reference: `${mobility.id.slice(0, 8)}-${participantId.slice(0, 8)}`.toUpperCase(),
  };
  if (!end) return fallback;

  const [endSurvey, endAnswers, baselineAnswers] = await Promise.all([
    surveyForRespondent(db, end.id),
    surveyAnswers(db, end.id),
    baseline ? surveyAnswers(db, baseline.id) : undefined,
  ]);
  const mayQuote = endSurvey.consentAt !== null && endSurvey.contactConsent;
  return {
    ...fallback,
    locale: surveyLocaleFor(endSurvey.locale),
    assessment: {
      outcomes: outcomeProgress(endSurvey.outcomeCodes, baselineAnswers?.answers ?? [], endAnswers.answers),
      ownWords: mayQuote
        ? endAnswers.examples
            .filter((example) => example.text.trim() !== '')
            .map((example) => ({ outcomeCode: example.outcomeCode as OutcomeCode, text: example.text }))
        : [],
    },
    reference: endSurvey.receipt ?? fallback.reference,
  };
}
