import { mount, el } from './dom.js';
import { documentPage, documentsPage } from './pages/document.js';
import { actorView, dyadPage, dyadView, issueView } from './pages/dyad.js';
import { homePage } from './pages/home.js';
import { searchPage } from './pages/search.js';

/** Hash routes: #/, #/dyad/AZE-RUS, #/actor/RUS, #/issue/energy, #/search?q=..., #/docs, #/doc/<id>?event=<id> or ?start=&end= (a sentence to show). */
async function route(): Promise<void> {
  const app = document.getElementById('app');
  if (app === null) return;
  const [path, qs] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(qs ?? '');
  const parts = (path || '/').split('/').filter(Boolean).map(decodeURIComponent);
  app.setAttribute('aria-busy', 'true');
  try {
    if (parts[0] === 'dyad' && parts[1]) await dyadPage(app, dyadView(parts[1], params));
    else if (parts[0] === 'actor' && parts[1]) await dyadPage(app, actorView(parts[1], params));
    else if (parts[0] === 'issue' && parts[1]) await dyadPage(app, issueView(parts[1], params));
    else if (parts[0] === 'search') await searchPage(app, params.get('q') ?? '');
    else if (parts[0] === 'docs') await documentsPage(app);
    else if (parts[0] === 'doc' && parts[1]) await documentPage(app, parts[1], params.get('event'), focusOf(params));
    else await homePage(app);
  } catch (err) {
    mount(app, el('p', { class: 'error' }, `Could not load this page: ${err instanceof Error ? err.message : String(err)}`));
  } finally {
    app.removeAttribute('aria-busy');
    app.dataset.ready = location.hash || '#/';
  }
}

function focusOf(params: URLSearchParams): { start: number; end: number } | null {
  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  return params.has('start') && Number.isInteger(start) && Number.isInteger(end) && end > start ? { start, end } : null;
}

window.addEventListener('hashchange', () => void route());
void route();
