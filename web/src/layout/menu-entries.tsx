import {
  ApiOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  CalendarOutlined,
  CarOutlined,
  ContactsOutlined,
  DesktopOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  GlobalOutlined,
  SafetyCertificateOutlined,
  SendOutlined,
  ScheduleOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

/** A menu entry the web knows how to show. The server decides which of them a user gets. */
export type MenuEntry = {
  key: string;
  label: string;
  icon: ReactNode;
  path: string;
  /** Served outside the single-page app (opens in a new tab). */
  isExternal?: boolean;
};

const entries: MenuEntry[] = [
  { key: 'workbench', label: '工作台', icon: <DesktopOutlined />, path: '/' },
  { key: 'done', label: '已办', icon: <FileDoneOutlined />, path: '/documents/done' },
  { key: 'org', label: '组织机构', icon: <ApartmentOutlined />, path: '/org' },
  { key: 'documents', label: '收文办理', icon: <FileTextOutlined />, path: '/documents/incoming' },
  { key: 'outgoing', label: '发文办理', icon: <SendOutlined />, path: '/outgoing' },
  { key: 'meetings', label: '会议', icon: <ScheduleOutlined />, path: '/meetings' },
  { key: 'supervision', label: '督查督办', icon: <FileSearchOutlined />, path: '/supervision' },
  { key: 'disclosure', label: '政务公开', icon: <GlobalOutlined />, path: '/disclosure' },
  { key: 'leave', label: '领导去向', icon: <CarOutlined />, path: '/leave' },
  { key: 'events', label: '邀请与会议', icon: <ContactsOutlined />, path: '/events' },
  { key: 'rules', label: '规则库', icon: <BookOutlined />, path: '/rules' },
  { key: 'calendar', label: '工作日历', icon: <CalendarOutlined />, path: '/calendar' },
  { key: 'audit', label: '审计日志', icon: <AuditOutlined />, path: '/audit' },
  { key: 'users', label: '用户管理', icon: <TeamOutlined />, path: '/admin/users' },
  { key: 'security', label: '安全策略与角色', icon: <SafetyCertificateOutlined />, path: '/security' },
  { key: 'account', label: '账号安全', icon: <UserOutlined />, path: '/account' },
  { key: 'docs', label: '接口文档', icon: <ApiOutlined />, path: '/api/docs', isExternal: true },
];

const byKey = new Map(entries.map((entry) => [entry.key, entry]));

/** The server's menu keys, in the server's order, without keys this build does not know. */
export function menuEntriesFor(serverKeys: readonly string[]): MenuEntry[] {
  // The server decides who has 已办 (policies.ts menu `done`), and where: the web adds no entry of its own.
  return serverKeys.flatMap((key) => {
    const entry = byKey.get(key);
    return entry ? [entry] : [];
  });
}

/** Which entry a path belongs to: the longest matching prefix. */
export function selectedMenuKey(pathname: string, available: readonly MenuEntry[]): string | undefined {
  let best: MenuEntry | undefined;
  for (const entry of available) {
    if (entry.isExternal) continue;
    const isMatch = entry.path === '/' ? pathname === '/' : pathname === entry.path || pathname.startsWith(`${entry.path}/`);
    if (isMatch && (!best || entry.path.length > best.path.length)) best = entry;
  }
  return best?.key;
}
