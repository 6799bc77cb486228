// The import boundaries are rules the linter keeps (eslint.config.js), not comments: each case
// below is code the linter must refuse, linted with the project's own configuration.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: root, ignore: false });

/** The rules that refused `code`, as if it were the file at `file`. */
async function refusals(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('import boundaries', { timeout: 60_000 }, () => {
  it('refuses a feature importing another feature, by alias or by relative path', async () => {
    const file = 'src/features/inventory/probe.ts';
    for (const source of ['@/features/create-token/recipients', '../create-token/recipients']) {
      const code = `import { splitAddresses } from '${source}';\nexport const p = splitAddresses;\n`;
      expect(await refusals(file, code)).toContain('import-x/no-restricted-paths');
    }
  });

  it('lets a feature import its own files and shared code', async () => {
    const code =
      "import { splitAddresses } from '../create-token/recipients';\n" +
      "import { formatBandwidth } from '@/lib/format';\n" +
      'export const p = [splitAddresses, formatBandwidth];\n';
    expect(await refusals('src/features/create-token/probe.ts', code)).toEqual([]);
  });

  it('refuses shared code importing a feature or the app, and the API layer importing helpers', async () => {
    const feature =
      "import { TokenWizard } from '@/features/create-token/components/token-wizard';\nexport const p = TokenWizard;\n";
    expect(await refusals('src/components/probe.tsx', feature)).toContain(
      'import-x/no-restricted-paths',
    );
    const app = "import { AppLayout } from '@/app/app-layout';\nexport const p = AppLayout;\n";
    expect(await refusals('src/lib/probe.ts', app)).toContain('import-x/no-restricted-paths');
    const helper =
      "import { formatBandwidth } from '@/lib/format';\nexport const p = formatBandwidth;\n";
    expect(await refusals('src/api/probe.ts', helper)).toContain('import-x/no-restricted-paths');
  });

  it('refuses the app reaching into the demo backend outside the demo wiring', async () => {
    const code = "import { TOKENS } from '@mocks/seed/fixtures';\nexport const p = TOKENS;\n";
    expect(await refusals('src/features/inventory/probe.ts', code)).toContain(
      'import-x/no-restricted-paths',
    );
  });

  it('refuses an import cycle', async () => {
    const [result] = await eslint.lintFiles([path.join(root, 'tests/lint/fixtures/cycle-a.ts')]);
    expect(result?.messages.map((message) => message.ruleId)).toContain('import-x/no-cycle');
  });
});
