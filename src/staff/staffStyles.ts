/** The workspace's style sheet (served as a file: the pages' CSP allows no inline style). Contrasts ≥ 4.5:1. */
export const STAFF_STYLES = `
*{box-sizing:border-box}body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#161616;background:#fff;line-height:1.5}
a{color:#000091}a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #0a76f6;outline-offset:2px}
.evitement{position:absolute;left:-999px}.evitement:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:2}
.entete{display:flex;justify-content:space-between;align-items:center;flex-wrap:wrap;gap:1rem;padding:.75rem 1.5rem;border-bottom:3px solid #000091}
.marque{margin:0;font-weight:700}.marque span{display:block;font-weight:400;font-size:.9rem}.marque a{text-decoration:none}
.agent{display:flex;gap:1rem;align-items:center}.agent form{margin:0}
main:focus{outline:none}main{padding:1rem 1.5rem 3rem;max-width:90rem}h1{font-size:1.6rem;margin:.5rem 0 1rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ddd}
button,.bouton{font:inherit;background:#000091;color:#fff;border:0;padding:.45rem .9rem;cursor:pointer;text-decoration:none;display:inline-block}
button.secondaire,.bouton.secondaire{background:#fff;color:#000091;border:1px solid #000091}
label{font-weight:600;display:block;font-size:.9rem}input,select,textarea{font:inherit;padding:.35rem;border:1px solid #3a3a3a;max-width:100%}
.filtres{display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:.75rem 1rem;align-items:end;background:#f6f6f6;padding:1rem;margin-bottom:1rem}
.case label{display:inline}.filtres .actions{display:flex;gap:.5rem;align-items:center}
table{border-collapse:collapse;width:100%;font-size:.95rem}caption{text-align:left;font-weight:600;padding:.5rem 0}
th,td{border-bottom:1px solid #ddd;padding:.4rem .5rem;text-align:left;vertical-align:top}th{background:#eee}
.statut{display:inline-block;padding:0 .4rem;border:1px solid #3a3a3a;border-radius:.25rem;font-size:.85rem;white-space:nowrap}
.pagination{display:flex;gap:1rem;margin:1rem 0}.outils{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;margin:.5rem 0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}dt{font-weight:600}dd{margin:0}
.grille{display:grid;grid-template-columns:repeat(auto-fit,minmax(24rem,1fr));gap:0 2rem}
.action{display:inline-flex;gap:.5rem;align-items:end;flex-wrap:wrap;margin:0 1rem .75rem 0;padding:.5rem;border:1px solid #ddd}
.rappel{background:#fff4e5;border-left:4px solid #b34000;padding:.5rem 1rem}.alerte{background:#fee;border-left:4px solid #ce0500;padding:.5rem 1rem}
.succes{background:#e6feda;border-left:4px solid #18753c;padding:.5rem 1rem}.interne{background:#eef;border-left:4px solid #000091;padding:.5rem 1rem}
`;
