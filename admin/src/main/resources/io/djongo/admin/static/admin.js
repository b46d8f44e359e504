// The admin's only script. Forms work without it: row buttons then submit the form, and the
// server adds, removes or moves the row and shows the form again. With it, the same buttons act
// in the page, and one Save sends the rows in their new order.
(function () {
  'use strict';

  var counter = 0;

  function newToken() {
    counter += 1;
    return 'n' + Date.now().toString(36) + counter.toString(36);
  }

  function rowsOf(button) {
    return button.closest('fieldset.rows');
  }

  function addRow(fieldset) {
    var list = fieldset.querySelector(':scope > .row-list');
    var template = fieldset.querySelector(':scope > template');
    if (!list || !template) {
      return false;
    }
    var placeholder = template.getAttribute('data-placeholder');
    var html = template.innerHTML.split(placeholder).join(newToken());
    var holder = document.createElement('div');
    holder.innerHTML = html;
    var row = holder.firstElementChild;
    list.appendChild(row);
    var first = row.querySelector('input:not([type=hidden]), select, textarea');
    if (first) {
      first.focus();
    }
    return true;
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('button[name="_rowop"]');
    if (!button) {
      return;
    }
    var op = button.value.split(':')[0];
    var fieldset = rowsOf(button);
    if (op === 'add') {
      if (fieldset && fieldset.getAttribute('data-rows') === button.value.substring(4) && addRow(fieldset)) {
        event.preventDefault();
      }
      return;
    }
    var row = button.closest('.row');
    if (!row) {
      return;
    }
    if (op === 'del') {
      row.remove();
    } else if (op === 'up' && row.previousElementSibling) {
      row.parentNode.insertBefore(row, row.previousElementSibling);
    } else if (op === 'down' && row.nextElementSibling) {
      row.parentNode.insertBefore(row.nextElementSibling, row);
    }
    event.preventDefault();
  });

  document.addEventListener('change', function (event) {
    if (event.target.id === 'action-toggle') {
      var boxes = document.querySelectorAll('input.action-select');
      for (var i = 0; i < boxes.length; i++) {
        boxes[i].checked = event.target.checked;
      }
    }
  });
})();
