// Who may do what in the newsroom: roles grant permissions; object rules (own drafts) live in the services.
export const ROLES = ['contributor', 'editor', 'chief', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  | 'newsroom:enter'
  | 'article:write'
  | 'article:edit-any'
  | 'article:publish'
  | 'media:upload'
  | 'taxonomy:manage'
  | 'pages:manage'
  | 'users:manage'
  | 'editions:manage'
  | 'audit:view'
  | 'clients:manage';

const CONTRIBUTOR: Permission[] = ['newsroom:enter', 'article:write', 'media:upload'];
const EDITOR: Permission[] = [...CONTRIBUTOR, 'article:edit-any', 'article:publish'];
const CHIEF: Permission[] = [...EDITOR, 'taxonomy:manage', 'pages:manage'];
const ADMIN: Permission[] = [...CHIEF, 'users:manage', 'editions:manage', 'audit:view', 'clients:manage'];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  contributor: new Set(CONTRIBUTOR),
  editor: new Set(EDITOR),
  chief: new Set(CHIEF),
  admin: new Set(ADMIN),
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function can(role: string, permission: Permission): boolean {
  return isRole(role) && ROLE_PERMISSIONS[role].has(permission);
}
