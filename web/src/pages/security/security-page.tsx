import { useQuery } from '@tanstack/react-query';
import { Space, Typography } from 'antd';
import { useEffect } from 'react';
import { fetchSecuritySettings, securityKeys } from '../../api/security';
import { PageTitle } from '../../layout/app-layout';
import { ForbiddenResult, isForbidden } from '../../lib/forbidden-result';
import { RolesCard } from './roles-card';
import { SecurityPolicyCard } from './security-policy-card';

/** 安全策略与角色 (security administrator): the security policy and who holds which role. */
export default function SecurityPage() {
  useEffect(() => {
    document.title = '安全策略与角色 · 政务';
  }, []);

  // The same query the policy card runs; here only to say once, for the whole page, that the role may not open it.
  const policy = useQuery({ queryKey: securityKeys.settings, queryFn: ({ signal }) => fetchSecuritySettings(signal) });
  if (isForbidden(policy.error)) {
    return <ForbiddenResult error={policy.error} hint="安全策略与角色仅安全管理员可以设置（三员分立）。" />;
  }

  return (
    <>
      <PageTitle>安全策略与角色</PageTitle>
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        安全管理员负责安全策略和角色授予；账号的开设、停用和密码重置由系统管理员办理（三员分立）。
      </Typography.Paragraph>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <SecurityPolicyCard />
        <RolesCard />
      </Space>
    </>
  );
}
