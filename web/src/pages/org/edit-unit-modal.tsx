import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal } from 'antd';
import { ApiError } from '../../api/client';
import { orgKeys, updateUnit } from '../../api/org';
import type { Unit, UpdateUnitInput } from '../../api/org';
import { useShowApiError } from '../../lib/show-api-error';

type EditForm = { name: string; shortName: string; sortOrder: number };

/** 编辑 a unit's name, short name and order. Sends only what changed, with the version it was read at. */
export function EditUnitModal({ unit, isOpen, onClose }: { unit: Unit; isOpen: boolean; onClose: () => void }) {
  const { message, notification } = App.useApp();
  const queryClient = useQueryClient();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<EditForm>();

  const mutation = useMutation({
    mutationFn: (input: UpdateUnitInput) => updateUnit(unit.id, input),
    onSuccess: async () => {
      void message.success('已保存');
      await queryClient.invalidateQueries({ queryKey: orgKeys.all });
      onClose();
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.isConflict) {
        notification.warning({
          title: '该单位已被他人修改',
          description: '您编辑期间，其他人修改了该单位。已重新加载最新内容，请核对后再编辑。',
          duration: 8,
        });
        await queryClient.invalidateQueries({ queryKey: orgKeys.all });
        onClose();
        return;
      }
      showApiError(error, '保存失败');
    },
  });

  const submit = (values: EditForm) => {
    const input: UpdateUnitInput = { version: unit.version };
    const name = values.name.trim();
    const shortName = values.shortName.trim() === '' ? null : values.shortName.trim();
    if (name !== unit.name) input.name = name;
    if (shortName !== unit.shortName) input.shortName = shortName;
    if (values.sortOrder !== unit.sortOrder) input.sortOrder = values.sortOrder;
    if (Object.keys(input).length === 1) {
      onClose();
      return;
    }
    mutation.mutate(input);
  };

  return (
    <Modal
      title={`编辑单位 · ${unit.name}`}
      open={isOpen}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={mutation.isPending}
      destroyOnHidden
      forceRender={false}
    >
      <Form<EditForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ name: unit.name, shortName: unit.shortName ?? '', sortOrder: unit.sortOrder }}
        onFinish={submit}
      >
        <Form.Item label="单位名称" name="name" rules={[{ required: true, whitespace: true, message: '请输入单位名称' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="简称" name="shortName">
          <Input maxLength={40} placeholder="可不填" />
        </Form.Item>
        <Form.Item label="排序号" name="sortOrder" rules={[{ required: true, message: '请输入排序号' }]} extra="数字越小越靠前">
          <InputNumber min={0} max={99999} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
