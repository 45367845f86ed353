// The overview's charts, drawn with Apache ECharts from the counts the page carries in #chart-data.
// Selecting a bar or a slice filters the table by that rule or status. Drawn again when live.js
// swaps the page's content for a newer one.
(function () {
  const SEVERITY_COLOURS = {ERROR: '#d64545', WARNING: '#e1a100', INFO: '#2680c2'};
  const SEVERITY_NAMES = {ERROR: '错误', WARNING: '提示', INFO: '信息'};
  const STATUS_COLOURS = {
    ERRORS: '#d64545', WARNINGS: '#e1a100', CONSISTENT: '#3ebd93', NO_RULES: '#9aa5b1', EVALUATION_FAILED: '#7b1fa2'
  };
  let drawn = [];

  const filterBy = (name, value) => {
    const url = new URL(window.location.href);
    url.searchParams.set(name, value);
    url.searchParams.delete('page');
    window.location.assign(url.toString());
  };

  const chart = (id, option, onSelect) => {
    const element = document.getElementById(id);
    if (!element) {
      return;
    }
    const instance = echarts.init(element, null, {renderer: 'svg'});
    instance.setOption(Object.assign({animation: false, grid: {left: 48, right: 16, top: 16, bottom: 32}}, option));
    if (onSelect) {
      instance.on('click', onSelect);
    }
    drawn.push(instance);
  };

  const draw = () => {
    drawn.forEach(instance => instance.dispose());
    drawn = [];
    const source = document.getElementById('chart-data');
    if (!source || !window.echarts) {
      return;
    }
    const data = JSON.parse(source.textContent);
    // one bar per rule, stacked by severity: a rule that also flags conditionally has findings of two
    const rules = [...new Set(data.rules.map(r => r.rule))];
    const titles = Object.fromEntries(data.rules.map(r => [r.rule, r.title]));
    chart('chart-rules', {
      tooltip: {
        trigger: 'axis', axisPointer: {type: 'shadow'},
        // a rule set's titles are data: escaped before the tooltip's HTML
        formatter: params => `${params[0].name} ${echarts.format.encodeHTML(titles[params[0].name] || '')}<br>`
          + params.filter(p => p.value > 0).map(p => `${p.marker}${p.seriesName} ${p.value}`).join('<br>')
      },
      xAxis: {type: 'category', data: rules, axisLabel: {interval: 0, rotate: 45}},
      yAxis: {type: 'value', minInterval: 1},
      series: Object.keys(SEVERITY_COLOURS).map(severity => ({
        type: 'bar', stack: 'open', name: SEVERITY_NAMES[severity], itemStyle: {color: SEVERITY_COLOURS[severity]},
        // summed over the rule sets that share the rule's id
        data: rules.map(rule => data.rules.filter(r => r.rule === rule && r.severity === severity)
          .reduce((open, r) => open + r.open, 0))
      }))
    }, p => filterBy('rule', p.name));
    chart('chart-statuses', {
      tooltip: {trigger: 'item', formatter: p => `${p.name}：${p.value} 个部门年度`},
      series: [{
        type: 'pie', radius: ['35%', '70%'],
        data: data.statuses.filter(s => s.budgets > 0).map(s => ({value: s.budgets, name: s.name, status: s.status,
          itemStyle: {color: STATUS_COLOURS[s.status]}}))
      }]
    }, p => filterBy('status', p.data.status));
    chart('chart-days', {
      tooltip: {trigger: 'axis'},
      xAxis: {type: 'category', data: data.days.map(d => d.date.substring(5))},
      yAxis: {type: 'value', minInterval: 1},
      series: [{type: 'line', name: '未解决问题', data: data.days.map(d => d.open), areaStyle: {opacity: 0.15}}]
    });
  };

  document.addEventListener('console:refreshed', draw);
  draw();
})();
