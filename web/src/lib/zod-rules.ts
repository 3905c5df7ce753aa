import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import { useCallback } from 'react';
import type { z } from 'zod';
import { errorMessages, fieldMessages, fillMessage, type Locale } from '../../../shared/errors.ts';
import type { ApiError } from './api.ts';
import { useI18n } from './i18n.tsx';

type Issue = z.core.$ZodIssue;

/** Empty inputs mean "not given": antd hands over '' for a cleared text box. */
export function emptyToUndefined(value: unknown): unknown {
  if (value === '' || value === null) return undefined;
  if (typeof value === 'string' && value.trim() === '') return value.length ? value : undefined;
  return value;
}

/** Vietnamese messages written into the shared schemas, looked up in English where the error table has one. */
function customMessage(message: string, lang: Locale): string {
  if (lang === 'vi') return message;
  const known = Object.values(errorMessages).find((m) => m.vi === message);
  return known ? known.en : message;
}

/** The same wording the server uses for field errors (shared/errors.ts), so the form and the API agree. */
export function issueMessage(issue: Issue, value: unknown, lang: Locale): string {
  if (value === undefined && issue.code === 'invalid_type') return fieldMessages.required[lang];
  switch (issue.code) {
    case 'custom':
      return customMessage(issue.message, lang);
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return fieldMessages.required[lang];
      return fillMessage(fieldMessages.too_small[lang], { minimum: String(issue.minimum) });
    case 'too_big':
      return fillMessage(fieldMessages.too_big[lang], { maximum: String(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return fieldMessages.invalid_email[lang];
      // A pattern with its own message (e.g. "Mã tỉnh gồm 2 chữ số.") says more than "invalid format".
      if (issue.format === 'regex' && !issue.message.startsWith('Invalid'))
        return customMessage(issue.message, lang);
      return fieldMessages.invalid_format[lang];
    case 'invalid_value':
      return fieldMessages.invalid_value[lang];
    case 'invalid_type':
      return fillMessage(fieldMessages.invalid_type[lang], { expected: issue.expected });
    default:
      return fieldMessages.custom[lang];
  }
}

/**
 * antd Form rules from a field's Zod schema (e.g. `UserCreateInput.shape.email`): the form validates
 * with exactly the rules the server applies, without declaring them twice.
 */
export function zodRules(schema: z.ZodType, lang: Locale): Rule[] {
  const required = !schema.safeParse(undefined).success;
  return [
    ...(required ? [{ required: true, message: fieldMessages.required[lang] }] : []),
    {
      validator: async (_rule, raw: unknown) => {
        const value = emptyToUndefined(raw);
        if (value === undefined && required) return; // reported by the `required` rule above
        const result = schema.safeParse(value);
        if (result.success) return;
        const first = result.error.issues[0];
        throw new Error(first ? issueMessage(first, value, lang) : fieldMessages.custom[lang]);
      },
    },
  ];
}

/** `const rules = useZodRules(); <Form.Item rules={rules(UserCreateInput.shape.email)}>` */
export function useZodRules() {
  const { lang } = useI18n();
  return useCallback((schema: z.ZodType) => zodRules(schema, lang), [lang]);
}

/** Puts the server's field errors (problem+json `errors[]`) on the matching form fields; true if any matched. */
export function applyFieldErrors(form: FormInstance, error: ApiError): boolean {
  const names = new Set(Object.keys((form.getFieldsValue() ?? {}) as Record<string, unknown>));
  const fields = error.fieldErrors
    .filter((f) => names.has(f.path.split('.')[0] ?? ''))
    .map((f) => ({ name: f.path.split('.'), errors: [f.message] }));
  if (fields.length) form.setFields(fields);
  return fields.length > 0;
}

/**
 * Checks a whole input against its schema before sending, for rules across fields (e.g. "valid to" not
 * before "valid from"); puts each issue on its field and returns false when there were any.
 */
export function checkWholeInput(
  form: FormInstance,
  schema: z.ZodType,
  input: unknown,
  lang: Locale,
): boolean {
  const result = schema.safeParse(input);
  if (result.success) return true;
  form.setFields(
    result.error.issues.map((issue) => {
      const value = issue.path.reduce<unknown>(
        (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
        input,
      );
      return { name: issue.path.map(String), errors: [issueMessage(issue, value, lang)] };
    }),
  );
  return false;
}
