/**
 * The review queue's keyboard, for a long report (/workspace/sources/{id}): j and k move to the
 * next and previous statement still pending (its mark in the text is shown too), a accepts it as
 * its form stands, r goes to its reason for rejecting. Keys typed in a field are the field's.
 * Without the script every form still works; the hint naming the keys shows only with it.
 */
export const REVIEW_SCRIPT = `(() => {
  const cards = Array.from(document.querySelectorAll("section.statement[data-pending]"));
  if (cards.length === 0) return;
  const hint = document.getElementById("shortcuts-hint");
  if (hint) hint.hidden = false;
  let current = Math.max(0, cards.findIndex((c) => "#" + c.id === location.hash));
  const show = (i) => {
    current = Math.min(cards.length - 1, Math.max(0, i));
    const card = cards[current];
    for (const c of cards) c.classList.toggle("current", c === card);
    for (const m of document.querySelectorAll("mark.current")) m.classList.remove("current");
    const mark = document.getElementById("m-" + card.id.slice(2));
    if (mark) mark.classList.add("current");
    card.focus();
    card.scrollIntoView({ block: "start" });
  };
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest("input, textarea, select, button, a")) return;
    const card = cards[current];
    if (event.key === "j") show(current + 1);
    else if (event.key === "k") show(current - 1);
    else if (event.key === "a") {
      const form = card.querySelector("form.accept-form");
      if (form) form.requestSubmit();
    } else if (event.key === "r") {
      const reason = card.querySelector("form.reject-form input[name^=reason]");
      if (reason) reason.focus();
    } else return;
    event.preventDefault();
  });
})();
`;
