/** The desk's fair form → the API's body. Pure: unit-tested beside it. */
export interface FairForm {
  title: string;
  /** YYYY-MM-DD, from <input type="date"> */
  date: string;
  /** HH:mm, from <input type="time"> (the hall's local time, Asia/Shanghai) */
  from: string;
  to: string;
}

/** A date and a wall-clock time in the city, as ISO 8601 with its offset. */
export function shanghaiInstant(date: string, time: string): string {
  return `${date}T${time}:00+08:00`;
}

/** The body of POST /markets/:id/fairs; problems keyed by field when something is missing. */
export function fairRequest(form: FairForm): {
  body?: { title: string; startsAt: string; endsAt: string };
  problems: Record<string, { zh: string; en: string }>;
} {
  const problems: Record<string, { zh: string; en: string }> = {};
  if (!form.title.trim()) problems.title = { zh: '请填写名称', en: 'Give it a title' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date))
    problems.date = { zh: '请选择日期', en: 'Pick a date' };
  if (!/^\d{2}:\d{2}$/.test(form.from)) problems.from = { zh: '请填写开始时间', en: 'Start time?' };
  if (!/^\d{2}:\d{2}$/.test(form.to)) problems.to = { zh: '请填写结束时间', en: 'End time?' };
  else if (!problems.from && form.to <= form.from)
    problems.to = { zh: '结束时间必须晚于开始时间', en: 'The end must be after the start' };
  if (Object.keys(problems).length) return { problems };
  return {
    problems,
    body: {
      title: form.title.trim(),
      startsAt: shanghaiInstant(form.date, form.from),
      endsAt: shanghaiInstant(form.date, form.to),
    },
  };
}

/** "loader, mover，cleaner" → ['loader', 'mover', 'cleaner'] (either comma). */
export function tradeCodesOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，\s]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}
