// Driving a server: autocannon for throughput at a number of connections; sequential requests for the
// latency of one request at a time (the scale benchmark).
import autocannon from 'autocannon';
import { percentile } from './report.js';

export type Throughput = { rps: number; p50: number; p99: number; errors: number };

export async function throughput(url: string, headers: Record<string, string>, connections: number, seconds: number): Promise<Throughput> {
  const r = await autocannon({ url, connections, duration: seconds, headers });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

export type Latency = { n: number; p50: number; p99: number; bytes: number; status: number };

/** Requests one after another (at least `min`, at most `max`, stopping after `seconds`); the first one is not timed (warm-up). */
export async function latency(url: string, headers: Record<string, string>, options: { min: number; max: number; seconds: number }): Promise<Latency> {
  const first = await fetch(url, { headers });
  const body = await first.arrayBuffer();
  const times: number[] = [];
  const until = performance.now() + options.seconds * 1000;
  let status = first.status;
  while (times.length < options.min || (times.length < options.max && performance.now() < until)) {
    const t = performance.now();
    const r = await fetch(url, { headers });
    await r.arrayBuffer();
    times.push(performance.now() - t);
    if (r.status !== 200) status = r.status;
  }
  return { n: times.length, p50: percentile(times, 50), p99: percentile(times, 99), bytes: body.byteLength, status };
}
