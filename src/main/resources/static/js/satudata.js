// Satu Data: small progressive enhancements. Every page works without this file.
(function () {
  'use strict';
  // htmx requests carry the CSRF token like forms do.
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', function (event) {
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // Refuse a file over the upload limit before sending it (the server refuses it too).
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.dataset.maxBytes) {
      return;
    }
    var max = parseInt(input.dataset.maxBytes, 10);
    var file = input.files && input.files[0];
    input.setCustomValidity(file && file.size > max ? (input.dataset.tooLarge || 'Too large') : '');
    input.reportValidity();
  });
  // Buttons that ask before they act (data-confirm="question").
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
})();
