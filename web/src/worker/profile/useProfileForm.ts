import { nextTick, reactive, ref, watch, type Ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { ApiError, put } from '../../shared/api';
import { t } from '../../shared/i18n';
import { notify } from '../announce';
import { errorsByField, localProblems, type ProfileForm, toBody, toForm } from '../profile-form';
import type { WorkerProfile } from '../types';

/** How the home location was set in this visit, to say it in words. */
export type HomeSource = 'saved' | 'gps' | 'centre' | null;

/** The message under each field, by the field's name; a field without one is fine. */
export type ProfileErrors = Partial<Record<string, string>>;

/** An error goes away as soon as the worker edits the field it is about. */
const FIELD_OF_INPUT: Record<keyof ProfileForm, string> = {
  name: 'name',
  trades: 'trades',
  certificates: 'certificates',
  homeDistrict: 'homeDistrict',
  homeLocation: 'homeLocation',
  maxTravelKm: 'maxTravelKm',
  minPayUnit: 'minPay',
  minPayYuan: 'minPay',
  availability: 'availability',
};

const PROBLEM_TEXT = {
  name: { zh: '请填写姓名', en: 'Enter your name' },
  trades: { zh: '请至少选一个工种', en: 'Choose at least one trade' },
  homeDistrict: { zh: '请选择所在区县', en: 'Choose your district' },
  maxTravelKm: { zh: '请填写 1–100 之间的整数', en: 'A whole number from 1 to 100' },
  minPay: { zh: '请填写金额，如 25 或 25.5', en: 'Enter an amount, e.g. 25 or 25.5' },
  availability: {
    zh: '每个时段的结束时间要晚于开始时间',
    en: 'Each time must end after it starts',
  },
} as const;

/**
 * The profile form's state and its save: checked here first, then by the server,
 * whose refusals land under the fields they are about.
 */
export function useProfileForm(profile: Ref<WorkerProfile | null | undefined>) {
  const route = useRoute();
  const router = useRouter();

  const form = reactive<ProfileForm>(toForm(profile.value));
  const errors = reactive<ProfileErrors>({});
  const formError = ref('');
  const saving = ref(false);
  const homeSource = ref<HomeSource>(profile.value?.homeLocation ? 'saved' : null);

  function fill(p: WorkerProfile | null | undefined): void {
    Object.assign(form, toForm(p));
    homeSource.value = p?.homeLocation ? 'saved' : null;
  }

  watch(profile, (p, before) => {
    // Fill the form when the profile arrives, not on every save.
    if (before === undefined) fill(p);
  });

  for (const [input, field] of Object.entries(FIELD_OF_INPUT)) {
    watch(
      () => form[input as keyof ProfileForm],
      () => delete errors[field],
      { deep: true },
    );
  }

  /** Brings the first message in red into view: the save button is far below most fields. */
  async function showFirstError(): Promise<void> {
    await nextTick();
    document
      .querySelector('.wk-form-card .van-field__error-message, .wk-form-card .wk-field-error')
      ?.closest('.wk-form-card')
      ?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  function clearErrors(): void {
    Object.keys(errors).forEach((k) => delete errors[k]);
    formError.value = '';
  }

  async function save(): Promise<void> {
    clearErrors();
    const local = localProblems(form);
    if (Object.keys(local).length) {
      for (const key of Object.keys(local))
        errors[key] = t(PROBLEM_TEXT[key as keyof typeof PROBLEM_TEXT]);
      formError.value = t({
        zh: '还有几项需要修改，请看标红的地方',
        en: 'A few things need fixing: see the messages in red',
      });
      return;
    }
    saving.value = true;
    try {
      const first = profile.value === null;
      profile.value = await put<WorkerProfile>('/workers/me', toBody(form), { as: 'worker' });
      fill(profile.value);
      notify(t({ zh: '资料已保存', en: 'Profile saved' }), 'success');
      const next =
        typeof route.query.next === 'string' && route.query.next.startsWith('/w')
          ? route.query.next
          : null;
      if (next || first) await router.push(next ?? '/w');
    } catch (error) {
      if (error instanceof ApiError && error.details.length) {
        Object.assign(errors, errorsByField(error.fieldErrors()));
        formError.value = error.message;
        await showFirstError();
      } else formError.value = (error as Error).message;
    } finally {
      saving.value = false;
    }
  }

  return { form, errors, formError, saving, homeSource, save };
}
