// The admin's only script. Forms work without it: row buttons then submit the form, and the
// server adds, removes or moves the row and shows the form again; a reference with an autocomplete
// is an input of the id. With it, the same buttons act in the page, one Save sends the rows in
// their new order, and an autocomplete searches its target as one types.
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
    showSearches(row);
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

  // Autocomplete: an id input that works alone (without this script), with a search box shown here
  // whose results, read from the admin's autocomplete address, fill the input when picked.
  var searches = 0;

  function search(box) {
    var widget = box.closest('.autocomplete');
    var results = widget.querySelector('.autocomplete-results');
    var url = widget.getAttribute('data-autocomplete') + '&term=' + encodeURIComponent(box.value);
    var asked = ++searches;
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (answer) {
        if (asked !== searches) {
          return; // a later search has answered or will
        }
        results.textContent = '';
        answer.results.forEach(function (item) {
          var choice = document.createElement('li');
          var button = document.createElement('button');
          button.type = 'button';
          button.className = 'autocomplete-choice';
          button.setAttribute('data-id', item.id);
          button.textContent = item.text;
          choice.appendChild(button);
          results.appendChild(choice);
        });
        if (answer.results.length === 0) {
          var none = document.createElement('li');
          none.className = 'empty';
          none.textContent = 'No results found';
          results.appendChild(none);
        }
      });
  }

  function pick(button) {
    var widget = button.closest('.autocomplete');
    var input = widget.querySelector('input.reference-id');
    var labels = widget.querySelector('.reference-label, .reference-labels');
    var id = button.getAttribute('data-id');
    if (widget.hasAttribute('data-many')) {
      var ids = input.value.split(',').map(function (part) { return part.trim(); }).filter(Boolean);
      if (ids.indexOf(id) < 0) {
        ids.push(id);
        var label = document.createElement('li');
        label.textContent = button.textContent;
        labels.appendChild(label);
      }
      input.value = ids.join(', ');
    } else {
      input.value = id;
      labels.textContent = button.textContent;
    }
    widget.querySelector('.autocomplete-results').textContent = '';
    widget.querySelector('.autocomplete-search').value = '';
  }

  function showSearches(root) {
    var boxes = root.querySelectorAll('.autocomplete-search[hidden]');
    for (var i = 0; i < boxes.length; i++) {
      boxes[i].hidden = false;
    }
  }

  var timer = null;
  document.addEventListener('input', function (event) {
    if (event.target.classList && event.target.classList.contains('autocomplete-search')) {
      var box = event.target;
      clearTimeout(timer);
      timer = setTimeout(function () { search(box); }, 250);
    }
  });

  document.addEventListener('focusin', function (event) {
    if (event.target.classList && event.target.classList.contains('autocomplete-search')
        && !event.target.closest('.autocomplete').querySelector('.autocomplete-results').firstChild) {
      search(event.target);
    }
  });

  document.addEventListener('click', function (event) {
    var button = event.target.closest('button.autocomplete-choice');
    if (button) {
      pick(button);
      event.preventDefault();
    }
  });

  document.addEventListener('DOMContentLoaded', function () { showSearches(document); });
  if (document.readyState !== 'loading') {
    showSearches(document);
  }

  document.addEventListener('change', function (event) {
    if (event.target.id === 'action-toggle') {
      var boxes = document.querySelectorAll('input.action-select');
      for (var i = 0; i < boxes.length; i++) {
        boxes[i].checked = event.target.checked;
      }
    }
  });
})();
