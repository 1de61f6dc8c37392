/**
 * The report page's "copy link" (served as /assets/share.js): copies the address instead of
 * following it, where the browser offers a clipboard. Without JavaScript the link still leads to
 * the page, whose address the reader can copy.
 */
export const SHARE_SCRIPT = `document.querySelectorAll("[data-copy]").forEach(function(a){a.addEventListener("click",function(e){if(!navigator.clipboard)return;e.preventDefault();navigator.clipboard.writeText(a.getAttribute("href"));});});`;
