/**
 * The data entry form's progressive enhancement: as the officer types a value, ask the server for
 * the assessment (the domain's rule, in one place) and show it in the row. Without JavaScript the
 * form still works: the assessment appears after saving.
 */
export const ENTRY_SCRIPT = `(() => {
  const form = document.getElementById("entry-form");
  if (!form) return;
  const lang = new URLSearchParams(location.search).get("lang") || "vi";
  const timers = new Map();
  const update = async (input) => {
    const id = input.dataset.target;
    const cell = document.getElementById("assessment-" + id);
    if (!cell || !input.value.trim()) return;
    const row = input.closest("tr");
    const q = new URLSearchParams({
      target: id,
      value: input.value,
      qualifier: row.querySelector("select[name^=qualifier]").value,
      stage: row.querySelector("select[name^=stage]").value,
      lang,
    });
    const res = await fetch("/workspace/preview?" + q, { credentials: "same-origin" });
    if (!res.ok) return;
    const body = await res.json();
    cell.textContent = body.text;
    cell.className = "status-" + body.status;
  };
  form.addEventListener("input", (event) => {
    const input = event.target.closest("input[data-target]") ||
      event.target.closest("tr")?.querySelector("input[data-target]");
    if (!input) return;
    clearTimeout(timers.get(input));
    timers.set(input, setTimeout(() => update(input), 250));
  });
})();
`;
