import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, OrderedListOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Select, Space, Tooltip, Typography } from 'antd';
import type { BodyBlock, HeadingLevel } from './body-numbering';
import { hasLevelNumbering, headingLevels, levelNames, levelSamples, renumbered, suggestedNumber } from './body-numbering';

type Kind = 'paragraph' | HeadingLevel;

const kindOptions: { value: Kind; label: string }[] = [
  { value: 'paragraph', label: '段落' },
  ...headingLevels.map((level) => ({ value: level, label: `${levelNames[level]} ${levelSamples[level]}` })),
];

function kindOf(block: BodyBlock): Kind {
  return block.kind === 'paragraph' ? 'paragraph' : block.level;
}

/**
 * 正文 as structured blocks: paragraphs and the four levels of headings GB/T 9704 numbers 一、 （一） 1. （1）.
 * A new heading starts with the numbering its place suggests; 重新编号 renumbers them all after a reorder. A
 * controlled input for an antd `Form.Item`.
 */
export function BodyEditor({ value = [], onChange, id }: { value?: BodyBlock[]; onChange?: (next: BodyBlock[]) => void; id?: string }) {
  const change = (next: BodyBlock[]) => onChange?.(next);
  const add = (kind: Kind) => {
    const block: BodyBlock = kind === 'paragraph' ? { kind: 'paragraph', text: '' } : { kind: 'heading', level: kind, text: suggestedNumber(value, value.length, kind) };
    change([...value, block]);
  };
  const update = (index: number, block: BodyBlock) => change(value.map((item, i) => (i === index ? block : item)));
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= value.length) return;
    const next = [...value];
    [next[index], next[target]] = [next[target]!, next[index]!];
    change(next);
  };
  const remove = (index: number) => change(value.filter((_, i) => i !== index));
  const setKind = (index: number, kind: Kind) => {
    const block = value[index];
    if (!block) return;
    if (kind === 'paragraph') {
      update(index, { kind: 'paragraph', text: block.text });
      return;
    }
    const text = block.text;
    update(index, { kind: 'heading', level: kind, text: hasLevelNumbering(kind, text) ? text : `${suggestedNumber(value, index, kind)}${text}` });
  };

  return (
    <div id={id} data-testid="body-editor" style={{ border: '1px solid #d9d9d9', borderRadius: 6, padding: 8 }}>
      {value.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无正文，请添加段落或标题" style={{ margin: '8px 0' }} />
      ) : (
        <Space orientation="vertical" size={6} style={{ width: '100%' }}>
          {value.map((block, index) => {
            const isBadNumbering = block.kind === 'heading' && !hasLevelNumbering(block.level, block.text);
            return (
              <div key={index} data-testid="body-block" data-kind={block.kind === 'paragraph' ? 'paragraph' : `heading-${block.level}`} style={{ display: 'flex', gap: 6, alignItems: 'flex-start' }}>
                <Select<Kind> aria-label={`第${index + 1}段的格式`} size="small" value={kindOf(block)} options={kindOptions} onChange={(kind) => setKind(index, kind)} style={{ width: 150, flex: 'none' }} />
                <div style={{ flex: 1 }}>
                  {block.kind === 'paragraph' ? (
                    <Input.TextArea
                      aria-label={`第${index + 1}段`}
                      value={block.text}
                      maxLength={20_000}
                      autoSize={{ minRows: 1, maxRows: 10 }}
                      onChange={(event) => update(index, { ...block, text: event.target.value })}
                      placeholder="段落正文，首行缩进二字由版式生成"
                    />
                  ) : (
                    <Input
                      aria-label={`第${index + 1}段`}
                      value={block.text}
                      maxLength={200}
                      status={isBadNumbering ? 'warning' : undefined}
                      onChange={(event) => update(index, { ...block, text: event.target.value })}
                      style={{ fontWeight: block.level === 1 ? 600 : undefined }}
                    />
                  )}
                  {isBadNumbering && (
                    <Typography.Text type="warning" style={{ fontSize: 12 }}>
                      {levelNames[block.level]}应以“{suggestedNumber(value, index, block.level)}”形式的序号开头
                    </Typography.Text>
                  )}
                </div>
                <Space.Compact size="small" style={{ flex: 'none' }}>
                  <Tooltip title="上移">
                    <Button aria-label={`上移第${index + 1}段`} icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => move(index, -1)} />
                  </Tooltip>
                  <Tooltip title="下移">
                    <Button aria-label={`下移第${index + 1}段`} icon={<ArrowDownOutlined />} disabled={index === value.length - 1} onClick={() => move(index, 1)} />
                  </Tooltip>
                  <Tooltip title="删除">
                    <Button aria-label={`删除第${index + 1}段`} icon={<DeleteOutlined />} danger onClick={() => remove(index)} />
                  </Tooltip>
                </Space.Compact>
              </div>
            );
          })}
        </Space>
      )}
      <Space size={[6, 6]} wrap style={{ marginTop: 8 }}>
        <Button size="small" icon={<PlusOutlined />} onClick={() => add('paragraph')}>
          添加段落
        </Button>
        {headingLevels.map((level) => (
          <Button key={level} size="small" icon={<PlusOutlined />} onClick={() => add(level)}>
            {levelNames[level]} {levelSamples[level]}
          </Button>
        ))}
        <Tooltip title="调整顺序后，按层次重新编排各级标题的序号">
          <Button size="small" icon={<OrderedListOutlined />} disabled={!value.some((block) => block.kind === 'heading')} onClick={() => change(renumbered(value))}>
            重新编号
          </Button>
        </Tooltip>
      </Space>
    </div>
  );
}

/** The body as the document reads: headings in the standard's faces (一、 黑体, （一） 楷体), paragraphs indented two characters. */
export function BodyView({ blocks }: { blocks: readonly BodyBlock[] }) {
  if (blocks.length === 0) return <Typography.Text type="secondary">（无正文）</Typography.Text>;
  return (
    <div data-testid="body-view" style={{ fontFamily: '"FangSong", "仿宋", "STFangsong", serif', fontSize: 16, lineHeight: 1.9 }}>
      {blocks.map((block, index) => {
        if (block.kind === 'paragraph') {
          return (
            <p key={index} style={{ textIndent: '2em', margin: 0, whiteSpace: 'pre-wrap' }}>
              {block.text}
            </p>
          );
        }
        const face = block.level === 1 ? '"SimHei", "黑体", sans-serif' : block.level === 2 ? '"KaiTi", "楷体", "STKaiti", serif' : undefined;
        return (
          <p key={index} data-level={block.level} style={{ textIndent: '2em', margin: 0, fontFamily: face, fontWeight: block.level === 1 ? 600 : undefined }}>
            {block.text}
          </p>
        );
      })}
    </div>
  );
}
