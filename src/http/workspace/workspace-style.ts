/** The workspace's stylesheet, served as /assets/workspace.css (static-assets.ts). */
export const WORKSPACE_STYLE = `
body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a}
header{display:flex;justify-content:space-between;align-items:center;padding:.5rem 1rem;background:#7a0000;color:#fff}
header a{color:#fff}nav{display:flex;gap:1rem;align-items:center}nav form{margin:0}
main{padding:1rem;max-width:80rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:.3rem .4rem;text-align:left;vertical-align:top}
td.num{text-align:right}input[type=text]{width:8rem}.error{color:#a00;font-weight:600}
.notice{background:#eef7ee;border:1px solid #7a7;padding:.5rem}.locked{background:#fff4e0;border:1px solid #c90;padding:.5rem}
.error-summary{border:4px solid #a00;padding:.5rem 1rem;margin:0 0 1rem}.error-summary h2{margin:.2rem 0 .5rem;font-size:1.2rem}
.error-summary a{color:#a00;font-weight:600}.field{margin:0 0 1rem}.field label{display:block;font-weight:600}
.hint{color:#505a5f;margin:.2rem 0}.field-error{margin:.2rem 0}.field-invalid{border-left:4px solid #a00;padding-left:.6rem}
[aria-invalid=true]{border:2px solid #a00}input.wide,textarea{width:100%;max-width:40rem;box-sizing:border-box}
.button{display:inline-block;background:#00703c;color:#fff;padding:.4rem .8rem;text-decoration:none;font-weight:600}
button{font:inherit;padding:.35rem .8rem}button.warning{background:#a00;color:#fff;border:0}button.secondary{margin-left:.5rem}
form.inline{display:inline}ul.plain{list-style:none;padding:0;margin:0}ul.grants li{margin:.3rem 0}
.search{display:flex;gap:.5rem;align-items:flex-end;flex-wrap:wrap}.search .field{margin:0}
.code{font:700 1.6rem/1.4 ui-monospace,monospace;letter-spacing:.1em;border:2px solid #1a1a1a;padding:.5rem;display:inline-block}
.link-text{overflow-wrap:anywhere}dl.summary{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.summary>div{display:contents}dl.summary dt{font-weight:600}dl.summary dd{margin:0;overflow-wrap:anywhere}
label.inline{display:inline;font-weight:400}select{max-width:100%}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:40rem){header{flex-wrap:wrap;gap:.3rem}nav{flex-wrap:wrap;gap:.5rem}main{padding:.6rem}
table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:auto}table.stack thead{position:absolute;left:-9999px}
table.stack tr{border:1px solid #bbb;margin:0 0 .6rem;padding:.3rem}table.stack td{border:0;padding:.15rem .3rem;text-align:left}
table.stack td[data-label]::before{content:attr(data-label) ": ";font-weight:600}}
#indicator-search{margin-bottom:1.5rem}td select{max-width:100%}
.review{display:grid;gap:1.5rem;grid-template-columns:minmax(0,1fr) minmax(0,1fr)}@media (max-width:60rem){.review{grid-template-columns:minmax(0,1fr)}}
.source-text{white-space:pre-wrap;line-height:1.6}mark{background:#fff3a0;color:inherit}mark.mark-accepted{background:#d7efd7}
mark.mark-rejected{background:#eee}mark.current,.statement.current{outline:3px solid #0b0c0c}.mark-ref{font-size:.85em;margin-left:.15rem}
.statement{border-top:2px solid #bbb;padding:.5rem 0 1rem}.accept-form+.reject-form{margin-top:1rem;padding-top:.5rem;border-top:1px dashed #bbb}.tag{font-size:.85rem;font-weight:400;padding:0 .4rem;border:1px solid #505a5f}
blockquote{margin:.5rem 0;padding-left:.8rem;border-left:4px solid #bbb}header,nav{flex-wrap:wrap}
.status-exceeded,.status-met{color:#075e07}.status-nearly_met{color:#8a5a00}.status-not_met{color:#a00}
.scroll{overflow-x:auto;max-width:100%}.scroll:focus{outline:3px solid #fd0}
table.board{width:auto}table.board th,table.board td{min-width:7.5rem}table.board .hint{display:block;font-weight:400;font-size:.85rem}
table.board th[scope=row],table.board thead th:first-child{position:sticky;left:0;z-index:1;background:#fff;min-width:8rem;max-width:10rem;box-shadow:2px 0 0 #bbb}
td.report{white-space:normal}.report-icon{display:inline-block;width:1.2em;text-align:center;font-weight:700}
.status-not_due{color:#505a5f}.status-missing{color:#a00;background:#fdecec}.status-returned{color:#8a4a00;background:#fff4e0}
.status-on_time{color:#075e07}.status-late{color:#8a4a00;background:#fff4e0}.status-approved,.status-published{color:#075e07;background:#eef7ee}
td.report a{color:inherit}.filters fieldset,fieldset.rule{border:1px solid #bbb;margin:0 0 1rem;padding:.5rem 1rem}
.filters fieldset{display:flex;flex-wrap:wrap;gap:0 1.5rem;align-items:flex-end}.filters .field{margin-bottom:.6rem}
.checkbox input{width:1.4rem;height:1.4rem;vertical-align:middle}.checkbox label{display:inline;font-weight:400}
header,nav{flex-wrap:wrap;gap:.3rem 1rem}
dl.basis dt{font-weight:600}dl.basis dd{margin:0 0 .4rem}.overdue{border-left:4px solid #a00;padding-left:.8rem;margin-bottom:1rem}
details.rule{border:1px solid #bbb;margin:0 0 1rem;padding:.5rem 1rem}details.rule summary{font-weight:600;cursor:pointer}
details.rule[open] summary{margin-bottom:.5rem}details.rule>.hint{margin-bottom:.8rem}textarea{font:inherit}ul.target-details{list-style:none;padding:0;margin:.3rem 0 0;color:#505a5f;font-size:.9rem}
`;
