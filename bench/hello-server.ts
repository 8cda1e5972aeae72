// The ceiling: a bare Fastify hello-world on the same machine, measured in the same run.
import Fastify from 'fastify';

const port = Number(process.argv[2] ?? 0);
const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
await app.listen({ host: '127.0.0.1', port });
process.send?.({ type: 'ready' });
process.on('SIGTERM', async () => {
  await app.close();
  process.exit(0);
});
