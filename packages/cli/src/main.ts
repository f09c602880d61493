// Entry point of the `touchpoint` command.
import { nodeIo, run } from './run.ts';

process.exitCode = await run(process.argv.slice(2), nodeIo);
