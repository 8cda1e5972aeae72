/** One `zhengwu <name>` command. `run` returns the process exit code. */
// @ts-nocheck

export type CliCommand = {
  name: string;
  /** One line, shown by `zhengwu --help`. */
  summary: string;
  /** Full help, shown by `zhengwu <name> --help`. */
  usage: string;
  run: (args: readonly string[]) => Promise<number>;
};
