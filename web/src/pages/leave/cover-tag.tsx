import { Space, Tag, Tooltip, Typography } from 'antd';
import type { Cover } from '../../api/leave';
import { articleLabel } from '../../lib/article-number';
import { coverBasisArticles, coverBasisColors, coverBasisLabels } from './leave-labels';

const basisHints = {
  pair: '由相对固定的其他区政府领导代为处理分管有关工作',
  assignment: '互相补位的领导同时外出等特殊情况，由区长安排其他领导同志补位',
  acting_head: '区长因公外出期间，由负责区政府常务工作的副区长主持区政府全面工作',
} as const;

/** The cover's name and why they cover, with the article. */
export function CoverName({ cover, isCompact = false }: { cover: Cover | null; isCompact?: boolean }) {
  if (!cover) return <Typography.Text type="danger">未落实补位</Typography.Text>;
  return (
    <Space size={4} wrap={!isCompact}>
      <Typography.Text strong>{cover.name}</Typography.Text>
      <Tooltip title={`${articleLabel(coverBasisArticles[cover.basis])}：${basisHints[cover.basis]}`}>
        <Tag color={coverBasisColors[cover.basis]} style={{ marginInlineEnd: 0 }}>
          {coverBasisLabels[cover.basis]}
          {isCompact ? '' : `（${articleLabel(coverBasisArticles[cover.basis])}）`}
        </Tag>
      </Tooltip>
    </Space>
  );
}
