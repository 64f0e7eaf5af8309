// 民生实事项目票决票: the printable ballot of a project vote round.
import type { Document } from 'docx';
import type { ProjectBallotInput } from './context';

/** The ballot's instructions: how to mark, 限选N项，多选无效, an empty ballot is valid, unsigned. */
export function ballotInstructions(input: Pick<ProjectBallotInput, 'places' | 'candidates'>): string {
  void input;
  throw new Error('not implemented yet');
}

/** The printable ballot: title, meeting and date, instructions, one row per candidate with a box. */
export function projectBallotDocument(input: ProjectBallotInput): Document {
  void input;
  throw new Error('not implemented yet');
}
