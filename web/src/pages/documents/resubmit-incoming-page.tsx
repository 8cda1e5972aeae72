import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Result, Spin } from 'antd';
import { Link, useParams } from 'react-router';
import { documentKeys, fetchIncomingDocument } from '../../api/documents';
import { errorText } from '../../lib/show-api-error';
import { DocumentsHeader } from './documents-header';
import { SubmitIncomingForm } from './submit-incoming-page';

/** 修改后重新报送: the filing unit revises the document the office returned and files it again (art. 64). */
export default function ResubmitIncomingPage() {
  const { id = '' } = useParams();
  const detail = useQuery({ queryKey: documentKeys.detail(id), queryFn: ({ signal }) => fetchIncomingDocument(id, signal) });
  if (detail.isError) {
    return (
      <>
        <DocumentsHeader title="修改后重新报送" />
        <Alert type="error" showIcon title="公文加载失败" description={errorText(detail.error)} />
      </>
    );
  }
  if (!detail.data) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (!detail.data.actions.includes('resubmit')) {
    return (
      <>
        <DocumentsHeader title="修改后重新报送" />
        <Card size="small">
          <Result status="info" title="本件不在退回状态，或不由您所在单位修改" extra={<Link to={`/documents/incoming/${id}`}>返回公文</Link>} />
        </Card>
      </>
    );
  }
  // Keyed by version: a reload after someone else moved the document starts from what is there now.
  return <SubmitIncomingForm key={detail.data.version} returned={detail.data} />;
}
