// Show/hide buttons for the password fields. Progressive enhancement: the
// pages work without it; the button's words come from the field's
// data-show and data-hide attributes (German or English).
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("input[type=password][data-show]").forEach(function (input) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "toggle";
    button.textContent = input.dataset.show;
    button.setAttribute("aria-controls", input.id);
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", function () {
      var shown = input.type === "text";
      input.type = shown ? "password" : "text";
      button.textContent = shown ? input.dataset.show : input.dataset.hide;
      button.setAttribute("aria-pressed", shown ? "false" : "true");
      input.focus();
    });
    var wrap = document.createElement("div");
    wrap.className = "with-toggle";
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    wrap.appendChild(button);
  });
});
