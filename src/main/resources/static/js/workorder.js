// Work-order pages: keyboard first. Ctrl+Enter (or Cmd+Enter) submits the form being typed in; the action forms on
// the order page post with htmx and answer the refreshed order.
(function () {
    'use strict';
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            const form = event.target.closest && event.target.closest('form');
            if (form) {
                event.preventDefault();
                if (form.requestSubmit) {
                    form.requestSubmit();
                } else {
                    form.submit();
                }
            }
        }
    });
})();
