// The editors' page, enhanced: the text's preview follows the typing, and a send's progress updates itself.
// Without JavaScript the page works the same with its buttons and the "Refresh" link.
(function () {
  'use strict';
  var body = document.getElementById('body');
  var live = document.getElementById('live-preview');
  if (body && live && window.fetch) {
    var form = body.form;
    var timer = null;
    var refresh = function () {
      var data = new URLSearchParams();
      data.append('_csrf', form.querySelector('input[name="_csrf"]').value);
      data.append('body', body.value);
      fetch('/lettres/redaction/apercu', { method: 'POST', body: data, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) { if (html !== null) { live.innerHTML = html; } });
    };
    body.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(refresh, 300);
    });
    live.hidden = false;
    refresh();
  }
  var progress = document.getElementById('progress');
  if (progress && window.fetch) {
    var poll = function () {
      fetch(progress.getAttribute('data-url'), { credentials: 'same-origin', cache: 'no-store' })
        .then(function (response) { return response.json(); })
        .then(function (counts) {
          ['sent', 'total', 'queued', 'failed'].forEach(function (key) {
            var span = progress.querySelector('[data-count="' + key + '"]');
            if (span) { span.textContent = key === 'queued' ? counts.queued + counts.sending : counts[key]; }
          });
          var status = progress.querySelector('[data-count="status"]');
          status.setAttribute('data-status', counts.status);
          status.textContent = progress.getAttribute('data-label-' + counts.status) || counts.status;
          var bar = progress.querySelector('progress');
          bar.max = counts.total;
          bar.value = counts.sent;
          if (counts.status !== 'sent') { window.setTimeout(poll, 2000); }
        });
    };
    window.setTimeout(poll, 2000);
  }
}());
