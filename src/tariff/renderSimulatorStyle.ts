import type { Commune } from '../../machines/commune';

/** The simulator's inline style sheet, in the commune's colours (no external resource). */
export function renderSimulatorStyle(theme: Commune['theme']): string {
  return `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1rem;line-height:1.5;color:#161616;background:#fff}
header{background:${theme.primaryColour};color:${theme.primaryTextColour};padding:.75rem 1rem}
header .commune{margin:0;font-weight:700}
main{max-width:46rem;margin:0 auto;padding:1rem}
.skip{position:absolute;left:-999px}
.skip:focus{left:1rem;top:1rem;background:#fff;color:#161616;padding:.5rem;z-index:1}
fieldset{border:1px solid #929292;margin:0 0 1.5rem;padding:1rem}
legend{font-weight:700;padding:0 .25rem}
.field{margin-bottom:1.25rem}
label{display:block;font-weight:600}
.hint{margin:.125rem 0 .375rem;color:#3a3a3a;font-size:.9375rem}
input[type=text],input[type=date],select{width:100%;max-width:28rem;padding:.5rem;border:2px solid #3a3a3a;border-radius:.25rem;font:inherit}
.radio{display:flex;gap:.5rem;align-items:center}
.radio label{display:inline;font-weight:400}
.radios{border:0;padding:0}
button{background:${theme.primaryColour};color:${theme.primaryTextColour};border:0;border-radius:.25rem;padding:.75rem 1.25rem;font:inherit;font-weight:700;cursor:pointer}
:focus-visible{outline:3px solid #0a76f6;outline-offset:2px}
.has-error input,.has-error select{border-color:#b00020}
.field-error{color:#b00020;font-weight:700;margin:.25rem 0}
.error-summary{border:4px solid #b00020;padding:1rem;margin-bottom:1.5rem}
.error-summary a{color:#b00020}
.result{border-left:6px solid ${theme.primaryColour};padding:0 1rem 1rem;margin-bottom:2rem}
table{border-collapse:collapse;width:100%;margin-bottom:1rem}
caption{text-align:left;font-weight:700;padding:.5rem 0}
th,td{text-align:left;padding:.5rem;border-bottom:1px solid #929292;vertical-align:top}
.notice{background:#f6f6f6;padding:.75rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;
}
