import type { Localized } from '../messages/locale';
import { MAX_PATTERN_LENGTH } from '../patterns/safe-pattern.util';
import type { PatternHazard } from '../patterns/safe-pattern.util';
import type { SchemaLimits } from './schema-limits.const';

const CUSTOM_FORMAT_LIST = 'cn-resident-id, cn-credit-code, cn-mobile';
const STANDARD_FORMAT_LIST = 'email, date, date-time, time, uri, uuid…';

/** What {@link checkSchema} says about each problem it finds, in every supported language. */
export const SCHEMA_ISSUE_MESSAGES = {
  notAnObject: {
    en: 'A form schema must be a JSON Schema object',
    'zh-CN': '表单结构必须是一个 JSON Schema 对象',
  },
  notJson: {
    en: 'The schema cannot be written as JSON (it has cycles or is nested far too deep)',
    'zh-CN': '表单结构无法转换为 JSON（存在循环引用或嵌套过深）',
  },
  tooLarge: (bytes: number, limits: SchemaLimits): Localized => ({
    en: `The schema is ${kb(bytes)} KB; at most ${kb(limits.maxBytes)} KB is allowed`,
    'zh-CN': `表单结构大小为 ${kb(bytes)} KB，最多允许 ${kb(limits.maxBytes)} KB`,
  }),
  tooManyProperties: (count: number, limits: SchemaLimits): Localized => ({
    en: `The schema defines ${count} fields; at most ${limits.maxProperties} are allowed`,
    'zh-CN': `表单结构定义了 ${count} 个字段，最多允许 ${limits.maxProperties} 个`,
  }),
  tooDeep: (limits: SchemaLimits): Localized => ({
    en: `The schema is nested more than ${limits.maxDepth} levels deep here`,
    'zh-CN': `表单结构在此处的嵌套层级超过 ${limits.maxDepth} 层`,
  }),
  tooManyEnumValues: (count: number, limits: SchemaLimits): Localized => ({
    en: `This list has ${count} options; at most ${limits.maxEnumValues} are allowed`,
    'zh-CN': `此处的选项有 ${count} 个，最多允许 ${limits.maxEnumValues} 个`,
  }),
  unsafePattern: (hazard: PatternHazard): Localized => PATTERN_HAZARD_MESSAGES[hazard],
  unknownKeyword: (keyword: string): Localized => ({
    en: `Unknown keyword "${keyword}"; Yilin's own annotations start with "x-"`,
    'zh-CN': `未知关键字“${keyword}”；自定义标注须以“x-”开头`,
  }),
  asyncSchema: {
    en: 'Asynchronous schemas ("$async") are not allowed',
    'zh-CN': '不允许使用异步校验（"$async"）',
  },
  unknownFormat: (format: string): Localized => ({
    en: `Unknown format "${format}"; use one of ${CUSTOM_FORMAT_LIST} or a standard one (${STANDARD_FORMAT_LIST})`,
    'zh-CN': `未知格式“${format}”；请使用 ${CUSTOM_FORMAT_LIST} 或标准格式（${STANDARD_FORMAT_LIST}）`,
  }),
  remoteRef: (ref: string): Localized => ({
    en: `"$ref": "${ref}" points outside this schema; only local references ("#/…") are allowed`,
    'zh-CN': `"$ref": "${ref}" 指向本表单结构之外；只允许本地引用（"#/…"）`,
  }),
  badDisclosure: {
    en: '"x-disclosure" must be "public", "masked" or "private"',
    'zh-CN': '"x-disclosure" 只能是 "public"、"masked" 或 "private"',
  },
  amountFenNotInteger: {
    en: '"x-amount-fen" belongs on a field with "type": "integer"',
    'zh-CN': '"x-amount-fen" 只能用于 "type": "integer" 的字段',
  },
  invalidSchema: (detail: string): Localized => ({
    en: `Not a valid JSON Schema: ${detail}`,
    'zh-CN': `不是有效的 JSON Schema：${detail}`,
  }),
} as const;

const PATTERN_HAZARD_MESSAGES: Record<PatternHazard, Localized> = {
  tooLong: {
    en: `The pattern is longer than ${MAX_PATTERN_LENGTH} characters`,
    'zh-CN': `正则表达式超过 ${MAX_PATTERN_LENGTH} 个字符`,
  },
  invalid: {
    en: 'The pattern is not a valid regular expression',
    'zh-CN': '正则表达式无效',
  },
  backtracking: {
    en: 'The pattern nests repetitions (such as "(a+)+"), repeats too often or refers back to a group; matching it could take exponential time. Write it without nested repetition',
    'zh-CN': '正则表达式含嵌套重复（如“(a+)+”）、重复过多或反向引用，匹配可能耗时呈指数增长；请改写为不含嵌套重复的形式',
  },
};

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1);
}
