/** Configuration from the environment, read once per container. */
export interface Config {
  readonly tableName: string;
  readonly skillId?: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const tableName = env.PROGRESS_TABLE_NAME;
  if (!tableName) throw new ConfigError('PROGRESS_TABLE_NAME is not set: it names the DynamoDB progress table');
  return { tableName, skillId: env.SKILL_ID || undefined };
}
