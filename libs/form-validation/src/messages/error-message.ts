import type { ErrorObject } from 'ajv';

import { AMOUNT_FEN_KEYWORD } from '../keywords/amount-fen.keyword';
import { COMPARE_KEYWORD } from '../keywords/compare.keyword';
import { WEIGHTED_TOTAL_KEYWORD } from '../keywords/weighted-total.keyword';
import type { Locale, Localized } from './locale';

type Params = Record<string, unknown>;

const FORMAT_MESSAGES: Readonly<Record<string, Localized>> = {
  'cn-resident-id': {
    en: 'must be a valid 18-character resident ID number',
    'zh-CN': '请输入有效的18位居民身份证号码',
  },
  'cn-credit-code': {
    en: 'must be a valid 18-character unified social credit code',
    'zh-CN': '请输入有效的18位统一社会信用代码',
  },
  'cn-mobile': { en: 'must be an 11-digit mainland mobile number', 'zh-CN': '请输入11位中国大陆手机号码' },
  email: { en: 'must be an email address', 'zh-CN': '请输入有效的电子邮箱地址' },
  date: { en: 'must be a date (YYYY-MM-DD)', 'zh-CN': '请输入有效日期（YYYY-MM-DD）' },
  'date-time': { en: 'must be a date and time with time zone', 'zh-CN': '请输入带时区的有效日期时间' },
  time: { en: 'must be a time with time zone', 'zh-CN': '请输入带时区的有效时间' },
  uri: { en: 'must be a full web address', 'zh-CN': '请输入完整的网址' },
  url: { en: 'must be a full web address', 'zh-CN': '请输入完整的网址' },
};

const TYPE_NAMES: Readonly<Record<string, Localized>> = {
  string: { en: 'text', 'zh-CN': '文本' },
  number: { en: 'a number', 'zh-CN': '数字' },
  integer: { en: 'a whole number', 'zh-CN': '整数' },
  boolean: { en: 'yes or no', 'zh-CN': '是或否' },
  object: { en: 'a group of fields', 'zh-CN': '字段组' },
  array: { en: 'a list', 'zh-CN': '列表' },
  null: { en: 'empty', 'zh-CN': '空值' },
};

type MessageBuilder = (params: Params) => Localized;

const MESSAGES: Readonly<Record<string, MessageBuilder>> = {
  required: () => ({ en: 'is required', 'zh-CN': '此项为必填项' }),
  dependencies: (p) => ({ en: 'is required', 'zh-CN': '此项为必填项', ...withProperty(p) }),
  type: (p) => typeMessage(String(p.type)),
  format: (p) =>
    FORMAT_MESSAGES[String(p.format)] ?? {
      en: `must match the format "${String(p.format)}"`,
      'zh-CN': `格式不正确（${String(p.format)}）`,
    },
  [AMOUNT_FEN_KEYWORD]: () => ({
    en: 'must be a whole, non-negative amount in fen',
    'zh-CN': '金额须为以“分”为单位的非负整数',
  }),
  [COMPARE_KEYWORD]: (p) => compareMessage(p),
  [WEIGHTED_TOTAL_KEYWORD]: (p) => ({
    en: `must be the weighted average of the criteria: ${n(p.total)}`,
    'zh-CN': `总分应为各项评分的加权平均：${n(p.total)}`,
  }),
  minLength: (p) => ({ en: `must be at least ${n(p.limit)} characters`, 'zh-CN': `不能少于${n(p.limit)}个字符` }),
  maxLength: (p) => ({ en: `must be at most ${n(p.limit)} characters`, 'zh-CN': `不能超过${n(p.limit)}个字符` }),
  minimum: (p) => ({ en: `must be at least ${n(p.limit)}`, 'zh-CN': `不能小于${n(p.limit)}` }),
  maximum: (p) => ({ en: `must be at most ${n(p.limit)}`, 'zh-CN': `不能大于${n(p.limit)}` }),
  exclusiveMinimum: (p) => ({ en: `must be more than ${n(p.limit)}`, 'zh-CN': `必须大于${n(p.limit)}` }),
  exclusiveMaximum: (p) => ({ en: `must be less than ${n(p.limit)}`, 'zh-CN': `必须小于${n(p.limit)}` }),
  multipleOf: (p) => ({ en: `must be a multiple of ${n(p.multipleOf)}`, 'zh-CN': `必须是${n(p.multipleOf)}的整数倍` }),
  pattern: () => ({ en: 'is not in the expected form', 'zh-CN': '格式不正确' }),
  enum: () => ({ en: 'must be one of the listed options', 'zh-CN': '请从给定选项中选择' }),
  const: () => ({ en: 'must be the expected value', 'zh-CN': '取值不符合要求' }),
  minItems: (p) => ({ en: `must have at least ${n(p.limit)} items`, 'zh-CN': `至少需要${n(p.limit)}项` }),
  maxItems: (p) => ({ en: `must have at most ${n(p.limit)} items`, 'zh-CN': `最多只能有${n(p.limit)}项` }),
  uniqueItems: () => ({ en: 'must not contain duplicates', 'zh-CN': '不能有重复项' }),
  minProperties: (p) => ({ en: `must have at least ${n(p.limit)} fields`, 'zh-CN': `至少需要填写${n(p.limit)}项` }),
  maxProperties: (p) => ({ en: `must have at most ${n(p.limit)} fields`, 'zh-CN': `最多只能填写${n(p.limit)}项` }),
  additionalProperties: () => ({ en: 'is not a field of this form', 'zh-CN': '表单中没有此字段' }),
  propertyNames: () => ({ en: 'has a field name that is not allowed', 'zh-CN': '字段名称不符合要求' }),
  oneOf: () => ({ en: 'must match exactly one of the options', 'zh-CN': '必须且只能符合其中一种情形' }),
  anyOf: () => ({ en: 'must match one of the options', 'zh-CN': '至少需要符合其中一种情形' }),
  not: () => ({ en: 'is not allowed', 'zh-CN': '不允许此取值' }),
  contains: () => ({ en: 'must contain an expected item', 'zh-CN': '缺少必需的项' }),
};

// People type amounts in yuan: their messages speak of yuan, never of the fen they are kept in.
const AMOUNT_TYPED_WRONG: Localized = {
  en: 'must be an amount in yuan with at most two decimals, e.g. 1234.56',
  'zh-CN': '请填写金额（元），最多两位小数，例如 1234.56',
};
const AMOUNT_MESSAGES: Readonly<Record<string, MessageBuilder>> = {
  type: () => AMOUNT_TYPED_WRONG,
  [AMOUNT_FEN_KEYWORD]: () => AMOUNT_TYPED_WRONG,
  minimum: (p) => ({ en: `must be at least ${yuan(p.limit)}`, 'zh-CN': `不能少于 ${yuan(p.limit)}` }),
  maximum: (p) => ({ en: `must be at most ${yuan(p.limit)}`, 'zh-CN': `不能超过 ${yuan(p.limit)}` }),
  exclusiveMinimum: (p) => ({ en: `must be more than ${yuan(p.limit)}`, 'zh-CN': `须多于 ${yuan(p.limit)}` }),
  exclusiveMaximum: (p) => ({ en: `must be less than ${yuan(p.limit)}`, 'zh-CN': `须少于 ${yuan(p.limit)}` }),
};

/** Fen as yuan the way people write it: 5000000 → "¥50,000.00". */
function yuan(fen: unknown): string {
  if (typeof fen !== 'number' || !Number.isSafeInteger(fen)) return String(fen);
  const abs = Math.abs(fen);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${fen < 0 ? '-' : ''}¥${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * A message a person understands for one AJV error, in `locale`. It describes the field the error is attached
 * to (the missing field itself for `required`), so it reads well next to that field; unknown keywords fall back
 * to AJV's own English text.
 */
export function errorMessage(error: ErrorObject, locale: Locale): string {
  if (error.parentSchema?.[AMOUNT_FEN_KEYWORD] === true) {
    const amount = AMOUNT_MESSAGES[error.keyword];
    if (amount) return amount(error.params as Params)[locale];
  }
  // An empty row of a list fails on its type; to the person it is simply not filled in yet.
  if (error.keyword === 'type' && 'data' in error && (error.data === undefined || error.data === null)) return MESSAGES.required({})[locale];
  const build = MESSAGES[error.keyword];
  if (build) return build(error.params as Params)[locale];
  return error.message ?? error.keyword;
}

/** "不能早于“开始日期”" for dates, "不能小于“预算下限”" for numbers: the rule in the person's terms. */
function compareMessage(params: Params): Localized {
  const title = (params.otherTitle ?? {}) as { zh?: string; en?: string };
  const zh = `“${title.zh || String(params.other)}”`;
  const en = `"${title.en || title.zh || String(params.other)}"`;
  const dates = params.kind === 'string';
  switch (params.op) {
    case '>=':
      return dates ? { en: `must not be before ${en}`, 'zh-CN': `不能早于${zh}` } : { en: `must not be less than ${en}`, 'zh-CN': `不能小于${zh}` };
    case '>':
      return dates ? { en: `must be after ${en}`, 'zh-CN': `须晚于${zh}` } : { en: `must be more than ${en}`, 'zh-CN': `须大于${zh}` };
    case '<=':
      return dates ? { en: `must not be after ${en}`, 'zh-CN': `不能晚于${zh}` } : { en: `must not be more than ${en}`, 'zh-CN': `不能大于${zh}` };
    default:
      return dates ? { en: `must be before ${en}`, 'zh-CN': `须早于${zh}` } : { en: `must be less than ${en}`, 'zh-CN': `须小于${zh}` };
  }
}

function typeMessage(type: string): Localized {
  const names = type.split(',').map((t) => TYPE_NAMES[t] ?? { en: t, 'zh-CN': t });
  return {
    en: `must be ${names.map((name) => name.en).join(' or ')}`,
    'zh-CN': `必须是${names.map((name) => name['zh-CN']).join('或')}`,
  };
}

function withProperty(params: Params): Partial<Localized> {
  return typeof params.property === 'string'
    ? { en: `is required when "${params.property}" is filled in`, 'zh-CN': `填写“${params.property}”时此项为必填项` }
    : {};
}

function n(value: unknown): string {
  return String(value);
}
