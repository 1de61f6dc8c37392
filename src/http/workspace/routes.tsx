/**
 * The officers' workspace under /workspace/: one route table, path → handler. The handlers are
 * in pages/ (one file per page and the forms it posts); what every route shares (sign-in, CSRF,
 * errors as pages) is the sub-app's middleware (sub-app.tsx). Server-rendered; a small script
 * (/assets/entry.js) asks for the assessment as the officer types.
 */
import type { Hono } from "hono";
import type { ApiEnv } from "../api/env.ts";
import { BASE } from "./page.tsx";
import { auditPage } from "./pages/audit.tsx";
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
  rejectStatementForm,
  sourcePage,
  sourcesPage,
  submitSourceForm,
} from "./pages/sources.tsx";
import { openRoute, route, type WorkspaceRoute, workspaceApp } from "./sub-app.tsx";

export const WORKSPACE_ROUTES: readonly WorkspaceRoute[] = [
  openRoute("get", "/login", "anyone", loginPage),
  openRoute("post", "/login", "sign-in", signInForm),
  openRoute("post", "/logout", "anyone", signOutForm),
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
  route("get", "/sources/", sourcesPage),
  route("get", "/sources/new", newSourcePage),
  route("post", "/sources/new", submitSourceForm),
  route("get", "/sources/:id", sourcePage),
  route("post", "/sources/:id/statements/:statement/accept", acceptStatementForm),
  route("post", "/sources/:id/statements/:statement/reject", rejectStatementForm),
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
