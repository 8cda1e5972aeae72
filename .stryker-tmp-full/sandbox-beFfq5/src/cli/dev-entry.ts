// @ts-nocheck
// `npm run dev` runs the CLI's start command from source under tsx watch.
import { main } from './main.js';

process.exitCode = await main(['start']);
