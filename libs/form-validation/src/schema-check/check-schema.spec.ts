import { checkSchema, checkSchemaHazards } from './check-schema';

const keywords = (schema: unknown): string[] => checkSchema(schema).map((issue) => issue.keyword);

function nested(depth: number): Record<string, unknown> {
  let schema: Record<string, unknown> = { type: 'string' };
  for (let i = 0; i < depth; i += 1) schema = { type: 'object', properties: { child: schema } };
  return schema;
}

describe('checkSchema', () => {
  it('accepts a form schema with formats, local refs, conditionals and x- annotations', () => {
    const schema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      required: ['kind'],
      definitions: { mobile: { type: 'string', format: 'cn-mobile', 'x-disclosure': 'masked' } },
      properties: {
        kind: { type: 'string', enum: ['person', 'organisation'], 'x-designer-widget': 'radio' },
        contact: { $ref: '#/definitions/mobile' },
        email: { type: 'string', format: 'email', 'x-disclosure': 'private' },
        amount: { type: 'integer', minimum: 0, 'x-amount-fen': true, 'x-disclosure': 'public' },
        'x-not-a-keyword-but-a-field': { type: 'string' },
      },
      if: { properties: { kind: { const: 'organisation' } } },
      then: { required: ['creditCode'], properties: { creditCode: { type: 'string', format: 'cn-credit-code' } } },
    };
    expect(checkSchema(schema)).toEqual([]);
  });

  it('refuses an unknown format with a message saying what to use, at its path', () => {
    expect(checkSchema({ type: 'object', properties: { phone: { type: 'string', format: 'phone' } } })).toEqual([
      {
        path: '/properties/phone/format',
        keyword: 'format',
        message:
          'Unknown format "phone"; use one of cn-resident-id, cn-credit-code, cn-mobile or a standard one (email, date, date-time, time, uri, uuid…)',
      },
    ]);
  });

  it('speaks Chinese when asked', () => {
    expect(checkSchema({ format: 'phone' }, { locale: 'zh-CN' })[0].message).toMatch(/^未知格式“phone”/);
  });

  it.each([
    ['an http URL', 'https://evil.example/schema.json'],
    ['a relative file', 'other.json#/definitions/a'],
    ['a protocol-relative URL', '//evil.example/s'],
  ])('refuses a $ref to %s', (_, ref) => {
    expect(checkSchema({ properties: { a: { $ref: ref } } })).toEqual([expect.objectContaining({ path: '/properties/a/$ref', keyword: '$ref' })]);
  });

  it('refuses a local $ref that points nowhere', () => {
    expect(keywords({ properties: { a: { $ref: '#/definitions/missing' } } })).toEqual(['schema']);
  });

  it('refuses unknown keywords except x- annotations', () => {
    expect(checkSchema({ type: 'string', maxLenght: 5, 'x-anything': { free: 'form' } })).toEqual([
      expect.objectContaining({ path: '/maxLenght', keyword: 'keyword' }),
    ]);
  });

  it('refuses a bad x-disclosure and x-amount-fen off an integer', () => {
    expect(keywords({ type: 'string', 'x-disclosure': 'secret' })).toEqual(['x-disclosure']);
    expect(keywords({ type: 'number', 'x-amount-fen': true })).toEqual(['x-amount-fen']);
    expect(keywords({ type: ['integer', 'null'], 'x-amount-fen': true })).toEqual([]);
  });

  it('refuses asynchronous schemas', () => {
    expect(keywords({ $async: true, type: 'object' })).toEqual(['$async']);
  });

  it('refuses what is not a JSON Schema', () => {
    expect(keywords('{"type":"object"}')).toEqual(['type']);
    expect(keywords([])).toEqual(['type']);
    expect(checkSchema({ type: 'strin' })).toEqual([
      { path: '/type', keyword: 'schema', message: 'Not a valid JSON Schema: must be equal to one of the allowed values' },
    ]);
    expect(keywords({ properties: { a: { minLength: -1 } } })).toEqual(['schema']);
    expect(keywords({ $schema: 'https://json-schema.org/draft/2020-12/schema' })).toEqual(['schema']);
  });

  it('refuses a schema over 512 KB', () => {
    const issues = checkSchema({ type: 'string', description: 'x'.repeat(512 * 1024) });
    expect(issues).toEqual([expect.objectContaining({ path: '', keyword: 'maxBytes' })]);
    expect(issues[0].message).toMatch(/at most 512 KB/);
  });

  it('refuses more than 2,000 properties, counted across the whole schema', () => {
    const fields = (count: number, prefix: string) =>
      Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}${i}`, { type: 'string' }]));
    const ok = { type: 'object', properties: fields(2000, 'f') };
    const tooMany = { type: 'object', properties: { ...fields(1500, 'f'), group: { type: 'object', properties: fields(501, 'g') } } };
    expect(checkSchema(ok)).toEqual([]);
    expect(keywords(tooMany)).toEqual(['maxProperties']);
  });

  it('refuses nesting deeper than 32', () => {
    expect(checkSchema(nested(32))).toEqual([]);
    expect(keywords(nested(33))).toEqual(['maxDepth']);
  });

  it('refuses cycles and absurd nesting without crashing', () => {
    const cyclic: Record<string, unknown> = { type: 'object' };
    cyclic.properties = { self: cyclic };
    expect(keywords(cyclic)).toEqual(['json']);
  });

  it('refuses a pattern that could backtrack exponentially, in a pattern or a patternProperties key', () => {
    const schema = {
      type: 'object',
      properties: { code: { type: 'string', pattern: '^(a+)+$' }, zip: { type: 'string', pattern: '^[0-9]{6}$' } },
      patternProperties: { '^(x*)*$': { type: 'string' } },
    };
    expect(checkSchema(schema)).toEqual([
      expect.objectContaining({ path: '/patternProperties/^(x*)*$', keyword: 'pattern' }),
      expect.objectContaining({ path: '/properties/code/pattern', keyword: 'pattern', message: expect.stringMatching(/exponential time/) }),
    ]);
    expect(checkSchema({ pattern: '^(a+)+$' }, { locale: 'zh-CN' })[0].message).toMatch(/嵌套重复/);
  });

  it('refuses more than 200 options in one enum', () => {
    const values = (count: number) => Array.from({ length: count }, (_, i) => i);
    expect(checkSchema({ type: 'integer', enum: values(200) })).toEqual([]);
    expect(checkSchema({ type: 'integer', enum: values(201) })).toEqual([
      { path: '/enum', keyword: 'maxEnumValues', message: 'This list has 201 options; at most 200 are allowed' },
    ]);
    expect(checkSchema({ enum: values(201) }, { locale: 'zh-CN' })[0].message).toBe('此处的选项有 201 个，最多允许 200 个');
  });

  it('checks only the hazards of a half-written draft', () => {
    const unfinished = { type: 'object', properties: { a: { type: 'strin' }, b: { format: 'phone' } } };
    expect(checkSchema(unfinished)).not.toEqual([]);
    expect(checkSchemaHazards(unfinished)).toEqual([]);
    expect(checkSchemaHazards({ ...unfinished, pattern: '(a+)+' }).map((issue) => issue.keyword)).toEqual(['pattern']);
    expect(checkSchemaHazards(nested(33)).map((issue) => issue.keyword)).toEqual(['maxDepth']);
    expect(checkSchemaHazards('x').map((issue) => issue.keyword)).toEqual(['type']);
    expect(checkSchemaHazards({ enum: Array.from({ length: 501 }, (_, i) => i) })).toEqual([]);
  });

  it('takes tighter limits from the caller', () => {
    expect(keywords(checkSchemaInput(3))).toEqual([]);
    expect(checkSchema(checkSchemaInput(3), { limits: { maxProperties: 2 } }).map((issue) => issue.keyword)).toEqual(['maxProperties']);
  });

  it('does not let one schema’s x- annotations or $id leak into the next check', () => {
    expect(checkSchema({ $id: 'urn:yilin:a', 'x-a': 1 })).toEqual([]);
    expect(checkSchema({ $id: 'urn:yilin:a', 'x-a': 2 })).toEqual([]);
  });
});

function checkSchemaInput(count: number): Record<string, unknown> {
  return { type: 'object', properties: Object.fromEntries(Array.from({ length: count }, (_, i) => [`f${i}`, {}])) };
}
