import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sandboxDir = join(import.meta.dirname, '../../../src/sandbox');

describe('the sandbox', () => {
  const files = readdirSync(sandboxDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.ts'),
  );
  it('has source files', () => expect(files.length).toBeGreaterThan(0));
  // It fakes Apps Script, not LeadLift: sharing LeadLift's helpers would let a fake repeat a LeadLift bug.
  it.each(files)('%s imports nothing of LeadLift (src/core, src/glue)', (file) => {
    expect(readFileSync(join(sandboxDir, file), 'utf8')).not.toMatch(/from '(\.\.\/)+(core|glue)\//);
  });
});
