// Back office: below 768 px the side menu folds behind a button. Loaded in <head> so the page never
// shows the open menu first; without this file the menu simply stays open above the content.
(function () {
  'use strict';
  document.documentElement.classList.add('sd-js');
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('tombol-menu-kelola');
    var menu = document.getElementById('menu-kelola');
    if (!button || !menu) {
      return;
    }
    button.addEventListener('click', function () {
      var open = menu.classList.toggle('sd-menu-terbuka');
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  });
})();
