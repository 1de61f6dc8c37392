/**
 * The tables as Kysely sees them. Rows stay inside src/db: the repositories map them to the
 * domain's types before anything else sees them.
 */
import type { ColumnType, Generated, Kysely, Transaction } from "kysely";

/** A date column, read as "YYYY-MM-DD" (see the parsers in connect.ts). */
type DateColumn = string;
/** A timestamptz column, read as an ISO string, written as a string or left to its default. */
type Timestamp = ColumnType<string, string | undefined, string>;
type Json<T> = ColumnType<T, string, string>;

/** 0009: units of measure an administrator added. */
export interface UnitsOfMeasureTable {
  code: string;
  name_vi: string;
  name_en: string;
  dimension: string;
  factor: number;
  added_by: string;
  added_at: Timestamp;
}

export interface StoreMetaTable {
  key: string;
  value: Json<unknown>;
  updated_at: Timestamp;
}

export interface AdminUnitsTable {
  id: string;
  code: string;
  name: string;
  name_en: string | null;
  name_key: string;
  search_key: string;
  level: string;
  kind: string;
  parent_id: string | null;
  valid_from: DateColumn | null;
  valid_to: DateColumn | null;
}

export interface AdminChangesTable {
  id: string;
  kind: string;
  date: DateColumn;
  basis: string;
  note: string | null;
}

export interface AdminChangeUnitsTable {
  change_id: string;
  unit_id: string;
  role: "before" | "after";
  position: number;
}

export interface AdminChangeLinksTable {
  change_id: string;
  from_id: string;
  to_id: string;
  whole: boolean;
  derived: boolean;
  position: number;
}

export interface UsersTable {
  id: string;
  name: string;
  email: string | null;
  role: ColumnType<string, string | undefined, string>;
  password_hash: string | null;
  disabled: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
}

export interface RoleGrantsTable {
  user_id: string;
  role: string;
  unit_id: string | null;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: string;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  at: Timestamp;
  account: string;
  address: string;
  succeeded: boolean;
}

export interface PeriodWorkflowTable {
  unit_id: string;
  period: string;
  state: string;
  comment: string | null;
  updated_by: string;
  version: ColumnType<number, number | undefined, number>;
  updated_at: Timestamp;
  /** 0010: when the period was first submitted (kept through a return). */
  submitted_at: ColumnType<string | null, string | null | undefined, string | null>;
}

/** 0010: a province's own reporting deadlines, one row per kind of report. */
export interface ReportingDeadlinesTable {
  province_id: string;
  kind: string;
  required: boolean;
  cutoff_day: number;
  due_day: number;
  due_months_after: number;
  basis: string;
  updated_by: string;
  updated_at: Timestamp;
}

export interface SourcesTable {
  id: string;
  kind: string;
  title: string;
  issuer: string | null;
  publisher: string | null;
  number: string | null;
  date: DateColumn | null;
  url: string | null;
  quote: string | null;
  note: string | null;
  illustrative: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
}

interface Versioned {
  version: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface IndicatorsTable extends Versioned {
  code: string;
  name_vi: string;
  name_en: string;
  unit: string;
  direction: string;
  measure: string;
  aggregation: Json<unknown>;
  decimals: number;
  sector: string | null;
  /** 0009: { nearlyMet?, aboutTolerance? }. */
  judgement: ColumnType<unknown, string | null | undefined, string | null>;
}

export interface PlansTable extends Versioned {
  id: string;
  kind: string;
  unit_id: string;
  period: string;
  issuer: string | null;
  number: string | null;
  title: string;
  date: DateColumn | null;
  state: string;
  nearly_met_threshold: number | null;
  source_id: string | null;
  illustrative: ColumnType<boolean, boolean | undefined, boolean>;
  /** 0009: a PlanForm (src/db/plans.ts). */
  form: ColumnType<unknown, string | null | undefined, string | null>;
}

export interface TargetsTable extends Versioned {
  id: string;
  plan_id: string;
  indicator_code: string;
  unit_id: string;
  period: string;
  unit: string | null;
  spec: Json<unknown>;
  implied: Json<unknown> | null;
  official_label: string | null;
  position: ColumnType<number, number | undefined, number>;
  source_id: string | null;
  illustrative: ColumnType<boolean, boolean | undefined, boolean>;
  /** 0009: a TargetForm (src/domain/types.ts). */
  form: ColumnType<unknown, string | null | undefined, string | null>;
  /** 0013: cơ quan chủ trì, the document and clause it is written in, ghi chú. */
  responsible_agency: ColumnType<string | null, string | null | undefined, string | null>;
  provenance: ColumnType<string | null, string | null | undefined, string | null>;
  notes: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ObservationSeriesTable {
  id: string;
  indicator_code: string;
  unit_id: string;
  period: string;
  stage: string;
  latest_revision: ColumnType<number, number | undefined, number>;
  illustrative: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
}

export interface ObservationRevisionsTable {
  series_id: string;
  revision: number;
  value_number: number | null;
  value_boolean: boolean | null;
  /** 0009: the upper end of a result given as a range; value_number is its lower end. */
  value_range_hi: ColumnType<number | null, number | null | undefined, number | null>;
  /** 0009: a result given as a word, verbatim. */
  value_word: ColumnType<string | null, string | null | undefined, string | null>;
  unit: string | null;
  qualifier: string;
  stated_percents: Json<unknown>;
  source_id: string | null;
  source_text: string | null;
  note: string | null;
  recorded_by: string;
  recorded_at: Timestamp;
}

/**
 * A unit's roll-up for a period as the domain computed it, current while `computed_generation`
 * equals `generation` (migration 0007). Derived: rebuilt from the other tables whenever stale.
 */
export interface AssessedRollupsTable {
  unit_id: string;
  period: string;
  generation: ColumnType<number, number | undefined, number>;
  computed_generation: number | null;
  rollup: Json<unknown> | null;
}

export interface ReportedRollupsTable {
  id: string;
  plan_id: string;
  unit_id: string;
  period: string;
  at: DateColumn | null;
  met: number;
  total: number;
  status: ColumnType<string, string | undefined, string>;
  statement: string | null;
  source_id: string | null;
  created_at: Timestamp;
}

export interface KeyProjectsTable extends Versioned {
  id: string;
  kind: string;
  name_vi: string;
  name_en: string | null;
  unit_id: string;
  term: string | null;
  state: string | null;
  money_planned: number | null;
  money_disbursed: number | null;
  money_unit: string | null;
  indicator_codes: Json<unknown>;
  notes: Json<unknown>;
  source_id: string | null;
  illustrative: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface MilestonesTable {
  project_id: string;
  position: number;
  name_vi: string;
  name_en: string | null;
  planned_date: DateColumn | null;
  actual_date: DateColumn | null;
  state: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  reason: string | null;
}

export interface SourceTextsTable {
  source_id: string;
  text: string;
  created_at: Timestamp;
}

export interface StatementsTable {
  id: string;
  source_id: string;
  position: number;
  sentence: string;
  sentence_start: number;
  sentence_end: number;
  extracted: Json<unknown>;
  status: ColumnType<string, string | undefined, string>;
  mapping: Json<unknown> | null;
  edited: ColumnType<boolean, boolean | undefined, boolean>;
  reason: string | null;
  observation_id: string | null;
  observation_revision: number | null;
  /** 0012: the reported roll-up an accepted roll-up statement recorded. */
  reported_rollup_id: ColumnType<string | null, string | null | undefined, string | null>;
  target_ids: ColumnType<unknown, string | undefined, string>;
  decided_by: string | null;
  decided_at: ColumnType<string | null, string | null | undefined, string | null>;
  version: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** 0011: a password-reset code, kept as its SHA-256. */
export interface PasswordResetsTable {
  code_hash: string;
  user_id: string;
  issued_by: string;
  issued_at: Timestamp;
  expires_at: string;
  used_at: ColumnType<string | null, string | null | undefined, string | null>;
}

/** 0011: a planner's request for a new indicator, until an administrator decides it. */
export interface IndicatorRequestsTable {
  id: Generated<string>;
  code: string;
  proposal: ColumnType<unknown, string, string>;
  reason: string | null;
  requested_by: string;
  requested_at: Timestamp;
  state: ColumnType<string, string | undefined, string>;
  decided_by: string | null;
  decided_at: ColumnType<string | null, string | null | undefined, string | null>;
  decision_note: string | null;
}

export interface Database {
  store_meta: StoreMetaTable;
  admin_units: AdminUnitsTable;
  admin_changes: AdminChangesTable;
  admin_change_units: AdminChangeUnitsTable;
  admin_change_links: AdminChangeLinksTable;
  users: UsersTable;
  sources: SourcesTable;
  indicators: IndicatorsTable;
  plans: PlansTable;
  targets: TargetsTable;
  observation_series: ObservationSeriesTable;
  observation_revisions: ObservationRevisionsTable;
  reported_rollups: ReportedRollupsTable;
  assessed_rollups: AssessedRollupsTable;
  key_projects: KeyProjectsTable;
  milestones: MilestonesTable;
  audit_log: AuditLogTable;
  source_texts: SourceTextsTable;
  statements: StatementsTable;
  role_grants: RoleGrantsTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  period_workflow: PeriodWorkflowTable;
  units_of_measure: UnitsOfMeasureTable;
  reporting_deadlines: ReportingDeadlinesTable;
  password_resets: PasswordResetsTable;
  indicator_requests: IndicatorRequestsTable;
}

/** What a query of src/db runs on: the store's connection, or a transaction the caller holds. */
export type Db = Kysely<Database> | Transaction<Database>;

/** Every table, children first: the order to empty them in. */
export const TABLES: readonly (keyof Database)[] = [
  "indicator_requests",
  "password_resets",
  "statements",
  "source_texts",
  "audit_log",
  "login_attempts",
  "sessions",
  "role_grants",
  "reporting_deadlines",
  "period_workflow",
  "milestones",
  "key_projects",
  "reported_rollups",
  "assessed_rollups",
  "observation_revisions",
  "observation_series",
  "targets",
  "plans",
  "indicators",
  "sources",
  "users",
  "admin_change_links",
  "admin_change_units",
  "admin_changes",
  "admin_units",
  "units_of_measure",
  "store_meta",
];
