import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { type Filed, fileRequest, type RequestInput } from '../api';
import { applicantKindOptions, deliveryOptions, organizationKindOptions } from '../labels';
import { blank, Breadcrumb, DateText, ErrorAlert, Field, focusFirstProblem, HoneypotField, Submitting, usePageTitle } from '../ui';

type Form = {
  applicantKind: RequestInput['applicantKind'];
  organizationKind: NonNullable<RequestInput['organizationKind']> | '';
  name: string;
  idNumber: string;
  contact: string;
  address: string;
  description: string;
  purpose: string;
  delivery: RequestInput['delivery'];
  website: string;
};
type Errors = Partial<Record<keyof Form, string>>;

const empty: Form = { applicantKind: 'person', organizationKind: '', name: '', idNumber: '', contact: '', address: '', description: '', purpose: '', delivery: 'online', website: '' };

function check(f: Form): Errors {
  const errors: Errors = {};
  if (blank(f.name)) errors.name = f.applicantKind === 'organization' ? '请填写单位名称' : '请填写姓名';
  if (f.applicantKind === 'organization' && !f.organizationKind) errors.organizationKind = '请选择单位类别';
  if (blank(f.contact)) errors.contact = '请填写联系电话';
  else if (!/^[\d\s+()-]{7,30}$/.test(f.contact.trim())) errors.contact = '联系电话格式不正确，请填写手机号码或带区号的固定电话';
  if (blank(f.description)) errors.description = '请描述所需政府信息的名称、文号或其他特征';
  if (f.delivery === 'paper' && blank(f.address)) errors.address = '选择纸质邮寄的，请填写通信地址';
  return errors;
}

/** The tracking number and access code, shown once and plainly: the applicant needs both to follow the request. */
function FiledNotice({ filed }: { filed: Filed }) {
  return (
    <section className="alert alert-success receipt" aria-labelledby="filed-heading" data-testid="request-filed" tabIndex={-1} ref={(el) => el?.focus()}>
      <h2 id="filed-heading">申请已提交</h2>
      <dl className="receipt-codes">
        <div>
          <dt>申请编号</dt>
          <dd data-testid="request-number">{filed.number}</dd>
        </div>
        <div>
          <dt>查询码</dt>
          <dd data-testid="request-access-code">{filed.accessCode}</dd>
        </div>
      </dl>
      <p className="important">
        <strong>请妥善保存申请编号和查询码。</strong>查询码只显示这一次，查询办理进度、补正申请和获取答复都需要它，本站无法找回。
      </p>
      <p>
        收到申请日期：<DateText value={filed.receivedOn} />；答复期限：<DateText value={filed.dueOn} />。
      </p>
      {filed.explanation && <p className="hint">{filed.explanation}</p>}
      <p>
        <Link to="/gk/track">查询办理进度</Link>
      </p>
    </section>
  );
}

export default function ApplyPage() {
  const [form, setForm] = useState<Form>(empty);
  const [errors, setErrors] = useState<Errors>({});
  const ref = useRef<HTMLFormElement>(null);
  usePageTitle('依申请公开');
  const set = (key: keyof Form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }) as Form);
  const submit = useMutation({
    mutationFn: () =>
      fileRequest({
        applicantKind: form.applicantKind,
        organizationKind: form.applicantKind === 'organization' && form.organizationKind ? form.organizationKind : undefined,
        name: form.name.trim(),
        idNumber: form.idNumber.trim() || undefined,
        contact: form.contact.trim(),
        address: form.address.trim() || undefined,
        description: form.description.trim(),
        purpose: form.purpose.trim() || undefined,
        delivery: form.delivery,
        website: form.website,
      }),
    onError: () => focusFirstProblem(ref.current),
  });
  const isOrganization = form.applicantKind === 'organization';
  return (
    <>
      <Breadcrumb trail={[{ label: '依申请公开' }]} />
      <h1>依申请公开</h1>
      <p>
        公民、法人或者其他组织可以向本机关申请获取政府信息。本机关自收到申请之日起20个工作日内答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长不超过20个工作日。已提交的申请可在
        <Link to="/gk/track">查询办理进度</Link>中查看。
      </p>
      {submit.data ? (
        <FiledNotice filed={submit.data} />
      ) : (
        <form
          ref={ref}
          noValidate
          aria-labelledby="apply-heading"
          onSubmit={(e) => {
            e.preventDefault();
            const found = check(form);
            setErrors(found);
            if (Object.keys(found).length > 0) return focusFirstProblem(ref.current);
            submit.mutate();
          }}
        >
          <h2 id="apply-heading">政府信息公开申请表</h2>
          <fieldset>
            <legend>申请人类型（必填）</legend>
            {applicantKindOptions.map((o) => (
              <label key={o.value} className="choice">
                <input type="radio" name="applicantKind" value={o.value} checked={form.applicantKind === o.value} onChange={set('applicantKind')} />
                {o.label}
              </label>
            ))}
          </fieldset>
          {isOrganization && (
            <Field label="单位类别" required error={errors.organizationKind}>
              {(props) => (
                <select {...props} name="organizationKind" value={form.organizationKind} onChange={set('organizationKind')}>
                  <option value="">请选择</option>
                  {organizationKindOptions.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field label={isOrganization ? '名称' : '姓名'} required error={errors.name}>
            {(props) => <input {...props} name="name" type="text" maxLength={100} autoComplete={isOrganization ? 'organization' : 'name'} value={form.name} onChange={set('name')} />}
          </Field>
          <Field label={isOrganization ? '统一社会信用代码' : '证件号码'} hint={isOrganization ? undefined : '居民身份证号码'} error={errors.idNumber}>
            {(props) => <input {...props} name="idNumber" type="text" maxLength={18} autoComplete="off" value={form.idNumber} onChange={set('idNumber')} />}
          </Field>
          <Field label="联系电话" required error={errors.contact} hint="手机号码或带区号的固定电话">
            {(props) => <input {...props} name="contact" type="tel" maxLength={30} autoComplete="tel" value={form.contact} onChange={set('contact')} />}
          </Field>
          <Field label="通信地址" error={errors.address} hint="选择纸质邮寄的必填">
            {(props) => <input {...props} name="address" type="text" maxLength={300} autoComplete="street-address" value={form.address} onChange={set('address')} />}
          </Field>
          <Field label="所需信息描述" required error={errors.description} hint="所需政府信息的名称、文号，或者便于查询的其他特征性描述">
            {(props) => <textarea {...props} name="description" rows={5} maxLength={5000} value={form.description} onChange={set('description')} />}
          </Field>
          <Field label="用途" error={errors.purpose}>
            {(props) => <input {...props} name="purpose" type="text" maxLength={2000} value={form.purpose} onChange={set('purpose')} />}
          </Field>
          <fieldset>
            <legend>获取信息的方式（必填）</legend>
            {deliveryOptions.map((o) => (
              <label key={o.value} className="choice">
                <input type="radio" name="delivery" value={o.value} checked={form.delivery === o.value} onChange={set('delivery')} />
                {o.label}
              </label>
            ))}
          </fieldset>
          <HoneypotField value={form.website} onChange={(website) => setForm((f) => ({ ...f, website }))} />
          <p className="hint">您填写的证件号码、联系电话和地址加密保存，仅用于办理本申请。</p>
          <ErrorAlert error={submit.error} />
          <Submitting isPending={submit.isPending} />
          <button type="submit" disabled={submit.isPending}>
            提交申请
          </button>
        </form>
      )}
    </>
  );
}
