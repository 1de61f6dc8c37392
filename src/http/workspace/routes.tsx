/**
 * The officers' workspace under /workspace/: one route table, path → handler. The handlers are
 * in pages/ (one file per page and the forms it posts); what every route shares (sign-in, CSRF,
 * errors as pages) is the sub-app's middleware (sub-app.tsx). Server-rendered; a small script
 * (/assets/entry.js) asks for the assessment as the officer types.
 */
import type { Hono } from "hono";
import type { ApiEnv } from "../api/env.ts";
import { BASE } from "./page.tsx";
import {
  addUnitOfMeasureForm,
  approveRequestForm,
  createIndicatorForm,
  editIndicatorPage,
  indicatorsPage,
  newIndicatorPage,
  rejectRequestForm,
  requestIndicatorForm,
  requestIndicatorPage,
  requestsPage,
  unitsOfMeasurePage,
  updateIndicatorForm,
} from "./pages/admin-catalogue.tsx";
import {
  createUserForm,
  disableForm,
  enableForm,
  grantForm,
  newUserPage,
  resetCodeForm,
  resetPage,
  resetPasswordForm,
  revokeForm,
  userPage,
  usersPage,
} from "./pages/admin-users.tsx";
import { auditPage } from "./pages/audit.tsx";
import { boardCsv, boardXlsx, calendarPage } from "./pages/calendar.tsx";
import { deadlinesPage, saveDeadlinesForm } from "./pages/calendar-deadlines.tsx";
import {
  entryPage,
  reportDownload,
  saveEntryForm,
  templateDownload,
  uploadTemplateForm,
  workflowForm,
} from "./pages/entry.tsx";
import { homePage } from "./pages/home.tsx";
import { loginPage, signInForm, signOutForm } from "./pages/login.tsx";
import {
  assignForm,
  assignPage,
  assignSheetDownload,
  assignSheetUpload,
  copyForm,
  copyPage,
} from "./pages/plan-assign.tsx";
import { confirmUploadForm, pasteForm, pastePage, uploadForm, uploadPage } from "./pages/plan-drafts.tsx";
import {
  adoptForm,
  adoptPage,
  createPlanForm,
  createTargetForm,
  deleteTargetForm,
  editPlanPage,
  editTargetPage,
  newPlanPage,
  newTargetPage,
  updateTargetForm,
} from "./pages/plans.tsx";
import { previewJson } from "./pages/preview.ts";
import {
  createProjectForm,
  newProjectPage,
  projectPage,
  projectsPage,
  updateProjectForm,
} from "./pages/projects.tsx";
import {
  acceptStatementForm,
  newSourcePage,
  recordRollupForm,
  rejectStatementForm,
  sourcePage,
  sourcesPage,
  submitSourceForm,
  targetToPlanForm,
} from "./pages/sources.tsx";
import { openRoute, route, type WorkspaceRoute, workspaceApp } from "./sub-app.tsx";

export const WORKSPACE_ROUTES: readonly WorkspaceRoute[] = [
  openRoute("get", "/login", "anyone", loginPage),
  openRoute("post", "/login", "sign-in", signInForm),
  openRoute("post", "/logout", "anyone", signOutForm),
  // Setting a password with a one-time code: before the person can sign in.
  openRoute("get", "/reset", "anyone", resetPage),
  openRoute("post", "/reset", "sign-in", resetPasswordForm),
  route("get", "/", homePage),
  route("get", "/entry/:plan", entryPage),
  route("post", "/entry/:plan", saveEntryForm),
  route("get", "/entry/:plan/template.xlsx", templateDownload),
  route("get", "/entry/:plan/report.docx", reportDownload),
  // The body's size is bounded for every route by ../body-limits.ts (20 MiB here).
  route("post", "/entry/:plan/upload", uploadTemplateForm),
  route("post", "/workflow/:plan", workflowForm),
  route("get", "/preview", previewJson, { answers: "json" }),
  route("get", "/audit", auditPage),
  // The plan builder and the assignments (issue 16, parts 1 and 2).
  route("get", "/plans/new", newPlanPage),
  route("post", "/plans/new", createPlanForm),
  route("get", "/plans/:plan/edit", editPlanPage),
  route("get", "/plans/:plan/targets/new", newTargetPage),
  route("post", "/plans/:plan/targets/new", createTargetForm),
  route("get", "/plans/:plan/targets/:target", editTargetPage),
  route("post", "/plans/:plan/targets/:target", updateTargetForm),
  route("post", "/plans/:plan/targets/:target/delete", deleteTargetForm),
  route("get", "/plans/:plan/adopt", adoptPage),
  route("post", "/plans/:plan/adopt", adoptForm),
  route("get", "/plans/:plan/paste", pastePage),
  route("post", "/plans/:plan/paste", pasteForm),
  route("get", "/plans/:plan/upload", uploadPage),
  route("post", "/plans/:plan/upload", uploadForm),
  route("post", "/plans/:plan/upload/confirm", confirmUploadForm),
  route("get", "/plans/:plan/copy", copyPage),
  route("post", "/plans/:plan/copy", copyForm),
  route("get", "/plans/:plan/assign", assignPage),
  route("post", "/plans/:plan/assign", assignForm),
  route("get", "/plans/:plan/assign.xlsx", assignSheetDownload),
  route("post", "/plans/:plan/assign/upload", assignSheetUpload),
  route("get", "/calendar", calendarPage),
  route("get", "/calendar/board.csv", boardCsv),
  route("get", "/calendar/board.xlsx", boardXlsx),
  route("get", "/calendar/deadlines", deadlinesPage),
  route("post", "/calendar/deadlines", saveDeadlinesForm),
  route("get", "/admin/users", usersPage),
  route("get", "/admin/users/new", newUserPage),
  route("post", "/admin/users/new", createUserForm),
  route("get", "/admin/users/:id", userPage),
  route("post", "/admin/users/:id/grant", grantForm),
  route("post", "/admin/users/:id/revoke", revokeForm),
  route("post", "/admin/users/:id/disable", disableForm),
  route("post", "/admin/users/:id/enable", enableForm),
  route("post", "/admin/users/:id/reset", resetCodeForm),
  route("get", "/admin/indicators", indicatorsPage),
  route("get", "/admin/indicators/new", newIndicatorPage),
  route("post", "/admin/indicators/new", createIndicatorForm),
  route("get", "/admin/indicators/request", requestIndicatorPage),
  route("post", "/admin/indicators/request", requestIndicatorForm),
  route("get", "/admin/indicators/requests", requestsPage),
  route("post", "/admin/indicators/requests/:id/approve", approveRequestForm),
  route("post", "/admin/indicators/requests/:id/reject", rejectRequestForm),
  route("get", "/admin/indicators/:code/edit", editIndicatorPage),
  route("post", "/admin/indicators/:code/edit", updateIndicatorForm),
  route("get", "/admin/units-of-measure", unitsOfMeasurePage),
  route("post", "/admin/units-of-measure", addUnitOfMeasureForm),
  route("get", "/sources/", sourcesPage),
  route("get", "/sources/new", newSourcePage),
  route("post", "/sources/new", submitSourceForm),
  route("get", "/sources/:id", sourcePage),
  route("post", "/sources/:id/statements/:statement/accept", acceptStatementForm),
  route("post", "/sources/:id/statements/:statement/reject", rejectStatementForm),
  route("post", "/sources/:id/statements/:statement/record-rollup", recordRollupForm),
  route("post", "/sources/:id/statements/:statement/to-plan", targetToPlanForm),
  route("get", "/projects", projectsPage),
  route("get", "/projects/new", newProjectPage),
  route("post", "/projects/new", createProjectForm),
  route("get", "/projects/:id", projectPage),
  route("post", "/projects/:id", updateProjectForm),
];

export function registerWorkspace(app: Hono<ApiEnv>): void {
  app.get(BASE, (c) => c.redirect(`${BASE}/`, 301));
  app.route("/", workspaceApp(WORKSPACE_ROUTES));
}
