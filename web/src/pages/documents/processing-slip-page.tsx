import { ArrowLeftOutlined, FilePdfOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Result, Space, Spin } from 'antd';
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { documentKeys, downloadProcessingSlip, fetchProcessingSlip } from '../../api/documents';
import type { ProcessingSlip } from '../../api/documents';
import { toLocalDate } from '../../app/dates';
import { saveBlob } from '../../lib/download';
import { errorText, useShowApiError } from '../../lib/show-api-error';

/** The ideographic space a handwritten form spaces its labels with ("标 题" with two of them). */
const wide = '\u3000';

/** "2026年3月5日" (the Beijing date of an instant), as the slip is written by hand. */
function chineseDate(value: string | null | undefined): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(toLocalDate(value));
  if (!match) return value;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/**
 * The sheet itself: A4 portrait, printed as it shows. The print rules hide everything but the sheet (the
 * toolbar, the browser's margins are the sheet's own), so "打印" gives the page an office files with the original.
 */
const printStyles = `
@page { size: A4 portrait; margin: 0; }
.zw-slip-screen { background: #e9e9e9; min-height: 100vh; padding: 16px 0 32px; }
.zw-slip-toolbar { width: 210mm; margin: 0 auto 12px; display: flex; gap: 8px; align-items: center; }
.zw-slip-sheet { width: 210mm; min-height: 297mm; box-sizing: border-box; margin: 0 auto; padding: 20mm 18mm 18mm; background: #fff;
  box-shadow: 0 1px 6px rgba(0,0,0,.2); color: #000; font-family: "FangSong", "STFangsong", "仿宋", "Noto Serif CJK SC", serif; font-size: 12pt; }
.zw-slip-sheet h1 { text-align: center; font-family: "SimSun", "STSong", "宋体", "Noto Serif CJK SC", serif; font-weight: bold; font-size: 22pt;
  letter-spacing: 2pt; margin: 0 0 4mm; color: #c00000; }
.zw-slip-sheet .zw-slip-meta { display: flex; justify-content: space-between; margin-bottom: 2mm; font-size: 11pt; }
.zw-slip-sheet table { width: 100%; border-collapse: collapse; table-layout: fixed; }
.zw-slip-sheet th, .zw-slip-sheet td { border: 1px solid #c00000; padding: 2mm 2.5mm; vertical-align: top; text-align: left; }
.zw-slip-sheet th { width: 24mm; font-weight: normal; text-align: center; vertical-align: middle; font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; }
.zw-slip-sheet .zw-slip-opinion { white-space: pre-wrap; font-family: "KaiTi", "STKaiti", "楷体", "Noto Serif CJK SC", serif; font-size: 13pt; }
.zw-slip-sheet .zw-slip-sign { text-align: right; margin-top: 1mm; }
.zw-slip-sheet .zw-slip-entry + .zw-slip-entry { border-top: 1px dashed #d99; margin-top: 2mm; padding-top: 2mm; }
.zw-slip-sheet .zw-slip-tall { height: 28mm; }
@media print {
  html, body, #root { background: #fff !important; }
  .zw-slip-screen { background: #fff; padding: 0; }
  .zw-slip-toolbar { display: none !important; }
  .zw-slip-sheet { box-shadow: none; margin: 0; }
}
`;

function Entry({ text, name, date, actingFor }: { text: ReactNode; name: string; date: string; actingFor?: string | null }) {
  return (
    <div className="zw-slip-entry" data-testid="slip-entry">
      <div className="zw-slip-opinion">{text}</div>
      <div className="zw-slip-sign">
        {actingFor ? `${name}（代${actingFor}）` : name}
        {wide}
        {chineseDate(date)}
      </div>
    </div>
  );
}

/** The 收文处理笺 (阅办单): registration, 拟办, every 批示 and 阅 with name and date, 转办 and 办结. */
export function ProcessingSlipSheet({ slip }: { slip: ProcessingSlip }) {
  return (
    <div className="zw-slip-sheet" data-testid="processing-slip">
      <h1>{slip.office}收文处理笺</h1>
      <div className="zw-slip-meta">
        <span>收文编号：{slip.registerNumber ?? wide.repeat(4)}</span>
        <span>收文日期：{chineseDate(slip.receivedOn)}</span>
      </div>
      <table>
        <tbody>
          <tr>
            <th>来文单位</th>
            <td>{slip.sender}</td>
            <th>来文字号</th>
            <td>{slip.senderDocNumber ?? ''}</td>
          </tr>
          <tr>
            <th>{`标${wide}${wide}题`}</th>
            <td colSpan={3} style={{ fontWeight: 'bold' }}>
              {slip.title}
            </td>
          </tr>
          <tr>
            <th>{`文${wide}${wide}种`}</th>
            <td>{slip.docType}</td>
            <th>紧急程度</th>
            <td>
              {slip.urgency}
              {slip.classification ? `${wide}${slip.classification}` : ''}
            </td>
          </tr>
          <tr>
            <th>来文方式</th>
            <td>{slip.channel}</td>
            <th>份数/页数</th>
            <td>
              {slip.copies ?? '—'} 份 / {slip.pages ?? '—'} 页
            </td>
          </tr>
          <tr>
            <th>拟办意见</th>
            <td colSpan={3} className={slip.proposal ? undefined : 'zw-slip-tall'} data-testid="slip-proposal">
              {slip.proposal && <Entry text={slip.proposal.text} name={slip.proposal.name} date={slip.proposal.date} />}
            </td>
          </tr>
          <tr>
            <th>领导批示</th>
            <td colSpan={3} className={slip.instructions.length > 0 ? undefined : 'zw-slip-tall'} data-testid="slip-instructions">
              {slip.instructions.map((item, index) => (
                <Entry key={`${index}-${item.name}-${item.date}`} text={item.opinion} name={item.name} date={item.date} actingFor={item.actingFor} />
              ))}
            </td>
          </tr>
          <tr>
            <th>{`转${wide}${wide}办`}</th>
            <td colSpan={3} data-testid="slip-transfer">
              {slip.transfer && (
                <div className="zw-slip-entry">
                  <div>
                    承办单位：{slip.transfer.handlingUnit}
                    {slip.transfer.coUnits.length > 0 ? `；协办单位：${slip.transfer.coUnits.join('、')}` : ''}
                    {slip.transfer.dueOn ? `；办理时限：${chineseDate(slip.transfer.dueOn)}前` : ''}
                  </div>
                  <div className="zw-slip-sign">{chineseDate(slip.transfer.date)}</div>
                </div>
              )}
            </td>
          </tr>
          <tr>
            <th>办理结果</th>
            <td colSpan={3} className={slip.completion ? undefined : 'zw-slip-tall'} data-testid="slip-completion">
              {slip.completion && (
                <div className="zw-slip-entry">
                  <div style={{ whiteSpace: 'pre-wrap' }}>{slip.completion.result}</div>
                  <div className="zw-slip-sign">办结日期：{chineseDate(slip.completion.date)}</div>
                </div>
              )}
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** The slip's own page, outside the app's frame, so what prints is the A4 sheet alone. */
export default function ProcessingSlipPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const slip = useQuery({ queryKey: documentKeys.processingSlip(id), queryFn: ({ signal }) => fetchProcessingSlip(id, signal) });

  useEffect(() => {
    document.title = slip.data ? `收文处理笺 · ${slip.data.title}` : '收文处理笺 · 政务';
  }, [slip.data]);

  const download = useMutation({
    mutationFn: async (format: 'pdf' | 'docx') => {
      const { blob, fileName } = await downloadProcessingSlip(id, format);
      saveBlob(blob, fileName ?? `收文处理笺.${format}`);
    },
    onSuccess: () => void message.success('已下载收文处理笺'),
    onError: (error) => showApiError(error, '下载失败'),
  });

  return (
    <div className="zw-slip-screen">
      <style>{printStyles}</style>
      <div className="zw-slip-toolbar">
        <Link to={`/documents/incoming/${id}`}>
          <Button icon={<ArrowLeftOutlined />}>返回公文</Button>
        </Link>
        <div style={{ flex: 1 }} />
        <Space>
          <Button type="primary" icon={<PrinterOutlined />} disabled={!slip.data} onClick={() => window.print()}>
            打印
          </Button>
          <Button icon={<FilePdfOutlined />} disabled={!slip.data} loading={download.isPending && download.variables === 'pdf'} onClick={() => download.mutate('pdf')}>
            下载 PDF
          </Button>
          <Button icon={<FileWordOutlined />} disabled={!slip.data} loading={download.isPending && download.variables === 'docx'} onClick={() => download.mutate('docx')}>
            下载 Word
          </Button>
        </Space>
      </div>
      {slip.isError &&
        (slip.error instanceof ApiError && slip.error.status === 404 ? (
          <Result status="404" title="公文不存在或您无权查看" extra={<Link to="/documents/incoming">返回收文登记簿</Link>} />
        ) : (
          <div style={{ width: '210mm', margin: '0 auto' }}>
            <Alert type="error" showIcon title="收文处理笺加载失败" description={errorText(slip.error)} />
          </div>
        ))}
      {slip.isPending && <Spin style={{ display: 'block', marginTop: 80 }} />}
      {slip.data && <ProcessingSlipSheet slip={slip.data} />}
    </div>
  );
}
