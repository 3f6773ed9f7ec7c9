import type { Migration } from 'kysely/migration';
import * as instance from './2026-11-28T1300-instance.js';
import * as accounts from './2026-11-28T1400-accounts.js';
import * as mobility from './2026-11-28T1500-mobility.js';
import * as consortiumMobility from './2026-11-28T1600-consortium-mobility.js';
import * as surveys from './2026-11-28T1700-surveys.js';
import * as outboxSurvey from './2026-11-28T1800-outbox-survey.js';
import * as outcomeRollup from './2026-11-28T1900-outcome-rollup.js';
import * as imports from './2026-11-28T2000-imports.js';
import * as surveyExampleOrganisation from './2026-11-28T2100-survey-example-organisation.js';
import * as tenantKeys from './2026-11-28T2200-tenant-keys.js';
import * as disclosureKeys from './2026-12-06T1000-disclosure-keys.js';
import * as disclosureSecret from './2026-12-06T1100-disclosure-secret.js';
import * as membershipConsent from './2026-12-06T1200-membership-consent.js';
import * as secondFactor from './2026-12-06T1300-second-factor.js';
import * as workLeases from './2026-12-06T2300-work-leases.js';
import * as readYourWrites from './2026-12-06T2310-read-your-writes.js';
import * as specialCategories from './2026-12-06T2320-special-categories.js';
import * as participantErasure from './2026-12-06T2330-participant-erasure.js';
import * as participantRequests from './2026-12-06T2340-participant-requests.js';
import * as retention from './2026-12-06T2350-retention.js';
import * as privacyContact from './2026-12-07T0000-privacy-contact.js';
import * as consentRecords from './2026-12-07T0010-consent-records.js';

/**
 * Every migration, in the order it runs. Names are timestamps and never change once released;
 * a migration file is frozen in time and never imports application code.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-28T1300-instance': instance,
  '2026-11-28T1400-accounts': accounts,
  '2026-11-28T1500-mobility': mobility,
  '2026-11-28T1600-consortium-mobility': consortiumMobility,
  '2026-11-28T1700-surveys': surveys,
  '2026-11-28T1800-outbox-survey': outboxSurvey,
  '2026-11-28T1900-outcome-rollup': outcomeRollup,
  '2026-11-28T2000-imports': imports,
  '2026-11-28T2100-survey-example-organisation': surveyExampleOrganisation,
  '2026-11-28T2200-tenant-keys': tenantKeys,
  '2026-12-06T1000-disclosure-keys': disclosureKeys,
  '2026-12-06T1100-disclosure-secret': disclosureSecret,
  '2026-12-06T1200-membership-consent': membershipConsent,
  '2026-12-06T1300-second-factor': secondFactor,
  '2026-12-06T2300-work-leases': workLeases,
  '2026-12-06T2310-read-your-writes': readYourWrites,
  '2026-12-06T2320-special-categories': specialCategories,
  '2026-12-06T2330-participant-erasure': participantErasure,
  '2026-12-06T2340-participant-requests': participantRequests,
  '2026-12-06T2350-retention': retention,
  '2026-12-07T0000-privacy-contact': privacyContact,
  '2026-12-07T0010-consent-records': consentRecords,
};
