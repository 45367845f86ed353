// Keeps an open page current: when reconciliation publishes a change of a department-year the page
// shows, the page fetches itself again and swaps its content in place, without a reload.
(function () {
  const body = document.body;
  const year = body.dataset.liveYear;
  if (!year || !window.EventSource) {
    return;
  }
  const dept = body.dataset.liveDept;
  let pending = null;
  const refresh = () => fetch(window.location.href, {credentials: 'same-origin'})
    .then(response => response.ok ? response.text() : Promise.reject(response.status))
    .then(html => {
      const next = new DOMParser().parseFromString(html, 'text/html').querySelector('main');
      if (next) {
        document.querySelector('main').replaceWith(next);
        // the page's own scripts (the overview's charts) draw the new content
        document.dispatchEvent(new Event('console:refreshed'));
      }
    })
    .catch(() => {});
  new EventSource('/live').onmessage = event => {
    const [changedDept, changedYear] = event.data.split(':');
    if (changedYear !== year || (dept && changedDept !== dept)) {
      return;
    }
    // one fetch for a burst of changes
    clearTimeout(pending);
    pending = setTimeout(refresh, 200);
  };
})();
