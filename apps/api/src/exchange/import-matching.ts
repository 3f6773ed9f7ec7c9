import {
  type mobilitiesForMatching,
  newId,
  participantColumns,
  type participantsForMatching,
  type partnersForMatching,
} from '@mobilis/db';
import { looseKey, type OrganisationReference, type ParticipantCreate } from '@mobilis/schema';

// Finding the records an import row refers to: its participant (by e-mail within the organisation, else by name
// and birth date), its sending and receiving organisations (by OID, else by name and country) and its mobility
// (by mobility activity ID within the project, else by participant, activity type and start date). What a file
// creates is remembered, so a later row of the same file finds it too.

type StoredParticipant = Awaited<ReturnType<typeof participantsForMatching>>[number];
type StoredPartner = Awaited<ReturnType<typeof partnersForMatching>>[number];
export type StoredMobility = Awaited<ReturnType<typeof mobilitiesForMatching>>[number];

const nameKey = (p: { givenName: string; familyName: string; birthDate: string }) =>
  `${looseKey(p.givenName)}|${looseKey(p.familyName)}|${p.birthDate}`;

/** The participant columns an import compares and writes, as one comparable value. */
export function participantFingerprint(participant: ParticipantCreate): string {
  const { searchText: _searchText, ...columns } = participantColumns(participant);
  return JSON.stringify(columns, Object.keys(columns).sort());
}

export interface MatchedParticipant {
  id: string;
  /** Stored before the import (null: the file creates it). */
  stored: StoredParticipant | null;
  /** The line of the file that first named the participant. */
  firstLine: number | null;
}

export class ParticipantMatcher {
  private readonly byEmail = new Map<string, MatchedParticipant>();
  private readonly byName = new Map<string, MatchedParticipant>();

  constructor(stored: readonly StoredParticipant[]) {
    for (const participant of stored)
      this.remember({ id: participant.id, stored: participant, firstLine: null }, participant);
  }

  private remember(
    match: MatchedParticipant,
    participant: { email?: string | null; givenName: string; familyName: string; birthDate: string },
  ) {
    if (participant.email) this.byEmail.set(participant.email.toLowerCase(), match);
    this.byName.set(nameKey(participant), match);
  }

  /** The participant a row names: found, or new (and then remembered for later rows). */
  match(participant: ParticipantCreate, line: number): MatchedParticipant & { isNew: boolean } {
    const email = participant.email?.toLowerCase();
    const byEmail = email ? this.byEmail.get(email) : undefined;
    const byName = this.byName.get(nameKey(participant));
    // A namesake with another e-mail address is another person.
    const namesake =
      byName && (!email || !byName.stored?.email || byName.stored.email.toLowerCase() === email);
    const found = byEmail ?? (namesake ? byName : undefined);
    if (found) {
      found.firstLine ??= line;
      return { isNew: false, ...found };
    }
    const created: MatchedParticipant = { id: newId(), stored: null, firstLine: line };
    this.remember(created, participant);
    return { isNew: true, ...created };
  }
}

export interface NewPartner {
  id: string;
  legalName: string;
  oid: string | null;
  country: string;
  city: string;
  type: 'other';
}

export class PartnerMatcher {
  private readonly byOid = new Map<string, string>();
  private readonly byName = new Map<string, string>();
  readonly created: NewPartner[] = [];

  constructor(stored: readonly StoredPartner[]) {
    for (const partner of stored) this.remember(partner);
  }

  private remember(partner: { id: string; oid: string | null; legalName: string; country: string }) {
    if (partner.oid) this.byOid.set(partner.oid.toUpperCase(), partner.id);
    this.byName.set(`${looseKey(partner.legalName)}|${partner.country}`, partner.id);
  }

  /** The partner's id, creating it when the row says enough; an error message when it cannot. */
  match(reference: OrganisationReference, role: 'Sending' | 'Receiving'): { id: string } | { error: string } {
    const found =
      (reference.oid && this.byOid.get(reference.oid)) ||
      (reference.name &&
        reference.country &&
        this.byName.get(`${looseKey(reference.name)}|${reference.country}`));
    if (found) return { id: found };
    if (!reference.name || !reference.country || !reference.city)
      return {
        error: `${role} organisation ${reference.oid ?? reference.name} is not among your partner organisations: give its name, country and city to create it`,
      };
    const partner: NewPartner = {
      id: newId(),
      legalName: reference.name,
      oid: reference.oid,
      country: reference.country,
      city: reference.city,
      type: 'other',
    };
    this.created.push(partner);
    this.remember(partner);
    return { id: partner.id };
  }
}

const fallbackKey = (participantId: string, activityType: string | null, startDate: string | null) =>
  `${participantId}|${activityType ?? ''}|${startDate ?? ''}`;

export class MobilityMatcher {
  private readonly byActivityId = new Map<string, StoredMobility>();
  private readonly byParticipant = new Map<string, StoredMobility>();
  /** Keys the file has used already, with their line. */
  private readonly seen = new Map<string, number>();

  constructor(stored: readonly StoredMobility[]) {
    for (const mobility of stored) {
      if (mobility.activityId) this.byActivityId.set(mobility.activityId, mobility);
      const [participantId, ...others] = mobility.participantIds ?? [];
      if (participantId && others.length === 0 && mobility.mode === 'individual')
        this.byParticipant.set(
          fallbackKey(participantId, mobility.activityType, mobility.startDate),
          mobility,
        );
    }
  }

  /**
   * The stored mobility a row updates (or null), or the line of the same file that named it already, or the stored
   * group mobility it names (a row holds one participant, so it cannot say what a group's mobility becomes).
   */
  match(
    row: {
      activityId: string | null;
      participantId: string;
      activityType: string | null;
      startDate: string | null;
    },
    line: number,
  ): { stored: StoredMobility | null } | { duplicateOf: number } | { group: StoredMobility } {
    const stored = row.activityId
      ? (this.byActivityId.get(row.activityId) ?? null)
      : (this.byParticipant.get(fallbackKey(row.participantId, row.activityType, row.startDate)) ?? null);
    if (stored?.mode === 'group') return { group: stored };
    const keys = [
      row.activityId ? `id:${row.activityId}` : null,
      fallbackKey(row.participantId, row.activityType, row.startDate),
    ].filter((key): key is string => key !== null);
    for (const key of keys) {
      const earlier = this.seen.get(key);
      if (earlier !== undefined) return { duplicateOf: earlier };
    }
    for (const key of keys) this.seen.set(key, line);
    return { stored };
  }
}
