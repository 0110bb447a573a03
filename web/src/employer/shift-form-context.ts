import { inject, provide, type InjectionKey } from 'vue';
import type { ShiftForm } from './shift-form';

/** What the post-shift form's sections share: the form, its shown errors, and "touched". */
export interface ShiftFormContext {
  form: ShiftForm;
  shown(path: string): string;
  touch(path: string): void;
}

const KEY: InjectionKey<ShiftFormContext> = Symbol('shift-form');

export const provideShiftForm = (context: ShiftFormContext) => provide(KEY, context);

export function useShiftForm(): ShiftFormContext {
  const context = inject(KEY);
  if (!context) throw new Error('useShiftForm outside the post-shift form');
  return context;
}
