// Use cases of 询问提纲: add, edit, delete and reorder the planned questions of an inquiry.
import {
  addQuestion,
  removeQuestion,
  reorderQuestions as reorderQuestionRecords,
  updateQuestion,
} from '../../db/repositories/questions';
import type { Question, QuestionInput } from '../../domain/inquiry/question';
import type { Command } from '../runtime/services';

/** Adds the question after the others when id is null, else saves the edit. A new asker joins the activity. */
export const saveQuestion: Command<
  { activityId: string; id: string | null; input: QuestionInput },
  Question
> = ({ db }, { activityId, id, input }) =>
  id === null ? addQuestion(db, activityId, input) : updateQuestion(db, id, input);

/** Refused for a question the meeting has already asked: the minutes refer to it. */
export const deleteQuestion: Command<{ id: string }, void> = ({ db }, { id }) => removeQuestion(db, id);

/** The new planned order: `orderedIds` lists every question of the activity once. */
export const reorderQuestions: Command<{ activityId: string; orderedIds: string[] }, void> = (
  { db },
  { activityId, orderedIds },
) => reorderQuestionRecords(db, activityId, orderedIds);
