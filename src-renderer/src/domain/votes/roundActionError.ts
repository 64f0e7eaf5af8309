// The refusal of a round's action, as a DomainError: its code is in domain/errors/messages/votes.ts.
import { DomainError, type ErrorParams } from '../errors';
import type { votesMessages } from '../errors/messages/votes';

export type VotesErrorCode = keyof typeof votesMessages;

/**
 * An action the round's stage or its data does not allow. `problems` are the Chinese reasons, one per line (the
 * screens list them); `voidRound` says the round is void (收回 > 发出) and must be reset and voted again.
 */
export class RoundActionError extends DomainError<VotesErrorCode> {
  readonly problems: readonly string[];

  constructor(code: VotesErrorCode, params: ErrorParams = {}, problems?: readonly string[]) {
    super(code, params);
    this.name = 'RoundActionError';
    this.problems = problems ?? [this.message];
  }

  get voidRound(): boolean {
    return this.code === 'votes.void';
  }

  /** The reasons the domain's checks gave (refusal, checkOpening, checkClosing, …), already in Chinese. */
  static refused(problems: readonly string[], voidRound = false): RoundActionError {
    const code = voidRound ? 'votes.void' : 'votes.refused';
    return new RoundActionError(code, { message: problems.join('；') }, [...problems]);
  }
}

/** The reasons of a failure, one per line: a refusal's problems, else its message. */
export function problemsOf(error: unknown, fallback: (error: unknown) => string): string[] {
  return error instanceof RoundActionError ? [...error.problems] : fallback(error).split('；');
}
