import type { FormDocument, FormVersionDto } from '@yilin/contracts';

import { api } from '@web/api/api-client';

/** The published form a workflow starts with; `fallback` when none is published yet. */
export async function startFormOf(workflow: string, fallback: FormDocument): Promise<FormDocument> {
  try {
    return (await api<FormVersionDto>(`/forms/by-workflow/${workflow}/start`)).document;
  } catch {
    return fallback;
  }
}

const text = { type: 'string', minLength: 1 };

export const GRANT_FALLBACK_FORM: FormDocument = {
  schema: {
    type: 'object',
    required: ['title', 'organisation', 'amount'],
    properties: {
      title: text,
      organisation: text,
      programmeId: text,
      amount: { type: 'integer', minimum: 1, 'x-amount-fen': true },
      summary: { type: 'string' },
    },
  },
  uiSchema: { summary: { 'ui:widget': 'textarea' } },
  labels: {
    zh: { title: '项目名称', organisation: '申请单位', amount: '申请金额（元）', summary: '项目简介' },
    en: { title: 'Project title', organisation: 'Organisation', amount: 'Amount (yuan)', summary: 'Summary' },
  },
};

export const REGISTRATION_FALLBACK_FORM: FormDocument = {
  schema: {
    type: 'object',
    required: ['enterpriseName', 'founder', 'addresses', 'businessScope', 'materials'],
    properties: {
      enterpriseName: text,
      founder: { type: 'object', required: ['name'], properties: { name: text, mobile: { type: 'string' } } },
      addresses: { type: 'array', minItems: 1, items: { type: 'object', required: ['address'], properties: { address: text } } },
      businessScope: text,
      materials: { type: 'array', minItems: 1, uniqueItems: true, items: text },
    },
  },
  uiSchema: { businessScope: { 'ui:widget': 'textarea' } },
  labels: {
    zh: {
      enterpriseName: '企业名称',
      founder: '创办人',
      'founder.name': '姓名',
      'founder.mobile': '手机',
      addresses: '住所（经营场所）',
      'addresses.address': '地址',
      businessScope: '经营范围',
      materials: '已提交材料',
    },
    en: {
      enterpriseName: 'Enterprise name',
      founder: 'Founder',
      'founder.name': 'Name',
      'founder.mobile': 'Mobile',
      addresses: 'Addresses',
      'addresses.address': 'Address',
      businessScope: 'Business scope',
      materials: 'Materials supplied',
    },
  },
};
