// dynalite ships no types; this is the part of its API tools/local-dynamo.ts uses.
declare module 'dynalite' {
  import type { Server } from 'node:http';
  function dynalite(options?: { createTableMs?: number; deleteTableMs?: number; updateTableMs?: number; path?: string }): Server;
  export = dynalite;
}
