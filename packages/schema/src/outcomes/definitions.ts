// The one place where outcomes and indicators are declared: their codes, target group and catalogue versions.
// Texts live in messages.en.ts, keyed by these codes; the compiler asks for them when a code is added here.
//
// Codes are stable and never reused: to drop an outcome or an indicator, set `retiredIn` instead of deleting it,
// so answers stored against its code keep their meaning.

/** Catalogue versions, oldest first. A later programme period appends its own. */
export const catalogueVersions = ['2021-2027'] as const;
export type CatalogueVersion = (typeof catalogueVersions)[number];
export const currentCatalogueVersion: CatalogueVersion = '2021-2027';

export const targetGroups = ['learner', 'staff'] as const;
export type TargetGroup = (typeof targetGroups)[number];

export interface Versioned {
  since: CatalogueVersion;
  /** First catalogue version in which the entry is no longer asked. */
  retiredIn?: CatalogueVersion;
}

/** An indicator's code is `<outcome code>.<slug>`, e.g. `L05.language`. */
type IndicatorEntry<O extends string> = `${O}.${string}` | ({ code: `${O}.${string}` } & Partial<Versioned>);
type CodeOf<E> = E extends string ? E : E extends { code: infer C extends string } ? C : never;

export interface OutcomeDefinition<O extends string = string, I extends string = string> extends Versioned {
  code: O;
  targetGroup: TargetGroup;
  indicators: readonly ({ code: I } & Versioned)[];
}

/** Declares an outcome; indicators are given as codes, or as `{ code, since, retiredIn }` when their versions differ. */
function outcome<const O extends string, const E extends readonly IndicatorEntry<O>[]>(
  code: O,
  targetGroup: TargetGroup,
  indicators: E,
  versions: Versioned = { since: '2021-2027' },
): OutcomeDefinition<O, CodeOf<E[number]>> {
  return {
    code,
    targetGroup,
    ...versions,
    indicators: indicators.map((entry) =>
      typeof entry === 'string'
        ? { code: entry as CodeOf<E[number]>, since: versions.since }
        : { since: versions.since, ...entry, code: entry.code as CodeOf<E[number]> },
    ),
  };
}

/**
 * The expected outcomes of Key Action 1 (Erasmus+ Programme Guide, Part B, "Key Action 1: Learning mobility of
 * individuals"), in the Guide's order. Where the Guide joins two competences in one outcome, each gets its own
 * indicator so they can be measured apart.
 */
export const outcomeDefinitions = [
  outcome('L01', 'learner', ['L01.understanding', 'L01.self-directed', 'L01.applying']),
  outcome('L02', 'learner', ['L02.job-skills', 'L02.career-goals', 'L02.job-confidence']),
  outcome('L03', 'learner', ['L03.initiative', 'L03.ideas-into-action', 'L03.project-planning']),
  outcome('L04', 'learner', ['L04.self-confidence', 'L04.coping', 'L04.own-opinion']),
  outcome('L05', 'learner', ['L05.language', 'L05.host-language', 'L05.digital']),
  outcome('L06', 'learner', ['L06.own-culture', 'L06.adapting', 'L06.curiosity']),
  outcome('L07', 'learner', ['L07.community', 'L07.democratic-life', 'L07.informed']),
  outcome('L08', 'learner', ['L08.at-ease', 'L08.teamwork', 'L08.contacts']),
  outcome('L09', 'learner', ['L09.eu-daily-life', 'L09.eu-values', 'L09.feel-european']),
  outcome('L10', 'learner', ['L10.continue-learning', 'L10.non-formal', 'L10.abroad-again']),
  outcome('S01', 'staff', ['S01.methods', 'S01.new-approaches', 'S01.professional-confidence']),
  outcome('S02', 'staff', ['S02.practices', 'S02.systems', 'S02.policies']),
  outcome('S03', 'staff', ['S03.propose-change', 'S03.international', 'S03.sharing']),
  outcome('S04', 'staff', ['S04.formal-non-formal', 'S04.labour-market', 'S04.cross-sector']),
  outcome('S05', 'staff', ['S05.learner-needs', 'S05.evaluate-improve', 'S05.quality']),
  outcome('S06', 'staff', ['S06.understanding', 'S06.abilities', 'S06.inclusive-climate']),
  outcome('S07', 'staff', ['S07.recognise-barriers', 'S07.support', 'S07.outreach']),
  outcome('S08', 'staff', ['S08.encourage', 'S08.prepare', 'S08.organise']),
  outcome('S09', 'staff', ['S09.opportunities', 'S09.network', 'S09.development-plan']),
  outcome('S10', 'staff', ['S10.language', 'S10.digital']),
  outcome('S11', 'staff', ['S11.motivation', 'S11.satisfaction']),
] as const;

export type OutcomeCode = (typeof outcomeDefinitions)[number]['code'];
export type IndicatorCode = (typeof outcomeDefinitions)[number]['indicators'][number]['code'];
