// Workforce charts (ECharts): forecast, schedule coverage and intraday. Data comes in data-chart attributes, so the
// pages need no inline script (CSP); charts are drawn again when htmx swaps a fragment in.
(function () {
    'use strict';

    function series(name, data, extra) {
        return Object.assign({name: name, type: 'line', showSymbol: false, data: data}, extra || {});
    }

    const kinds = {
        forecast: function (el, d) {
            return [
                series(el.dataset.labelHistory, d.history),
                series(el.dataset.labelForecast, d.forecast, {lineStyle: {type: 'dashed'}}),
                series(el.dataset.labelAdjusted, d.adjustments.map(function (a) { return [a[0], a[1]]; }),
                    {type: 'scatter', symbolSize: 9})
            ];
        },
        coverage: function (el, d) {
            return [
                series(el.dataset.labelRequired, d.required, {step: 'start'}),
                series(el.dataset.labelCovered, d.covered, {step: 'start', areaStyle: {opacity: 0.15}})
            ];
        },
        intraday: function (el, d) {
            return [
                series(el.dataset.labelForecast, d.forecast, {lineStyle: {type: 'dashed'}}),
                series(el.dataset.labelActual, d.actual),
                series(el.dataset.labelReforecast, d.reforecast, {lineStyle: {type: 'dotted'}}),
                series(el.dataset.labelRequired, d.required, {step: 'start', yAxisIndex: 1}),
                series(el.dataset.labelScheduled, d.scheduled, {step: 'start', yAxisIndex: 1})
            ];
        }
    };

    function draw(root) {
        if (typeof echarts === 'undefined') {
            return;
        }
        root.querySelectorAll('[data-chart-kind]').forEach(function (el) {
            const data = JSON.parse(el.dataset.chart || '{}');
            const chart = echarts.getInstanceByDom(el) || echarts.init(el);
            const twoAxes = el.dataset.chartKind === 'intraday';
            chart.setOption({
                tooltip: {trigger: 'axis'},
                legend: {top: 0},
                grid: {left: 48, right: twoAxes ? 48 : 16, top: 36, bottom: 56},
                xAxis: {type: 'time'},
                yAxis: twoAxes ? [{type: 'value'}, {type: 'value', minInterval: 1}] : {type: 'value'},
                dataZoom: [{type: 'inside'}, {type: 'slider', height: 18, bottom: 8}],
                series: kinds[el.dataset.chartKind](el, data)
            }, true);
        });
    }

    document.addEventListener('DOMContentLoaded', function () { draw(document); });
    document.addEventListener('htmx:afterSettle', function (event) { draw(event.target); });
    window.addEventListener('resize', function () {
        document.querySelectorAll('[data-chart-kind]').forEach(function (el) {
            const chart = typeof echarts !== 'undefined' && echarts.getInstanceByDom(el);
            if (chart) {
                chart.resize();
            }
        });
    });
})();
