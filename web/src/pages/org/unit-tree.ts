import type { Unit } from '../../api/org';

/** A node of the unit tree as antd's Tree wants it, with the unit attached. */
export type UnitTreeNode = {
  key: string;
  unit: Unit | null;
  label: string;
  children: UnitTreeNode[];
};

/** The synthetic group that holds bodies outside the government (纪委监委, 人大, 政协 …). */
export const outsideGroupKey = 'group:outside_body';

function compareUnits(a: Unit, b: Unit): number {
  return a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'zh-CN');
}

function matches(unit: Unit, keyword: string): boolean {
  const needle = keyword.toLowerCase();
  return unit.name.toLowerCase().includes(needle) || (unit.shortName ?? '').toLowerCase().includes(needle);
}

/**
 * Builds the tree from the `parentId` links. Units whose parent is missing (or not visible as of the date) become
 * roots; root-level outside bodies go under one 其他机关 node. With a keyword, only matching units and their
 * ancestors remain, and `expandedKeys` opens the path to every match.
 */
export function buildUnitTree(units: readonly Unit[], keyword: string): { nodes: UnitTreeNode[]; expandedKeys: string[]; allKeys: string[] } {
  const ids = new Set(units.map((unit) => unit.id));
  const childrenOf = new Map<string | null, Unit[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) && unit.parentId !== unit.id ? unit.parentId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(unit);
    childrenOf.set(parent, list);
  }
  const trimmed = keyword.trim();
  const expandedKeys: string[] = [];
  const allKeys: string[] = [];
  const visited = new Set<string>();

  const build = (unit: Unit): UnitTreeNode | null => {
    if (visited.has(unit.id)) return null; // a cycle in bad data must not hang the page
    visited.add(unit.id);
    const children = (childrenOf.get(unit.id) ?? [])
      .slice()
      .sort(compareUnits)
      .flatMap((child) => {
        const node = build(child);
        return node ? [node] : [];
      });
    const isMatch = trimmed === '' || matches(unit, trimmed);
    if (!isMatch && children.length === 0) return null;
    if (children.length > 0) {
      allKeys.push(unit.id);
      if (trimmed !== '') expandedKeys.push(unit.id);
    }
    return { key: unit.id, unit, label: unit.name, children };
  };

  const roots = (childrenOf.get(null) ?? []).slice().sort(compareUnits);
  const nodes: UnitTreeNode[] = [];
  const outside: UnitTreeNode[] = [];
  for (const root of roots) {
    const node = build(root);
    if (!node) continue;
    if (root.kind === 'outside_body') outside.push(node);
    else nodes.push(node);
  }
  if (outside.length > 0) {
    nodes.push({ key: outsideGroupKey, unit: null, label: '其他机关', children: outside });
    allKeys.push(outsideGroupKey);
    if (trimmed !== '') expandedKeys.push(outsideGroupKey);
  }
  return { nodes, expandedKeys, allKeys };
}
