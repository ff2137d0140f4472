/* govlog site: the front page's filters and full-text search. Without it the page shows every record. */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var table = document.getElementById("records");
  if (!form || !table) return;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var texts = (window.GOVLOG_SEARCH || []).map(function (t) { return t.toLocaleLowerCase(); });
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
  var query = document.getElementById("q");
  var shown = document.getElementById("shown");
  var none = document.getElementById("none");

  // Each filter's choices are the values the rows hold, shown as the table writes them.
  selects.forEach(function (select) {
    var key = select.getAttribute("data-filter");
    var seen = {};
    rows.forEach(function (row) {
      var value = row.getAttribute("data-" + key);
      if (!value || seen[value]) return;
      var cell = key === "status" ? row.cells[2] : key === "type" ? row.cells[4] : null;
      seen[value] = cell ? cell.textContent.trim().replace(/^\S+\s+/, "") || value : value;
    });
    Object.keys(seen).sort().forEach(function (value) {
      var option = document.createElement("option");
      option.value = value;
      option.textContent = seen[value];
      select.appendChild(option);
    });
  });

  function apply() {
    var words = query.value.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    var count = 0;
    rows.forEach(function (row) {
      var text = texts[+row.getAttribute("data-entry")] || row.textContent.toLocaleLowerCase();
      var ok = selects.every(function (s) {
        return !s.value || row.getAttribute("data-" + s.getAttribute("data-filter")) === s.value;
      }) && words.every(function (w) { return text.indexOf(w) >= 0; });
      row.hidden = !ok;
      if (ok) count++;
    });
    none.hidden = count > 0;
    shown.textContent = shown.getAttribute("data-text")
      .replace("%s", String(count)).replace("%s", String(rows.length));
  }

  form.addEventListener("input", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  form.hidden = false;
  apply();
})();
