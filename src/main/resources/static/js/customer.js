// Customer archive pages: remember the open tab in the address, so reloading or going back shows the same tab.
(function () {
    'use strict';
    document.addEventListener('shown.bs.tab', function (event) {
        const tab = event.target.getAttribute('data-tab');
        if (tab && window.history && window.history.replaceState) {
            const url = new URL(window.location.href);
            url.searchParams.set('tab', tab);
            window.history.replaceState(window.history.state, '', url);
        }
    });
})();
