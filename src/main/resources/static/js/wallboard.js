// The wallboard and its large display: follows the queue topic and the agent topics the page names, keeps one row per
// queue and per agent, and counts waits and times in state up every second by itself. Alerts show when a queue's
// service level falls below its target or its longest wait passes the threshold. On the large display it also draws
// today's traffic against the forecast (ECharts), refreshed every minute.
(function () {
    'use strict';

    const root = document.getElementById('wallboard');
    if (!root || !window.HotlineLive) {
        return;
    }
    const $ = function (id) { return document.getElementById(id); };
    const queues = new Map();
    const agents = new Map();
    const waitAlert = Number(root.dataset.waitAlert || 60) * 1000;
    let skew = 0;

    function label(prefix, key) {
        const el = $(prefix + key);
        return el ? el.textContent : (key || '');
    }

    function clock(ms) {
        const s = Math.max(0, Math.floor(ms / 1000));
        const h = Math.floor(s / 3600);
        return (h > 0 ? h + ':' : '') + String(Math.floor(s % 3600 / 60)).padStart(2, '0') + ':'
            + String(s % 60).padStart(2, '0');
    }

    function percent(v) {
        return v === null || v === undefined ? '—' : Math.round(v * 1000) / 10 + '%';
    }

    // Rows and cells are kept and updated in place, so a row a person is pointing at is never replaced under them.
    const rowsOf = {};

    function rowFor(kind, key) {
        const rows = rowsOf[kind] || (rowsOf[kind] = new Map());
        let tr = rows.get(key);
        if (!tr) {
            tr = document.createElement('tr');
            rows.set(key, tr);
        }
        tr._col = 0;
        return tr;
    }

    function cell(tr, text, cls) {
        let td = tr.children[tr._col];
        if (!td) {
            td = document.createElement('td');
            tr.appendChild(td);
        }
        tr._col++;
        if (td.textContent !== String(text)) {
            td.textContent = text;
        }
        td.className = cls || '';
        return td;
    }

    function place(body, kind, shown) {
        shown.forEach(function (tr) { body.appendChild(tr); });
        const visible = new Set(shown);
        const rows = rowsOf[kind] || new Map();
        rows.forEach(function (tr, key) {
            if (!visible.has(tr)) {
                tr.remove();
                rows.delete(key);
            }
        });
    }

    function drawQueues() {
        const body = $('queue-rows');
        const now = Date.now() + skew;
        const alerts = [];
        const totals = {waiting: 0, longest: 0, offered: 0, answered: 0, abandoned: 0, ready: 0, inTarget: 0};
        const shown = [];
        Array.from(queues.values()).sort(function (a, b) { return a.code.localeCompare(b.code); }).forEach(function (q) {
            const longest = q.oldestWaitingSince ? now - q.oldestWaitingSince : 0;
            const slLow = q.serviceLevel !== null && q.serviceLevel * 100 < q.targetPercent;
            const waitHigh = longest > waitAlert;
            const tr = rowFor('queue', q.id);
            tr.dataset.queue = q.code;
            cell(tr, q.name);
            cell(tr, q.waiting, 'text-end queue-waiting');
            cell(tr, clock(longest), 'text-end font-monospace' + (waitHigh ? ' table-danger' : ''));
            cell(tr, percent(q.serviceLevel), 'text-end' + (slLow ? ' table-danger' : ''));
            cell(tr, percent(q.intervalServiceLevel), 'text-end');
            cell(tr, q.offered, 'text-end queue-offered');
            cell(tr, q.answered, 'text-end queue-answered');
            cell(tr, q.abandoned, 'text-end queue-abandoned');
            cell(tr, q.ready, 'text-end');
            cell(tr, q.busy, 'text-end');
            cell(tr, q.wrapUp, 'text-end');
            cell(tr, q.notReady, 'text-end');
            shown.push(tr);
            if (slLow) {
                alerts.push(q.name + ': ' + label('label-alert-sl', '') + ' (' + percent(q.serviceLevel) + ' < '
                    + q.targetPercent + '%)');
            }
            if (waitHigh) {
                alerts.push(q.name + ': ' + label('label-alert-wait', '') + ' (' + clock(longest) + ')');
            }
            totals.waiting += q.waiting;
            totals.longest = Math.max(totals.longest, longest);
            totals.offered += q.offered;
            totals.answered += q.answered;
            totals.abandoned += q.abandoned;
            totals.ready += q.ready;
        });
        place(body, 'queue', shown);
        const box = $('alerts');
        box.textContent = '';
        alerts.forEach(function (text) {
            const div = document.createElement('div');
            div.className = 'alert alert-danger py-1 px-2 mb-1 wallboard-alert';
            div.setAttribute('role', 'alert');
            div.textContent = text;
            box.appendChild(div);
        });
        if ($('total-waiting')) {
            $('total-waiting').textContent = totals.waiting;
            $('total-longest').textContent = clock(totals.longest);
            $('total-offered').textContent = totals.offered;
            $('total-answered').textContent = totals.answered;
            $('total-abandoned').textContent = totals.abandoned;
            $('total-ready').textContent = totals.ready;
            let answeredInTarget = 0;
            let base = 0;
            queues.forEach(function (q) {
                if (q.serviceLevel !== null) {
                    const counted = q.answered + q.abandoned;
                    answeredInTarget += q.serviceLevel * counted;
                    base += counted;
                }
            });
            $('total-sl').textContent = base > 0 ? percent(answeredInTarget / base) : '—';
            $('big-clock').textContent = new Date(now).toLocaleTimeString();
        }
    }

    function drawAgents() {
        const body = $('agent-rows');
        if (!body) {
            return;
        }
        const canAct = body.dataset.canAct === 'true';
        const now = Date.now() + skew;
        const shown = [];
        const rows = Array.from(agents.values()).filter(function (a) { return a.state !== 'LOGGED_OUT'; })
            .sort(function (a, b) { return a.username.localeCompare(b.username, undefined, {numeric: true}); });
        rows.forEach(function (a) {
            const tr = rowFor('agent', a.id);
            tr.dataset.agent = a.username;
            cell(tr, a.name);
            const state = cell(tr, label('label-state-', a.state) + (a.reason ? ' · ' + label('label-reason-', a.reason) : ''),
                'agent-state');
            state.dataset.state = a.state;
            cell(tr, clock(now - a.since), 'font-monospace');
            cell(tr, a.contactStatus ? (a.queueName || a.queueCode) + ' ' + (a.caller || '') + ' ' + clock(now - a.contactSince)
                + (a.onHold ? ' · ' + label('label-onHold', '') : '') : '');
            if (canAct && tr.children.length < 5) {
                const td = document.createElement('td');
                const button = document.createElement('button');
                button.type = 'button';
                button.className = 'btn btn-link btn-sm p-0';
                button.textContent = label('label-select', '');
                button.addEventListener('click', function () {
                    $('action-agent').value = String(a.id);
                    $('agent-actions').scrollIntoView({behavior: 'smooth'});
                });
                td.appendChild(button);
                tr.appendChild(td);
            }
            shown.push(tr);
        });
        place(body, 'agent', shown);
        const select = $('action-agent');
        if (select && select.options.length !== agents.size) {
            const chosen = select.value;
            select.textContent = '';
            Array.from(agents.values()).forEach(function (a) {
                const option = document.createElement('option');
                option.value = String(a.id);
                option.textContent = a.name + ' (' + a.username + ')';
                select.appendChild(option);
            });
            if (chosen) {
                select.value = chosen;
            }
        }
    }

    // the action forms post to the chosen agent's URL
    document.addEventListener('htmx:configRequest', function (event) {
        const select = $('action-agent');
        if (select && event.detail.path.indexOf('/wallboard/agents/0/') >= 0) {
            event.detail.path = event.detail.path.replace('/agents/0/', '/agents/' + encodeURIComponent(select.value) + '/');
        }
    });

    function chart() {
        const el = $('traffic-chart');
        if (!el || typeof echarts === 'undefined') {
            return;
        }
        fetch(el.dataset.source, {credentials: 'same-origin'}).then(function (r) { return r.json(); }).then(function (d) {
            const c = echarts.getInstanceByDom(el) || echarts.init(el, 'dark');
            const series = [{name: el.dataset.labelActual, type: 'bar', data: d.actual}];
            if (d.hasForecast) {
                series.push({name: el.dataset.labelForecast, type: 'line', showSymbol: false, data: d.forecast,
                    lineStyle: {type: 'dashed'}});
            }
            c.setOption({
                backgroundColor: 'transparent',
                title: {text: el.dataset.labelTitle + (d.hasForecast ? '' : ' · ' + el.dataset.labelNoForecast),
                    textStyle: {fontSize: 16}},
                tooltip: {trigger: 'axis'},
                legend: {top: 0, right: 0},
                grid: {left: 48, right: 16, top: 40, bottom: 32},
                xAxis: {type: 'time'},
                yAxis: {type: 'value', minInterval: 1},
                series: series
            }, true);
        }).catch(function () { /* the next minute tries again */ });
    }

    function upsert(map, batch) {
        skew = batch.sentAt - Date.now();
        batch.rows.forEach(function (row) { map.set(row.id, row); });
    }

    setInterval(function () {
        drawQueues();
        drawAgents();
    }, 1000);
    window.addEventListener('load', function () {
        chart();
        setInterval(chart, 60000);
    });
    window.addEventListener('resize', function () {
        const el = $('traffic-chart');
        const c = el && typeof echarts !== 'undefined' && echarts.getInstanceByDom(el);
        if (c) {
            c.resize();
        }
    });
    HotlineLive.connect(root.dataset.stream, {
        queues: function (batch) {
            upsert(queues, batch);
            drawQueues();
        },
        agents: function (batch) {
            upsert(agents, batch);
            drawAgents();
        },
        refresh: function () {
            window.location.reload();
        }
    });
})();
