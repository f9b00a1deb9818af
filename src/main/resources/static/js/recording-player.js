// Recording players (templates/telephony/fragments/player.html): speed, jump to mm:ss, timestamps that seek, the
// segment being spoken highlighted. Delegated from the document, so players swapped in by htmx work too; loaded once.
(function () {
    if (window.hotlineRecordingPlayer) {
        return;
    }
    window.hotlineRecordingPlayer = true;

    function playerOf(element) {
        var id = element.getAttribute('data-player');
        return id ? document.getElementById(id) : element.closest('[data-recording-player]');
    }

    function seek(player, seconds) {
        var audio = player && player.querySelector('audio');
        if (!audio || isNaN(seconds)) {
            return;
        }
        audio.currentTime = Math.max(0, seconds);
        audio.play().catch(function () { /* autoplay refused: the position is set all the same */ });
    }

    function parseTime(text) {
        var parts = String(text).trim().split(':');
        return parts.length === 2 ? Number(parts[0]) * 60 + Number(parts[1]) : Number(parts[0]);
    }

    document.addEventListener('click', function (event) {
        var target = event.target.closest('[data-seek]');
        if (target) {
            event.preventDefault();
            seek(playerOf(target), Number(target.getAttribute('data-seek')));
        }
    });
    document.addEventListener('change', function (event) {
        if (event.target.matches('[data-player-speed]')) {
            var audio = event.target.closest('[data-recording-player]').querySelector('audio');
            audio.playbackRate = Number(event.target.value);
        }
    });
    document.addEventListener('submit', function (event) {
        if (event.target.matches('[data-player-jump]')) {
            event.preventDefault();
            seek(event.target.closest('[data-recording-player]'), parseTime(event.target.elements.at.value));
        }
    });
    document.addEventListener('timeupdate', function (event) {
        var player = event.target.closest && event.target.closest('[data-recording-player]');
        if (!player) {
            return;
        }
        var now = event.target.currentTime;
        player.querySelectorAll('[data-transcript] li').forEach(function (li) {
            var on = now >= Number(li.dataset.start) && now < Number(li.dataset.end);
            li.classList.toggle('table-active', on);
        });
    }, true);
    function fromHash() {
        var match = /^#t=([0-9.:]+)$/.exec(location.hash);
        var player = document.querySelector('[data-recording-player]');
        if (match && player) {
            var audio = player.querySelector('audio');
            audio.addEventListener('loadedmetadata', function () { audio.currentTime = parseTime(match[1]); },
                {once: true});
        }
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', fromHash);
    } else {
        fromHash();
    }
})();
