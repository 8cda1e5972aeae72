import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select, TreeSelect } from 'antd';
import { createUnit, orgKeys } from '../../api/org';
import type { CreateUnitInput, Unit, UnitKind } from '../../api/org';
import { unitKindLabels, unitKindOrder } from '../../lib/org-labels';
import { useShowApiError } from '../../lib/show-api-error';
import type { UnitTreeNode } from './unit-tree';

type CreateForm = { name: string; shortName?: string; kind: UnitKind; parentId?: string };

type ParentOption = { value: string; title: string; selectable?: boolean; children: ParentOption[] };

function toParentOptions(nodes: readonly UnitTreeNode[]): ParentOption[] {
  return nodes.map((node) => ({
    value: node.key,
    title: node.label,
    selectable: node.unit !== null,
    children: toParentOptions(node.children),
  }));
}

/** 新增单位. The server decides where a unit may go; the form only collects the fields. */
export function CreateUnitModal({
  isOpen,
  onClose,
  onCreated,
  tree,
  defaultParentId,
}: {
  isOpen: boolean;
  onClose: () => void;
  onCreated: (unit: Unit) => void;
  tree: readonly UnitTreeNode[];
  defaultParentId: string | undefined;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<CreateForm>();

  const mutation = useMutation({
    mutationFn: (input: CreateUnitInput) => createUnit(input),
    onSuccess: async (unit) => {
      void message.success('单位已新增');
      await queryClient.invalidateQueries({ queryKey: orgKeys.all });
      onCreated(unit);
    },
    onError: (error) => showApiError(error, '新增失败'),
  });

  const submit = (values: CreateForm) => {
    const input: CreateUnitInput = { name: values.name.trim(), kind: values.kind };
    const shortName = values.shortName?.trim();
    if (shortName) input.shortName = shortName;
    if (values.parentId) input.parentId = values.parentId;
    mutation.mutate(input);
  };

  return (
    <Modal
      title="新增单位"
      open={isOpen}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="新增"
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <Form<CreateForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'department', parentId: defaultParentId }}
        onFinish={submit}
      >
        <Form.Item label="单位名称" name="name" rules={[{ required: true, whitespace: true, message: '请输入单位名称' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="简称" name="shortName">
          <Input maxLength={40} placeholder="可不填" />
        </Form.Item>
        <Form.Item label="单位类别" name="kind" rules={[{ required: true, message: '请选择单位类别' }]}>
          <Select options={unitKindOrder.map((kind) => ({ value: kind, label: unitKindLabels[kind] }))} />
        </Form.Item>
        <Form.Item label="上级单位" name="parentId" extra="其他机关可不选上级单位">
          <TreeSelect
            allowClear
            showSearch={{ treeNodeFilterProp: 'title' }}
            treeDefaultExpandAll
            treeData={toParentOptions(tree)}
            placeholder="请选择上级单位"
            styles={{ popup: { root: { maxHeight: 360, overflow: 'auto' } } }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
