// Satu Data — the producer's upload: drag and drop, a progress bar while the file is sent, then
// the check's progress until the report is ready. Without this file the form posts normally and
// the server's progress page refreshes itself.
(function () {
  'use strict';
  var form = document.getElementById('form-unggah-pengajuan');
  if (!form || !window.XMLHttpRequest || !window.FormData) {
    return;
  }
  var input = document.getElementById('berkas-pengajuan');
  var area = document.getElementById('area-seret');
  var box = document.getElementById('kemajuan-unggah');
  var bar = document.getElementById('batang-kemajuan');
  var label = document.getElementById('label-kemajuan');
  var button = document.getElementById('tombol-unggah-pengajuan');
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');

  ['dragenter', 'dragover'].forEach(function (name) {
    area.addEventListener(name, function (e) {
      e.preventDefault();
      area.classList.add('border-primary', 'bg-light');
    });
  });
  ['dragleave', 'drop'].forEach(function (name) {
    area.addEventListener(name, function (e) {
      e.preventDefault();
      area.classList.remove('border-primary', 'bg-light');
    });
  });
  area.addEventListener('drop', function (e) {
    if (e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files.length) {
      input.files = e.dataTransfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });

  function show(percent, text, failed) {
    box.classList.remove('d-none');
    bar.style.width = percent + '%';
    bar.parentNode.setAttribute('aria-valuenow', String(percent));
    bar.classList.toggle('bg-danger', !!failed);
    label.textContent = text;
  }

  function follow(url) {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.onload = function () {
      if (xhr.status !== 200) {
        window.location.href = url;
        return;
      }
      var s = JSON.parse(xhr.responseText);
      show(s.persen, s.galat ? s.label + ': ' + s.galat : s.label, !!s.galat);
      if (s.status === 'SELESAI') {
        window.location.href = s.tautan;
      } else if (!s.selesai) {
        window.setTimeout(function () { follow(url); }, 1000);
      } else {
        button.disabled = false;
      }
    };
    xhr.onerror = function () { window.location.href = url; };
    xhr.send();
  }

  form.addEventListener('submit', function (e) {
    if (!input.checkValidity()) {
      return;
    }
    e.preventDefault();
    button.disabled = true;
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('Accept', 'application/json');
    if (token && header) {
      xhr.setRequestHeader(header.content, token.content);
    }
    xhr.upload.addEventListener('progress', function (ev) {
      if (ev.lengthComputable) {
        show(Math.round(100 * ev.loaded / ev.total), label.dataset.sending || label.textContent);
      }
    });
    xhr.onload = function () {
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = {}; }
      if (xhr.status === 202 && body.status) {
        follow(body.status);
      } else {
        show(100, body.galat || xhr.statusText, true);
        button.disabled = false;
      }
    };
    xhr.onerror = function () {
      show(100, xhr.statusText || 'Error', true);
      button.disabled = false;
    };
    label.dataset.sending = label.textContent;
    xhr.send(new FormData(form));
  });
})();
