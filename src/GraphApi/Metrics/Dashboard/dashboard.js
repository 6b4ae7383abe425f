// The relationship dashboard: reads relationshipMetrics and the expectations at risk over /graphql with the key kept
// in session storage, and refreshes whenever an event arrives over graphql-transport-ws (every event after the first
// load's newest one, so none made while the page loads or reconnects is missed).
(function () {
  'use strict';

  var STORAGE_KEY = 'graphapi.dashboard.apiKey';
  var RETRY_MS = 5000;
  var REFRESH_DELAY_MS = 250;
  var endpoint = new URL('/graphql', window.location.href);
  var socketUrl = endpoint.href.replace(/^http/, 'ws');

  var METRICS = 'key requests resolvedRequests medianTimeToFirstResponse medianTimeToResolve expectationsDue expectationsSettled ' +
    'expectationsMetRate expectationsMissedRate renegotiatedRate warnedBeforeDueRate updateCadenceAdherence interactions ' +
    'preferredChannelRate contactConsistency distinctStaffPerCustomer decisionMix { accepted declined deferred alreadyAvailable } ' +
    'educationOpportunities retrospectiveCoverage actionItemsDoneRate averageCustomerRating';

  var QUERY =
    'query Dashboard($weeksFrom: DateTime!, $weeksTo: DateTime!) {\n' +
    '  headline: relationshipMetrics { ' + METRICS + ' }\n' +
    '  trend: relationshipMetrics(groupBy: WEEK, from: $weeksFrom, to: $weeksTo) { key periodStart requests expectationsSettled expectationsMetRate expectationsMissedRate }\n' +
    '  customers: relationshipMetrics(groupBy: CUSTOMER) { key customer { name businessUnit } requests medianTimeToFirstResponse expectationsMetRate ' +
    'warnedBeforeDueRate updateCadenceAdherence preferredChannelRate contactConsistency distinctStaffPerCustomer averageCustomerRating }\n' +
    '  atRisk: expectations(first: 25, where: { status: { eq: AT_RISK } }, order: [{ dueAt: ASC }]) { totalCount nodes { id deliverable dueAt request { number title customer { name } } } }\n' +
    '  latest: events(last: 1) { pageInfo { endCursor } }\n' +
    '}';
  var LIVE = 'subscription DashboardEvents($after: String) { events(after: $after) { id cursor type occurredAt } }';

  // What the headline tiles show, in order: [field, label, format, hint].
  var TILES = [
    ['requests', 'Requests', count, function (h) { return count(h.interactions) + ' interactions'; }],
    ['resolvedRequests', 'Resolved', count, function (h) { return h.requests ? percent(h.resolvedRequests / h.requests) + ' of requests' : ''; }],
    ['medianTimeToFirstResponse', 'Median first response', duration, null],
    ['medianTimeToResolve', 'Median time to resolve', duration, null],
    ['expectationsMetRate', 'Expectations met', percent, function (h) { return 'of ' + count(h.expectationsSettled) + ' settled'; }],
    ['expectationsMissedRate', 'Expectations missed', percent, function (h) { return percent(h.renegotiatedRate) + ' renegotiated'; }],
    ['warnedBeforeDueRate', 'Warned before due', percent, function () { return 'of the missed ones'; }],
    ['updateCadenceAdherence', 'Update cadence kept', percent, function () { return 'periods with a status update'; }],
    ['preferredChannelRate', 'On the preferred channel', percent, function () { return 'of interactions'; }],
    ['contactConsistency', 'Led by a usual contact', percent, function () { return 'of interactions'; }],
    ['distinctStaffPerCustomer', 'Staff per customer', decimal, function () { return 'distinct, on average'; }],
    ['averageCustomerRating', 'Customer rating', rating, function () { return 'in retrospectives'; }],
    ['retrospectiveCoverage', 'Retrospective coverage', percent, function () { return 'resolved, with the customer\u2019s view'; }],
    ['actionItemsDoneRate', 'Action items done', percent, null],
    ['educationOpportunities', 'Education opportunities', count, function () { return 'answered with a knowledge link'; }],
    ['decisionMix', 'Decisions', mix, null],
  ];

  var $ = function (id) { return document.getElementById(id); };
  var state = { session: 0, loads: 0, cursor: null, client: null, unsubscribe: null, refreshTimer: null, retryTimer: null, chart: null, loading: false, again: false };
  window.graphApiDashboard = state;

  function apiKey() { return window.sessionStorage.getItem(STORAGE_KEY); }

  // --- formatting ---------------------------------------------------------------------------------------------------
  function count(value) { return value == null ? '\u2014' : Number(value).toLocaleString('en-US'); }
  function percent(value) { return value == null ? '\u2014' : (value * 100).toFixed(value * 100 >= 10 || value === 0 ? 0 : 1) + '%'; }
  function decimal(value) { return value == null ? '\u2014' : value.toFixed(1); }
  function rating(value) { return value == null ? '\u2014' : value.toFixed(1) + ' / 5'; }
  function mix(value) {
    return value ? value.accepted + ' accepted \u00b7 ' + value.declined + ' declined \u00b7 ' + value.deferred + ' deferred \u00b7 ' +
      value.alreadyAvailable + ' already available' : '\u2014';
  }

  function seconds(iso) {
    var match = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso || '');
    if (!match) return null;
    var total = (+match[2] || 0) * 86400 + (+match[3] || 0) * 3600 + (+match[4] || 0) * 60 + (+match[5] || 0);
    return match[1] ? -total : total;
  }

  function duration(iso) {
    var s = seconds(iso);
    if (s == null) return '\u2014';
    var d = Math.floor(s / 86400), h = Math.floor((s % 86400) / 3600), m = Math.round((s % 3600) / 60);
    if (d > 0) return d + ' d ' + h + ' h';
    if (h > 0) return h + ' h ' + m + ' min';
    return m > 0 ? m + ' min' : Math.round(s) + ' s';
  }

  function dueIn(iso) {
    var ms = new Date(iso).getTime() - Date.now();
    var hours = Math.round(Math.abs(ms) / 3600000);
    var text = hours >= 48 ? Math.round(hours / 24) + ' days' : hours + ' h';
    return ms < 0 ? 'overdue by ' + text : 'due in ' + text;
  }

  function weekLabel(periodStart) {
    var date = new Date(periodStart);
    return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  }

  function mondayUtc(date, weeksBack) {
    var day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
    day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7) - 7 * weeksBack);
    return day;
  }

  // --- talking to the API -------------------------------------------------------------------------------------------
  function Failure(kind, message) { this.kind = kind; this.message = message; }

  async function graphql(query, variables) {
    var response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization: 'Bearer ' + apiKey() },
        body: JSON.stringify({ query: query, variables: variables }),
      });
    } catch (error) {
      throw new Failure('offline', 'The server cannot be reached (' + endpoint.host + '). Retrying every ' + RETRY_MS / 1000 + ' seconds\u2026');
    }

    var body = null;
    try { body = await response.json(); } catch (error) { body = null; }
    var errors = (body && body.errors) || [];
    var codes = errors.map(function (e) { return e.extensions && e.extensions.code; });
    if (response.status === 401 || codes.indexOf('AUTH_NOT_AUTHENTICATED') >= 0) {
      throw new Failure('key', 'That API key was not accepted: it is unknown, revoked or mistyped' + (errors.length ? ' (' + errors[0].message + ')' : '') + '.');
    }
    if (codes.indexOf('AUTH_NOT_AUTHORIZED') >= 0) {
      throw new Failure('key', 'That API key may not read the figures: ' + errors[0].message);
    }
    if (!body || !body.data) {
      throw new Failure('server', errors.length ? errors[0].message : 'The server answered ' + response.status + ' ' + response.statusText + '.');
    }
    return body.data;
  }

  // Each sign-in starts a session; answers to an earlier session's requests (a refresh under way at sign-out) are dropped.
  async function load() {
    if (!apiKey()) return;
    if (state.loading) { state.again = true; return; }
    state.loading = true;
    clearTimeout(state.retryTimer);
    var session = state.session;
    try {
      var now = new Date();
      var data = await graphql(QUERY, { weeksFrom: mondayUtc(now, 11).toISOString(), weeksTo: mondayUtc(now, -1).toISOString() });
      if (session !== state.session) return;
      render(data);
      showBanner(null);
      showContent();
      if (!state.client) state.cursor = data.latest.pageInfo.endCursor;
      ensureLive();
    } catch (failure) {
      if (session !== state.session) return;
      if (failure.kind === 'key') {
        signOut(failure.message);
      } else {
        showBanner(failure.message || String(failure));
        state.retryTimer = setTimeout(load, RETRY_MS);
      }
    } finally {
      state.loading = false;
      if (state.again) { state.again = false; scheduleRefresh(); }
    }
  }

  function scheduleRefresh() {
    clearTimeout(state.refreshTimer);
    state.refreshTimer = setTimeout(load, REFRESH_DELAY_MS);
  }

  function ensureLive() {
    if (state.client || !window.graphqlWs) return;
    setLive('connecting', 'Connecting\u2026');
    state.client = graphqlWs.createClient({
      url: socketUrl,
      connectionParams: function () { return { Authorization: 'Bearer ' + apiKey() }; },
      retryAttempts: Infinity,
      shouldRetry: function () { return true; },
      retryWait: function (retries) { return new Promise(function (resolve) { setTimeout(resolve, Math.min(1000 * Math.pow(2, retries), RETRY_MS)); }); },
      on: {
        connected: function (_, __, wasRetry) { setLive('live', 'Live'); if (wasRetry) scheduleRefresh(); },
        closed: function (event) {
          if (!state.client) return;
          if (event && event.code === 4403) { signOut('That API key was refused for live updates.'); return; }
          setLive('reconnecting', 'Reconnecting\u2026');
        },
      },
    });
    // graphql-ws sends this same payload again on every reconnect: it resumes after the last event seen.
    var payload = { query: LIVE, variables: { after: state.cursor } };
    state.unsubscribe = state.client.subscribe(payload, {
      next: function (message) {
        var event = message.data && message.data.events;
        if (event) {
          state.cursor = payload.variables.after = event.cursor;
          $('updated').textContent = '\u00b7 last event ' + event.type + ' at ' + new Date(event.occurredAt).toLocaleTimeString('en-GB');
          scheduleRefresh();
        }
      },
      error: function () { setLive('reconnecting', 'Reconnecting\u2026'); },
      complete: function () {},
    });
  }

  function stopLive() {
    var client = state.client;
    state.client = null;
    if (state.unsubscribe) state.unsubscribe();
    state.unsubscribe = null;
    if (client) client.dispose();
    setLive('off', 'Not connected');
  }

  // --- rendering ----------------------------------------------------------------------------------------------------
  function render(data) {
    var headline = data.headline[0];
    renderHeadline(headline);
    renderTrend(data.trend);
    renderAtRisk(data.atRisk);
    renderCustomers(data.customers);
    var empty = headline.requests === 0 && headline.interactions === 0 && headline.expectationsDue === 0;
    $('empty').hidden = !empty;
    state.loads++;
    document.body.dataset.loads = String(state.loads);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  function renderHeadline(headline) {
    var tiles = $('headline');
    tiles.replaceChildren();
    TILES.forEach(function (tile) {
      var value = headline[tile[0]];
      var node = el('div', 'tile' + (tile[0] === 'decisionMix' ? ' tile-wide' : ''));
      node.dataset.metric = tile[0];
      node.dataset.value = JSON.stringify(value);
      node.appendChild(el('span', 'label', tile[1]));
      node.appendChild(el('span', 'value', tile[2](value)));
      var hint = tile[3] ? tile[3](headline) : '';
      if (hint) node.appendChild(el('span', 'hint', hint));
      tiles.appendChild(node);
    });
  }

  function renderTrend(weeks) {
    var labels = weeks.map(function (w) { return weekLabel(w.periodStart); });
    var requests = weeks.map(function (w) { return w.requests; });
    var met = weeks.map(function (w) { return w.expectationsMetRate == null ? null : Math.round(w.expectationsMetRate * 1000) / 10; });
    var missed = weeks.map(function (w) { return w.expectationsMissedRate == null ? null : Math.round(w.expectationsMissedRate * 1000) / 10; });
    var body = $('trend-table').tBodies[0];
    body.replaceChildren();
    weeks.forEach(function (w) {
      var row = el('tr');
      row.dataset.week = w.key;
      [w.key, count(w.requests), percent(w.expectationsMetRate), percent(w.expectationsMissedRate)].forEach(function (cell) { row.appendChild(el('td', null, cell)); });
      body.appendChild(row);
    });
    if (!window.Chart) return;
    if (state.chart) {
      state.chart.data.labels = labels;
      state.chart.data.datasets[0].data = requests;
      state.chart.data.datasets[1].data = met;
      state.chart.data.datasets[2].data = missed;
      state.chart.update('none');
      return;
    }
    state.chart = new Chart($('trend'), {
      data: {
        labels: labels,
        datasets: [
          { type: 'bar', label: 'Requests created', data: requests, yAxisID: 'count', backgroundColor: '#9db9e8', borderRadius: 3, order: 2 },
          { type: 'line', label: 'Expectations met %', data: met, yAxisID: 'rate', borderColor: '#1f8a4c', backgroundColor: '#1f8a4c', spanGaps: true, tension: 0.25, order: 1 },
          { type: 'line', label: 'Expectations missed %', data: missed, yAxisID: 'rate', borderColor: '#c2412d', backgroundColor: '#c2412d', spanGaps: true, tension: 0.25, borderDash: [4, 3], order: 1 },
        ],
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'index', intersect: false },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
        scales: {
          count: { position: 'left', beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'requests' } },
          rate: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false }, ticks: { callback: function (v) { return v + '%'; } } },
        },
      },
    });
  }

  function renderAtRisk(atRisk) {
    var list = $('at-risk');
    list.replaceChildren();
    $('at-risk-count').textContent = atRisk.totalCount ? String(atRisk.totalCount) : '';
    $('at-risk-count').dataset.value = String(atRisk.totalCount);
    atRisk.nodes.forEach(function (e) {
      var item = el('li', new Date(e.dueAt).getTime() < Date.now() ? 'overdue' : null);
      item.dataset.expectation = e.id;
      var head = el('div', 'risk-head');
      head.appendChild(el('strong', null, e.request.number));
      head.appendChild(el('span', 'due', dueIn(e.dueAt)));
      item.appendChild(head);
      item.appendChild(el('div', 'risk-title', e.request.title));
      item.appendChild(el('div', 'risk-who', e.request.customer ? e.request.customer.name : ''));
      list.appendChild(item);
    });
    if (atRisk.totalCount > atRisk.nodes.length) {
      list.appendChild(el('li', 'more', 'and ' + (atRisk.totalCount - atRisk.nodes.length) + ' more'));
    }
    $('at-risk-empty').hidden = atRisk.totalCount > 0;
  }

  function renderCustomers(groups) {
    var body = $('customers').tBodies[0];
    body.replaceChildren();
    groups.forEach(function (g) {
      var row = el('tr');
      row.dataset.customer = g.key;
      var cells = [
        [g.customer ? g.customer.name : g.key, null], [g.customer ? g.customer.businessUnit : '', null], [count(g.requests), 'n'],
        [duration(g.medianTimeToFirstResponse), 'n'], [percent(g.expectationsMetRate), 'n'], [percent(g.warnedBeforeDueRate), 'n'],
        [percent(g.updateCadenceAdherence), 'n'], [percent(g.preferredChannelRate), 'n'], [percent(g.contactConsistency), 'n'],
        [decimal(g.distinctStaffPerCustomer), 'n'], [rating(g.averageCustomerRating), 'n'],
      ];
      cells.forEach(function (cell) { row.appendChild(el('td', cell[1], cell[0])); });
      body.appendChild(row);
    });
    $('customers-empty').hidden = groups.length > 0;
    $('customers').hidden = groups.length === 0;
  }

  // --- page states --------------------------------------------------------------------------------------------------
  function setLive(state_, text) { var live = $('live'); live.dataset.state = state_; live.textContent = text; }

  function showBanner(message) { var banner = $('banner'); banner.hidden = !message; banner.textContent = message || ''; }

  function showContent() { $('key-panel').hidden = true; $('content').hidden = false; $('forget').hidden = false; }

  function signOut(message) {
    state.session++;
    stopLive();
    clearTimeout(state.retryTimer);
    clearTimeout(state.refreshTimer);
    window.sessionStorage.removeItem(STORAGE_KEY);
    showBanner(null);
    $('content').hidden = true;
    $('forget').hidden = true;
    $('key-panel').hidden = false;
    var error = $('key-error');
    error.hidden = !message;
    error.textContent = message || '';
    $('key-input').value = '';
    $('key-input').focus();
  }

  $('key-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var value = $('key-input').value.trim();
    if (!value) return;
    window.sessionStorage.setItem(STORAGE_KEY, value);
    $('key-error').hidden = true;
    state.session++;
    load();
  });
  $('forget').addEventListener('click', function () { signOut(null); });

  if (apiKey()) {
    load();
  } else {
    signOut(null);
  }
})();
