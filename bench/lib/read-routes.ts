// The signed-in reads the read and scale benchmarks measure, and how to reach a deep page (by cursor:
// numbered pages stop early; deep pages go by the `nextCursor` of the page before).
import { type Credentials, request, type Session, signIn } from './client.js';

export type ReadRoute = { name: string; login: string; url: string };

export type ReadContext = { base: string; sessions: Record<string, Session>; meetingId: string; searchTerms: { two: string; four: string } };

export async function signInAll(base: string, accounts: Record<string, Credentials>, logins: readonly string[]): Promise<Record<string, Session>> {
  const sessions: Record<string, Session> = {};
  for (const login of logins) {
    const account = accounts[login];
    if (!account) throw new Error(`no credentials for ${login}`);
    sessions[login] = await signIn(base, account);
  }
  return sessions;
}

/** The cursor of the register page that starts after `skip` rows (the page a page number of skip/20 + 1 would be). */
export async function deepCursor(base: string, session: Session, skip: number): Promise<string | null> {
  let cursor: string | null = null;
  let skipped = 0;
  while (skipped < skip) {
    const pageSize = Math.min(200, skip - skipped);
    const page: { items: unknown[]; nextCursor?: string | null } = await request(base, session, 'GET', `/api/documents/incoming?pageSize=${pageSize}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    if (page.nextCursor === undefined) throw new Error('the register has no nextCursor: page it by number');
    skipped += page.items.length;
    cursor = page.nextCursor;
    if (!cursor) return null;
  }
  return cursor;
}

const q = encodeURIComponent;

/** The reads of the read benchmark (issue 11: 工作台, register page, deep page, search, meeting detail, a ledger page). */
export function readRoutes(c: ReadContext, cursor: string | null): ReadRoute[] {
  return [
    { name: '工作台 (office clerk)', login: 'bgs', url: '/api/workbench' },
    { name: 'register, first page', login: 'bgs', url: '/api/documents/incoming' },
    { name: 'register, page 500 (cursor)', login: 'bgs', url: cursor ? `/api/documents/incoming?cursor=${q(cursor)}` : '/api/documents/incoming?page=500' },
    { name: `search, 2 characters (${c.searchTerms.two})`, login: 'bgs', url: `/api/documents/incoming?q=${q(c.searchTerms.two)}` },
    { name: `search, 4 characters (${c.searchTerms.four})`, login: 'bgs', url: `/api/documents/incoming?q=${q(c.searchTerms.four)}` },
    { name: 'meeting detail', login: 'bgs', url: `/api/meetings/${c.meetingId}` },
    { name: 'ledger: supervision tasks', login: 'bgs', url: '/api/supervision/tasks' },
    { name: 'ledger: leave reports', login: 'bgs', url: '/api/leave/reports' },
  ];
}

/** Every list, filter, search and 工作台 of the scale benchmark. */
export function scaleRoutes(c: ReadContext, cursor: string | null): ReadRoute[] {
  return [
    { name: '工作台, office clerk', login: 'bgs', url: '/api/workbench' },
    { name: '工作台, deputy (changwu)', login: 'changwu', url: '/api/workbench' },
    { name: '工作台, unit staff (fgj)', login: 'fgj', url: '/api/workbench' },
    { name: 'register, first page', login: 'bgs', url: '/api/documents/incoming' },
    { name: 'register, page 500 (cursor)', login: 'bgs', url: cursor ? `/api/documents/incoming?cursor=${q(cursor)}` : '/api/documents/incoming?page=500' },
    { name: 'register, unit staff (own unit)', login: 'fgj', url: '/api/documents/incoming' },
    { name: 'filter: status 承办中', login: 'bgs', url: '/api/documents/incoming?status=transferred' },
    { name: 'filter: doc type 请示', login: 'bgs', url: `/api/documents/incoming?docType=${q('请示')}` },
    { name: 'filter: issuing unit', login: 'bgs', url: '/api/documents/incoming?unitId=fgj' },
    { name: 'filter: written in a month', login: 'bgs', url: '/api/documents/incoming?from=2026-06-01&to=2026-06-30' },
    { name: 'filter: overdue', login: 'bgs', url: '/api/documents/incoming?overdue=1' },
    { name: 'chase list (催办清单)', login: 'bgs', url: '/api/documents/incoming/chase-list' },
    { name: `search, 2 characters (${c.searchTerms.two})`, login: 'bgs', url: `/api/documents/incoming?q=${q(c.searchTerms.two)}` },
    { name: `search, 4 characters (${c.searchTerms.four})`, login: 'bgs', url: `/api/documents/incoming?q=${q(c.searchTerms.four)}` },
    { name: 'search, 4 characters, unit staff', login: 'fgj', url: `/api/documents/incoming?q=${q(c.searchTerms.four)}` },
    { name: 'meetings list', login: 'bgs', url: '/api/meetings' },
    { name: 'meeting detail', login: 'bgs', url: `/api/meetings/${c.meetingId}` },
    { name: 'supervision tasks', login: 'bgs', url: '/api/supervision/tasks' },
    { name: 'leave reports', login: 'bgs', url: '/api/leave/reports' },
    { name: 'leader whereabouts', login: 'bgs', url: '/api/leave/whereabouts' },
    { name: 'leader items', login: 'changwu', url: '/api/leader-items' },
  ];
}
