import { engineText } from "../strings/engine.ts";

export type EngineErrorCode = keyof typeof engineText;
type TextArgs<K extends EngineErrorCode> = Parameters<(typeof engineText)[K]>;

/**
 * An input the engine cannot compute with. The message is Swedish and user-facing; `code` and `args`
 * let the workbook layer point at the cell the input came from.
 */
export class EngineError<K extends EngineErrorCode = EngineErrorCode> extends Error {
  readonly args: TextArgs<K>;

  constructor(
    readonly code: K,
    ...args: TextArgs<K>
  ) {
    super((engineText[code] as (...a: TextArgs<K>) => string)(...args));
    this.name = "EngineError";
    this.args = args;
  }
}
