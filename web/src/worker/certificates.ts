import { t, type Text } from '../shared/i18n';

/**
 * Certificates a worker can hold, by the codes shifts ask for: the ones gig work
 * in the city asks for most, all in the API's catalogue (GET /certificates), which
 * refuses any other code.
 */
export const CERTIFICATES: { code: string; name: Text }[] = [
  { code: 'health_cert', name: { zh: '健康证', en: 'Health certificate' } },
  { code: 'electrician_license', name: { zh: '电工证', en: 'Electrician licence' } },
  { code: 'welder_license', name: { zh: '焊工证', en: 'Welder licence' } },
  { code: 'forklift_license', name: { zh: '叉车证', en: 'Forklift licence' } },
  { code: 'driver_license', name: { zh: '驾驶证', en: 'Driving licence' } },
  { code: 'security_guard_cert', name: { zh: '保安员证', en: 'Security guard certificate' } },
  { code: 'work_at_height', name: { zh: '高处作业证', en: 'Work at height certificate' } },
  { code: 'food_safety', name: { zh: '食品安全培训证', en: 'Food safety training' } },
  { code: 'caregiver_cert', name: { zh: '养老护理员证', en: 'Elderly caregiver certificate' } },
  { code: 'crane_operator', name: { zh: '起重机操作证', en: 'Crane operator licence' } },
];

export function certificateName(code: string): string {
  const known = CERTIFICATES.find((c) => c.code === code);
  return known ? t(known.name) : code;
}
