import {
  type CatalogueVersion,
  catalogueVersions,
  currentCatalogueVersion,
  type OutcomeCode,
  outcomeDefinitions,
  type TargetGroup,
  type Versioned,
} from './definitions.js';
import { indicatorStatementKey, type MessageKey, outcomeLabelKey, outcomeTitleKey } from './message-keys.js';
import { messagesEn } from './messages.en.js';
import type { MessageRef, Outcome } from './schema.js';

function ref(key: MessageKey): MessageRef {
  return { key, en: messagesEn[key] };
}

/** The outcome catalogue: every outcome ever declared, retired ones included. See `activeOutcomes`. */
export const outcomes: readonly Outcome[] = outcomeDefinitions.map((definition) => ({
  code: definition.code,
  targetGroup: definition.targetGroup,
  title: ref(outcomeTitleKey(definition.code)),
  label: ref(outcomeLabelKey(definition.code)),
  since: definition.since,
  retiredIn: definition.retiredIn,
  indicators: definition.indicators.map((indicator) => ({
    code: indicator.code,
    outcomeCode: definition.code,
    statement: ref(indicatorStatementKey(indicator.code)),
    since: indicator.since,
    retiredIn: indicator.retiredIn,
  })),
}));

/** Whether a catalogue entry is asked in `version`: introduced at or before it, and not retired by it. */
export function isActiveIn(entry: Versioned, version: CatalogueVersion): boolean {
  const at = catalogueVersions.indexOf(version);
  const retired =
    entry.retiredIn === undefined ? Number.POSITIVE_INFINITY : catalogueVersions.indexOf(entry.retiredIn);
  return catalogueVersions.indexOf(entry.since) <= at && at < retired;
}

/** The outcomes active in `version`, each with only its active indicators. */
export function activeOutcomes(
  version: CatalogueVersion = currentCatalogueVersion,
  catalogue: readonly Outcome[] = outcomes,
): Outcome[] {
  return catalogue
    .filter((outcome) => isActiveIn(outcome, version))
    .map((outcome) => ({
      ...outcome,
      indicators: outcome.indicators.filter((indicator) => isActiveIn(indicator, version)),
    }))
    .filter((outcome) => outcome.indicators.length > 0);
}

export function outcomesForGroup(
  targetGroup: TargetGroup,
  version: CatalogueVersion = currentCatalogueVersion,
): Outcome[] {
  return activeOutcomes(version).filter((outcome) => outcome.targetGroup === targetGroup);
}

const byCode = new Map(outcomes.map((outcome) => [outcome.code, outcome]));

export function outcomeByCode(code: OutcomeCode): Outcome | undefined {
  return byCode.get(code);
}
