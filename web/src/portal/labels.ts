/**
 * The choices of the request form, as the server names them (src/domain/disclosure/types.ts): the server checks
 * every value it receives, so a key that drifts here fails the submission visibly rather than quietly.
 */
export const applicantKindOptions = [
  { value: 'person', label: '自然人' },
  { value: 'organization', label: '法人或其他组织' },
] as const;

export const organizationKindOptions = [
  { value: 'business', label: '商业企业' },
  { value: 'research', label: '科研机构' },
  { value: 'public_interest', label: '社会公益组织' },
  { value: 'legal_service', label: '法律服务机构' },
  { value: 'other', label: '其他' },
] as const;

export const deliveryOptions = [
  { value: 'online', label: '网上查看下载' },
  { value: 'email', label: '电子邮件' },
  { value: 'paper', label: '纸质邮寄' },
  { value: 'pickup', label: '当面领取' },
] as const;
