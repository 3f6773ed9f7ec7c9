import { type MembershipRole, membershipRoles } from '@mobilis/schema';

const labels: Record<MembershipRole, string> = {
  coordinator: 'Coordinator',
  viewer: 'Viewer (read only)',
};

export const roleOptions = membershipRoles.map((role) => ({ value: role, label: labels[role] }));

export function roleLabel(role: string): string {
  return labels[role as MembershipRole] ?? role;
}
