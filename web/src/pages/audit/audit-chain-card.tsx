import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Space, Typography } from 'antd';
import { auditKeys, fetchAuditHead, verifyAuditChain } from '../../api/audit';
import type { AuditChainReport } from '../../api/audit';
import { formatDateTimeSeconds } from '../../app/dates';
import { errorText, useShowApiError } from '../../lib/show-api-error';
import { mono } from './audit-text';

function VerifyResult({ report }: { report: AuditChainReport }) {
  const from = report.anchor ? `自清理锚点第 ${report.anchor.seq} 条之后` : '自首条记录起';
  if (report.ok) {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="audit-verify-result"
        title="审计链完整"
        description={`${from}至第 ${report.head.seq} 条，共校验 ${report.count} 条记录，逐条重算 SM3 哈希均与记录相符，链条连续、未被改动。`}
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      data-testid="audit-verify-result"
      title={report.problem ? `审计链在第 ${report.problem.seq} 条处断开` : '审计链校验未通过'}
      description={
        <>
          {report.problem?.reason}
          <br />
          {from}已校验 {report.count} 条。请立即保全数据库与备份，并报告安全管理员。
        </>
      }
    />
  );
}

/**
 * 审计链: the chain head (to be kept where the database's administrators cannot reach it) and a full
 * verification on demand. Both readings are themselves recorded, so the head moves on after each.
 */
export function AuditChainCard() {
  const queryClient = useQueryClient();
  const showApiError = useShowApiError();
  const head = useQuery({ queryKey: auditKeys.head, queryFn: ({ signal }) => fetchAuditHead(signal) });
  const verify = useMutation({
    mutationFn: verifyAuditChain,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: auditKeys.head }),
    onError: (error) => showApiError(error, '校验失败'),
  });

  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={
        <Space size={8}>
          <SafetyCertificateOutlined />
          审计链（SM3 哈希链）
        </Space>
      }
      extra={
        <Space size={8}>
          <Button size="small" onClick={() => void head.refetch()} loading={head.isFetching}>
            刷新链头
          </Button>
          <Button size="small" type="primary" loading={verify.isPending} onClick={() => verify.mutate()}>
            校验审计链
          </Button>
        </Space>
      }
    >
      {head.isError && <Alert type="error" showIcon title={`链头读取失败：${errorText(head.error)}`} style={{ marginBottom: 8 }} />}
      {head.data && (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 4 }}
          data-testid="audit-head"
          items={[
            { key: 'seq', label: '链头', children: `第 ${head.data.seq} 条` },
            { key: 'count', label: '现存记录', children: `${head.data.count} 条` },
            { key: 'time', label: '链头时间', children: head.data.occurredAt ? formatDateTimeSeconds(head.data.occurredAt) : '—' },
            { key: 'anchor', label: '清理锚点', children: head.data.anchorSeq === null ? '未清理过' : `第 ${head.data.anchorSeq} 条` },
            {
              key: 'hash',
              label: '链头哈希',
              span: 'filled',
              children: (
                <Typography.Text copyable={{ tooltips: ['复制', '已复制'] }} style={{ ...mono, fontSize: 12, wordBreak: 'break-all' }}>
                  {head.data.hash}
                </Typography.Text>
              ),
            },
          ]}
        />
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        请定期抄录链头序号与哈希并异地保管；日后校验时可据此发现记录被改写或数据库被回退。
      </Typography.Text>
      {verify.data && (
        <div style={{ marginTop: 8 }}>
          <VerifyResult report={verify.data} />
        </div>
      )}
    </Card>
  );
}
