import {
  type Executor,
  findProject,
  type ImportedMobilityRow,
  mobilitiesForMatching,
  newId,
  participantsForMatching,
  partnersForMatching,
} from '@mobilis/db';
import {
  type ActionType,
  barrierColumns,
  type ColumnChoice,
  type DetectedLayout,
  detectLayout,
  type ImportedMobilityFields,
  type ImportField,
  type ImportRecord,
  type ImportReport,
  importLimits,
  isGreenTravel,
  type MobilityStatus,
  mobilityTransitions,
  type ParticipantCreate,
  type ProgrammeField,
  type RowCells,
  type RowIssue,
  readImportRow,
} from '@mobilis/schema';
import { NotFoundError } from '../domain-errors.js';
import { type MobilityFields, toStoredMobility } from '../mobility/stored-mobility.js';
import type { SurveyRespondent } from '../survey/survey-plan.js';
import { cityCoordinatesOf } from './city-coordinates.js';
import { ImportFileError, type ImportFileKind, readFileRows } from './import-file.js';
import {
  MobilityMatcher,
  ParticipantMatcher,
  PartnerMatcher,
  participantFingerprint,
  type StoredMobility,
} from './import-matching.js';

// The dry run: a file read, every row validated and matched against the organisation's records, and what a commit
// would write. The commit runs the same plan again inside its transaction, so it writes exactly what it reports.

export interface ImportSource {
  organisationId: string;
  projectId: string;
  fileKind: ImportFileKind;
  fileBytes: Uint8Array;
  columnMapping: Record<string, ColumnChoice>;
  /**
   * Whether the person who uploaded the file may record barrier categories (access to special categories);
   * without it a barriers column is not read, and participants keep the barriers stored.
   */
  mayRecordBarriers: boolean;
}

export interface ImportProgress {
  rowsRead: number;
  rowsValidated: number;
}

export interface ImportPlan {
  report: ImportReport;
  partners: PartnerMatcher['created'];
  participants: Array<{ id: string; participant: ParticipantCreate }>;
  /** New mobilities have `activityId: null` when the file gave none: the commit numbers them. */
  mobilities: ImportedMobilityRow[];
  /** Ids of the participants and mobilities the commit creates; the others it writes exist already. */
  created: { participants: ReadonlySet<string>; mobilities: ReadonlySet<string> };
  /** What the survey plan of each written mobility needs of its participant. */
  respondents: ReadonlyMap<string, SurveyRespondent>;
}

const progressEvery = 5_000;

export async function planImport(
  db: Executor,
  source: ImportSource,
  today: string,
  onProgress: (progress: ImportProgress) => Promise<void> = async () => {},
): Promise<ImportPlan> {
  const project = await findProject(db, source.organisationId, source.projectId);
  if (!project) throw new NotFoundError('Project');

  // Rows are kept as their cells by field only: the file's own arrays are dropped as they are read.
  const rows: Array<{ line: number; cells: RowCells }> = [];
  let header: string[] | undefined;
  const columnOf = new Map<ImportField, number>();
  let layout: DetectedLayout | undefined;
  let cellsOf: ((row: readonly string[]) => RowCells) | undefined;
  let unreadBarriers: string | undefined;
  for await (const row of readFileRows(source.fileBytes, source.fileKind)) {
    if (!cellsOf) {
      header = row.cells.map((cell) => cell.trim());
      layout = detectLayout(header, source.columnMapping);
      for (const [index, field] of layout.fields.entries()) if (field) columnOf.set(field, index);
      if (!source.mayRecordBarriers) {
        const sensitive = new Set(barrierColumns(header, source.columnMapping));
        for (const [field, index] of columnOf)
          if (sensitive.has(index)) {
            unreadBarriers = header[index];
            columnOf.delete(field);
          }
      }
      cellsOf = cellsReader(columnOf);
      continue;
    }
    rows.push({ line: row.line, cells: cellsOf(row.cells) });
    if (rows.length % progressEvery === 0) await onProgress({ rowsRead: rows.length, rowsValidated: 0 });
  }
  if (!header || !layout)
    throw new ImportFileError('The file is empty: it needs a header row and at least one row');
  const headers = header;
  const detected = layout;

  const findCoordinates = await cityCoordinatesOf(
    rows.flatMap(({ cells }) => [
      { city: cells.originCity, country: cells.originCountry },
      { city: cells.destinationCity, country: cells.destinationCountry },
    ]),
  );
  const context = {
    layout: detected.layout,
    project: {
      grantAgreementNumber: project.grantAgreementNumber,
      actionType: project.actionType as ActionType,
      field: project.field as ProgrammeField,
    },
    today,
    headerOf: (field: ImportField) => {
      const index = columnOf.get(field);
      return index === undefined ? undefined : headers[index];
    },
    findCoordinates,
  };

  const [storedParticipants, storedPartners, storedMobilities] = await Promise.all([
    participantsForMatching(db, source.organisationId),
    partnersForMatching(db, source.organisationId),
    mobilitiesForMatching(db, source.organisationId, source.projectId),
  ]);
  const builder = new PlanBuilder(
    new ParticipantMatcher(storedParticipants),
    new PartnerMatcher(storedPartners),
    new MobilityMatcher(storedMobilities),
    new Set(columnOf.keys()),
    source.projectId,
  );
  if (unreadBarriers !== undefined)
    builder.warnAboutFile({
      line: 1,
      column: unreadBarriers,
      message:
        'Not read: recording barrier categories needs access to special categories. Stored barriers are kept.',
    });
  for (const [index, row] of rows.entries()) {
    const result = readImportRow(row.cells, row.line, context);
    if (result.ok) builder.add(result.record);
    else builder.reject(result.issues);
    if ((index + 1) % progressEvery === 0)
      await onProgress({ rowsRead: rows.length, rowsValidated: index + 1 });
  }
  await onProgress({ rowsRead: rows.length, rowsValidated: rows.length });
  return builder.plan({ layout: detected.layout, headers, unknownHeaders: detected.unknownHeaders });
}

/**
 * A row's cells by field. Each row's object is a copy of one made with every field at once: an object given its
 * fields one by one by computed name turns into a hash table past a dozen or so (V8), which made each row several
 * kilobytes and every later read of a cell a lookup; the copies share one fixed layout.
 */
function cellsReader(columnOf: ReadonlyMap<ImportField, number>): (row: readonly string[]) => RowCells {
  const columns = [...columnOf];
  const layout: RowCells = Object.fromEntries(columns.map(([field]) => [field, undefined]));
  return (row) => {
    const cells = { ...layout };
    for (const [field, index] of columns) cells[field] = row[index];
    return cells;
  };
}

type Outcome = 'created' | 'updated' | 'unchanged';

/** Participant fields a file without their column leaves as they are stored. */
const participantFieldsKeptWhenAbsent = [
  'email',
  'gender',
  'nationality',
  'preferredLanguage',
  'kind',
  'fewerOpportunities',
  'barriers',
  'esi',
] as const satisfies readonly (keyof ParticipantCreate & ImportField)[];

class PlanBuilder {
  private readonly counts = { rows: 0, created: 0, updated: 0, unchanged: 0, rejected: 0 };
  private readonly records = {
    participantsCreated: 0,
    participantsUpdated: 0,
    mobilitiesCreated: 0,
    mobilitiesUpdated: 0,
    partnersCreated: 0,
  };
  private readonly issues: RowIssue[] = [];
  private issueCount = 0;
  private readonly warnings: RowIssue[] = [];
  private warningCount = 0;
  /** Every participant the file names, by id; `write` when the commit creates or updates it. */
  private readonly participants = new Map<
    string,
    { participant: ParticipantCreate; line: number; write: boolean }
  >();
  private readonly mobilities: ImportedMobilityRow[] = [];
  private readonly createdParticipants = new Set<string>();
  private readonly createdMobilities = new Set<string>();

  constructor(
    private readonly participantMatcher: ParticipantMatcher,
    private readonly partnerMatcher: PartnerMatcher,
    private readonly mobilityMatcher: MobilityMatcher,
    private readonly presentFields: ReadonlySet<ImportField>,
    private readonly projectId: string,
  ) {}

  /** A warning about the file as a whole (its header row), not about one of its rows. */
  warnAboutFile(warning: RowIssue) {
    this.warningCount += 1;
    this.warnings.push(warning);
  }

  reject(issues: readonly RowIssue[]) {
    this.counts.rows++;
    this.counts.rejected++;
    this.issueCount += issues.length;
    this.issues.push(...issues.slice(0, Math.max(0, importLimits.maxReportedIssues - this.issues.length)));
  }

  add(record: ImportRecord) {
    const issue = (column: string, message: string): RowIssue => ({ line: record.line, column, message });
    const match = this.participantMatcher.match(record.participant, record.line);
    const participant = this.mergedParticipant(record.participant, match.stored);
    const earlier = this.participants.get(match.id);
    if (earlier && participantFingerprint(earlier.participant) !== participantFingerprint(participant))
      return this.reject([
        issue(
          'Email',
          `The participant’s details differ from line ${earlier.line}, which names the same person`,
        ),
      ]);

    let mobility: ImportedMobilityRow | null = null;
    let mobilityOutcome: Outcome | null = null;
    if (record.mobility) {
      const built = this.buildMobility(record, match.id, issue);
      if ('issues' in built) return this.reject(built.issues);
      ({ mobility, outcome: mobilityOutcome } = built);
    }

    this.counts.rows++;
    this.warningCount += record.warnings.length;
    this.warnings.push(...record.warnings.slice(0, Math.max(0, 200 - this.warnings.length)));
    let participantOutcome: Outcome = 'unchanged';
    if (!earlier) {
      participantOutcome = match.isNew
        ? 'created'
        : match.stored && participantFingerprint(participant) === storedFingerprint(match.stored)
          ? 'unchanged'
          : 'updated';
      const write = participantOutcome !== 'unchanged';
      this.participants.set(match.id, { participant, line: record.line, write });
      if (write)
        this.records[participantOutcome === 'created' ? 'participantsCreated' : 'participantsUpdated']++;
      if (participantOutcome === 'created') this.createdParticipants.add(match.id);
    }
    if (mobility && mobilityOutcome !== 'unchanged') {
      this.mobilities.push(mobility);
      this.records[mobilityOutcome === 'created' ? 'mobilitiesCreated' : 'mobilitiesUpdated']++;
      if (mobilityOutcome === 'created') this.createdMobilities.add(mobility.id);
    }
    const outcomes = [participantOutcome, mobilityOutcome];
    this.counts[
      outcomes.includes('created') ? 'created' : outcomes.includes('updated') ? 'updated' : 'unchanged'
    ]++;
  }

  /** The row's participant; for a participant already stored, fields whose column the file lacks stay as stored. */
  private mergedParticipant(
    fromRow: ParticipantCreate,
    stored: ParticipantMatchStored | null,
  ): ParticipantCreate {
    if (!stored) return fromRow;
    const merged: Record<string, unknown> = { ...fromRow };
    for (const field of participantFieldsKeptWhenAbsent)
      if (!this.presentFields.has(field)) merged[field] = stored[field];
    // Barriers only with fewer opportunities, also when the file's barriers column was not read.
    if (!merged.fewerOpportunities) merged.barriers = [];
    return merged as ParticipantCreate;
  }

  private buildMobility(
    record: ImportRecord,
    participantId: string,
    issue: (column: string, message: string) => RowIssue,
  ): { mobility: ImportedMobilityRow; outcome: Outcome } | { issues: RowIssue[] } {
    const imported = record.mobility;
    if (!imported) return { issues: [] };
    const issues: RowIssue[] = [];
    const partnerId = (role: 'Sending' | 'Receiving') => {
      const reference = role === 'Sending' ? imported.sending : imported.receiving;
      if (!reference) return null;
      const found = this.partnerMatcher.match(reference, role);
      if ('error' in found) {
        issues.push(issue(`${role} organisation OID`, found.error));
        return null;
      }
      return found.id;
    };
    const sendingOrganisationId = partnerId('Sending');
    const receivingOrganisationId = partnerId('Receiving');
    const matched = this.mobilityMatcher.match(
      {
        activityId: imported.activityId,
        participantId,
        activityType: imported.fields.activityType ?? null,
        startDate: imported.fields.startDate ?? null,
      },
      record.line,
    );
    if ('duplicateOf' in matched)
      issues.push(
        issue('Mobility activity ID', `The same mobility is on line ${matched.duplicateOf} already`),
      );
    if ('group' in matched)
      issues.push(
        issue(
          'Mobility activity ID',
          `${matched.group.activityId ?? 'This'} is a group mobility: a file imports individual mobilities only, so change it in the console`,
        ),
      );
    if ('stored' in matched && matched.stored?.ofErasedParticipant)
      issues.push(
        issue(
          'Mobility activity ID',
          'This mobility’s participant was erased at their request: it cannot be imported again',
        ),
      );
    if (issues.length > 0 || !('stored' in matched)) return { issues };

    const stored = matched.stored;
    const fields = this.mergedMobility(imported.fields, stored);
    const status = this.mergedStatus(imported.status, stored);
    if (
      stored &&
      stored.status !== status &&
      !(mobilityTransitions[stored.status as MobilityStatus] as readonly string[]).includes(status)
    )
      return { issues: [issue('Status', `A ${stored.status} mobility cannot become ${status}`)] };
    const mobility: ImportedMobilityRow = {
      id: stored?.id ?? newId(),
      participantId,
      activityId: imported.activityId ?? stored?.activityId ?? null,
      status,
      // `fields` has none of these keys. They go before the spread: V8 builds `{ ...a, b }` with keys `a` lacks
      // several times slower, a new hidden class per object.
      ...toStoredMobility(this.projectId, {
        participation: { mode: 'individual', participantId },
        sendingOrganisationId,
        receivingOrganisationId,
        consortiumMemberId: stored?.consortiumMemberId ?? null,
        targetOutcomes: (stored?.targetOutcomes as MobilityFields['targetOutcomes']) ?? null,
        ...fields,
      }),
    };
    const outcome: Outcome = !stored ? 'created' : sameMobility(mobility, stored) ? 'unchanged' : 'updated';
    return { mobility, outcome };
  }

  /** For a stored mobility, what the file has no column for stays as stored. */
  private mergedMobility(
    fields: ImportedMobilityFields,
    stored: StoredMobility | null,
  ): ImportedMobilityFields {
    if (!stored) return fields;
    const has = (field: ImportField) => this.presentFields.has(field);
    const storedMeans = stored.meansOfTransport as typeof fields.meansOfTransport;
    const keepMeans =
      !has('meansOfTransport') &&
      (!has('greenTravel') || isGreenTravel(storedMeans) === isGreenTravel(fields.meansOfTransport));
    return {
      ...fields,
      travelDays: has('travelDays') ? fields.travelDays : stored.travelDays,
      blended: has('blended') ? fields.blended : stored.blended,
      longTerm: has('longTerm') ? fields.longTerm : stored.longTerm,
      mainLanguage: has('mainLanguage')
        ? fields.mainLanguage
        : (stored.mainLanguage as typeof fields.mainLanguage),
      meansOfTransport: keepMeans ? storedMeans : fields.meansOfTransport,
    };
  }

  private mergedStatus(fromRow: MobilityStatus, stored: StoredMobility | null): MobilityStatus {
    return stored && !this.presentFields.has('status') && stored.status !== 'draft'
      ? (stored.status as MobilityStatus)
      : fromRow;
  }

  plan(file: Pick<ImportReport, 'layout' | 'headers' | 'unknownHeaders'>): ImportPlan {
    this.records.partnersCreated = this.partnerMatcher.created.length;
    return {
      report: {
        ...file,
        counts: this.counts,
        records: this.records,
        issues: this.issues,
        issueCount: this.issueCount,
        warnings: this.warnings,
        warningCount: this.warningCount,
      },
      partners: this.partnerMatcher.created,
      participants: [...this.participants]
        .filter(([, entry]) => entry.write)
        .map(([id, entry]) => ({ id, participant: entry.participant })),
      mobilities: this.mobilities,
      created: { participants: this.createdParticipants, mobilities: this.createdMobilities },
      respondents: new Map(
        this.mobilities.flatMap(({ participantId: id }) => {
          const participant = this.participants.get(id)?.participant;
          return participant
            ? [
                [
                  id,
                  { id, kind: participant.kind, preferredLanguage: participant.preferredLanguage },
                ] as const,
              ]
            : [];
        }),
      ),
    };
  }
}

type ParticipantMatchStored = NonNullable<ReturnType<ParticipantMatcher['match']>['stored']>;

function storedFingerprint({ id: _id, ...stored }: ParticipantMatchStored): string {
  return participantFingerprint(stored as ParticipantCreate);
}

const comparedMobilityColumns = [
  'activityId',
  'status',
  'activityType',
  'mode',
  'sendingOrganisationId',
  'receivingOrganisationId',
  'originCity',
  'originCountry',
  'originLat',
  'originLon',
  'destinationCity',
  'destinationCountry',
  'destinationLat',
  'destinationLon',
  'startDate',
  'endDate',
  'travelDays',
  'blended',
  'meansOfTransport',
  'longTerm',
  'mainLanguage',
  'durationDays',
  'distanceKm',
  'distanceBand',
  'greenTravel',
] as const;

function sameMobility(next: ImportedMobilityRow, stored: StoredMobility): boolean {
  return (
    comparedMobilityColumns.every((column) => (next[column] ?? null) === (stored[column] ?? null)) &&
    JSON.stringify(stored.participantIds) === JSON.stringify([next.participantId])
  );
}
