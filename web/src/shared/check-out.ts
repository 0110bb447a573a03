import { showConfirmDialog } from 'vant';
import { get } from './api';
import type { CheckOutPreview } from './api-types';
import { dateTime, money } from './format';
import { t, type Text } from './i18n';
import type { Role } from './session';

/**
 * Checking out, the same for the worker and for the employer: the server's figures
 * for now (refused before the start), shown to the one checking out, then sent back
 * as what they confirmed (the server refuses them if they no longer hold).
 */
export function checkOutPreview(
  assignmentId: string,
  pieces: number | undefined,
  as: Role,
): Promise<CheckOutPreview> {
  const query = pieces === undefined ? '' : `?pieces=${pieces}`;
  return get<CheckOutPreview>(`/assignments/${assignmentId}/check-out-preview${query}`, { as });
}

/** The body of POST /assignments/:id/check-out: the previewed figures, confirmed. */
export function confirmedFigures(preview: CheckOutPreview, pieces: number | undefined) {
  return {
    checkOutAt: preview.checkOutAt,
    hours: preview.hours,
    payFen: preview.payFen,
    ...(pieces === undefined ? {} : { pieces }),
  };
}

export interface FiguresDialogText {
  title: Text;
  /** A paragraph after the figures (what confirming means for this side). */
  note?: Text;
  confirm: Text;
  cancel: Text;
  className: string;
}

/** Shows the check-out time, hours and pay; true when they are confirmed. */
export function confirmFigures(
  preview: CheckOutPreview,
  text: FiguresDialogText,
): Promise<boolean> {
  const figures = t(
    {
      zh: '签退时间 {at}\n工时 {h} 小时\n工钱 {pay}',
      en: 'Check-out {at}\n{h} hours\nPay {pay}',
    },
    { at: dateTime(preview.checkOutAt), h: preview.hours, pay: money(preview.payFen) },
  );
  return showConfirmDialog({
    title: t(text.title),
    message: text.note ? `${figures}\n\n${t(text.note)}` : figures,
    messageAlign: 'left',
    confirmButtonText: t(text.confirm),
    cancelButtonText: t(text.cancel),
    className: text.className,
  }).then(
    () => true,
    () => false,
  );
}
