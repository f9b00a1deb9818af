// Quality pages: transcript lines, comment times and inspection hits seek the recording; the ⏱ button next to an
// item's time field writes the player's current position into it. Charts on the report page (ECharts) read their
// data from data-chart attributes, so no inline script is needed (CSP).
(function () {
    'use strict';

    function player(from) {
        const id = from && from.getAttribute('data-player');
        const section = id ? document.getElementById(id) : document.querySelector('[data-recording-player]');
        return section && section.querySelector('audio');
    }

    function clock(seconds) {
        const s = Math.floor(seconds);
        return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
    }

    document.addEventListener('click', function (event) {
        // timestamps (data-seek, in seconds) are handled by the recording player's script when it is on the page
        const seek = !window.hotlineRecordingPlayer && event.target.closest('[data-seek]');
        if (seek) {
            const audio = player(seek);
            if (audio) {
                audio.currentTime = Number(seek.dataset.seek);
                audio.play().catch(function () { /* autoplay refused: the position is set all the same */ });
            }
            return;
        }
        const now = event.target.closest('.quality-now');
        if (now) {
            const audio = player(null);
            const field = now.parentElement.querySelector('.quality-at');
            if (audio && field) {
                field.value = clock(audio.currentTime);
            }
        }
    });

    function drawCharts(root) {
        if (typeof echarts === 'undefined') {
            return;
        }
        root.querySelectorAll('[data-quality-chart]').forEach(function (el) {
            const data = JSON.parse(el.dataset.chart || '{}');
            const chart = echarts.getInstanceByDom(el) || echarts.init(el);
            const kind = el.dataset.qualityChart;
            let option;
            if (kind === 'distribution') {
                option = {
                    tooltip: {trigger: 'axis'},
                    grid: {left: 40, right: 16, top: 16, bottom: 32},
                    xAxis: {type: 'category', data: data.labels},
                    yAxis: {type: 'value', minInterval: 1},
                    series: [{type: 'bar', name: el.dataset.label, data: data.values}]
                };
            } else if (kind === 'items') {
                option = {
                    tooltip: {trigger: 'axis'},
                    grid: {left: 160, right: 16, top: 16, bottom: 32},
                    xAxis: {type: 'value', max: 100},
                    yAxis: {type: 'category', data: data.labels, inverse: true},
                    series: [{type: 'bar', name: el.dataset.label, data: data.values}]
                };
            } else {
                option = {
                    tooltip: {trigger: 'axis'},
                    legend: {top: 0},
                    grid: {left: 40, right: 40, top: 32, bottom: 32},
                    xAxis: {type: 'category', data: data.labels},
                    yAxis: [{type: 'value', min: 0, max: 100}, {type: 'value', minInterval: 1}],
                    series: [
                        {type: 'line', name: el.dataset.labelAverage, data: data.average, connectNulls: true},
                        {type: 'bar', name: el.dataset.labelCount, data: data.count, yAxisIndex: 1, barMaxWidth: 24}
                    ]
                };
            }
            chart.setOption(option, true);
        });
    }

    document.addEventListener('DOMContentLoaded', function () { drawCharts(document); });
    document.addEventListener('htmx:afterSettle', function (event) { drawCharts(event.target); });
    window.addEventListener('resize', function () {
        document.querySelectorAll('[data-quality-chart]').forEach(function (el) {
            const chart = typeof echarts !== 'undefined' && echarts.getInstanceByDom(el);
            if (chart) {
                chart.resize();
            }
        });
    });
}());
