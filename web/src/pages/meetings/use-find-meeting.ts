import { useQueries, useQuery } from '@tanstack/react-query';
import { fetchMeeting, fetchMeetings, meetingKeys } from '../../api/meetings';
import type { MeetingDetail, MeetingListItem } from '../../api/meetings';

/**
 * The meeting a task or a topic belongs to. The API has no reverse lookup (a task names its decision item, a
 * topic link names only the topic), so this reads the calendar for a range and opens the likely meetings until
 * one holds the object. Meetings are few (about one executive meeting a month), so this stays cheap.
 */
export function useFindMeeting(range: { from: string; to: string } | undefined, isCandidate: (item: MeetingListItem) => boolean, holds: (meeting: MeetingDetail) => boolean) {
  const list = useQuery({
    queryKey: meetingKeys.list(range?.from ?? '', range?.to ?? ''),
    queryFn: ({ signal }) => fetchMeetings(range?.from ?? '', range?.to ?? '', signal),
    enabled: range !== undefined,
  });
  const candidates = (list.data?.items ?? []).filter(isCandidate);
  const details = useQueries({
    queries: candidates.map((item) => ({ queryKey: meetingKeys.detail(item.id), queryFn: ({ signal }: { signal: AbortSignal }) => fetchMeeting(item.id, signal) })),
  });
  const meeting = details.map((detail) => detail.data).find((data): data is MeetingDetail => data !== undefined && holds(data));
  const isSearching = range === undefined || list.isPending || (!meeting && details.some((detail) => detail.isPending));
  return { meeting, isSearching, isError: list.isError };
}
