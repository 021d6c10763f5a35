/** An input problem the maintainer must fix in the source: always names the file and line. */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'SourceError';
  }
}

/** Thrown by stages that know the line but not the file; the pipeline adds the file name. */
export class LineError extends Error {
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
    this.name = 'LineError';
  }
}
