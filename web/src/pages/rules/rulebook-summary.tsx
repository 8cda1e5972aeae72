import { Alert, Card, Space, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { CarryingKind, RulebookInfo } from '../../api/rules';
import { chineseNumeral } from '../../lib/article-number';
import { carryingKindHints, carryingKindLabels, carryingKindOrder } from '../../lib/rule-labels';

/** Tag colours as antd paints them, for the count blocks (which are not Tags). */
const kindTextColors: Record<CarryingKind, string> = {
  guard: '#cf1322',
  clock: '#d46b08',
  route: '#0958d9',
  record: '#389e0d',
  quota: '#531dab',
  advisory: 'rgba(0,0,0,0.65)',
};

function CountBlock({
  value,
  label,
  color,
  hint,
  isActive,
  onClick,
}: {
  value: number;
  label: ReactNode;
  color?: string;
  hint: string;
  isActive?: boolean;
  onClick?: () => void;
}) {
  const block = (
    <div
      role={onClick ? 'button' : undefined}
      tabIndex={onClick ? 0 : undefined}
      onClick={onClick}
      onKeyDown={(event) => {
        if (onClick && (event.key === 'Enter' || event.key === ' ')) {
          event.preventDefault();
          onClick();
        }
      }}
      style={{
        minWidth: 76,
        padding: '4px 10px',
        borderRadius: 4,
        cursor: onClick ? 'pointer' : 'default',
        border: `1px solid ${isActive ? '#b7201f' : 'transparent'}`,
        background: isActive ? '#fff1f0' : undefined,
      }}
    >
      <div style={{ fontSize: 20, fontWeight: 600, lineHeight: '26px', color }}>{value}</div>
      <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)', whiteSpace: 'nowrap' }}>{label}</div>
    </div>
  );
  return <Tooltip title={hint}>{block}</Tooltip>;
}

/**
 * The rulebook in force: its document facts, how its articles are carried (per kind, carried, tested) and the
 * source's oddities kept as they are. Clicking a kind filters the list below.
 */
export function RulebookSummary({
  rulebook,
  activeKind,
  onKindClick,
}: {
  rulebook: RulebookInfo;
  activeKind: CarryingKind | undefined;
  onKindClick: (kind: CarryingKind) => void;
}) {
  const { totals } = rulebook;
  const kinds = carryingKindOrder.filter((kind) => rulebook.kinds.includes(kind));
  const facts = [
    rulebook.issuer,
    `${rulebook.issued} 印发`,
    rulebook.adopted ? `${rulebook.adopted.date} ${rulebook.adopted.meeting}通过` : null,
    rulebook.effective.to ? `施行期间 ${rulebook.effective.from} 至 ${rulebook.effective.to}` : `${rulebook.effective.from} 起施行`,
    rulebook.repeals.length > 0 ? `同时废止 ${rulebook.repeals.join('、')}` : null,
    `共${chineseNumeral(rulebook.chapters.length)}章${chineseNumeral(totals.articles)}条`,
  ].filter((fact): fact is string => fact !== null);

  return (
    <>
      <Card size="small" style={{ marginBottom: 8 }} styles={{ body: { padding: '8px 12px' } }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap' }}>
          <div style={{ minWidth: 280, flex: '1 1 320px' }}>
            <Typography.Text strong style={{ fontSize: 15 }}>
              《{rulebook.title}》
            </Typography.Text>
            <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 14, color: 'rgba(0,0,0,0.55)', fontSize: 12, marginTop: 2 }}>
              {facts.map((fact) => (
                <span key={fact} style={{ whiteSpace: 'nowrap' }}>
                  {fact}
                </span>
              ))}
            </div>
          </div>
          <Space size={0} wrap data-testid="rules-totals">
            {kinds.map((kind) => (
              <CountBlock
                key={kind}
                value={totals.byKind[kind] ?? 0}
                label={carryingKindLabels[kind]}
                color={kindTextColors[kind]}
                hint={`${carryingKindHints[kind]}。点击筛选`}
                isActive={activeKind === kind}
                onClick={() => onKindClick(kind)}
              />
            ))}
            <div style={{ width: 1, alignSelf: 'stretch', background: '#f0f0f0', margin: '0 8px' }} />
            <CountBlock value={totals.carried} label="已承载" color="#389e0d" hint="至少有一处系统功能承载的条文" />
            <CountBlock value={totals.uncarried} label="待承载" color={totals.uncarried > 0 ? '#d46b08' : undefined} hint="须承载（非倡导性）但尚无系统功能承载的条文" />
            <CountBlock value={totals.tested} label="有测试" hint="至少有一项自动化测试以其命名的条文" />
          </Space>
        </div>
      </Card>
      {rulebook.quirks.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="rulebook-quirks"
          title={
            <div>
              <Typography.Text strong>原文特殊情况（均按原文保留）</Typography.Text>
              {rulebook.quirks.map((quirk) => (
                <div key={quirk.code}>{quirk.message}</div>
              ))}
            </div>
          }
        />
      )}
    </>
  );
}
