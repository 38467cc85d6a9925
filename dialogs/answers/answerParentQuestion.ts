import type { EnrolmentContext } from '../../machines/types';
import { describeContact } from '../copy/describeContact';
import { QUESTIONS } from '../questions/questions';
import type { QuestionEnv } from '../questions/questionTypes';
import { answerGeneralTopic } from './answerGeneralTopic';
import type { Topic } from './findTopic';
import type { QuestionForm } from './readParentQuestion';

/** A question the parent asked instead of answering, and what it is about. */
export interface ParentQuestion {
  text: string;
  form: QuestionForm;
  topic: Topic;
}

/**
 * The answer to a parent's question, in one or two sentences: the commune's own entry, the step's answer (why,
 * optional, where, difference), a general one, or an honest « je ne sais pas » with the commune's contact. A bare
 * « … ? » that names nothing known gets the step's help instead.
 */
export function answerParentQuestion(question: ParentQuestion, context: EnrolmentContext, env: QuestionEnv): string {
  const { topic } = question;
  const step = context.step;
  switch (topic.kind) {
    case 'commune':
      return env.commune.questions[topic.index]?.answer ?? unknown(env);
    case 'step': {
      const answer = step === 'submitted' || step === 'cancelled' ? undefined : QUESTIONS[step].answers[topic.topic];
      return answer ? answer(context, env) : unknown(env);
    }
    case 'general':
      return answerGeneralTopic(topic.topic, context, env, question.text);
    case 'unknown':
      return question.form === 'marked' && step !== 'submitted' && step !== 'cancelled' ? QUESTIONS[step].help : unknown(env);
  }
}

const unknown = (env: QuestionEnv) => `Je ne sais pas répondre à cela. Vous pouvez joindre ${describeContact(env.commune)}.`;
