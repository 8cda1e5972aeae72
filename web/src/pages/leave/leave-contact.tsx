import { EyeOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Space, Typography } from 'antd';
import { fetchLeaveContact } from '../../api/leave';
import { errorText } from '../../lib/show-api-error';

/**
 * A report's 24-hour contact as lists show it: masked, with 查看完整号码 (the report's `read_contact` action)
 * asking the server for the whole number, which records the reading. The number lives only as long as this
 * component (gcTime 0: never in the query cache).
 */
export function LeaveContact({ report }: { report: { id: string; contactMasked: string; actions: readonly string[] } }) {
  const reveal = useMutation({ mutationFn: () => fetchLeaveContact(report.id), gcTime: 0 });
  if (!report.contactMasked) return <>—</>;
  if (reveal.data) return <Typography.Text copyable>{reveal.data.contact}</Typography.Text>;
  return (
    <Space size={4} wrap>
      <span>{report.contactMasked}</span>
      {report.actions.includes('read_contact') && (
        <Button size="small" type="link" icon={<EyeOutlined />} loading={reveal.isPending} onClick={() => reveal.mutate()} style={{ paddingInline: 0 }}>
          查看完整号码
        </Button>
      )}
      {reveal.isError && <Typography.Text type="danger">{errorText(reveal.error)}</Typography.Text>}
    </Space>
  );
}
