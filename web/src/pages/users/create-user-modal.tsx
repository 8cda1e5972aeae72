import { useMutation } from '@tanstack/react-query';
import { Form, Input, Modal, TreeSelect } from 'antd';
import { createUser } from '../../api/users';
import type { CreateUserInput } from '../../api/users';
import { ApiErrorAlert } from '../../lib/show-api-error';
import type { UnitTreeNode } from '../org/unit-tree';

type CreateForm = { loginName: string; displayName: string; unitId?: string };

type UnitOption = { value: string; title: string; selectable?: boolean; children: UnitOption[] };

function toUnitOptions(nodes: readonly UnitTreeNode[]): UnitOption[] {
  return nodes.map((node) => ({ value: node.key, title: node.label, selectable: node.unit !== null, children: toUnitOptions(node.children) }));
}

/**
 * 开设账号: login name, name and unit. The server makes up a one-time password; roles are granted afterwards by
 * the security administrator (三员分立).
 */
export function CreateUserModal({
  isOpen,
  units,
  onClose,
  onCreated,
}: {
  isOpen: boolean;
  units: readonly UnitTreeNode[];
  onClose: () => void;
  onCreated: (input: CreateUserInput, temporaryPassword: string) => void;
}) {
  const [form] = Form.useForm<CreateForm>();
  const mutation = useMutation({
    mutationFn: createUser,
    onSuccess: (created, input) => onCreated(input, created.temporaryPassword),
  });

  return (
    <Modal
      title="开设账号"
      open={isOpen}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="开设"
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      {mutation.isError && (
        <div style={{ marginBottom: 16 }} role="alert">
          <ApiErrorAlert error={mutation.error} title="开设失败" />
        </div>
      )}
      <Form<CreateForm>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) =>
          mutation.mutate({ loginName: values.loginName.trim(), displayName: values.displayName.trim(), unitId: values.unitId ?? null })
        }
      >
        <Form.Item
          label="登录名"
          name="loginName"
          extra="2–32位小写字母、数字、点、下划线或连字符，以字母或数字开头；开设后不能修改"
          rules={[
            { required: true, whitespace: true, message: '请输入登录名' },
            { pattern: /^[a-z0-9][a-z0-9._-]{1,31}$/, message: '登录名为2–32位小写字母、数字、点、下划线或连字符' },
          ]}
        >
          <Input maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item label="姓名" name="displayName" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item label="所在单位" name="unitId" extra="三员等不属于具体单位的账号可不选">
          <TreeSelect
            allowClear
            showSearch={{ treeNodeFilterProp: 'title' }}
            treeDefaultExpandAll
            treeData={toUnitOptions(units)}
            placeholder="请选择所在单位"
            styles={{ popup: { root: { maxHeight: 360, overflow: 'auto' } } }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
