import { Navigate, useParams } from 'react-router';

/** The old address of a follow-up task (/tasks/<id>): the task now lives in 督查督办. */
export default function TaskRedirectPage() {
  const { id = '' } = useParams();
  return <Navigate to={`/supervision/tasks/${encodeURIComponent(id)}`} replace />;
}
