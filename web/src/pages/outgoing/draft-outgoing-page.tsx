import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Card, Result, Spin } from 'antd';
import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { createDraft, outgoingKeys } from '../../api/outgoing';
import { fetchUnit, orgKeys } from '../../api/org';
import { today } from '../../app/dates';
import { useSession } from '../../app/use-session';
import { workbenchQueryKey } from '../../api/workbench';
import { ruleText } from '../../lib/rule-feedback';
import { DraftForm } from './draft-form';
import { OutgoingHeader, useOutgoingTools } from './outgoing-header';

/** 拟稿: a department drafts on the government's behalf (代拟), or the office drafts, or a department in its own name. */
export default function DraftOutgoingPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const session = useSession();
  const tools = useOutgoingTools();
  const unit = session.data?.user.unit ?? null;
  const asOf = today();
  const ownUnit = useQuery({ queryKey: orgKeys.unit(unit?.id ?? '', asOf, false), queryFn: ({ signal }) => fetchUnit(unit?.id ?? '', asOf, false, signal), enabled: unit !== null });

  useEffect(() => {
    document.title = '拟稿 · 政务';
  }, []);

  const mutation = useMutation({
    mutationFn: createDraft,
    onSuccess: async (result) => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: outgoingKeys.all }), queryClient.invalidateQueries({ queryKey: workbenchQueryKey })]);
      if (result.flags.length > 0) void message.warning(`已保存文稿，并标注：${result.flags.map(ruleText).join('；')}`, 8);
      else void message.success('已保存文稿');
      void navigate(`/outgoing/${result.id}`);
    },
  });

  if (tools && !tools.mayDraft) {
    return (
      <>
        <OutgoingHeader title="拟稿" />
        <Card size="small">
          <Result status="403" title="只有各单位和区政府办公室的工作人员可以拟稿" extra={<Link to="/outgoing">返回发文列表</Link>} />
        </Card>
      </>
    );
  }
  const isReady = session.data && (unit === null || ownUnit.data);
  return (
    <>
      <OutgoingHeader title="拟稿" />
      <Card size="small" style={{ maxWidth: 1080 }}>
        {isReady ? (
          <DraftForm
            ownUnit={unit}
            ownUnitKind={ownUnit.data?.kind}
            isOffice={ownUnit.data?.kind === 'office'}
            saveLabel="保存文稿"
            isSaving={mutation.isPending}
            error={mutation.error}
            onSave={(input) => mutation.mutate(input)}
            onCancel={() => void navigate('/outgoing')}
          />
        ) : (
          <Spin style={{ display: 'block', margin: '60px auto' }} />
        )}
      </Card>
    </>
  );
}
