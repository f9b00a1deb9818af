// Console glue: CSRF for htmx requests, and small conveniences shared by every page.
(function () {
    'use strict';

    function csrf() {
        const token = document.querySelector('meta[name="_csrf"]');
        const header = document.querySelector('meta[name="_csrf_header"]');
        return token && header ? {header: header.content, token: token.content} : null;
    }

    document.addEventListener('htmx:configRequest', function (event) {
        const c = csrf();
        if (c && event.detail.verb !== 'get') {
            event.detail.headers[c.header] = c.token;
        }
    });

    // A clear message when the server or the network fails (htmx leaves the page unchanged otherwise).
    document.addEventListener('htmx:responseError', function (event) {
        const box = document.getElementById('messages');
        if (box) {
            box.innerHTML = '<div class="alert alert-danger" role="alert"></div>';
            box.firstChild.textContent = document.body.dataset.msgFailed + ' (' + event.detail.xhr.status + ')';
        }
    });
    document.addEventListener('htmx:sendError', function () {
        const box = document.getElementById('messages');
        if (box) {
            box.innerHTML = '<div class="alert alert-danger" role="alert"></div>';
            box.firstChild.textContent = document.body.dataset.msgOffline;
        }
    });

    // Clear the message area when a new htmx request succeeds.
    document.addEventListener('htmx:afterRequest', function (event) {
        const box = document.getElementById('messages');
        if (box && event.detail.successful && event.detail.target !== box) {
            box.innerHTML = '';
        }
    });

    // Confirmation dialogs declared with data-confirm (htmx's hx-confirm works for htmx requests).
    document.addEventListener('submit', function (event) {
        const message = event.target.getAttribute('data-confirm');
        if (message && !window.confirm(message)) {
            event.preventDefault();
        }
    });
})();

// The notification bell follows the person's own live topic and reloads itself when something arrives.
document.addEventListener('htmx:afterSwap', function (event) {
    const bell = event.target.querySelector && event.target.querySelector('#bell');
    if (bell && window.HotlineLive && !window.hotlineBellStream) {
        window.hotlineBellStream = window.HotlineLive.connect('/live', {
            notification: function () {
                document.body.dispatchEvent(new Event('hotline:refresh-header'));
            }
        });
    }
});
