import type { Commune } from '../../../machines/commune';
import { SYSTEM_FONTS } from './buildWebChatOptions';

const TEXT = '#161616';
const BORDER = '#929292';
const DANGER = '#ce0500';

/**
 * The page's style, phone first. The body is exactly the viewport's height (`dvh`, so the send box stays above a
 * phone's toolbar) and the chat takes what the header leaves; on short screens (landscape, 400 % zoom) the page
 * scrolls instead and the chat keeps the screen's height. Cards get 16 px text (below it iOS zooms in),
 * controls of at least 44 × 44 px, buttons whose labels wrap, a visible focus ring, and action buttons styled
 * by their Adaptive Cards `style`: `positive` (the main action) filled, `default` outlined, `destructive` red.
 */
export function renderWebChatCss(theme: Commune['theme'], embedded: boolean): string {
  const primary = theme.primaryColour;
  const onPrimary = theme.primaryTextColour;
  const ring = `outline:3px solid ${primary};outline-offset:2px`;
  const card = '#webchat .webchat__adaptive-card-renderer';
  return [
    '*,*::before,*::after{box-sizing:border-box}',
    `html,body{margin:0}body{font-family:${SYSTEM_FONTS};font-size:1rem;color:${TEXT};background:#fff;line-height:1.5;display:flex;flex-direction:column;height:100vh;height:100dvh}`,
    `.site-header{flex:none;background:${primary};color:${onPrimary};padding:.5rem 1rem}`,
    '.site-header .commune{margin:0;font-weight:700;font-size:1.125rem}',
    'main{flex:1 1 auto;min-height:0;display:flex;flex-direction:column;width:100%;max-width:56rem;margin:0 auto;padding:0 1rem .75rem}',
    '.chat-bar{flex:none;display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem;padding:.5rem 0}',
    'h1{font-size:1.375rem;line-height:1.25;margin:0}',
    '.intro{flex:none;margin:0 0 .5rem}.intro--narrow{display:none}.intro--narrow summary{min-height:44px;display:flex;align-items:center;cursor:pointer;font-weight:600}.intro--narrow p{margin:.25rem 0 .5rem}',
    `#webchat{flex:1 1 auto;min-height:0;border:1px solid ${BORDER};border-radius:4px;overflow:hidden;display:flex;flex-direction:column}`,
    '#webchat>*{flex:1 1 auto;min-height:0}',
    '.chat-loading{margin:auto;padding:1rem;font-size:1.125rem;text-align:center}',
    `.chat-status{flex:none;margin:0 0 .5rem;padding:.5rem .75rem;border-left:4px solid ${primary};background:#f6f6f6}.chat-status[data-kind=problem],.chat-status[data-kind=connection]{border-left-color:${DANGER};color:#8f0400}`,
    `.quiet-button{font:inherit;font-weight:600;min-height:44px;padding:.5rem .875rem;border-radius:4px;cursor:pointer;border:2px solid ${primary}}`,
    `.quiet-button{background:#fff;color:${primary}}`,
    '#webchat-status [data-banner-action]{margin-left:.5rem}',
    '.site-footer{flex:none;border-top:1px solid #929292;padding:.5rem 1rem;font-size:.875rem}.site-footer p{margin:0}',
    `a{color:${primary}}:focus-visible{${ring}}`,
    '.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}',
    // Web Chat and Adaptive Cards, scoped under #webchat to win over their own class-level styles.
    '#webchat .webchat__bubble__content{overflow:visible}',
    '#webchat .webchat__bubble,#webchat .webchat__stacked-layout__content,#webchat .webchat__stacked-layout__attachment-row{min-width:0;max-width:100%}',
    `${card},${card} .ac-adaptiveCard{min-width:0;max-width:100%}`,
    // Side-by-side columns (the care card's arrival and departure times) go one under the other when too narrow.
    `${card} .ac-columnSet{flex-wrap:wrap;row-gap:.25rem}${card} .ac-columnSet>.ac-container{min-width:min(100%,8.5rem)}`,
    '#webchat [data-id="webchat-sendbox-input"]{font-size:1rem}',
    `${card} .ac-adaptiveCard{font-size:1rem}`,
    `${card} .ac-textBlock{font-size:1rem !important;white-space:normal !important}`,
    `${card} input:not([type=radio]):not([type=checkbox]),${card} select,${card} textarea{font:inherit;font-size:1rem !important;min-height:44px;padding:.5rem .625rem;border:1px solid ${BORDER};border-radius:4px;width:100%;max-width:100%}`,
    `${card} input[type=radio],${card} input[type=checkbox]{width:1.5rem;height:1.5rem;margin:0 .625rem 0 0;flex:none;accent-color:${primary}}`,
    `${card} .ac-choiceSetInput-expanded>div,${card} .ac-choiceSetInput-multiSelect>div{min-height:44px;display:flex !important;align-items:center}`,
    `${card} .ac-choiceSetInput-expanded label,${card} .ac-choiceSetInput-multiSelect label{flex:1;padding:.5rem 0;cursor:pointer}`,
    `${card} .ac-choiceSetInput-expanded label div,${card} .ac-choiceSetInput-multiSelect label div{white-space:normal !important;overflow:visible !important}`,
    `${card} .ac-input-container{max-width:100%}`,
    `${card} .ac-actionSet{flex-wrap:wrap;gap:.5rem}`,
    `${card} .ac-pushButton{min-height:44px;min-width:44px;font:inherit;font-size:1rem;font-weight:600;line-height:1.3;border-radius:4px;border:2px solid ${primary};background:#fff;color:${primary};padding:.5rem .875rem;white-space:normal;overflow:visible;flex:0 1 auto !important;max-width:100%}`,
    `${card} .ac-pushButton>div{white-space:normal !important;overflow:visible !important;text-overflow:clip !important}`,
    `${card} .ac-pushButton.style-positive{background:${primary};color:${onPrimary}}`,
    `${card} .ac-pushButton.style-destructive{border-color:${DANGER};color:${DANGER};background:#fff}`,
    `${card} .ac-pushButton[aria-pressed=true]{background:${primary};color:${onPrimary};border-color:${primary}}`,
    `${card} .ac-pushButton[aria-pressed=true]::before{content:"✓ ";}`,
    `${card} .ac-pushButton:focus-visible,${card} input:focus-visible,${card} select:focus-visible,${card} textarea:focus-visible{${ring};box-shadow:0 0 0 5px #fff}`,
    `${card} .ac-pushButton[aria-disabled=true]{cursor:default}`,
    `#webchat .berceau-card--answered .ac-adaptiveCard{opacity:.85}`,
    '@media (max-width:40em){body:not(.embedded) .intro--wide,body:not(.embedded) .site-footer{display:none}.intro--narrow{display:block}main{padding:0 .5rem .5rem}h1{font-size:1.125rem}.site-header{padding:.375rem .75rem}}',
    '@media (max-height:30em){body{height:auto;min-height:100vh}main{flex:none}#webchat{flex:none;height:100vh;height:100dvh}}',
    embedded ? 'body.embedded main{padding:0;max-width:none}body.embedded .chat-bar{padding:.25rem .5rem;justify-content:flex-end}body.embedded #webchat{border:0;border-radius:0}body.embedded .chat-status{margin:0}' : '',
  ].join('');
}
