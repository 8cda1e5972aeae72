import type { MeetingRecord } from '../../db/meetings-repository.js';
import type { BodyBlock, DocumentLayout } from '../../domain/documents/layout.js';
import { renderDocumentDocx } from '../documents/layout/index.js';
import { dateText } from '../documents/layout/units.js';

export type MinutesContent = {
  meeting: MeetingRecord;
  kindLabel: string;
  chairName: string;
  present: readonly string[];
  absent: readonly string[];
  observers: readonly string[];
  decisions: readonly { content: string; leadUnit: string; coUnits: readonly string[]; dueOn: string }[];
};

const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * The minutes as a document of the 纪要 format: "××会议纪要" as the red 标志 35 mm into the 版心, the minutes'
 * number under it, the meeting's account and every decision (numbered 一、二、…, with its lead unit, co-units and
 * due date), then 出席/请假/列席 in 黑体 — laid out by the one renderer every document uses.
 */
export function minutesLayout(c: MinutesContent): DocumentLayout {
  const { meeting } = c;
  const body: BodyBlock[] = [
    {
      kind: 'paragraph',
      text: `${dateText(meeting.meetingDate)}，${c.chairName}${meeting.delegatedByPersonId ? '受委托' : ''}主持召开${c.kindLabel}，会议地点：${meeting.place}。现将会议议定事项纪要如下：`,
    },
    ...(meeting.minutesText ?? '')
      .split(/\n+/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((text): BodyBlock => ({ kind: 'paragraph', text })),
    ...c.decisions.map(
      (d, i): BodyBlock => ({
        kind: 'paragraph',
        text: `${numerals[i] ?? i + 1}、${d.content}由${d.leadUnit}牵头${d.coUnits.length ? `，${d.coUnits.join('、')}配合` : ''}，${dateText(d.dueOn)}前完成。`,
      }),
    ),
  ];
  return {
    format: 'minutes',
    issuerMark: `${c.kindLabel}纪要`,
    documentNumber: meeting.minutesNumber ?? null,
    title: meeting.title,
    body,
    attendance: { present: c.present, absent: c.absent, observers: c.observers },
  };
}

/** The minutes as a .docx in the 纪要 format of GB/T 9704-2012. */
export async function renderMinutesDocx(c: MinutesContent): Promise<Buffer> {
  return renderDocumentDocx(minutesLayout(c));
}
