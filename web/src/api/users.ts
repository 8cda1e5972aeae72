import { api } from './client';

/** What the caller may do with one account; the server decides, the page only shows the buttons. */
export type UserAction = 'enable' | 'disable' | 'reset_password' | 'grant_roles';

export type UserAccount = {
  id: string;
  loginName: string;
  displayName: string;
  unitId: string | null;
  personId: string | null;
  roles: string[];
  /** The roles in Chinese, as the server names them. */
  roleLabels: string[];
  isDisabled: boolean;
  isLocked: boolean;
  isTotpEnabled: boolean;
  mustChangePassword: boolean;
  passwordChangedAt: string;
  actions: string[];
};

/** A role the security administrator may grant, with its Chinese name. */
export type RoleOption = { role: string; label: string };

export type UserList = { items: UserAccount[]; roles: RoleOption[]; actions: string[] };

export type CreateUserInput = { loginName: string; displayName: string; unitId?: string | null };

/** A password the server made up; it is shown once and never again. */
export type TemporaryPassword = { temporaryPassword: string };

export const userKeys = {
  all: ['users'] as const,
  admin: ['users', 'admin'] as const,
  security: ['users', 'security'] as const,
};

/** Accounts as the system administrator sees them (open, disable, reset). */
export function fetchAdminUsers(signal?: AbortSignal): Promise<UserList> {
  return api.get<UserList>('/api/admin/users', { signal });
}

/** Accounts as the security administrator sees them (roles). */
export function fetchSecurityUsers(signal?: AbortSignal): Promise<UserList> {
  return api.get<UserList>('/api/security/users', { signal });
}

export function createUser(input: CreateUserInput): Promise<{ id: string } & TemporaryPassword> {
  return api.post<{ id: string } & TemporaryPassword>('/api/admin/users', input);
}

export function disableUser(id: string): Promise<void> {
  return api.post<void>(`/api/admin/users/${encodeURIComponent(id)}/disable`);
}

export function enableUser(id: string): Promise<void> {
  return api.post<void>(`/api/admin/users/${encodeURIComponent(id)}/enable`);
}

export function resetPassword(id: string): Promise<TemporaryPassword> {
  return api.post<TemporaryPassword>(`/api/admin/users/${encodeURIComponent(id)}/reset-password`);
}

export function grantRoles(id: string, roles: string[]): Promise<void> {
  return api.put<void>(`/api/security/users/${encodeURIComponent(id)}/roles`, { roles });
}
