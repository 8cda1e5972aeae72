import { Space, Tag, Tooltip, Typography } from 'antd';
import type { CarryingKind } from '../../api/rules';
import { carryingKindColors, carryingKindHints, carryingKindLabels } from '../../lib/rule-labels';

export function KindTag({ kind, isSecondary = false }: { kind: CarryingKind; isSecondary?: boolean }) {
  return (
    <Tooltip title={carryingKindHints[kind]}>
      <Tag
        color={isSecondary ? undefined : carryingKindColors[kind]}
        variant={isSecondary ? 'outlined' : undefined}
        style={{ marginInlineEnd: 0 }}
      >
        {carryingKindLabels[kind] ?? kind}
      </Tag>
    </Tooltip>
  );
}

/** The primary kind in colour, the others outlined after it. */
export function KindTags({ kinds }: { kinds: readonly CarryingKind[] }) {
  if (kinds.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={4} wrap>
      {kinds.map((kind, index) => (
        <KindTag key={kind} kind={kind} isSecondary={index > 0} />
      ))}
    </Space>
  );
}
