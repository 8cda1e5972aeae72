import { z } from 'zod';

/** A calendar date `YYYY-MM-DD` that exists. */
export const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), '日期不存在');

export const idParams = z.object({ id: z.string().min(1).max(100) });

/** Every object the API returns carries what the caller may do with it. */
export const actions = z.array(z.string());
