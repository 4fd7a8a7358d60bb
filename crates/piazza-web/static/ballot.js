// Updates a budget ballot's running total in place. After each change the form is checked by
// the server, exactly as the "Check the total" button does without script, and only the
// summary is replaced; casting still submits the whole form. Without script, or if anything
// fails here, the page works as before.
(function () {
  'use strict';
  var form = document.querySelector('form[data-ballot]');
  if (!form || !window.fetch || !window.DOMParser) return;
  var summary = form.querySelector('.ballot-summary');
  // Not `form.action`: the buttons are named "action", which shadows the property.
  var address = form.getAttribute('action');
  var latest = 0;
  form.addEventListener('change', function () {
    var data = new URLSearchParams(new FormData(form));
    data.set('action', 'check');
    var mine = ++latest;
    fetch(address, { method: 'POST', body: data, credentials: 'same-origin' })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        if (mine !== latest) return;
        var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('.ballot-summary');
        if (fresh && summary) summary.innerHTML = fresh.innerHTML;
      })
      .catch(function () {});
  });
})();
