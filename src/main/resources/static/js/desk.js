// The agent desktop: follows the agent's own live topic (desk:agent:<id>) and draws the state bar and the contact on
// the line; timers count by themselves between events. When a new contact rings, the screen pop (the customer
// module's card with the incident banner) and the caller's open work orders are loaded with htmx, and the chosen
// script is rendered again for the new caller.
(function () {
    'use strict';

    const root = document.getElementById('desk');
    if (!root || !window.HotlineLive) {
        return;
    }
    const $ = function (id) { return document.getElementById(id); };
    let row = null;
    let poppedFor = null;
    let skew = 0;                        // server clock minus browser clock, from each batch

    function label(prefix, key) {
        const el = $(prefix + key);
        return el ? el.textContent : (key || '');
    }

    function clock(ms) {
        const s = Math.max(0, Math.floor(ms / 1000));
        const h = Math.floor(s / 3600);
        const mm = String(Math.floor(s % 3600 / 60)).padStart(2, '0');
        const ss = String(s % 60).padStart(2, '0');
        return (h > 0 ? h + ':' : '') + mm + ':' + ss;
    }

    const stateClass = {
        READY: 'text-bg-success', NOT_READY: 'text-bg-warning', RESERVED: 'text-bg-info',
        ON_CONTACT: 'text-bg-primary', WRAP_UP: 'text-bg-info', LOGGED_OUT: 'text-bg-secondary'
    };

    function render(next) {
        const before = row;
        row = next;
        const badge = $('state-badge');
        badge.textContent = label('label-state-', row.state);
        badge.className = 'badge fs-6 ' + (stateClass[row.state] || 'text-bg-secondary');
        badge.dataset.state = row.state;
        $('state-reason').textContent = row.reason ? label('label-reason-', row.reason) : '';
        $('state-pending').textContent = row.pendingState
            ? label('label-pending', '') + ' ' + label('label-state-', row.pendingState) : '';
        $('wrapup').classList.toggle('d-none', !row.wrapUpEndsAt);
        $('btn-ready').disabled = row.state === 'READY';

        const c = row.contact;
        $('no-contact').classList.toggle('d-none', !!c);
        $('contact').classList.toggle('d-none', !c);
        const connected = c && c.status === 'CONNECTED';
        $('btn-answer').disabled = !(c && c.status === 'OFFERED');
        $('btn-hold').disabled = !connected || c.onHold;
        $('btn-resume').disabled = !connected || !c.onHold;
        $('btn-hang-up').disabled = !connected;
        $('btn-transfer').disabled = !connected;
        if (c) {
            $('contact-caller').textContent = c.callerNumber || '—';
            $('contact-queue').textContent = c.queueName || c.queueCode;
            $('contact-status').textContent = c.onHold ? label('label-onHold', '') : label('label-contact-', c.status);
            $('contact-status').dataset.status = c.status;
            $('disposition-contact').value = c.id;
            const intake = new URLSearchParams({phone: c.callerNumber || '', contactRef: c.id, channel: 'PHONE'});
            if (c.customerId) {
                intake.set('customerId', c.customerId);
            }
            $('new-work-order').href = '/work-orders/new?' + intake.toString();
            if (poppedFor !== c.id && c.status !== 'ENDED') {
                poppedFor = c.id;
                pop(c);
            }
        }
        if (before && before.contact && (!c || c.id !== before.contact.id || c.status === 'ENDED')
            && before.contact.status !== 'ENDED') {
            document.body.dispatchEvent(new Event('desk-ended'));
        }
        tick();
    }

    function pop(c) {
        $('disposition-result').textContent = '';
        // the chosen script is rendered again with this contact's values (DeskKnowledgeController)
        document.body.dispatchEvent(new Event('desk-contact'));
        if (!window.htmx || !c.callerNumber) {
            return;
        }
        const phone = encodeURIComponent(c.callerNumber);
        htmx.ajax('GET', '/customers/pop?phone=' + phone, {target: '#pop', swap: 'innerHTML'});
        htmx.ajax('GET', '/work-orders/duplicates?phone=' + phone + (c.customerId ? '&customerId=' + c.customerId : ''),
            {target: '#open-orders', swap: 'innerHTML'});
    }

    function tick() {
        if (!row) {
            return;
        }
        const now = Date.now() + skew;
        $('state-timer').textContent = clock(now - row.since);
        if (row.wrapUpEndsAt) {
            $('wrapup-left').textContent = Math.max(0, Math.ceil((row.wrapUpEndsAt - now) / 1000));
        }
        const c = row.contact;
        if (c) {
            $('contact-timer').textContent = clock(now - (c.answeredAt || c.waitingSince));
        }
    }

    // with the browser softphone this page is the agent's phone: Answer picks up here instead of asking the switch
    $('btn-answer').addEventListener('htmx:confirm', function (event) {
        if (window.HotlineSoftphone && window.HotlineSoftphone.answer()) {
            event.preventDefault();
        }
    });

    // the transfer form shows the field of the chosen kind only
    const kind = $('transfer-kind');
    function showKind() {
        root.querySelectorAll('[data-transfer]').forEach(function (el) {
            const on = el.dataset.transfer === kind.value;
            el.classList.toggle('d-none', !on);
            el.querySelectorAll('input, select').forEach(function (f) { f.disabled = !on; });
        });
    }
    kind.addEventListener('change', showKind);
    showKind();

    setInterval(tick, 1000);
    HotlineLive.connect(root.dataset.stream, {
        desk: function (batch) {
            skew = batch.sentAt - Date.now();
            batch.rows.forEach(render);
        },
        refresh: function () {
            window.location.reload();
        }
    });
})();
