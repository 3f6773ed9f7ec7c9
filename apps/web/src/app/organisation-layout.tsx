import { Outlet } from '@tanstack/react-router';
import { useEffect } from 'react';
import { rememberOrganisation } from '../lib/last-organisation';
import { useSignedInUser } from '../lib/session';

/** Pages of one organisation: the one opened last is where `/` lands next time. */
export function OrganisationLayout({ organisationId }: { organisationId: string }) {
  const user = useSignedInUser();
  useEffect(() => rememberOrganisation(user.userId, organisationId), [user.userId, organisationId]);
  return <Outlet />;
}
