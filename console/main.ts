// `npm start`: the local Hip Coach console. Everything lives in app.ts; this file only runs it.
import { main } from './app';

// The AWS SDK's once-a-process Node 20 notice (README, Quick start); its own switch silences only it.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// A failure deep in a dependency (the embedded store, say) ends the console with one line, not a trace.
process.on('uncaughtException', (error) => {
  process.stderr.write(`hip-coach console: ${error.message}\n`);
  process.exit(1);
});

main(process.argv.slice(2)).then(
  (code) => {
    // The skill's SDK clients may keep sockets alive; the console is done, so leave now.
    process.stdout.write('', () => process.exit(code));
  },
  (error: unknown) => {
    process.stderr.write(`hip-coach console: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
