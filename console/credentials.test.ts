// The console hands the bundle (which reads the environment only) the credentials of a profile it resolved itself.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { environmentCredentials } from './credentials';

const NAMES = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_CONFIG_FILE'] as const;
let saved: Partial<Record<(typeof NAMES)[number], string>>;

beforeEach(() => {
  saved = Object.fromEntries(NAMES.map((n) => [n, process.env[n]]));
  for (const n of NAMES) Reflect.deleteProperty(process.env, n);
});
afterEach(() => {
  for (const n of NAMES) {
    const value = saved[n];
    if (value === undefined) Reflect.deleteProperty(process.env, n);
    else process.env[n] = value;
  }
});

describe('credentials the console hands the bundle', () => {
  it('are those of the named profile, as environment variables', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'console-creds-'));
    const file = path.join(dir, 'credentials');
    writeFileSync(file, '[coach]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = profile-secret\naws_session_token = profile-token\n');
    process.env.AWS_SHARED_CREDENTIALS_FILE = file;
    process.env.AWS_CONFIG_FILE = path.join(dir, 'config');
    process.env.AWS_PROFILE = 'coach';

    expect(await environmentCredentials()).toEqual({
      AWS_ACCESS_KEY_ID: 'AKIDPROFILE',
      AWS_SECRET_ACCESS_KEY: 'profile-secret',
      AWS_SESSION_TOKEN: 'profile-token',
    });
  });

  it('leave credentials already in the environment as they are', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIDENV';
    process.env.AWS_SECRET_ACCESS_KEY = 'env-secret';

    expect(await environmentCredentials()).toEqual({});
  });
});
