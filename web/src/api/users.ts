import { type BodyOf, client, ok, type ResponseOf } from './client';
import { fetchAllPages, LIST_PAGE_SIZE } from './paging';

// Types are the server's own (schema.gen.ts); the names below are what the pages call them.

/** What the caller may do with one account; the server decides, the page only shows the buttons. */
export type UserAction = 'enable' | 'disable' | 'reset_password' | 'grant_roles' | 'reset_totp';

export type UserList = ResponseOf<'/api/admin/users', 'get'>;
export type UserAccount = UserList['items'][number];
/** A role the security administrator may grant, with its Chinese name. */
export type RoleOption = UserList['roles'][number];
export type Role = RoleOption['role'];
export type CreateUserInput = BodyOf<'/api/admin/users', 'post'>;
/** A password the server made up; it is shown once and never again. */
export type TemporaryPassword = ResponseOf<'/api/admin/users/{id}/reset-password', 'post'>;

export const userKeys = {
  all: ['users'] as const,
  admin: ['users', 'admin'] as const,
  security: ['users', 'security'] as const,
};

/** Accounts as the system administrator sees them (open, disable, reset). */
export function fetchAdminUsers(signal?: AbortSignal): Promise<UserList> {
  return fetchAllPages((cursor) => ok(client.GET('/api/admin/users', { params: { query: { pageSize: LIST_PAGE_SIZE, cursor } }, signal })));
}

/** Accounts as the security administrator sees them (roles). */
export function fetchSecurityUsers(signal?: AbortSignal): Promise<UserList> {
  return fetchAllPages((cursor) => ok(client.GET('/api/security/users', { params: { query: { pageSize: LIST_PAGE_SIZE, cursor } }, signal })));
}

export function createUser(input: CreateUserInput): Promise<ResponseOf<'/api/admin/users', 'post'>> {
  return ok(client.POST('/api/admin/users', { body: input }));
}

export async function disableUser(id: string): Promise<void> {
  await client.POST('/api/admin/users/{id}/disable', { params: { path: { id } } });
}

export async function enableUser(id: string): Promise<void> {
  await client.POST('/api/admin/users/{id}/enable', { params: { path: { id } } });
}

export function resetPassword(id: string): Promise<TemporaryPassword> {
  return ok(client.POST('/api/admin/users/{id}/reset-password', { params: { path: { id } } }));
}

export async function resetTotp(id: string): Promise<void> {
  await client.POST('/api/security/users/{id}/reset-totp', { params: { path: { id } } });
}

export async function grantRoles(id: string, roles: Role[]): Promise<void> {
  await client.PUT('/api/security/users/{id}/roles', { params: { path: { id } }, body: { roles } });
}
