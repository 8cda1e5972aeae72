// @ts-nocheck
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { profileDeviations, securitySettingsSchema } from '../../domain/identity/security-settings.js';
import { securityDefaults } from '../../operations/identity/identity-deps.js';
import { loadSecuritySettings, updateSecuritySettings } from '../../operations/identity/security-settings.js';
import { operationContext } from '../context.js';

const tags = ['security'];
const settingsView = z.object({ settings: securitySettingsSchema, version: z.number(), deviations: z.array(z.string()), defaults: securitySettingsSchema });

/** The security policy, set by the security administrator alone. */
export const securityRoutes: FastifyPluginAsyncZod = async (app) => {
  const defaults = securityDefaults(app.deps.config);

  app.get(
    '/api/security/settings',
    { config: { policy: 'security.manage' }, schema: { summary: '安全策略：密码、锁定、会话（及与等保三级基线的偏离）', tags, response: { 200: settingsView } } },
    async () => {
      const { settings, version } = await loadSecuritySettings(app.deps.handle, defaults);
      return { settings, version, deviations: profileDeviations(settings), defaults };
    },
  );

  app.put(
    '/api/security/settings',
    {
      config: { policy: 'security.manage' },
      schema: { summary: '修改安全策略（须带读取时的版本号）', tags, body: z.object({ version: z.number().int().min(0), settings: securitySettingsSchema }), response: { 200: settingsView } },
    },
    async (request) => ({ ...(await updateSecuritySettings(operationContext(request), defaults, request.body)), defaults }),
  );
};
