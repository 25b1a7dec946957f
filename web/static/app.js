// Small progressive enhancements; every feature works without this file except copying.
"use strict";

(function () {
  // Copy a citation: the Clipboard API where allowed, a hidden textarea otherwise.
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    // The textarea where the page is no secure context (an intranet server on plain http); focus returns to the
    // button, else a keyboard user's next Tab starts again at the top of the page
    return new Promise(function (resolve, reject) {
      var focused = document.activeElement;
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "absolute";
      area.style.left = "-9999px";
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand("copy");
      document.body.removeChild(area);
      if (focused) focused.focus();
      ok ? resolve() : reject(new Error("copy failed"));
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-copy]");
    if (!button) return;
    var source = document.getElementById(button.getAttribute("data-copy"));
    var status = button.parentNode.querySelector(".copy-status");
    var text = (source.tagName === "INPUT" ? source.value : source.textContent).trim();
    copyText(text).then(function () {
      document.documentElement.setAttribute("data-last-copied", text);
      // The clipboard holds this citation alone: an earlier button's „Zitat kopiert.“ would claim it held that one
      document.querySelectorAll(".copy-status").forEach(function (other) {
        if (other !== status) other.textContent = "";
      });
      if (status) status.textContent = button.getAttribute("data-copied") || "Zitat kopiert.";
    }, function () {
      if (status) status.textContent = "Kopieren nicht möglich – bitte den Text markieren und kopieren.";
    });
  });

  // Print one answer: the page's head and that answer with its citation, not the whole document.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-print]");
    if (!button) return;
    var section = document.getElementById(button.getAttribute("data-print"));
    document.documentElement.classList.add("print-one");
    section.classList.add("printing");
    window.print();
  });
  window.addEventListener("afterprint", function () {
    document.documentElement.classList.remove("print-one");
    document.querySelectorAll(".printing").forEach(function (section) { section.classList.remove("printing"); });
  });

  // Back to the hits at the hit of the answer read (#frage-4 → #treffer-<id>-4), not at the top of the result page.
  var back = document.querySelector("p.back a[data-hit]");
  if (back) {
    back.addEventListener("click", function () {
      var read = /^#frage-(\d+)$/.exec(location.hash);
      back.hash = "treffer-" + back.getAttribute("data-hit") + "-" + (read ? read[1] : "dokument");
    });
  }

  // A link to a question the page does not print (#frage-7 of an answer a corrected version replaced with five
  // questions) says so, instead of leaving the reader at the top to take the first answer for the one cited.
  // A question named as printed (#frage-2a, #frage-2.1) is the section of that printed number: the address becomes
  // the section's own (#frage-3, as links count questions); a number that counts one question and is printed on
  // another (#frage-3 of 1, 2, 2a, 2b, 3) opens the counted one and its notice leads to the printed one.
  var missing = document.getElementById("frage-fehlt");
  if (missing) {
    var namedAsPrinted = null;  // the section a printed number led to: no notice that another is printed so
    var showMissing = function () {
      var asked = /^#frage-([\w.]+)$/.exec(location.hash);
      var label = asked ? decodeURIComponent(asked[1]).toLowerCase() : null;
      var named = asked ? document.getElementById("frage-" + asked[1]) : null;  // a printed number's own anchor too
      if (label && (named === null || named.classList.contains("printed-anchor"))) {
        var printed = Array.prototype.find.call(document.querySelectorAll("section.qa[data-printed]"), function (s) {
          return s.getAttribute("data-printed").toLowerCase() === label;
        });
        if (printed) {
          namedAsPrinted = printed.id;
          location.replace("#" + printed.id);
          return;
        }
      }
      missing.hidden = !asked || document.getElementById("frage-" + asked[1]) !== null;
      if (!missing.hidden) {
        missing.querySelector(".nr").textContent = asked[1];
      }
      document.querySelectorAll(".printed-elsewhere").forEach(function (notice) {
        var opened = notice.getAttribute("data-for");
        notice.hidden = !asked || opened !== "frage-" + asked[1] || opened === namedAsPrinted;
      });
      namedAsPrinted = null;
    };
    showMissing();
    window.addEventListener("hashchange", showMissing);
  }

  // Keep shared URLs short: empty fields and the default sort are left out of the query string.
  document.querySelectorAll("form.search").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("input[name], select[name]").forEach(function (field) {
        if (field.name !== "q" && (field.value === "" || (field.name === "sort" && field.value === "relevanz"))) {
          field.disabled = true;
        }
      });
    });
  });

  // Back/forward cache: fields disabled by a previous submit must work again.
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form.search [disabled]").forEach(function (field) { field.disabled = false; });
  });

  // On a phone the facets come before the results, folded so the first hit stays in view.
  if (window.matchMedia("(max-width: 50rem)").matches) {
    document.querySelectorAll("details.facet-toggle").forEach(function (details) { details.open = false; });
  }

  // Changing the sort order with the mouse applies it at once. The arrow keys change a closed select one option
  // at a time: there the choice is applied with Enter or on leaving the field, else the first key press would
  // reload the page and „Älteste zuerst“ were out of reach (the "Anwenden" button remains too). A choice from the
  // list opened with the keyboard (Space, Alt+↓, F4) applies at once, also when picked with the mouse: the list's
  // options send the field no pointerdown.
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    var keyed = false, pending = false;
    select.addEventListener("keydown", function (event) {
      var opens = event.key === " " || event.key === "F4" ||
        (event.altKey && (event.key === "ArrowDown" || event.key === "ArrowUp"));
      keyed = !opens;
      if (event.key === "Enter") {
        event.preventDefault();
        pending = false;  // applied now, not once more on leaving the field
        select.form.requestSubmit();
      }
    });
    select.addEventListener("pointerdown", function () { keyed = false; });
    select.addEventListener("change", function () {
      if (keyed) { pending = true; } else { select.form.requestSubmit(); }
    });
    select.addEventListener("blur", function () {
      if (pending) { pending = false; select.form.requestSubmit(); }
    });
  });

  // Autocomplete: fill the input's <datalist> with words and titles from the index.
  var input = document.querySelector("input[data-suggest]");
  if (input && input.list) {
    var timer = null, last = "";
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var words = input.value.split(/\s+/), prefix = words.pop();
        if (prefix.length < 2 || input.value === last) return;
        last = input.value;
        var asked = input.value;
        fetch(input.getAttribute("data-suggest") + "?q=" + encodeURIComponent(prefix))
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            // an answer that comes after the words changed (a slow „Lan“ after „Langzeit“) is no longer asked for
            if (input.value !== asked) return;
            var head = words.length ? words.join(" ") + " " : "";
            input.list.replaceChildren.apply(input.list, data.suggestions.map(function (item) {
              var option = document.createElement("option");
              // a title narrows the words typed before it, as a word does: „Dortmund titel:"…"“, not the title alone
              option.value = head + (item.kind === "titel" ? "titel:\"" + item.text + "\"" : item.text);
              option.label = item.kind === "titel" ? "Titel: " + item.text : item.text;
              return option;
            }));
          })
          .catch(function () {});
      }, 150);
    });
  }
})();
