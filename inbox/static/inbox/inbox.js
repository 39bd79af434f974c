/* Keyboard shortcuts for the staff inbox. Queue: j/k move, Enter opens, c claims.
   Card: c claim, r reply, e resolve, j/k next/previous handoff. */
(function () {
  "use strict";

  var selectedId = null;

  function isTyping(el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  function items() {
    return Array.prototype.slice.call(document.querySelectorAll("#queue .item"));
  }

  function mark(item) {
    items().forEach(function (el) {
      el.classList.remove("selected");
      el.removeAttribute("aria-current");
    });
    if (item) {
      item.classList.add("selected");
      item.setAttribute("aria-current", "true");
    }
  }

  function move(delta) {
    var list = items();
    if (!list.length) return;
    var at = list.findIndex(function (el) { return el.dataset.id === selectedId; });
    at = at < 0 ? 0 : Math.min(list.length - 1, Math.max(0, at + delta));
    selectedId = list[at].dataset.id;
    mark(list[at]);
    list[at].scrollIntoView({ block: "nearest" });
  }

  function selectedItem() {
    return selectedId ? document.getElementById("h-" + selectedId) : null;
  }

  function click(selector, root) {
    var el = (root || document).querySelector(selector);
    if (el) el.click();
    return !!el;
  }

  function follow(id) {
    var link = document.getElementById(id);
    if (link) window.location.href = link.href;
  }

  // The queue is re-rendered every few seconds: keep the selection across swaps.
  document.addEventListener("htmx:afterSwap", function () { mark(selectedItem()); });

  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && isTyping(ev.target)) { ev.target.blur(); return; }
    if (ev.ctrlKey || ev.metaKey || ev.altKey || isTyping(ev.target)) return;
    var onQueue = !!document.getElementById("queue");
    var handled = true;
    if (onQueue) {
      var item = selectedItem();
      if (ev.key === "j") move(1);
      else if (ev.key === "k") move(-1);
      else if ((ev.key === "Enter" || ev.key === "o") && item) window.location.href = item.dataset.url;
      else if (ev.key === "c" && item) click("[data-key=c]", item);
      else handled = false;
    } else {
      if (ev.key === "c") click("#card-live [data-key=c]");
      else if (ev.key === "e") click("#card-live [data-key=e]");
      else if (ev.key === "r") {
        var box = document.getElementById("reply-body");
        if (box) box.focus(); else handled = false;
      }
      else if (ev.key === "j") follow("next-link");
      else if (ev.key === "k") follow("prev-link");
      else handled = false;
    }
    if (handled) ev.preventDefault();
  });
})();
