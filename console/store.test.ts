import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockDataDir, usesExternalTable } from './store';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

describe('usesExternalTable', () => {
  it('uses the environment only when it names a table and a way to reach DynamoDB', () => {
    expect(usesExternalTable({ PROGRESS_TABLE_NAME: 't', AWS_ENDPOINT_URL_DYNAMODB: 'http://localhost:8000' })).toBe(true);
    expect(usesExternalTable({ PROGRESS_TABLE_NAME: 't', AWS_PROFILE: 'dev' })).toBe(true);
    expect(usesExternalTable({ PROGRESS_TABLE_NAME: 't' })).toBe(false);
    expect(usesExternalTable({ AWS_ACCESS_KEY_ID: 'k' })).toBe(false);
  });
});

describe('lockDataDir', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hip-coach-lock-'));
  });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  it('refuses a folder another live console holds', () => {
    writeFileSync(join(dir, 'data.lock'), String(process.ppid));
    expect(() => lockDataDir(join(dir, 'data'))).toThrow(/another console/);
  });

  it('takes over a lock left by a console that is gone, and releases it', () => {
    writeFileSync(join(dir, 'data.lock'), '2147483646');
    const release = lockDataDir(join(dir, 'data'));
    expect(existsSync(join(dir, 'data.lock'))).toBe(true);
    release();
    expect(existsSync(join(dir, 'data.lock'))).toBe(false);
  });
});
