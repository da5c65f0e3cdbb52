// Experiment only (bench/experiments.ts): stands in for @aws-sdk/credential-provider-node so the bundle keeps
// just the environment provider — the one Lambda uses — instead of the whole default chain.
export { fromEnv as defaultProvider } from '@aws-sdk/credential-provider-env';
