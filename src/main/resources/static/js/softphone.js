// The browser softphone of the agent desktop (ADR 0091). When the desk loads the telephony module's panel
// (#softphone), this fetches the agent's own SIP account, loads JsSIP and registers through the Kamailio WebSocket
// edge; Hotline's SIP adapter is the registrar. An incoming call rings here; the desk's Answer button picks it up
// (window.HotlineSoftphone.answer), Hold and Hang up stay the switch's (routing's) commands, Mute is local. The
// caller's voice plays in the panel's <audio>. Texts come from the panel's hidden labels.
(function () {
    'use strict';

    const $ = function (id) { return document.getElementById(id); };
    let panel = null;
    let ua = null;
    let session = null;
    let registered = false;
    let ringer = null;
    // the microphone as the deployment wants it: the browser's cleaning, or the headset's own (audioProcessing false)
    let microphone = true;

    const badgeClass = {
        registered: 'text-bg-success', ringing: 'text-bg-warning', talking: 'text-bg-primary',
        failed: 'text-bg-danger', noAccount: 'text-bg-danger'
    };

    function label(key) {
        const el = $('softphone-label-' + key);
        return el ? el.textContent : key;
    }

    function show(state) {
        const badge = $('softphone-status');
        if (!badge) {
            return;
        }
        badge.dataset.state = state;
        badge.textContent = label(state);
        badge.className = 'badge ms-auto ' + (badgeClass[state] || 'text-bg-secondary');
    }

    function idle() {
        return registered ? 'registered' : 'unregistered';
    }

    // a ring in the page: 450 Hz, one second on, four off (the Chinese ringing cadence); silent where the browser
    // keeps audio from starting without a gesture
    function ring(on) {
        if (!on) {
            if (ringer) {
                clearInterval(ringer.timer);
                ringer.context.close().catch(function () {});
                ringer = null;
            }
            return;
        }
        if (ringer || !window.AudioContext) {
            return;
        }
        const context = new AudioContext();
        const burst = function () {
            const tone = context.createOscillator();
            const gain = context.createGain();
            tone.frequency.value = 450;
            gain.gain.value = 0.1;
            tone.connect(gain).connect(context.destination);
            tone.start();
            tone.stop(context.currentTime + 1);
        };
        burst();
        ringer = {context: context, timer: setInterval(burst, 5000)};
    }

    function mute(on) {
        const button = $('softphone-mute');
        if (!session || !button) {
            return;
        }
        if (on) {
            session.mute({audio: true});
        } else {
            session.unmute({audio: true});
        }
        button.setAttribute('aria-pressed', String(on));
        button.textContent = label(on ? 'unmute' : 'mute');
    }

    function hearRemote(connection) {
        connection.addEventListener('track', function (event) {
            const audio = $('softphone-audio');
            if (audio && event.streams && event.streams[0]) {
                audio.srcObject = event.streams[0];
                audio.play().catch(function () {});
            }
        });
    }

    function take(incoming) {
        session = incoming;
        show('ringing');
        ring(true);
        incoming.on('peerconnection', function (event) { hearRemote(event.peerconnection); });
        incoming.on('confirmed', function () {
            ring(false);
            show('talking');
            $('softphone-mute').disabled = false;
        });
        const over = function () {
            ring(false);
            session = null;
            const button = $('softphone-mute');
            if (button) {
                button.disabled = true;
                button.setAttribute('aria-pressed', 'false');
                button.textContent = label('mute');
            }
            show(idle());
        };
        incoming.on('ended', over);
        incoming.on('failed', over);
    }

    function register(account) {
        $('softphone-identity').textContent = account.sipUser;
        microphone = account.audioProcessing !== false ? true
            : {echoCancellation: false, noiseSuppression: false, autoGainControl: false};
        ua = new JsSIP.UA({
            sockets: [new JsSIP.WebSocketInterface(account.websocket)],
            uri: account.uri,
            authorization_user: account.sipUser,
            realm: account.realm,
            ha1: account.ha1,
            display_name: account.displayName,
            register: true,
            register_expires: 120,
            session_timers: false,
            user_agent: 'Hotline softphone (JsSIP ' + JsSIP.version + ')'
        });
        ua.on('registered', function () {
            registered = true;
            if (!session) {
                show('registered');
            }
        });
        ua.on('unregistered', function () {
            registered = false;
            if (!session) {
                show('unregistered');
            }
        });
        ua.on('registrationFailed', function () {
            registered = false;
            show('failed');
        });
        ua.on('disconnected', function () {
            registered = false;
            if (!session) {
                show('unregistered');
            }
        });
        ua.on('newRTCSession', function (event) {
            if (event.originator !== 'remote') {
                return;
            }
            if (session) {
                event.session.terminate({status_code: 486, reason_phrase: 'Busy Here'});
                return;
            }
            take(event.session);
        });
        ua.start();
        window.addEventListener('beforeunload', function () { ua.stop(); });
    }

    function loadScript(src) {
        return new Promise(function (resolve, reject) {
            if (window.JsSIP) {
                resolve();
                return;
            }
            const script = document.createElement('script');
            script.src = src;
            script.onload = resolve;
            script.onerror = reject;
            document.head.appendChild(script);
        });
    }

    function start(element) {
        if (panel === element) {
            return;
        }
        panel = element;
        if (panel.dataset.hasAccount !== 'true') {
            show('noAccount');
            return;
        }
        $('softphone-mute').addEventListener('click', function () {
            mute($('softphone-mute').getAttribute('aria-pressed') !== 'true');
        });
        fetch(panel.dataset.account, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
            .then(function (response) {
                return response.ok ? response.json() : Promise.reject(new Error('account: ' + response.status));
            })
            .then(function (account) {
                return loadScript(panel.dataset.jssip).then(function () { register(account); });
            })
            .catch(function (error) {
                console.warn('softphone', error);
                show('failed');
            });
    }

    window.HotlineSoftphone = {
        /** Whether an incoming call rings here. */
        ringing: function () {
            return !!session && session.direction === 'incoming' && !session.isEstablished() && !session.isEnded();
        },
        /** Picks up the call ringing here; false when none does (the desk then asks the switch). */
        answer: function () {
            if (!this.ringing()) {
                return false;
            }
            session.answer({mediaConstraints: {audio: microphone, video: false}});
            return true;
        },
        mute: mute,
        /** The media figures of the call on the line (packets and audio energy each way), for diagnostics. */
        stats: function () {
            if (!session || !session.connection) {
                return Promise.resolve(null);
            }
            return session.connection.getStats().then(function (report) {
                const figures = {packetsReceived: 0, packetsSent: 0, audioEnergy: 0};
                session.connection.getSenders().forEach(function (sender) {
                    if (sender.track && sender.track.kind === 'audio') {
                        figures.echoCancellation = !!sender.track.getSettings().echoCancellation;
                    }
                });
                report.forEach(function (s) {
                    if (s.type === 'inbound-rtp' && s.kind === 'audio') {
                        figures.packetsReceived += s.packetsReceived || 0;
                        figures.audioEnergy += s.totalAudioEnergy || 0;
                    } else if (s.type === 'outbound-rtp' && s.kind === 'audio') {
                        figures.packetsSent += s.packetsSent || 0;
                    }
                });
                return figures;
            });
        }
    };

    function look() {
        const element = $('softphone');
        if (element) {
            start(element);
        }
    }

    document.addEventListener('htmx:load', look);
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', look);
    } else {
        look();
    }
})();
