import { Navigate, useParams } from 'react-router';

/** A task's source link to a 批示件 as the server writes it (/documents/<id>): the incoming document's page. */
export default function DocumentRedirectPage() {
  const { id = '' } = useParams();
  return <Navigate to={`/documents/incoming/${encodeURIComponent(id)}`} replace />;
}
