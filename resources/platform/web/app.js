// BizSync mobile dashboard: signs in against the platform API (docs/platform-api.md) and shows
// the granted views of one company at a time. No framework and no build step: the platform
// serves this file as is, on networks that reach nothing else.
'use strict';

(function () {
  const API = 'api/v1';
  const LANG = (navigator.language || 'fr').toLowerCase().startsWith('en') ? 'en' : 'fr';
  const SESSION_KEY = 'bizsync.session';

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
  const dateFormat = new Intl.DateTimeFormat(LANG === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long' });
  const dateTimeFormat = new Intl.DateTimeFormat(LANG === 'en' ? 'en-GB' : 'fr-FR',
    { dateStyle: 'medium', timeStyle: 'short' });
  const monthFormat = new Intl.DateTimeFormat(LANG === 'en' ? 'en-GB' : 'fr-FR', { month: 'narrow', timeZone: 'UTC' });
  const monthLongFormat = new Intl.DateTimeFormat(LANG === 'en' ? 'en-GB' : 'fr-FR',
    { month: 'long', year: 'numeric', timeZone: 'UTC' });

  // ---- session (sessionStorage: gone when the tab closes)

  function saveSession(s) { sessionStorage.setItem(SESSION_KEY, JSON.stringify(s)); }
  function loadSession() {
    try { return JSON.parse(sessionStorage.getItem(SESSION_KEY)); } catch (e) { return null; }
  }
  function clearSession() { sessionStorage.removeItem(SESSION_KEY); }

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

  function notice(text, kind) {
    const n = $('notice');
    n.textContent = text || '';
    n.hidden = !text;
    n.className = 'notice' + (kind === 'info' ? ' info' : '');
  }

  function showSignIn(message, kind) {
    // Figures do not stay in the page once the session is over.
    $('cards').replaceChildren();
    $('company-name').textContent = '';
    $('company-meta').textContent = '';
    $('company-switch').replaceChildren();
    $('dashboard').hidden = true;
    $('session-actions').hidden = true;
    $('sign-in').hidden = false;
    notice(message, kind);
    const empty = ['customer', 'company', 'login', 'password'].find(id => !$(id).value);
    $(empty || 'password').focus();
  }

  function handleError(error) {
    switch (error.code) {
      case 'token_expired': clearSession(); showSignIn(T.expired); break;
      case 'token_invalid': clearSession(); showSignIn(T.invalid); break;
      case 'bad_credentials': showSignIn(T.badCredentials); break;
      case 'bad_request': showSignIn(T.badInput); break;
      // Retry-After is in seconds; the user is told whole minutes, rounded up.
      case 'too_many_attempts': showSignIn(T.tooManyAttempts(Math.max(1, Math.ceil(error.retryAfter / 60)))); break;
      case 'busy': notice(T.busy); break;
      case 'not_granted': notice(T.notGranted); break;
      case 'not_found': notice(T.notPublished, 'info'); break;
      case 'unreachable': notice(T.unreachable); break;
      default: notice(T.serverError);
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
      const answer = await call('POST', '/mobile/sessions', form);
      $('password').value = '';
      saveSession({ token: answer.token, expiresAt: answer.expiresAt, user: answer.user, company: form.company });
      await showDashboard();
    } catch (e) {
      handleError(e);
    } finally {
      button.disabled = false;
      button.textContent = T.signIn;
    }
  }

  async function signOut() {
    const session = loadSession();
    clearSession();
    if (session) {
      try { await call('DELETE', '/mobile/sessions/current', null, session.token); } catch (e) { /* already gone */ }
    }
    showSignIn(T.signedOut, 'info');
  }

  async function showDashboard() {
    const session = loadSession();
    if (!session) { showSignIn(); return; }
    try {
      const list = await call('GET', '/mobile/companies', null, session.token);
      fillSwitcher(list.companies, session.company);
      $('sign-in').hidden = true;
      $('session-actions').hidden = false;
      await showCompany(session.company);
    } catch (e) {
      handleError(e);
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
      option.textContent = c ? c.name : code;
      select.appendChild(option);
    }
    select.value = current;
    // A switcher only makes sense with a choice.
    select.hidden = codes.length < 2;
  }

  async function showCompany(code) {
    const session = loadSession();
    session.company = code;
    saveSession(session);
    notice('');
    $('cards').replaceChildren();
    $('company-name').textContent = code;
    $('company-meta').textContent = '';
    $('dashboard').hidden = false;
    try {
      const doc = await call('GET', '/mobile/companies/' + encodeURIComponent(code) + '/views', null, session.token);
      renderCompany(doc);
    } catch (e) {
      handleError(e);
    }
  }

  // ---- rendering (text always through textContent: labels come from the publisher's data)

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function money(currency) {
    const format = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: currency || 'EUR' });
    return amount => format.format(amount);
  }

  function day(iso) { return dateFormat.format(new Date(iso + 'T00:00:00')); }

  function renderCompany(doc) {
    const fmt = money(doc.company.currency);
    $('company-name').textContent = doc.company.name;
    $('company-meta').textContent = T.dataAsOf(day(doc.asOf), dateTimeFormat.format(new Date(doc.publishedAt)));
    const cards = $('cards');
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
        rows(card, view.rows, fmt, id === 'cash_position' ? view.total : undefined);
      }
      cards.appendChild(card);
    }
  }

  function figures(card, items) {
    const box = el('div', 'figures');
    for (const [label, value, fmt] of items) {
      const f = el('div', 'figure');
      f.appendChild(el('span', 'label', label));
      const v = el('span', 'value', fmt ? fmt(value) : String(value));
      if (fmt && value < 0) v.classList.add('negative');
      f.appendChild(v);
      box.appendChild(f);
    }
    card.appendChild(box);
  }

  function revenue(card, view, fmt, asOf) {
    figures(card, [[T.month, view.month, fmt], [T.year, view.year, fmt]]);
    if (view.byMonth && view.byMonth.length) card.appendChild(chart(view.byMonth, fmt, asOf.substring(0, 7)));
  }

  // A bar per month of the fiscal year; negative months go below the axis.
  function chart(byMonth, fmt, currentMonth) {
    const NS = 'http://www.w3.org/2000/svg';
    const width = 320, height = 120, top = 6, bottom = 16, gap = 4;
    const max = Math.max(0, ...byMonth.map(m => m.amount));
    const min = Math.min(0, ...byMonth.map(m => m.amount));
    const span = (max - min) || 1;
    const scale = (height - top - bottom) / span;
    const zeroY = top + max * scale;
    const slot = width / byMonth.length;
    const svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.setAttribute('class', 'chart');
    svg.setAttribute('role', 'img');
    const summary = byMonth.map(m => monthLongFormat.format(new Date(m.month + '-01T00:00:00Z')) + ' : ' + fmt(m.amount));
    svg.setAttribute('aria-label', summary.join(', '));
    byMonth.forEach((m, i) => {
      const h = Math.max(Math.abs(m.amount) * scale, m.amount === 0 ? 0 : 1);
      const rect = document.createElementNS(NS, 'rect');
      rect.setAttribute('x', (i * slot + gap / 2).toFixed(1));
      rect.setAttribute('width', (slot - gap).toFixed(1));
      rect.setAttribute('y', (m.amount >= 0 ? zeroY - h : zeroY).toFixed(1));
      rect.setAttribute('height', h.toFixed(1));
      rect.setAttribute('rx', '2');
      rect.setAttribute('class', 'bar-rect' + (m.amount < 0 ? ' below' : m.month === currentMonth ? ' current' : ''));
      const title = document.createElementNS(NS, 'title');
      title.textContent = summary[i];
      rect.appendChild(title);
      svg.appendChild(rect);
      const label = document.createElementNS(NS, 'text');
      label.setAttribute('x', (i * slot + slot / 2).toFixed(1));
      label.setAttribute('y', String(height - 4));
      label.setAttribute('text-anchor', 'middle');
      label.textContent = monthFormat.format(new Date(m.month + '-01T00:00:00Z'));
      svg.appendChild(label);
    });
    const axis = document.createElementNS(NS, 'line');
    axis.setAttribute('x1', '0');
    axis.setAttribute('x2', String(width));
    axis.setAttribute('y1', zeroY.toFixed(1));
    axis.setAttribute('y2', zeroY.toFixed(1));
    axis.setAttribute('class', 'axis');
    svg.appendChild(axis);
    return svg;
  }

  // Ranked lists show the rank; the cash position lists accounts, which are not ranked.
  function rows(card, list, fmt, total) {
    const ranked = total === undefined;
    if (!list || list.length === 0) {
      card.appendChild(el('p', 'empty', T.noRows));
    } else {
      const table = el('table');
      const body = el('tbody');
      list.forEach((r, i) => {
        const tr = el('tr');
        if (ranked) tr.appendChild(el('td', 'rank', String(r.rank || i + 1)));
        tr.appendChild(el('td', 'label', r.label || r.code));
        const amount = el('td', 'amount', fmt(r.amount));
        if (r.amount < 0) amount.classList.add('negative');
        tr.appendChild(amount);
        body.appendChild(tr);
      });
      if (total !== undefined) {
        const tr = el('tr', 'total');
        tr.appendChild(el('td', 'label', T.total));
        tr.appendChild(el('td', 'amount', fmt(total)));
        body.appendChild(tr);
      }
      table.appendChild(body);
      card.appendChild(table);
    }
  }

  // ---- start

  function translate() {
    document.documentElement.lang = LANG;
    document.querySelectorAll('[data-i18n]').forEach(e => { e.textContent = T[e.dataset.i18n]; });
  }

  function prefill() {
    // The console's QR code opens ?customer=…&company=…&login=… (never a password).
    const q = new URLSearchParams(location.search);
    for (const field of ['customer', 'company', 'login']) {
      const value = q.get(field);
      if (value) $(field).value = value;
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    translate();
    prefill();
    $('sign-in-form').addEventListener('submit', signIn);
    $('sign-out').addEventListener('click', signOut);
    $('company-switch').addEventListener('change', e => showCompany(e.target.value));
    const session = loadSession();
    if (session && new Date(session.expiresAt) > new Date()) {
      showDashboard();
    } else {
      if (session) clearSession();
      showSignIn(session ? T.expired : '');
    }
  });
})();
