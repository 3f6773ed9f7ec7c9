import type { ReactNode } from 'react';
import { AnchorLink, ButtonLink } from '../../components/links';
import { type AnalyticsFilters, carriedFilters } from './analytics-search';

// The analytics pages exist twice: for one organisation (/o/…/outcomes) and for every organisation (/admin/outcomes).

interface OutcomeLinkProps {
  organisationId: string | undefined;
  code: string;
  filters: AnalyticsFilters;
  children: ReactNode;
}

export function OutcomeLink({ organisationId, code, filters, children }: OutcomeLinkProps) {
  const search = carriedFilters(filters);
  return organisationId ? (
    <AnchorLink
      to="/o/$organisationId/outcomes/$code"
      params={{ organisationId, code }}
      search={search}
      size="sm"
    >
      {children}
    </AnchorLink>
  ) : (
    <AnchorLink to="/admin/outcomes/$code" params={{ code }} search={search} size="sm">
      {children}
    </AnchorLink>
  );
}

interface PageLinkProps {
  organisationId: string | undefined;
  filters: AnalyticsFilters;
  children: ReactNode;
}

export function OverviewLink({ organisationId, filters, children }: PageLinkProps) {
  const search = carriedFilters(filters);
  return organisationId ? (
    <AnchorLink
      to="/o/$organisationId/outcomes"
      params={{ organisationId }}
      search={search}
      size="sm"
      underline="always"
    >
      {children}
    </AnchorLink>
  ) : (
    <AnchorLink to="/admin/outcomes" search={search} size="sm" underline="always">
      {children}
    </AnchorLink>
  );
}

export function CompareButtonLink({ organisationId, filters, children }: PageLinkProps) {
  const search = { projectId: filters.projectId, callYear: filters.callYear };
  return organisationId ? (
    <ButtonLink
      variant="default"
      to="/o/$organisationId/outcomes/compare"
      params={{ organisationId }}
      search={search}
    >
      {children}
    </ButtonLink>
  ) : (
    <ButtonLink variant="default" to="/admin/outcomes/compare" search={search}>
      {children}
    </ButtonLink>
  );
}
