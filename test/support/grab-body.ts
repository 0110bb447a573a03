import { COMMITMENT_TEXTS } from '@app/commitments/commitment-texts';

/** A grab as the app sends it: naming the 抢单承诺 version it showed (issue 13 item 12). */
export const GRAB_BODY = { commitmentVersion: COMMITMENT_TEXTS.grab.version };
