import { z } from 'zod';
import { expected } from './format-issues.js';

/** How far a single-choice block may stray from 100% before the file is rejected (not just flagged). */
export const SINGLE_CHOICE_HARD_LIMIT = 0.1;

const share = z
  .number(expected('a number in [0, 1]'))
  .min(0, expected('a number in [0, 1]'))
  .max(1, expected('a number in [0, 1]'));
const count = z.number(expected('a whole number ≥ 0')).int(expected('a whole number ≥ 0')).min(0, expected('a whole number ≥ 0'));
const positiveCount = z.number(expected('a whole number ≥ 1')).int(expected('a whole number ≥ 1')).min(1, expected('a whole number ≥ 1'));

/** An integer bin of a count question: `{min, max}`, `max: null` for an open bin such as "> 5". */
export const BinSchema = z
  .strictObject({ min: count, max: count.nullable() })
  .refine((b) => b.max === null || b.max >= b.min, { message: 'expected max ≥ min (or null for an open bin)', path: ['max'] });

const QuoteSchema = z.strictObject({ share, quote: z.string().min(1) });

/** One answer option with its share; `text` when the Results text gives another number. */
export const OptionSchema = z
  .strictObject({
    /** Stable id a spec cites (`{"question": …, "option": …}`); never a position or a label prefix. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an option id of lowercase letters, digits and dashes').optional(),
    label: z.string().min(1),
    share,
    bin: BinSchema.optional(),
    ordinal: positiveCount.optional(),
    text: QuoteSchema.optional(),
    use: z.enum(['table', 'text']).optional(),
    why: z.string().optional(),
  })
  .refine((o) => o.use === undefined || o.text !== undefined, { message: 'expected a "text" entry when "use" is set', path: ['use'] });

/** A recorded problem with a question: label mismatch, off-sum, bin edge, internal contradiction, … */
export const DiscrepancySchema = z.strictObject({
  kind: z.enum(['label', 'sum', 'bin', 'internal', 'attribution', 'incomplete']),
  note: z.string().min(1),
  quote: z.string().optional(),
});

export const QuestionSchema = z.strictObject({
  id: z.string().regex(/^[a-z]+\.[a-z0-9-]+$/, 'expected an id like "group.question-name"'),
  label: z.string().min(1),
  kind: z.enum(['single', 'multi']),
  source: z.strictObject({
    table: z.number().int().min(1).nullable(),
    row: z.string().nullable(),
    results: z.string().min(1),
    quote: z.string().optional(),
  }),
  options: z.array(OptionSchema).min(1),
  discrepancies: z.array(DiscrepancySchema).optional(),
});

const GroupSourceSchema = z.strictObject({ results: z.string(), quote: z.string() });

export const SurveySchema = z
  .strictObject({
    $comment: z.string().optional(),
    source: z.strictObject({
      title: z.string(),
      authors: z.array(z.string()),
      year: z.number().int(),
      url: z.string(),
      license: z.string(),
      file: z.string(),
    }),
    /** Respondent groups by name: responses, regions and any other counts the paper gives. */
    groups: z.record(
      z.string(),
      z
        .strictObject({
          responses: positiveCount.nullable(),
          regions: positiveCount.nullable().optional(),
          source: GroupSourceSchema,
          note: z.string().optional(),
        })
        .catchall(positiveCount),
    ),
    tables: z.record(
      z.string().regex(/^[1-9][0-9]*$/, 'expected a table number'),
      z.strictObject({
        title: z.string(),
        group: z.string().min(1),
        questions: z.array(QuestionSchema).min(1),
      }),
    ),
    results: z.array(QuestionSchema),
  })
  .superRefine((survey, ctx) => {
    const seen = new Map<string, string>();
    const visit = (q: z.infer<typeof QuestionSchema>, path: (string | number)[]) => {
      const where = path.join('.');
      const prior = seen.get(q.id);
      if (prior !== undefined) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `expected a unique id, but "${q.id}" is also used at ${prior}` });
      seen.set(q.id, where);
      const optionIds = new Set<string>();
      q.options.forEach((o, j) => {
        if (o.id === undefined) return;
        if (optionIds.has(o.id)) ctx.addIssue({ code: 'custom', path: [...path, 'options', j, 'id'], message: `expected a unique option id, but "${o.id}" is used twice in ${q.id}` });
        optionIds.add(o.id);
      });
      if (q.kind === 'single') {
        const sum = q.options.reduce((s, o) => s + o.share, 0);
        if (Math.abs(sum - 1) > SINGLE_CHOICE_HARD_LIMIT)
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'options'],
            message: `expected single-choice shares summing to 100% (±${SINGLE_CHOICE_HARD_LIMIT * 100} points), got ${(sum * 100).toFixed(1)}%`,
          });
      }
    };
    for (const [key, table] of Object.entries(survey.tables)) {
      table.questions.forEach((q, i) => {
        if (q.source.table !== Number(key))
          ctx.addIssue({ code: 'custom', path: ['tables', key, 'questions', i, 'source', 'table'], message: `expected ${key} (the table this question sits in), got ${q.source.table}` });
        visit(q, ['tables', key, 'questions', i]);
      });
    }
    survey.results.forEach((q, i) => visit(q, ['results', i]));
    for (const [key, table] of Object.entries(survey.tables))
      if (!(table.group in survey.groups))
        ctx.addIssue({ code: 'custom', path: ['tables', key, 'group'], message: `expected one of the groups ${Object.keys(survey.groups).join(', ')}, got "${table.group}"` });
  });

/** A validated survey: its source, respondent groups, tables of questions with their options and shares, and results from the text. */
export type Survey = z.infer<typeof SurveySchema>;
export type SurveyQuestion = z.infer<typeof QuestionSchema>;
export type SurveyOption = z.infer<typeof OptionSchema>;
export type Bin = z.infer<typeof BinSchema>;
