import { showConfirmDialog } from 'vant';
import { get } from '../shared/api';
import { t, type Text } from '../shared/i18n';

export interface CommitmentText extends Text {
  version: string;
}

/** The error a grab answers until the worker has accepted the current 抢单承诺. */
export const GRAB_COMMITMENT_REQUIRED = 'GRAB_COMMITMENT_REQUIRED';

/**
 * Shows the current 抢单承诺 (text and version, from the server) and returns the version
 * the worker accepted, or undefined when they decline. Asked only when a grab says the
 * worker has not accepted this version yet, so it appears once per version.
 */
export async function askGrabCommitment(): Promise<string | undefined> {
  const texts = await get<{ grab: CommitmentText }>('/credit/commitment-texts');
  const grab = texts.grab;
  try {
    await showConfirmDialog({
      title: t({ zh: '抢单承诺', en: 'Your commitment when grabbing' }),
      message: `${t(grab)}\n\n${t({ zh: '版本 {v}', en: 'Version {v}' }, { v: grab.version })}`,
      messageAlign: 'left',
      confirmButtonText: t({ zh: '我已阅读并同意', en: 'I have read it and agree' }),
      cancelButtonText: t({ zh: '不同意', en: 'I do not agree' }),
      className: 'wk-grab-commitment',
    });
    return grab.version;
  } catch {
    return undefined;
  }
}
