/**
 * Which element shows each activity type, and with what: one entry per type. Whether "Volgende"
 * waits, how an activity scores and which stored answers still fit it are lesson rules, in
 * @upstander/schema/answers (`ANSWER_RULES`). Adding an activity type means an entry in both.
 */
import {html} from 'lit';
import type {TemplateResult} from 'lit';
import type {Activity, ActivityType, Lesson, Step} from '@upstander/schema';
import type {LessonMode} from './activity-element.js';

/** What the lesson hands an activity element. */
export interface ActivityContext {
  lesson: Lesson;
  step: Step;
  mode: LessonMode;
  /** The stored response for the activity, if any. */
  response: string[] | undefined;
  /** The stored free text for the activity, if any. */
  text: Record<string, string> | undefined;
}

export interface ActivityEntry<A extends Activity> {
  /** The element that plays the activity. */
  render(activity: A, context: ActivityContext): TemplateResult;
}

type Table = {[T in ActivityType]: ActivityEntry<Extract<Activity, {type: T}>>};

/** Every activity type: the table `<up-lesson>` renders from. */
export const ACTIVITIES: Table = {
  information: {
    render: (a) => html`<up-information .activity=${a}></up-information>`,
  },
  choice: {
    render: (a, c) => html`<up-choice
      .activity=${a}
      .response=${c.response}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-choice>`,
  },
  sort: {
    render: (a, c) => html`<up-sort
      .activity=${a}
      .response=${c.response}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-sort>`,
  },
  'social-post': {
    render: (a, c) => html`<up-social-post
      .activity=${a}
      .response=${c.response}
      mode=${c.mode}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-social-post>`,
  },
  'response-builder': {
    render: (a, c) => html`<up-response-builder
      .activity=${a}
      .response=${c.response}
      .text=${c.text}
      mode=${c.mode}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-response-builder>`,
  },
  reflection: {
    render: (a, c) => html`<up-reflection
      .activity=${a}
      .text=${c.text}
      mode=${c.mode}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-reflection>`,
  },
  survey: {
    render: (a, c) => html`<up-survey
      .activity=${a}
      .response=${c.response}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-survey>`,
  },
  story: {
    render: (a, c) => html`<up-story
      .activity=${a}
      .text=${c.text}
      mode=${c.mode}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-story>`,
  },
  roles: {
    render: (a, c) => html`<up-roles
      .activity=${a}
      .text=${c.text}
      mode=${c.mode}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-roles>`,
  },
  dilemma: {
    render: (a, c) => html`<up-dilemma
      .activity=${a}
      .response=${c.response}
      mode=${c.mode}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-dilemma>`,
  },
  agreements: {
    render: (a, c) => html`<up-agreements
      .activity=${a}
      .response=${c.response}
      .text=${c.text}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-agreements>`,
  },
  'check-in': {
    render: (a, c) => html`<up-check-in
      .activity=${a}
      .response=${c.response}
      mode=${c.mode}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-check-in>`,
  },
  'check-out': {
    render: (a, c) => html`<up-check-out
      .activity=${a}
      .response=${c.response}
      mode=${c.mode}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-check-out>`,
  },
  'help-points': {
    render: (a, c) => html`<up-help-points .activity=${a} .helpPoints=${c.lesson.helpPoints ?? []} lang=${c.lesson.language}></up-help-points>`,
  },
};

/** The entry for an activity, typed for it. Undefined for a type this version does not know. */
export function entryFor<A extends Activity>(activity: A): ActivityEntry<A> | undefined {
  return (ACTIVITIES as Record<string, ActivityEntry<A> | undefined>)[activity.type];
}
