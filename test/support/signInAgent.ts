/**
 * Signs in through the real OIDC round trip over HTTP (workspace → embedded provider's login form → callback), as a
 * browser would, with a cookie jar per host. Returns the workspace's session cookie and the session's CSRF token.
 */
export async function signInAgent(baseUrl: string, login: string, password: string): Promise<{ cookie: string; csrfToken: string; status: number; finalUrl: string }> {
  const jar = new Map<string, Map<string, string>>();
  const cookiesFor = (url: URL) => [...(jar.get(url.host)?.entries() ?? [])].map(([k, v]) => `${k}=${v}`).join('; ');
  const remember = (url: URL, response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (!name) continue;
      const cookies = jar.get(url.host) ?? new Map<string, string>();
      if (/max-age=0/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line)) cookies.delete(name.trim());
      else cookies.set(name.trim(), value.join('='));
      jar.set(url.host, cookies);
    }
  };
  const go = async (url: URL, init: RequestInit = {}): Promise<{ url: URL; response: Response }> => {
    let current = url;
    let request = init;
    for (let hop = 0; hop < 15; hop += 1) {
      const response = await fetch(current, { ...request, redirect: 'manual', headers: { ...(request.headers ?? {}), cookie: cookiesFor(current) } });
      remember(current, response);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url: current, response };
      current = new URL(location, current);
      request = {};
    }
    throw new Error('signInAgent: too many redirects');
  };
  const form = await go(new URL('/agents/connexion', baseUrl));
  const action = /action="([^"]+)"/.exec(await form.response.text())?.[1];
  if (!action) throw new Error(`signInAgent: no login form (status ${form.response.status})`);
  const done = await go(new URL(action.replace(/&amp;/g, '&'), form.url), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ login, password }).toString(),
  });
  await done.response.text();
  const cookie = jar.get(new URL(baseUrl).host)?.get('berceau_agent');
  if (!cookie) return { cookie: '', csrfToken: '', status: done.response.status, finalUrl: done.url.href };
  const me = await fetch(new URL('/api/staff/me', baseUrl), { headers: { cookie: `berceau_agent=${cookie}` } });
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  return { cookie: `berceau_agent=${cookie}`, csrfToken, status: done.response.status, finalUrl: done.url.href };
}
