import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Card, Result, Spin } from 'antd';
import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { fetchOutgoing, outgoingKeys, reviseDraft } from '../../api/outgoing';
import type { DraftInput } from '../../api/outgoing';
import { fetchUnit, orgKeys } from '../../api/org';
import { workbenchQueryKey } from '../../api/workbench';
import { today } from '../../app/dates';
import { errorText } from '../../lib/show-api-error';
import { DraftForm } from './draft-form';
import { OutgoingHeader } from './outgoing-header';

/**
 * 修改文稿: the drafter revises a draft (or a returned one) before resubmitting it; the office edits during review,
 * and an edit of substance after sign-off goes back to the signer (复核, 条例 第二十五条). Every save is kept.
 */
export default function ReviseOutgoingPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const detail = useQuery({ queryKey: outgoingKeys.detail(id), queryFn: ({ signal }) => fetchOutgoing(id, signal) });
  const doc = detail.data;
  const asOf = today();
  const draftingUnit = useQuery({ queryKey: orgKeys.unit(doc?.draftingUnit.id ?? '', asOf, false), queryFn: ({ signal }) => fetchUnit(doc?.draftingUnit.id ?? '', asOf, false, signal), enabled: doc !== undefined });

  useEffect(() => {
    document.title = '修改文稿 · 政务';
  }, []);

  const mutation = useMutation({
    mutationFn: (input: DraftInput) => reviseDraft(id, { ...input, version: doc?.version ?? 0 }),
    onSuccess: async (result) => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: outgoingKeys.all }), queryClient.invalidateQueries({ queryKey: workbenchQueryKey })]);
      void message.success(result.status === 'awaiting_sign_off' && doc?.status === 'signed' ? '已修改，退回签发人复核（条例第二十五条）' : '已保存修改稿');
      void navigate(`/outgoing/${id}`);
    },
  });

  if (detail.isError) {
    return (
      <>
        <OutgoingHeader title="修改文稿" />
        <Alert type="error" showIcon title="发文加载失败" description={errorText(detail.error)} />
      </>
    );
  }
  if (!doc || !draftingUnit.data) {
    return (
      <>
        <OutgoingHeader title="修改文稿" />
        <Spin style={{ display: 'block', marginTop: 80 }} />
      </>
    );
  }
  const mayRevise = doc.actions.includes('revise') || doc.actions.includes('office_revise');
  if (!mayRevise) {
    return (
      <>
        <OutgoingHeader title="修改文稿" />
        <Card size="small">
          <Result status="info" title="本环节不能修改文稿" extra={<Link to={`/outgoing/${id}`}>返回发文详情</Link>} />
        </Card>
      </>
    );
  }
  return (
    <>
      <OutgoingHeader title={`修改文稿：${doc.title}`} />
      <Card size="small" style={{ maxWidth: 1080 }}>
        {doc.status === 'signed' && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="本件已签发：对标题、正文、主送作实质性修改的，须退回签发人复核（条例第二十五条）" />}
        <DraftForm
          key={doc.version}
          doc={doc}
          ownUnit={doc.draftingUnit}
          ownUnitKind={draftingUnit.data.kind}
          isOffice={draftingUnit.data.kind === 'office'}
          saveLabel="保存修改"
          isSaving={mutation.isPending}
          error={mutation.error}
          onSave={(input) => mutation.mutate(input)}
          onCancel={() => void navigate(`/outgoing/${id}`)}
        />
      </Card>
    </>
  );
}
