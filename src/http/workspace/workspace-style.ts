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
.review{display:grid;gap:1.5rem;grid-template-columns:minmax(0,1fr) minmax(0,1fr)}@media (max-width:60rem){.review{grid-template-columns:minmax(0,1fr)}}
.source-text{white-space:pre-wrap;line-height:1.6}mark{background:#fff3a0;color:inherit}mark.mark-accepted{background:#d7efd7}
mark.mark-rejected{background:#eee}mark.current,.statement.current{outline:3px solid #0b0c0c}.mark-ref{font-size:.85em;margin-left:.15rem}
.statement{border-top:2px solid #bbb;padding:.5rem 0 1rem}.accept-form+.reject-form{margin-top:1rem;padding-top:.5rem;border-top:1px dashed #bbb}.tag{font-size:.85rem;font-weight:400;padding:0 .4rem;border:1px solid #505a5f}
blockquote{margin:.5rem 0;padding-left:.8rem;border-left:4px solid #bbb}select{max-width:100%}header,nav{flex-wrap:wrap}
a.button{display:inline-block;padding:.4rem .8rem;background:#00703c;color:#fff;text-decoration:none;font-weight:600}
.status-exceeded,.status-met{color:#075e07}.status-nearly_met{color:#8a5a00}.status-not_met{color:#a00}
`;
