const browsers: [RegExp, string][] = [
  [/Edg\//, 'Edge'],
  [/QQBrowser\//, 'QQ浏览器'],
  [/360SE|360EE/, '360浏览器'],
  [/Firefox\//, 'Firefox'],
  [/HeadlessChrome\//, 'Chrome（无界面）'],
  [/Chrome\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

const systems: [RegExp, string][] = [
  [/Windows/, 'Windows'],
  [/iPhone|iPad/, 'iOS'],
  [/Mac OS X/, 'macOS'],
  [/Android/, 'Android'],
  [/UOS|Deepin/, '统信UOS'],
  [/Kylin/, '麒麟'],
  [/Linux/, 'Linux'],
];

/** "Chrome · Windows" from a User-Agent header, so people recognise their own devices; the raw text otherwise. */
export function userAgentText(userAgent: string | null): string {
  if (!userAgent) return '未知设备';
  const browser = browsers.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = systems.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (!browser && !system) return userAgent.slice(0, 60);
  return [browser ?? '其他浏览器', system ?? '其他系统'].join(' · ');
}
