// BizSync mobile dashboard: signs in against the platform API (docs/platform-api.md) and shows
// the granted views of one company at a time. No framework and no build step: the platform
// serves this file as is, on networks that reach nothing else. The phone stays signed in (a
// device session) and keeps the last views of each company to read them without network.
'use strict';

(function () {
  const API = 'api/v1';
  const LANG = (navigator.language || 'fr').toLowerCase().startsWith('en') ? 'en' : 'fr';
  const SESSION_KEY = 'bizsync.session';
  const FIELDS_KEY = 'bizsync.fields';
  const DATA_CACHE = 'bizsync-data';
  const RETRY_MS = 5000;

  // Interface text, French first. View titles mirror resources/i18n/views*.properties.
  const TEXT = {
    fr: {
      switchCompany: 'Société', signOut: 'Déconnexion', signInTitle: 'Connexion',
      customer: 'Code client', company: 'Code société', login: 'Identifiant', password: 'Mot de passe',
      signIn: 'Se connecter', signingIn: 'Connexion…',
      badCredentials: 'Identifiants incorrects : vérifiez le code client, le code société, l\u2019identifiant et le mot de passe.',
      badInput: 'Saisie incomplète : les codes client et société sont en majuscules et chiffres, l\u2019identifiant est sans espace et le mot de passe est obligatoire.',
      expired: 'Votre session a expiré. Reconnectez-vous.',
      invalid: 'Votre session n\u2019est plus valide. Reconnectez-vous.',
      unreachable: 'La plateforme est injoignable. Vérifiez votre connexion Internet et réessayez.',
      serverError: 'La plateforme a rencontré une erreur. Réessayez dans quelques instants.',
      tooManyAttempts: n => 'Trop de tentatives. Réessayez dans ' + n + (n > 1 ? ' minutes.' : ' minute.'),
      busy: 'La plateforme est très sollicitée. Réessayez dans quelques secondes.',
      notPublished: 'Aucune donnée n\u2019est encore publiée pour cette société.',
      notGranted: 'Vous n\u2019avez pas accès à cette société.',
      noViews: 'Aucun indicateur ne vous est attribué pour cette société.',
      signedOut: 'Vous êtes déconnecté.',
      staysSignedIn: 'Cet appareil reste connecté jusqu\u2019à ce que vous vous déconnectiez.',
      offline: at => 'Hors ligne \u2014 données du ' + at,
      late: 'En retard', lateText: at => 'publication attendue le ' + at,
      lateOption: 'en retard',
      asOf: d => 'Données au ' + d,
      currentMonth: (m, d) => m + ' : mois en cours, arrêté au ' + d,
      month: 'Mois', year: 'Exercice', documents: 'Documents', orders: 'Commandes',
      total: 'Total', noRows: 'Aucune ligne.', amount: 'Montant', name: 'Nom',
      dataAsOf: (asOf, at) => 'Données au ' + asOf + ' \u00b7 publiées le ' + at,
      views: {
        sales_revenue: 'Chiffre d\u2019affaires commercial', order_book_month: 'Portefeuille du mois',
        orders_month: 'Commandes prises dans le mois', top5_customers_month: 'Top 5 clients du mois',
        top5_customers_year: 'Top 5 clients de l\u2019exercice',
        top5_customer_categories_month: 'Top 5 catégories clients du mois',
        top5_customer_categories_year: 'Top 5 catégories clients de l\u2019exercice',
        top5_items_month: 'Top 5 articles du mois', top5_items_year: 'Top 5 articles de l\u2019exercice',
        top5_item_families_month: 'Top 5 familles d\u2019articles du mois',
        top5_item_families_year: 'Top 5 familles d\u2019articles de l\u2019exercice',
        top5_sales_reps_month: 'Top 5 représentants du mois',
        top5_sales_reps_year: 'Top 5 représentants de l\u2019exercice',
        accounting_revenue: 'Chiffre d\u2019affaires comptable', top5_customer_outstanding: 'Top 5 encours clients',
        top5_supplier_outstanding: 'Top 5 encours fournisseurs', cash_position: 'Situation de trésorerie'
      }
    },
    en: {
      switchCompany: 'Company', signOut: 'Sign out', signInTitle: 'Sign in',
      customer: 'Customer code', company: 'Company code', login: 'Login', password: 'Password',
      signIn: 'Sign in', signingIn: 'Signing in…',
      badCredentials: 'Wrong credentials: check the customer code, company code, login and password.',
      badInput: 'Incomplete entry: customer and company codes are uppercase letters and digits, the login has no spaces, and the password is required.',
      expired: 'Your session has expired. Please sign in again.',
      invalid: 'Your session is no longer valid. Please sign in again.',
      unreachable: 'The platform cannot be reached. Check your Internet connection and try again.',
      serverError: 'The platform ran into an error. Try again in a moment.',
      tooManyAttempts: n => 'Too many attempts. Try again in ' + n + (n > 1 ? ' minutes.' : ' minute.'),
      busy: 'The platform is very busy. Try again in a few seconds.',
      notPublished: 'Nothing has been published for this company yet.',
      notGranted: 'You have no access to this company.',
      noViews: 'No figures are granted to you for this company.',
      signedOut: 'You are signed out.',
      staysSignedIn: 'This device stays signed in until you sign out.',
      offline: at => 'Offline \u2014 figures from ' + at,
      late: 'Late', lateText: at => 'publication expected ' + at,
      lateOption: 'late',
      asOf: d => 'Figures as of ' + d,
      currentMonth: (m, d) => m + ': current month, up to ' + d,
      month: 'Month', year: 'Fiscal year', documents: 'Documents', orders: 'Orders',
      total: 'Total', noRows: 'No rows.', amount: 'Amount', name: 'Name',
      dataAsOf: (asOf, at) => 'Figures as of ' + asOf + ' \u00b7 published ' + at,
      views: {
        sales_revenue: 'Sales revenue', order_book_month: 'Open order book', orders_month: 'Orders taken this month',
        top5_customers_month: 'Top 5 customers (month)', top5_customers_year: 'Top 5 customers (fiscal year)',
        top5_customer_categories_month: 'Top 5 customer categories (month)',
        top5_customer_categories_year: 'Top 5 customer categories (fiscal year)',
        top5_items_month: 'Top 5 items (month)', top5_items_year: 'Top 5 items (fiscal year)',
        top5_item_families_month: 'Top 5 item families (month)',
        top5_item_families_year: 'Top 5 item families (fiscal year)',
        top5_sales_reps_month: 'Top 5 sales reps (month)', top5_sales_reps_year: 'Top 5 sales reps (fiscal year)',
        accounting_revenue: 'Accounting revenue', top5_customer_outstanding: 'Top 5 customer outstanding balances',
        top5_supplier_outstanding: 'Top 5 supplier outstanding balances', cash_position: 'Cash position'
      }
    }
  };
  const T = TEXT[LANG];
  // Card order on screen: headline figures first, then the lists.
  const VIEW_ORDER = Object.keys(TEXT.fr.views).sort((a, b) => rank(a) - rank(b));

  function rank(id) {
    const first = ['sales_revenue', 'accounting_revenue', 'order_book_month', 'orders_month', 'cash_position'];
    const i = first.indexOf(id);
    return i >= 0 ? i : first.length + Object.keys(TEXT.fr.views).indexOf(id);
  }

  const $ = id => document.getElementById(id);
  const LOCALE = LANG === 'en' ? 'en-GB' : 'fr-FR';
  const dateFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long' });
  const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short' });
  const momentFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeStyle: 'short' });
  const monthShortFormat = new Intl.DateTimeFormat(LOCALE, { month: 'short', timeZone: 'UTC' });
  const monthLongFormat = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const monthNameFormat = new Intl.DateTimeFormat(LOCALE, { month: 'long', timeZone: 'UTC' });

  // ---- what the phone keeps: the session and the typed fields (localStorage), the last views
  // of each company (Cache Storage, per customer and login), all forgotten at sign-out.

  function store(key, value) {
    try {
      if (value === null) localStorage.removeItem(key); else localStorage.setItem(key, JSON.stringify(value));
    } catch (e) { /* private browsing: the app still works, it just forgets */ }
  }
  function stored(key) {
    try { return JSON.parse(localStorage.getItem(key)); } catch (e) { return null; }
  }
  const loadSession = () => stored(SESSION_KEY);
  const saveSession = s => store(SESSION_KEY, s);

  function dataKey(session, what) {
    return new URL('data/' + encodeURIComponent(session.customer) + '/' + encodeURIComponent(session.login) + '/' + what,
      document.baseURI).href;
  }
  async function keep(session, what, value) {
    if (!window.caches) return;
    try {
      const body = JSON.stringify({ savedAt: new Date().toISOString(), value });
      await (await caches.open(DATA_CACHE)).put(dataKey(session, what),
        new Response(body, { headers: { 'Content-Type': 'application/json' } }));
    } catch (e) { /* storage full or refused: nothing kept, nothing lost online */ }
  }
  async function kept(session, what) {
    if (!window.caches) return null;
    try {
      const r = await (await caches.open(DATA_CACHE)).match(dataKey(session, what));
      return r ? await r.json() : null;
    } catch (e) { return null; }
  }
  async function forget(session, what) {
    if (window.caches) try { await (await caches.open(DATA_CACHE)).delete(dataKey(session, what)); } catch (e) { /* gone */ }
  }
  async function forgetAll() {
    if (window.caches) try { await caches.delete(DATA_CACHE); } catch (e) { /* gone */ }
  }

  // ---- API

  class ApiError extends Error {
    constructor(status, code, retryAfter) {
      super(code); this.status = status; this.code = code; this.retryAfter = retryAfter || 0;
    }
  }

  async function call(method, path, body, token) {
    const headers = { 'Accept': 'application/json' };
    if (body) headers['Content-Type'] = 'application/json';
    if (token) headers['Authorization'] = 'Bearer ' + token;
    let response;
    try {
      response = await fetch(API + path, { method, headers, body: body ? JSON.stringify(body) : undefined,
        cache: 'no-store', credentials: 'omit' });
    } catch (e) {
      throw new ApiError(0, 'unreachable');
    }
    if (response.status === 204) return null;
    let json = null;
    try { json = await response.json(); } catch (e) { /* a proxy's HTML error page */ }
    if (!response.ok) {
      throw new ApiError(response.status, (json && json.error) || (response.status >= 500 ? 'server_error' : 'unreachable'),
        Number(response.headers.get('Retry-After')));
    }
    return json;
  }

  // ---- screens

  let generation = 0;     // the latest refresh; an older answer arriving late is dropped
  let retryTimer = null;

  function notice(text, kind) {
    const n = $('notice');
    n.textContent = text || '';
    n.hidden = !text;
    n.className = 'notice' + (kind === 'info' ? ' info' : '');
  }

  function offlineBanner(text) {
    $('offline').textContent = text || '';
    $('offline').hidden = !text;
  }

  function clearCompany(code) {
    $('cards').replaceChildren();
    $('company-name').textContent = code || '';
    $('company-meta').textContent = '';
    $('late').hidden = true;
  }

  function showSignIn(message, kind) {
    // Figures do not stay in the page once the session is over.
    generation++;
    clearTimeout(retryTimer);
    clearCompany('');
    $('company-switch').replaceChildren();
    $('dashboard').hidden = true;
    $('sign-out').hidden = true;
    $('sign-in').hidden = false;
    offlineBanner('');
    notice(message, kind);
    const empty = ['customer', 'company', 'login', 'password'].find(id => !$(id).value);
    $(empty || 'password').focus();
  }

  async function endSession(message, kind) {
    store(SESSION_KEY, null);
    await forgetAll();
    showSignIn(message, kind);
  }

  function handleError(error) {
    switch (error.code) {
      case 'token_expired': return endSession(T.expired);
      case 'token_invalid': return endSession(T.invalid);
      case 'bad_credentials': return showSignIn(T.badCredentials);
      case 'bad_request': return showSignIn(T.badInput);
      // Retry-After is in seconds; the user is told whole minutes, rounded up.
      case 'too_many_attempts': return showSignIn(T.tooManyAttempts(Math.max(1, Math.ceil(error.retryAfter / 60))));
      case 'busy': return notice(T.busy);
      case 'not_granted': return notice(T.notGranted);
      case 'not_found': return notice(T.notPublished, 'info');
      case 'unreachable': return notice(T.unreachable);
      default: return notice(T.serverError);
    }
  }

  async function signIn(event) {
    event.preventDefault();
    const form = {
      customer: $('customer').value.trim().toUpperCase(),
      company: $('company').value.trim().toUpperCase(),
      login: $('login').value.trim(),
      password: $('password').value
    };
    if (!/^[A-Z0-9]{1,20}$/.test(form.customer) || !/^[A-Z0-9]{1,20}$/.test(form.company)
        || !/^\S{1,64}$/.test(form.login) || !form.password) {
      showSignIn(T.badInput);
      return;
    }
    const button = $('sign-in-button');
    button.disabled = true;
    button.textContent = T.signingIn;
    try {
      // A device session: the phone stays signed in until the user signs out or loses access.
      const answer = await call('POST', '/mobile/sessions', Object.assign({ device: true }, form));
      $('password').value = '';
      const previous = loadSession();
      if (previous && previous.token) {
        // One person signed in per phone: the one before is signed out, their figures forgotten.
        await forgetAll();
        call('DELETE', '/mobile/sessions/current', null, previous.token).catch(() => undefined);
      }
      const session = { token: answer.token, user: answer.user, customer: form.customer, login: form.login,
        company: form.company };
      saveSession(session);
      store(FIELDS_KEY, { customer: form.customer, company: form.company, login: form.login });
      await keep(session, 'companies', answer.companies);
      await openCompany(form.company);
    } catch (e) {
      handleError(e);
    } finally {
      button.disabled = false;
      button.textContent = T.signIn;
    }
  }

  async function signOut() {
    const session = loadSession();
    await endSession(T.signedOut, 'info');
    if (session) {
      try { await call('DELETE', '/mobile/sessions/current', null, session.token); } catch (e) { /* already gone */ }
    }
  }

  // The kept copy is on screen at once; the platform's answer replaces it when it comes.
  async function openCompany(code) {
    const session = loadSession();
    session.company = code;
    saveSession(session);
    notice('');
    $('sign-in').hidden = true;
    $('sign-out').hidden = false;
    $('dashboard').hidden = false;
    const gen = ++generation;
    const list = await kept(session, 'companies');
    const doc = await kept(session, 'views/' + code);
    if (gen !== generation) return;
    if (list) fillSwitcher(list.value, code);
    if (doc) renderCompany(doc.value); else clearCompany(code);
    await refresh();
  }

  async function refresh() {
    const session = loadSession();
    if (!session) return;
    clearTimeout(retryTimer);
    const code = session.company;
    const gen = ++generation;
    try {
      const list = await call('GET', '/mobile/companies', null, session.token);
      await keep(session, 'companies', list.companies);
      if (gen !== generation) return;
      fillSwitcher(list.companies, code);
      const doc = await call('GET', '/mobile/companies/' + encodeURIComponent(code) + '/views', null, session.token);
      await keep(session, 'views/' + code, doc);
      if (gen !== generation) return;
      offlineBanner('');
      notice('');
      renderCompany(doc);
    } catch (e) {
      if (gen !== generation) return;
      if (e.code !== 'unreachable') {
        offlineBanner('');
        if (e.code === 'not_granted' || e.code === 'not_found') {
          await forget(session, 'views/' + code);
          clearCompany(code);
        }
        await handleError(e);
        return;
      }
      const last = await kept(session, 'views/' + code);
      if (gen !== generation) return;
      if (last) offlineBanner(T.offline(momentFormat.format(new Date(last.savedAt))));
      else notice(T.unreachable);
      // Back online by itself: the browser's event, or the next try.
      retryTimer = setTimeout(refresh, RETRY_MS);
    }
  }

  function fillSwitcher(companies, current) {
    const select = $('company-switch');
    select.replaceChildren();
    const codes = companies.map(c => c.code);
    if (!codes.includes(current)) codes.unshift(current);
    for (const code of codes) {
      const c = companies.find(x => x.code === code);
      const option = document.createElement('option');
      option.value = code;
      option.textContent = (c ? c.name : code) + (c && c.late ? ' \u00b7 ' + T.lateOption : '');
      select.appendChild(option);
    }
    select.value = current;
    // A switcher only makes sense with a choice.
    $('switch').hidden = codes.length < 2;
  }

  // ---- rendering (text always through textContent: labels come from the publisher's data)

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // Amounts are always in French format (the publisher's books are French).
  function money(currency) {
    const cur = currency || 'EUR';
    const full = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: cur });
    const whole = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: cur, maximumFractionDigits: 0 });
    const compact = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: cur, notation: 'compact',
      maximumSignificantDigits: 3 });
    const fmt = amount => full.format(amount);
    // Beside a bar: whole units, and millions and more shortened so no amount pushes the bars aside.
    fmt.short = amount => Math.abs(amount) >= 1e6 ? compact.format(amount) : whole.format(amount);
    fmt.tick = amount => compact.format(amount);
    return fmt;
  }

  function day(iso) { return dateFormat.format(new Date(iso + 'T00:00:00')); }
  function monthDate(month) { return new Date(month + '-01T00:00:00Z'); }

  function renderCompany(doc) {
    const fmt = money(doc.company.currency);
    const name = $('company-name');
    name.textContent = doc.company.name;
    name.title = doc.company.name;
    $('late').hidden = !doc.late;
    $('late-text').textContent = doc.late && doc.nextExpectedAt
      ? T.lateText(dateTimeFormat.format(new Date(doc.nextExpectedAt))) : '';
    $('company-meta').textContent = T.dataAsOf(day(doc.asOf), dateTimeFormat.format(new Date(doc.publishedAt)));
    const cards = $('cards');
    cards.replaceChildren();
    const ids = VIEW_ORDER.filter(id => doc.views[id]);
    if (ids.length === 0) {
      notice(T.noViews, 'info');
      return;
    }
    for (const id of ids) {
      const card = el('article', 'card');
      card.dataset.view = id;
      card.appendChild(el('h3', null, T.views[id]));
      const view = doc.views[id];
      if (id === 'sales_revenue' || id === 'accounting_revenue') {
        revenue(card, view, fmt, doc.asOf);
      } else if (id === 'order_book_month') {
        figures(card, [[T.amount, view.amount, fmt], [T.documents, view.documents]]);
      } else if (id === 'orders_month') {
        figures(card, [[T.amount, view.amount, fmt], [T.orders, view.orders]]);
      } else {
        barList(card, view.rows, fmt, id !== 'cash_position', id === 'cash_position' ? view.total : undefined);
      }
      card.appendChild(el('p', 'asof', T.asOf(day(doc.asOf))));
      cards.appendChild(card);
    }
    if (!performance.getEntriesByName('bizsync-cards').length) performance.mark('bizsync-cards');
  }

  function figures(card, items) {
    const box = el('div', 'figures');
    for (const [label, value, fmt] of items) {
      const f = el('div', 'figure');
      f.appendChild(el('span', 'label', label));
      const text = fmt ? fmt(value) : String(value);
      // Billions would break across lines at the normal size: a smaller one keeps them whole.
      const v = el('span', 'value' + (text.length > 16 ? ' long' : ''), text);
      if (fmt && value < 0) v.classList.add('negative');
      f.appendChild(v);
      box.appendChild(f);
    }
    card.appendChild(box);
  }

  function revenue(card, view, fmt, asOf) {
    const current = asOf.substring(0, 7);
    const month = monthLongFormat.format(monthDate(current));
    figures(card, [[month.charAt(0).toUpperCase() + month.slice(1), view.month, fmt], [T.year, view.year, fmt]]);
    if (view.byMonth && view.byMonth.length) card.appendChild(monthChart(view.byMonth, fmt, current, asOf));
  }

  // Round bounds for the amount axis (1, 2, 2.5 or 5 times a power of ten).
  function nice(x) {
    if (x === 0) return 0;
    const p = Math.pow(10, Math.floor(Math.log10(Math.abs(x))));
    const f = Math.abs(x) / p;
    return Math.sign(x) * p * (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10);
  }

  // One row per month of the fiscal year: its name, a bar on a shared amount axis, its amount.
  function monthChart(byMonth, fmt, currentMonth, asOf) {
    const amounts = byMonth.map(m => m.amount);
    const lo = nice(Math.min(0, ...amounts));
    const hi = nice(Math.max(0, ...amounts));
    const span = (hi - lo) || 1;
    const at = v => (v - lo) / span * 100;
    const ticks = lo < 0 ? [lo, 0, hi] : [0, hi / 2, hi];
    const box = el('figure', 'chart');
    const list = el('ol', 'months');
    list.setAttribute('aria-label', byMonth.map(m => monthLongFormat.format(monthDate(m.month)) + ' : ' + fmt(m.amount)).join(', '));
    for (const m of byMonth) {
      const row = el('li', 'month' + (m.month === currentMonth ? ' current' : '') + (m.amount < 0 ? ' below' : ''));
      row.title = monthLongFormat.format(monthDate(m.month)) + ' : ' + fmt(m.amount);
      row.appendChild(el('span', 'month-name', monthShortFormat.format(monthDate(m.month))));
      const track = el('span', 'track');
      for (const t of ticks) {
        const grid = el('span', 'grid');
        grid.style.left = at(t) + '%';
        track.appendChild(grid);
      }
      const bar = el('span', 'month-bar');
      const from = at(Math.min(0, m.amount));
      bar.style.left = from + '%';
      bar.style.width = (at(Math.max(0, m.amount)) - from) + '%';
      track.appendChild(bar);
      row.appendChild(track);
      const value = el('span', 'month-value', fmt.short(m.amount));
      if (m.amount < 0) value.classList.add('negative');
      row.appendChild(value);
      list.appendChild(row);
    }
    const axis = el('li', 'month axis');
    axis.setAttribute('aria-hidden', 'true');
    axis.appendChild(el('span'));
    const scale = el('span', 'track');
    ticks.forEach((t, i) => {
      const label = el('span', 'tick' + (i === 0 ? ' first' : i === ticks.length - 1 ? ' last' : ''), fmt.tick(t));
      label.style.left = at(t) + '%';
      scale.appendChild(label);
    });
    axis.appendChild(scale);
    axis.appendChild(el('span'));
    list.appendChild(axis);
    box.appendChild(list);
    if (byMonth.some(m => m.month === currentMonth)) {
      const legend = el('figcaption', 'legend');
      legend.appendChild(el('span', 'swatch'));
      legend.appendChild(document.createTextNode(T.currentMonth(monthNameFormat.format(monthDate(currentMonth)), day(asOf))));
      box.appendChild(legend);
    }
    return box;
  }

  // Ranked lists and accounts as horizontal bars, each with its full amount; a long name wraps.
  function barList(card, list, fmt, ranked, total) {
    if (!list || list.length === 0) {
      card.appendChild(el('p', 'empty', T.noRows));
      return;
    }
    const max = Math.max(...list.map(r => Math.abs(r.amount))) || 1;
    const ol = el('ol', 'hbars');
    list.forEach((r, i) => {
      const li = el('li', 'hbar' + (r.amount < 0 ? ' below' : ''));
      const head = el('div', 'hbar-head');
      if (ranked) head.appendChild(el('span', 'rank', String(r.rank || i + 1)));
      head.appendChild(el('span', 'label', r.label || r.code));
      const amount = el('span', 'amount', fmt(r.amount));
      if (r.amount < 0) amount.classList.add('negative');
      head.appendChild(amount);
      li.appendChild(head);
      const track = el('div', 'track');
      const bar = el('div', 'fill');
      bar.style.width = (Math.abs(r.amount) / max * 100) + '%';
      track.appendChild(bar);
      li.appendChild(track);
      ol.appendChild(li);
    });
    card.appendChild(ol);
    if (total !== undefined) {
      const t = el('div', 'total');
      t.appendChild(el('span', 'label', T.total));
      const amount = el('span', 'amount', fmt(total));
      if (total < 0) amount.classList.add('negative');
      t.appendChild(amount);
      card.appendChild(t);
    }
  }

  // ---- start

  function translate() {
    document.documentElement.lang = LANG;
    document.querySelectorAll('[data-i18n]').forEach(e => { e.textContent = T[e.dataset.i18n]; });
  }

  function prefill() {
    // The fields typed last time, then the console's QR code: ?customer=…&company=…&login=…
    // (never a password), which wins.
    const last = stored(FIELDS_KEY) || {};
    const q = new URLSearchParams(location.search);
    for (const field of ['customer', 'company', 'login']) {
      const value = q.get(field) || last[field];
      if (value) $(field).value = value;
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    translate();
    prefill();
    $('sign-in-form').addEventListener('submit', signIn);
    $('sign-out').addEventListener('click', signOut);
    $('company-switch').addEventListener('change', e => openCompany(e.target.value));
    window.addEventListener('online', () => { if (loadSession()) refresh(); });
    document.addEventListener('visibilitychange', () => { if (!document.hidden && loadSession()) refresh(); });
    const session = loadSession();
    const link = new URLSearchParams(location.search);
    // A link for someone else (another QR code on a shared phone) asks for their password; the
    // remembered session stays until they sign in.
    const otherUser = session && link.get('login')
      && (link.get('login') !== session.login || (link.get('customer') || '').toUpperCase() !== session.customer);
    if (session && session.token && session.customer && !otherUser) {
      openCompany(session.company);
    } else {
      if (!otherUser) store(SESSION_KEY, null);
      showSignIn('');
    }
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('sw.js').catch(() => { /* not a secure context: no offline copy */ });
    }
  });
})();
