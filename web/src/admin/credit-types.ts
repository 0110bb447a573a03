/**
 * Wire types of the credit (clause 十八) and complaints (clause 十五) endpoints: names over
 * the types generated from the server's views (npm run gen:web-types).
 */
import type { components } from '../shared/api-types.gen';
import type { Text } from '../shared/i18n';

type Schemas = components['schemas'];

export type { Page } from '../shared/api-types';
export type CreditEvent = Schemas['CreditEventView'];
export type Commitment = Schemas['CommitmentView'];
export type BlacklistEntry = Schemas['BlacklistEntryView'];
export type Appeal = Schemas['AppealView'];
export type HeldShift = Schemas['ShiftReviewView'];
export type CreditRecord = Schemas['CreditRecordView'];
export type AuditEntry = Schemas['AuditEntryView'];
export type Complaint = Schemas['ComplaintView'];

export type { Text };
