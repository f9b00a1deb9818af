// Live views: one EventSource per page, reconnecting by itself; while the connection is down the page is marked
// stale (elements with [data-live-status] show it), and the server sends the full state again on reconnect.
(function () {
    'use strict';

    function connect(url, handlers) {
        const status = document.querySelectorAll('[data-live-status]');
        let source;
        let retry = 1000;

        function mark(state) {
            status.forEach(function (el) {
                el.dataset.liveState = state;
                el.textContent = el.dataset['label' + state.charAt(0).toUpperCase() + state.slice(1)] || state;
                el.classList.toggle('text-bg-success', state === 'live');
                el.classList.toggle('text-bg-warning', state !== 'live');
            });
            document.body.classList.toggle('live-stale', state !== 'live');
        }

        function open() {
            source = new EventSource(url, {withCredentials: true});
            source.onopen = function () {
                retry = 1000;
                mark('live');
            };
            source.onerror = function () {
                mark('stale');
                if (source.readyState === EventSource.CLOSED) {
                    // the browser gave up (e.g. the session expired or the server restarted): try again later
                    setTimeout(open, retry);
                    retry = Math.min(retry * 2, 30000);
                }
            };
            Object.keys(handlers).forEach(function (name) {
                source.addEventListener(name, function (event) {
                    let data;
                    try {
                        data = JSON.parse(event.data);
                    } catch (e) {
                        data = event.data;
                    }
                    handlers[name](data, event);
                });
            });
            source.addEventListener('refresh', function () {
                if (handlers.refresh) {
                    handlers.refresh();
                }
            });
        }

        mark('stale');
        open();
        return {
            close: function () {
                source.close();
            }
        };
    }

    window.HotlineLive = {connect: connect};
})();
