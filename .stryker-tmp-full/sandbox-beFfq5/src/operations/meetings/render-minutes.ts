// @ts-nocheck
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { MeetingRecord } from '../../db/meetings-repository.js';

/** Millimetres to twips (1/1440 inch), the unit Word measures pages in. */
const mm = (value: number) => Math.round((value / 25.4) * 1440);
/** Chinese type sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt. */
const size = { er: 44, san: 32, si: 28 } as const;
const fonts = { title: '方正小标宋简体', body: '仿宋_GB2312', hei: '黑体', song: '宋体' } as const;
/** A fixed 28-point line, the usual implementation of the 22-line grid. */
const line = { line: 560, lineRule: 'exact' as const };

export type MinutesContent = {
  meeting: MeetingRecord;
  kindLabel: string;
  chairName: string;
  present: readonly string[];
  absent: readonly string[];
  observers: readonly string[];
  decisions: readonly { content: string; leadUnit: string; coUnits: readonly string[]; dueOn: string }[];
};

const run = (text: string, font: string, sizeHalfPoints: number, extra: { bold?: boolean; color?: string } = {}) =>
  new TextRun({ text, font: { eastAsia: font, ascii: font, hAnsi: font }, size: sizeHalfPoints, ...extra });

/**
 * The minutes as a .docx in the 纪要 format of GB/T 9704-2012: A4 with the standard margins (top 37 mm, left
 * 28 mm), the red 纪要 title 35 mm into the type area, 出席/请假/列席 in 黑体, body in 3号仿宋 with
 * two-character indents, decision items numbered, page numbers "— N —" in 4号宋体.
 */
export async function renderMinutesDocx(c: MinutesContent): Promise<Buffer> {
  const { meeting } = c;
  const date = (iso: string) => {
    const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
    return `${y}年${m}月${d}日`;
  };
  const body = (text: string) => new Paragraph({ spacing: line, indent: { firstLine: mm(11.2) }, children: [run(text, fonts.body, size.san)] });
  const labelled = (label: string, names: readonly string[]) =>
    new Paragraph({ spacing: line, indent: { left: mm(11.2), hanging: mm(11.2) }, children: [run(`${label}：`, fonts.hei, size.san), run(names.length ? names.join('、') : '无', fonts.body, size.san)] });
  const paragraphs = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: mm(35), after: 0, ...line }, children: [run(`${c.kindLabel}纪要`, fonts.title, 84, { color: 'FF0000' })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 280, after: 280, ...line }, children: [run(meeting.minutesNumber ?? '', fonts.body, size.san)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: line, children: [run(meeting.title, fonts.title, size.er)] }),
    body(`${date(meeting.meetingDate)}，${c.chairName}${meeting.delegatedByPersonId ? '受委托' : ''}主持召开${c.kindLabel}，会议地点：${meeting.place}。现将会议议定事项纪要如下：`),
    ...(meeting.minutesText ?? '').split(/\n+/).filter((p) => p.trim()).map((p) => body(p.trim())),
    ...c.decisions.map((d, i) =>
      body(`${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][i] ?? i + 1}、${d.content}由${d.leadUnit}牵头${d.coUnits.length ? `，${d.coUnits.join('、')}配合` : ''}，${date(d.dueOn)}前完成。`),
    ),
    new Paragraph({ spacing: line, children: [] }),
    labelled('出席', c.present),
    labelled('请假', c.absent),
    labelled('列席', c.observers),
  ];
  const document = new Document({
    sections: [
      {
        properties: { page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run('— ', fonts.song, size.si), new TextRun({ children: [PageNumber.CURRENT], font: fonts.song, size: size.si }), run(' —', fonts.song, size.si)] })],
          }),
        },
        children: paragraphs,
      },
    ],
  });
  return Packer.toBuffer(document);
}
