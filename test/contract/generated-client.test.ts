import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateApiSchema, generatedSchemaPath } from '../../scripts/generate-api.js';

describe('接口契约：网页的接口类型由服务端生成', () => {
  it('web/src/api/schema.gen.ts 与服务端当前的 OpenAPI 文档一致', async () => {
    const committed = fs.existsSync(generatedSchemaPath) ? fs.readFileSync(generatedSchemaPath, 'utf8') : '';
    const fresh = await generateApiSchema();
    // Not toEqual on the text: a 6,000-line diff helps nobody; the command does.
    expect(committed === fresh, '服务端接口已变化：运行 npm run generate:api 重新生成 web/src/api/schema.gen.ts，再修正网页的类型错误').toBe(true);
  }, 60_000);
});
