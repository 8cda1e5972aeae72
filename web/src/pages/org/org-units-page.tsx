import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Input, Space, Tree } from 'antd';
import type { TreeDataNode } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { fetchUnits, orgKeys } from '../../api/org';
import { errorText } from '../../lib/show-api-error';
import { CreateUnitModal } from './create-unit-modal';
import { OrgHeader } from './org-header';
import { OrgTransfer } from './org-transfer';
import { UnitDetail } from './unit-detail';
import { buildUnitTree } from './unit-tree';
import type { UnitTreeNode } from './unit-tree';
import { useAsOf } from './use-as-of';

function highlight(text: string, keyword: string) {
  const trimmed = keyword.trim();
  const index = trimmed ? text.toLowerCase().indexOf(trimmed.toLowerCase()) : -1;
  if (index < 0) return text;
  return (
    <>
      {text.slice(0, index)}
      <span style={{ color: '#b7201f', fontWeight: 600 }}>{text.slice(index, index + trimmed.length)}</span>
      {text.slice(index + trimmed.length)}
    </>
  );
}

function toTreeData(nodes: readonly UnitTreeNode[], keyword: string): TreeDataNode[] {
  return nodes.map((node) => ({
    key: node.key,
    selectable: node.unit !== null,
    title: <span>{highlight(node.label, keyword)}</span>,
    children: toTreeData(node.children, keyword),
  }));
}

export default function OrgUnitsPage() {
  const [asOf, setAsOf] = useAsOf();
  const [searchParams, setSearchParams] = useSearchParams();
  const selectedId = searchParams.get('unit');
  const [keyword, setKeyword] = useState('');
  const [userExpandedKeys, setUserExpandedKeys] = useState<string[] | null>(null);
  const [isCreating, setIsCreating] = useState(false);

  useEffect(() => {
    document.title = '组织机构 · 政务';
  }, []);

  const list = useQuery({
    queryKey: orgKeys.units(asOf),
    queryFn: ({ signal }) => fetchUnits(asOf, signal),
    placeholderData: (previous) => previous,
  });
  const units = useMemo(() => list.data?.items ?? [], [list.data]);
  const listActions = list.data?.actions ?? [];
  const tree = useMemo(() => buildUnitTree(units, keyword), [units, keyword]);
  const fullTree = useMemo(() => (keyword.trim() ? buildUnitTree(units, '').nodes : tree.nodes), [units, keyword, tree]);
  const treeData = useMemo(() => toTreeData(tree.nodes, keyword), [tree, keyword]);
  const isSearching = keyword.trim() !== '';
  const expandedKeys = isSearching ? tree.expandedKeys : (userExpandedKeys ?? tree.nodes.map((node) => node.key));

  const selectUnit = (id: string | null) => {
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        if (id) params.set('unit', id);
        else params.delete('unit');
        return params;
      },
      { replace: true },
    );
  };

  const effectiveSelection = selectedId ?? units.find((unit) => unit.kind === 'government')?.id ?? units[0]?.id ?? null;

  return (
    <>
      <OrgHeader
        asOf={asOf}
        onAsOfChange={setAsOf}
        extra={
          <Space size={8} wrap>
            {listActions.includes('create') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
                新增单位
              </Button>
            )}
            <OrgTransfer canExport={listActions.includes('export')} canImport={listActions.includes('import')} />
          </Space>
        }
      />
      {list.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title="单位列表加载失败" description={errorText(list.error)} />}
      <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
        <Card
          size="small"
          style={{ width: 300, flex: 'none' }}
          styles={{ body: { padding: 8 } }}
          loading={list.isPending}
          title={`单位（${units.length}）`}
        >
          <Input.Search
            allowClear
            placeholder="搜索单位名称或简称"
            value={keyword}
            onChange={(event) => setKeyword(event.target.value)}
            style={{ marginBottom: 8 }}
          />
          <div style={{ maxHeight: 'calc(100vh - 270px)', minHeight: 240, overflow: 'auto' }}>
            {treeData.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={isSearching ? '没有匹配的单位' : '暂无单位'} />
            ) : (
              <Tree
                blockNode
                showLine={{ showLeafIcon: false }}
                treeData={treeData}
                expandedKeys={expandedKeys}
                onExpand={(keys) => {
                  if (!isSearching) setUserExpandedKeys(keys.map(String));
                }}
                selectedKeys={effectiveSelection ? [effectiveSelection] : []}
                onSelect={(keys) => {
                  const key = keys[0];
                  if (key !== undefined) selectUnit(String(key));
                }}
              />
            )}
          </div>
        </Card>
        <div style={{ flex: 1, minWidth: 0 }}>
          {effectiveSelection ? (
            <UnitDetail unitId={effectiveSelection} asOf={asOf} units={units} />
          ) : (
            <Card size="small">
              <Empty description="请在左侧选择单位" />
            </Card>
          )}
        </div>
      </div>
      {isCreating && (
        <CreateUnitModal
          isOpen={isCreating}
          onClose={() => setIsCreating(false)}
          tree={fullTree}
          defaultParentId={effectiveSelection ?? undefined}
          onCreated={(unit) => {
            setIsCreating(false);
            if (unit?.id) selectUnit(unit.id);
          }}
        />
      )}
    </>
  );
}
