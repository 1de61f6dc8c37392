/**
 * The review queue's states (hàng chờ duyệt): a statement read from a source is pending until an
 * officer accepts it (it becomes a value) or rejects it with a reason.
 */
export const REVIEW_STATUSES = ["pending", "accepted", "rejected"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
