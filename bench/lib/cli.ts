// Runs the zhengwu CLI from source (`zhengwu audit verify` …) without a build: node --import tsx bench/lib/cli.ts audit verify
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
