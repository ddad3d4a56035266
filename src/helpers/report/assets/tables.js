// Sortable, filterable tables for the workbook's HTML report. No dependencies, no network.
// Every <table class="dataframe"> (pandas' tables, in the notebooks and the table pages)
// gets a filter box above it, which hides the rows that do not contain the text typed, and
// headers that sort the rows when clicked (numbers as numbers; click again to reverse).
// Part of the outlet-framing workbook (MIT licence, see the package's licence).
(function () {
  "use strict";

  function cellValue(row, column) {
    var cell = row.cells[column];
    return cell ? cell.textContent.trim() : "";
  }

  function compare(a, b) {
    var x = parseFloat(a.replace(/,/g, "")), y = parseFloat(b.replace(/,/g, ""));
    var numeric = /^[-+]?[\d,]*\.?\d+(e[-+]?\d+)?%?$/i;
    if (numeric.test(a) && numeric.test(b)) { return x - y; }
    return a.localeCompare(b);
  }

  function sortBy(table, column, header) {
    var body = table.tBodies[0];
    var descending = header.getAttribute("aria-sort") === "ascending";
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (r, s) {
      var order = compare(cellValue(r, column), cellValue(s, column));
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.querySelectorAll("th"), function (th) {
      th.removeAttribute("aria-sort");
    });
    header.setAttribute("aria-sort", descending ? "descending" : "ascending");
  }

  function filterRows(table, text) {
    var wanted = text.toLowerCase();
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      row.hidden = wanted !== "" && row.textContent.toLowerCase().indexOf(wanted) < 0;
    });
  }

  function enhance(table) {
    if (!table.tHead || !table.tBodies.length || table.dataset.enhanced) { return; }
    table.dataset.enhanced = "1";
    var box = document.createElement("input");
    box.type = "search";
    box.placeholder = "Filter rows\u2026";
    box.className = "table-filter";
    box.setAttribute("aria-label", "Filter the rows of the table below");
    box.addEventListener("input", function () { filterRows(table, box.value); });
    table.parentNode.insertBefore(box, table);
    var headers = table.tHead.rows[table.tHead.rows.length - 1].cells;
    Array.prototype.forEach.call(headers, function (header, column) {
      header.tabIndex = 0;
      header.title = "Sort by this column";
      header.style.cursor = "pointer";
      var sort = function () { sortBy(table, column, header); };
      header.addEventListener("click", sort);
      header.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(); }
      });
    });
  }

  function enhanceAll() {
    Array.prototype.forEach.call(document.querySelectorAll("table.dataframe"), enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhanceAll);
  } else {
    enhanceAll();
  }
}());
