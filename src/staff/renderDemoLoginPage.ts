import { html } from './html';

/** The demo identity provider's sign-in form (French, labelled fields, the error said in words). */
export function renderDemoLoginPage(options: { uid: string; login: string; error: boolean; expired?: boolean }): string {
  return html`<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Connexion des agents — fournisseur d’identité de démonstration</title><link rel="icon" href="data:,">
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#161616}label{display:block;margin-top:1rem;font-weight:600}input{font:inherit;padding:.5rem;width:100%;box-sizing:border-box;border:1px solid #3a3a3a}button{margin-top:1.5rem;font:inherit;padding:.6rem 1.2rem;background:#000091;color:#fff;border:0}.erreur{color:#ce0500;font-weight:600}</style>
</head><body><main>
<h1>Connexion des agents</h1>
<p>Fournisseur d’identité de démonstration de Berceau. En production, la commune branche ProConnect ou son propre annuaire.</p>
${options.expired ? html`<p class="erreur" role="alert">Cette demande de connexion a expiré. Revenez à l’espace agents pour recommencer.</p>` : ''}
${options.error ? html`<p class="erreur" role="alert" id="erreur">Identifiant ou mot de passe incorrect.</p>` : ''}
${options.uid
    ? html`<form method="post" action="/interaction/${options.uid}">
<label for="login">Identifiant</label><input id="login" name="login" autocomplete="username" required value="${options.login}">
<label for="password">Mot de passe</label><input id="password" name="password" type="password" autocomplete="current-password" required ${options.error ? html`aria-describedby="erreur"` : ''}>
<button type="submit">Se connecter</button>
</form>`
    : ''}
</main></body></html>`.value;
}
