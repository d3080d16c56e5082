// Progressive enhancement for the forms; every page works without it.
// Words come from data- attributes the server rendered in the page's
// language.
document.addEventListener("DOMContentLoaded", function () {
  // Show/hide buttons for the password fields: a fixed name (aria-label)
  // and aria-pressed say the state; the focus stays on the button.
  document.querySelectorAll("input[type=password][data-show]").forEach(function (input) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "toggle";
    button.textContent = input.dataset.show;
    button.setAttribute("aria-label", input.dataset.showLabel || input.dataset.show);
    button.setAttribute("aria-controls", input.id);
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", function () {
      var shown = input.type === "text";
      input.type = shown ? "password" : "text";
      button.textContent = shown ? input.dataset.show : input.dataset.hide;
      button.setAttribute("aria-pressed", shown ? "false" : "true");
    });
    var wrap = document.createElement("div");
    wrap.className = "with-toggle";
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    wrap.appendChild(button);
  });

  // One request per submit: the button turns into its busy state, and a
  // second click sends nothing.
  document.querySelectorAll("form[data-busy]").forEach(function (form) {
    var button = form.querySelector("button[type=submit]");
    var idle = button ? button.textContent : "";
    form.addEventListener("submit", function (event) {
      if (form.dataset.sending === "true") {
        event.preventDefault();
        return;
      }
      form.dataset.sending = "true";
      if (button) {
        button.textContent = form.dataset.busy;
        button.disabled = true;
        button.classList.add("busy");
      }
    });
    // Back to the form from the browser's cache: usable again.
    window.addEventListener("pageshow", function () {
      form.dataset.sending = "false";
      if (button) {
        button.textContent = idle;
        button.disabled = false;
        button.classList.remove("busy");
      }
    });
  });

  // The rules the new password already meets while it is typed (length,
  // the mailbox's name); the rest is judged after sending. Announced
  // politely.
  var input = document.querySelector("input[data-min-length]");
  var list = document.querySelector("[data-live-rules]");
  if (input && list) {
    var min = parseInt(input.dataset.minLength, 10);
    var max = parseInt(input.dataset.maxLength, 10);
    var names = (input.dataset.names || "").split(" ").filter(function (n) { return n.length >= 3; });
    var rules = {
      length: function (v) { var n = Array.from(v).length; return n >= min && n <= max; },
      name: function (v) {
        var lower = v.toLowerCase();
        return !names.some(function (n) { return lower.indexOf(n) !== -1; });
      }
    };
    var update = function () {
      var value = input.value;
      list.querySelectorAll("[data-rule]").forEach(function (item) {
        var check = rules[item.dataset.rule];
        if (!check) { return; }
        var met = value.length > 0 && check(value);
        item.classList.toggle("met", met);
        var state = item.querySelector(".rule-state");
        if (state) { state.textContent = met ? list.dataset.met : ""; }
      });
    };
    input.addEventListener("input", update);
  }
});
