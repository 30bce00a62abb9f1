/* The cleaner report's script: the document list (filters, search, pages) and each document's view, rendered from
   the JSON embedded in the page when asked for. Text from documents is only ever set with textContent / attribute
   values, never parsed as markup. The state is in the URL fragment (#kind=author_bio&site=example.com, #doc=12),
   so the overview's links, the back button and a shared link all work. */
(function () {
  "use strict";
  var PAGE_SIZE = 100;
  var index = JSON.parse(document.getElementById("report-index").textContent);
  var lists = JSON.parse(document.getElementById("report-lists").textContent);
  // index row: id, title, url, site, language, format, kinds, rules, removed, share, near, warnings, error
  var ID = 0, TITLE = 1, URL_ = 2, SITE = 3, LANG = 4, KINDS = 6, RULES = 7, REMOVED = 8, SHARE = 9, NEAR = 10,
      WARNINGS = 11, ERROR = 12;
  var FILTERS = ["kind", "rule", "site", "lang", "only", "q", "text", "sort", "share"];
  var listSection = document.getElementById("list");
  var overview = document.getElementById("overview");
  var docSection = document.getElementById("document");
  var form = document.getElementById("filters");
  var lastList = "#list";
  var shown = [];  // the document numbers of the current list, for previous / next in a document

  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      for (var key in attrs) {
        if (!Object.prototype.hasOwnProperty.call(attrs, key) || attrs[key] === null || attrs[key] === undefined) continue;
        if (key === "text") node.textContent = attrs[key];
        else if (key === "cls") node.className = attrs[key];
        else if (key === "style") node.setAttribute("style", attrs[key]);
        else node.setAttribute(key, attrs[key]);
      }
    }
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
    }
    return node;
  }

  // A document's data: JSON in its script element, or (cleaner report --compress) gzip in base64, inflated by the
  // browser's DecompressionStream. Either way a promise.
  function loadText(n) {
    var script = document.getElementById("d" + n);
    if (!script) return Promise.resolve(null);
    if (script.type === "application/json") return Promise.resolve(script.textContent);
    if (typeof DecompressionStream === "undefined") {
      return Promise.reject(new Error("this browser cannot read a compressed report (it has no DecompressionStream: " +
        "Chrome and Edge 80, Firefox 113 and Safari 16.4 have it); build the report without --compress"));
    }
    var binary = atob(script.textContent.trim());
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text();
  }

  var lowered = {};  // document number -> its data, lower-case, for the full-text search
  function searchText(n) {
    if (lowered[n] !== undefined) return Promise.resolve(lowered[n]);
    return loadText(n).then(function (text) {
      lowered[n] = (text || "").toLowerCase();
      return lowered[n];
    });
  }

  function colour(kind) { return lists.colours[kind] || lists.other_colour; }
  function pct(share) { return Math.round(share * 100) + " %"; }
  function fixed(x) { return typeof x === "number" ? x.toFixed(2) : ""; }

  function params() {
    var out = {};
    var hash = location.hash.replace(/^#/, "");
    if (hash === "list") return out;
    hash.split("&").forEach(function (part) {
      if (!part) return;
      var at = part.indexOf("=");
      var key = decodeURIComponent(at < 0 ? part : part.slice(0, at));
      out[key] = at < 0 ? "" : decodeURIComponent(part.slice(at + 1).replace(/\+/g, " "));
    });
    return out;
  }

  function fragment(p) {
    var parts = [];
    FILTERS.forEach(function (key) {
      if (p[key]) parts.push(encodeURIComponent(key) + "=" + encodeURIComponent(p[key]));
    });
    if (p.page && p.page > 1) parts.push("page=" + p.page);
    return parts.length ? "#" + parts.join("&") : "#list";
  }

  // -- the list -------------------------------------------------------------------------------------------------
  function fillSelect(name, values, counts) {
    var select = form.elements[name];
    values.forEach(function (value, i) {
      select.appendChild(el("option", {value: value, text: (value || "(none)") + " (" + counts[i] + ")"}));
    });
  }

  function countBy(column, size) {
    var counts = new Array(size).fill(0);
    index.forEach(function (row) {
      var v = row[column];
      if (Array.isArray(v)) v.forEach(function (x) { counts[x]++; }); else counts[v]++;
    });
    return counts;
  }

  fillSelect("kind", lists.kinds, countBy(KINDS, lists.kinds.length));
  fillSelect("rule", lists.rules, countBy(RULES, lists.rules.length));
  fillSelect("site", lists.sites, countBy(SITE, lists.sites.length));
  fillSelect("lang", lists.languages, countBy(LANG, lists.languages.length));

  function matches(p) {
    var kind = p.kind ? lists.kinds.indexOf(p.kind) : -2;
    var rule = p.rule ? lists.rules.indexOf(p.rule) : -2;
    var site = p.site ? lists.sites.indexOf(p.site) : -2;
    var lang = p.lang ? lists.languages.indexOf(p.lang) : -2;
    var share = p.share !== undefined && p.share !== "" ? parseInt(p.share, 10) : -1;
    var q = (p.q || "").toLowerCase();
    var out = [], inText = [];
    for (var i = 0; i < index.length; i++) {
      var row = index[i];
      if (kind !== -2 && row[KINDS].indexOf(kind) < 0) continue;
      if (rule !== -2 && row[RULES].indexOf(rule) < 0) continue;
      if (site !== -2 && row[SITE] !== site) continue;
      if (lang !== -2 && row[LANG] !== lang) continue;
      if (share >= 0 && (row[ERROR] || Math.min(lists.bins - 1, Math.floor(row[SHARE] * lists.bins)) !== share)) continue;
      if (p.only === "warnings" && !row[WARNINGS]) continue;
      if (p.only === "errors" && !row[ERROR]) continue;
      if (p.only === "near" && !row[NEAR]) continue;
      if (p.only === "removed" && !row[REMOVED]) continue;
      if (q && (String(row[ID]) + "\n" + row[TITLE] + "\n" + row[URL_]).toLowerCase().indexOf(q) < 0) {
        if (p.text) inText.push(i);  // maybe in its text: looked at below
        continue;
      }
      out.push(i);
    }
    var key = {share: SHARE, removed: REMOVED, near: NEAR}[p.sort];
    function sorted(numbers) {
      if (key !== undefined) numbers.sort(function (a, b) { return index[b][key] - index[a][key] || a - b; });
      else numbers.sort(function (a, b) { return a - b; });
      return numbers;
    }
    if (!inText.length) return Promise.resolve(sorted(out));
    return searchAll(inText, q).then(function (hits) { return sorted(out.concat(hits)); });
  }

  // The documents whose data holds q, a few hundred at a time (inflating 10,000 compressed documents at once is
  // slower, and says nothing while it works)
  function searchAll(numbers, q) {
    var hits = [], position = 0, CHUNK = 250;
    var count = document.getElementById("count");
    function next() {
      if (position >= numbers.length) return Promise.resolve(hits);
      var chunk = numbers.slice(position, position + CHUNK);
      return Promise.all(chunk.map(searchText)).then(function (texts) {
        texts.forEach(function (text, j) { if (text.indexOf(q) >= 0) hits.push(chunk[j]); });
        position += chunk.length;
        if (numbers.length > CHUNK) count.textContent = "searching the documents' text… " + position + " / " + numbers.length;
        return next();
      });
    }
    return next();
  }

  function kindChips(row) {
    var box = el("span", {cls: "kinds"});
    row[KINDS].forEach(function (k) {
      var kind = lists.kinds[k];
      box.appendChild(el("i", {title: kind, style: "background:" + colour(kind), "data-kind": kind}));
    });
    return box;
  }

  function showList(p) {
    docSection.hidden = true;
    overview.hidden = false;
    listSection.hidden = false;
    FILTERS.forEach(function (key) {
      var field = form.elements[key];
      if (!field) return;
      if (field.type === "checkbox") field.checked = !!p[key]; else field.value = p[key] || "";
    });
    var count = document.getElementById("count");
    if (p.text && p.q) count.textContent = "searching the documents' text…";
    var token = ++listing;
    return matches(p).then(function (found) {
      if (token === listing) renderList(p, found);  // a newer filter wins over a slow search
    }, function (error) {
      count.textContent = String(error.message || error);
    });
  }

  var listing = 0;

  function renderList(p, found) {
    shown = found;
    var pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
    var page = Math.min(pages, Math.max(1, parseInt(p.page || "1", 10) || 1));
    var body = document.querySelector("#doclist tbody");
    var rows = document.createDocumentFragment();
    shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).forEach(function (i) {
      var row = index[i];
      var tr = el("tr", {cls: row[ERROR] ? "doc-row err" : "doc-row", "data-doc": i, "data-id": row[ID]},
        el("td", {cls: "num"}, i + 1),
        el("td", {cls: "title"}, el("a", {href: "#doc=" + i, text: row[TITLE] || row[ID]}),
          row[TITLE] ? el("div", {cls: "dim", text: row[ID]}) : null),
        el("td", {text: lists.sites[row[SITE]]}),
        el("td", {text: lists.languages[row[LANG]]}),
        el("td", {cls: "num", text: row[ERROR] ? "error" : row[REMOVED]}),
        el("td", {cls: "num", text: row[ERROR] ? "" : pct(row[SHARE])}),
        el("td", null, kindChips(row)),
        el("td", {cls: "num", text: row[NEAR] || ""}),
        el("td", {cls: "warnings", title: row[WARNINGS] ? row[WARNINGS] + " warning(s)" : null, text: row[WARNINGS] ? "⚠" : ""}));
      rows.appendChild(tr);
    });
    body.textContent = "";
    body.appendChild(rows);
    var count = document.getElementById("count");
    count.textContent = shown.length === index.length ? index.length + " documents"
      : shown.length + " of " + index.length + " documents match";
    var pager = document.getElementById("pager");
    pager.textContent = "";
    if (pages > 1) {
      for (var n = 1; n <= pages; n++) {
        if (n !== 1 && n !== pages && Math.abs(n - page) > 3) {
          if (n === 2 || n === pages - 1) pager.appendChild(document.createTextNode("… "));
          continue;
        }
        var target = Object.assign({}, p, {page: n});
        pager.appendChild(n === page ? el("b", {text: n}) : el("a", {href: fragment(target), text: n}));
      }
    }
    lastList = location.hash || "#list";
  }

  form.addEventListener("change", function () { apply(); });
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  var typing = null;
  form.elements.q.addEventListener("input", function () { clearTimeout(typing); typing = setTimeout(apply, 250); });
  function apply() {
    var p = {};
    FILTERS.forEach(function (key) {
      var field = form.elements[key];
      if (!field) return;
      p[key] = field.type === "checkbox" ? (field.checked ? "1" : "") : field.value;
    });
    var current = params();
    if (current.share) p.share = current.share;
    location.hash = fragment(p);
  }

  // -- one document ---------------------------------------------------------------------------------------------
  function where(item) {
    if (typeof item.start === "number") return "chars " + item.start + "–" + item.end;
    return item.xpath || "";
  }

  function removalTitle(r) {
    return r.kind + " · " + r.rule + (r.cue ? " · cue: " + r.cue : "") + " · confidence " + fixed(r.confidence);
  }

  function nearTitle(m) {
    return "near miss: " + m.kind + " · " + m.rule + (m.cue ? " · cue: " + m.cue : "") + " · strength " +
      fixed(m.strength) + (m.reason === "below_threshold" ? " < " : " ≥ ") + "threshold " + fixed(m.threshold) +
      (m.reason === "below_threshold" ? "" : " (kept by a protection)");
  }

  function flash(node) {
    if (!node) return;
    node.scrollIntoView({block: "center"});
    node.classList.add("flash");
    setTimeout(function () { node.classList.remove("flash"); }, 1500);
  }

  function meter(m) {
    var box = el("span", {cls: "meter", title: "strength " + fixed(m.strength) + ", threshold " + fixed(m.threshold)});
    box.appendChild(el("b", {style: "width:" + Math.min(100, m.strength * 100) + "%;background:" + colour(m.kind)}));
    box.appendChild(el("u", {style: "left:" + Math.min(99, m.threshold * 100) + "%"}));
    return box;
  }

  function textOf(data, item) {
    if (item.text !== undefined) return item.text;
    return "";
  }

  function showDoc(n) {
    var script = document.getElementById("d" + n);
    overview.hidden = true;
    listSection.hidden = true;
    docSection.hidden = false;
    docSection.textContent = "";
    window.scrollTo(0, 0);
    if (!script) {
      docSection.appendChild(el("p", {cls: "error", text: "No document " + n + " in this report."}));
      return;
    }
    var row = index[n];
    var position = shown.indexOf(n);
    var nav = el("div", {cls: "doc-nav"}, el("a", {href: lastList, text: "← documents"}));
    if (position > 0) nav.appendChild(el("a", {href: "#doc=" + shown[position - 1], text: "‹ previous"}));
    if (position >= 0 && position + 1 < shown.length) nav.appendChild(el("a", {href: "#doc=" + shown[position + 1], text: "next ›"}));
    docSection.appendChild(nav);
    var head = el("div", {cls: "doc-head"}, el("h2", {text: row[TITLE] || row[ID]}));
    var line = el("p", {cls: "dim"}, "#" + (n + 1) + " · " + row[ID]);
    if (row[URL_]) {
      line.appendChild(document.createTextNode(" · "));
      line.appendChild(el("a", {href: /^https?:\/\//i.test(row[URL_]) ? row[URL_] : null, rel: "noreferrer noopener",
        target: "_blank", text: row[URL_]}));
    }
    head.appendChild(line);
    docSection.appendChild(head);
    var token = ++rendering;
    return loadText(n).then(function (text) {
      if (token === rendering) renderDoc(JSON.parse(text));
    }, function (error) {
      docSection.appendChild(el("p", {cls: "error", text: String(error.message || error)}));
    });
  }

  var rendering = 0;  // a document opened while another was loading wins

  function renderDoc(data) {
    if (data.error) {
      docSection.appendChild(el("p", {cls: "error", text: "Error: " + data.error}));
      if (data.raw) docSection.appendChild(el("div", {cls: "panel text", text: data.raw}));
      return;
    }
    (data.warnings || []).forEach(function (w) { docSection.appendChild(el("p", {cls: "warnings", text: "⚠ " + w})); });

    // the input, removed blocks in their kind's colour
    var removed = data.removed || [], near = data.near || [];
    var legend = el("p", {cls: "legend"});
    var seen = {};
    removed.forEach(function (r) {
      if (seen[r.kind]) return;
      seen[r.kind] = 1;
      legend.appendChild(el("span", {cls: "chip"}, el("i", {style: "background:" + colour(r.kind)}), r.kind));
    });
    if (near.length && data.segments) legend.appendChild(el("span", {cls: "chip"}, el("span", {cls: "nm", text: "dashed"}), " near miss"));
    docSection.appendChild(el("h3", {text: data.segments ? "Input, removed blocks highlighted" : "Removed blocks"}));
    docSection.appendChild(legend);
    if (data.input_note) docSection.appendChild(el("p", {cls: "note", text: data.input_note}));
    if (data.segments) {
      var box = el("div", {cls: "panel text", id: "input"});
      data.segments.forEach(function (s) {
        if (s.length === 1) { box.appendChild(document.createTextNode(s[0])); return; }
        var item = s[1] === "r" ? removed[s[2]] : near[s[2]];
        item.text = s[0];
        if (s[1] === "r") {
          box.appendChild(el("mark", {cls: "rm", "data-kind": item.kind, "data-r": s[2], title: removalTitle(item),
            style: "background:" + colour(item.kind), text: s[0]}));
        } else {
          box.appendChild(el("span", {cls: "nm", "data-kind": item.kind, "data-n": s[2], title: nearTitle(item),
            style: "text-decoration-color:" + colour(item.kind), text: s[0]}));
        }
      });
      box.addEventListener("click", function (event) {
        var target = event.target;
        if (target.dataset && target.dataset.r !== undefined) flash(document.getElementById("removal-" + target.dataset.r));
        if (target.dataset && target.dataset.n !== undefined) flash(document.getElementById("near-" + target.dataset.n));
      });
      docSection.appendChild(box);
    }

    // the removals
    var table = el("table", {cls: "small", id: "removals"},
      el("thead", null, el("tr", null, el("th", {text: "kind"}), el("th", {text: "rule"}), el("th", {text: "cue"}),
        el("th", {cls: "num", text: "confidence"}), el("th", {text: "where"}), el("th", {text: "text"}))));
    var tbody = el("tbody");
    removed.forEach(function (r, i) {
      var tr = el("tr", {id: "removal-" + i, "data-kind": r.kind},
        el("td", null, el("span", {cls: "chip"}, el("i", {style: "background:" + colour(r.kind)}), r.kind)),
        el("td", {text: r.rule}), el("td", {text: r.cue || ""}), el("td", {cls: "num", text: fixed(r.confidence)}),
        el("td", {cls: "dim", text: where(r)}), el("td", {cls: "excerpt", text: textOf(data, r)}));
      tr.addEventListener("click", function () { flash(docSection.querySelector('mark[data-r="' + i + '"]')); });
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    if (data.segments) docSection.appendChild(el("h3", {text: "Removed blocks (" + removed.length + ")"}));
    docSection.appendChild(removed.length ? table : el("p", {cls: "dim", text: "Nothing was removed."}));

    // near misses
    docSection.appendChild(el("h3", {text: "Near misses (" + near.length + "): a detector fired, the block was kept"}));
    if (near.length) {
      var nearTable = el("table", {cls: "small", id: "near-misses"},
        el("thead", null, el("tr", null, el("th", {text: "kind"}), el("th", {text: "rule"}), el("th", {text: "cue"}),
          el("th", {text: "strength vs threshold"}), el("th", {text: "why kept"}), el("th", {text: "where"}),
          el("th", {text: "text"}))));
      var nearBody = el("tbody");
      near.forEach(function (m, i) {
        nearBody.appendChild(el("tr", {id: "near-" + i, "data-kind": m.kind},
          el("td", null, el("span", {cls: "chip"}, el("i", {style: "background:" + colour(m.kind)}), m.kind)),
          el("td", {text: m.rule}), el("td", {text: m.cue || ""}),
          el("td", null, meter(m), " " + fixed(m.strength) + (m.reason === "below_threshold" ? " < " : " ≥ ") + fixed(m.threshold)),
          el("td", {text: m.reason === "below_threshold" ? "below the threshold" :
            m.reason === "protected" ? "protected" : "protected: " + m.reason}),
          el("td", {cls: "dim", text: where(m)}), el("td", {cls: "excerpt", text: textOf(data, m)})));
      });
      nearTable.appendChild(nearBody);
      docSection.appendChild(nearTable);
    } else {
      docSection.appendChild(el("p", {cls: "dim", text: "None."}));
    }

    // the clean text and the metadata
    var cols = el("div", {cls: "cols"});
    var input = (data.segments || []).map(function (s) { return s[0]; }).join("");
    var cleanText = (data.clean || []).map(function (piece) {
      return typeof piece === "string" ? piece : input.slice(piece[0], piece[1]);  // a paragraph of the input
    }).join("\n\n");
    var clean = el("div", null, el("h3", {text: "Clean text"}), el("div", {cls: "panel text", id: "clean", text: cleanText}));
    if (data.clean_cut) clean.appendChild(el("p", {cls: "note", text: "cut: the clean text is longer"}));
    cols.appendChild(clean);
    var meta = el("tbody");
    Object.keys(data.meta || {}).forEach(function (key) {
      meta.appendChild(el("tr", null, el("th", {text: key}), el("td", {text: String(data.meta[key])})));
    });
    cols.appendChild(el("div", null, el("h3", {text: "Metadata"}), el("table", {cls: "small", id: "metadata"}, meta)));
    docSection.appendChild(cols);
  }

  function route() {
    var p = params();
    if (p.doc !== undefined) {
      var listed = shown.length ? Promise.resolve(shown) : matches({});
      return listed.then(function (found) {
        shown = found;
        return showDoc(parseInt(p.doc, 10));
      });
    }
    return showList(p).then(function () {
      if (location.hash && location.hash !== "#") listSection.scrollIntoView();
    });
  }

  window.addEventListener("hashchange", route);
  route().then(function () {
    // for tests and benchmarks: the page is rendered (data-ready-ms: since the navigation started)
    document.body.setAttribute("data-ready-ms", String(Math.round(performance.now())));
    document.body.setAttribute("data-ready", "1");
  });
})();
