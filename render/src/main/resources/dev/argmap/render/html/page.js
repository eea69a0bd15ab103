(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("argmap-data").textContent);
  var app = document.getElementById("app");

  var statements = {}, argumentsById = {}, sources = {};
  var argsOn = {}, evidenceOf = {};
  data.statements.forEach(function (s) { statements[s.id] = s; evidenceOf[s.id] = []; });
  data.arguments.forEach(function (a) {
    argumentsById[a.id] = a;
    var key = (a.onArgument ? "a:" : "s:") + a.conclusion;
    (argsOn[key] = argsOn[key] || []).push(a);
  });
  data.evidence.forEach(function (e) { evidenceOf[e.statement].push(e); });
  data.sources.forEach(function (s) { sources[s.id] = s; });
  var theses = {};
  data.theses.forEach(function (t) { theses[t] = true; });
  var shown = {};
  var scored = typeof data.semantics === "string";

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.appendChild(document.createTextNode(text)); }
    return e;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) {
      if (arguments[i]) { parent.appendChild(arguments[i]); }
    }
    return parent;
  }
  function plural(n, one, many) { return n + " " + (n === 1 ? one : (many || one + "s")); }
  function on(key, polarity) {
    return (argsOn[key] || []).filter(function (a) { return a.polarity === polarity; });
  }
  function number(x) { return String(Math.round(x * 10000) / 10000); }

  function scoreBadge(value, label, what, named) {
    if (typeof value !== "number") { return null; }
    var badge = el("span", "score");
    badge.title = what + " score under " + data.semantics + ": " + value;
    add(badge, el("span", "val", label || value.toFixed(2)));
    var bar = el("span", "bar"), fill = el("span");
    fill.style.width = Math.round(value * 100) + "%";
    fill.style.background = "hsl(" + Math.round(value * 120) + ", 62%, 42%)";
    add(badge, add(bar, fill));
    if (named) { add(badge, el("span", "sem", data.semantics)); }
    return badge;
  }

  // The share of the change: what an argument carries of the change of the statement it concludes
  // on. Strength alone cannot say it: many strong reasons for one claim saturate it.
  function shareBadge(a) {
    if (typeof a.share !== "number") { return null; }
    var estimate = typeof a.shareErrorLabel === "string";
    var badge = el("span", "share " + (a.share < 0 ? "neg" : "pos"));
    add(badge, el("span", "val", (estimate ? "\u2248 " : "") + a.shareLabel
        + (estimate ? " \u00b1 " + a.shareErrorLabel : "")));
    add(badge, el("span", "sem", "share of the change"));
    var target = a.onArgument ? null : statements[a.conclusion];
    var tip = "Share of the change: this argument's part in moving " + a.conclusion
        + " from its base score to its score (its Shapley value under " + data.semantics + ")";
    if (target && typeof target.change === "number") {
      tip += "; the shares of all the arguments on " + a.conclusion + " add up to its change, "
          + target.changeLabel + (target.baseLabel ? " (from " + target.baseLabel + " to "
          + target.score.toFixed(3) + ")" : "");
    }
    tip += ". Full value: " + a.share + (estimate ? ", an estimate from " + a.shareSamples
        + " sampled orders, \u00b1 one standard error" : "") + ".";
    badge.title = tip;
    return badge;
  }
  function byShare(list) {
    var all = list.every(function (a) { return typeof a.share === "number"; });
    if (!all) { return list; }
    return list.slice().sort(function (x, y) { return Math.abs(y.share) - Math.abs(x.share); });
  }

  function details(cls, summaryText, open) {
    var d = el("details", cls);
    d.open = !!open;
    add(d, el("summary", null, summaryText));
    return d;
  }

  function statementBody(s, kindLabel) {
    var thesisHead = kindLabel === "Thesis";
    var head = el("div", "stmt-head"), body = el("div", "body");
    if (kindLabel) { add(body, el("span", "kind", kindLabel)); }
    add(body, el("span", "sid t", s.id));
    if (s.title) { add(body, el("span", "stitle t", s.title)); }
    add(body, el("span", "stext t", s.text));
    if (s.tags && s.tags.length) {
      var tags = el("span", "tags");
      s.tags.forEach(function (t) { add(tags, el("span", "tag t", t)); });
      add(body, tags);
    }
    if (s.notes) { add(body, el("div", "notes t", s.notes)); }
    return add(head, body, scoreBadge(s.score, s.scoreLabel, thesisHead ? "Thesis" : "Statement", thesisHead));
  }

  function evidenceList(id) {
    var items = evidenceOf[id] || [];
    if (!items.length) { return null; }
    var d = details("evidence", plural(items.length, "evidence item"), false);
    var list = el("div", "items");
    items.forEach(function (e) { add(list, evidence(e)); });
    return add(d, list);
  }

  function sourceLine(label, s) {
    var line = el("div");
    add(line, el("b", null, label + ": "));
    var a = el("a", "t", s.title ? "\u201c" + s.title + "\u201d" : "untitled");
    a.href = "#src-" + encodeURIComponent(s.id);
    add(line, a);
    var rest = [s.authors.length ? "by " + s.authors.join(", ") : "author unknown"];
    if (s.publisher) { rest.push(s.publisher); }
    if (s.date) { rest.push(s.date); }
    rest.push(s.kind);
    rest.push("credibility " + number(s.credibility));
    add(line, el("span", "t", ", " + rest.join(", ")));
    return line;
  }

  function evidence(e) {
    var box = el("div", "ev " + e.polarity);
    box.id = "ev-" + e.id;
    add(box, el("blockquote", "t", e.quote));
    var meta = el("div", "meta");
    var first = el("div");
    add(first, el("span", "aid t", e.id), el("span", "chip", "weight " + number(e.weight)),
        document.createTextNode(" "), el("span", "chip", e.polarity));
    add(meta, first);
    var source = sources[e.source];
    if (e.speaker) {
      var sp = el("div");
      add(sp, el("b", null, "Speaker: "), el("span", "t", e.speaker + ", quoted in "
          + (source.publisher || source.title || "source " + source.id)));
      add(meta, sp);
    }
    add(meta, sourceLine("Source", source));
    if (e.citedWork && sources[e.citedWork]) {
      var cited = sourceLine("Cited work", sources[e.citedWork]);
      if (e.citedAt) { add(cited, el("span", "t", ", at " + e.citedAt)); }
      add(meta, cited);
    }
    if (e.locator) {
      var loc = el("div");
      add(loc, el("b", null, "Found in: "), el("span", "t", e.locator));
      add(meta, loc);
    }
    if (e.notes) { add(meta, el("div", "notes t", e.notes)); }
    return add(box, meta);
  }

  function reference(s, why) {
    var box = el("div", "stmt ref");
    var a = el("a", "t", "\u2191 " + s.id);
    a.href = "#st-" + encodeURIComponent(s.id);
    a.setAttribute("data-target", "st-" + s.id);
    add(box, a, el("span", "t", " " + (s.title || s.text)), el("span", null, " (" + why + ")"));
    return box;
  }

  // The tree is built depth first from an explicit stack of tasks rather than by recursion, so a map of
  // any depth fits in the browser's call stack. Each task builds one element and lists, in order, the
  // tasks that fill it. A statement is written out where it comes up first in this order; later
  // mentions link to it.
  var tasks = [];
  function run(list) {
    for (var i = list.length - 1; i >= 0; i--) { tasks.push(list[i]); }
    while (tasks.length) {
      var children = [];
      tasks.pop()(children);
      for (var j = children.length - 1; j >= 0; j--) { tasks.push(children[j]); }
    }
  }

  function sides(key, level, top, todo) {
    var pro = byShare(on(key, "supports")), con = byShare(on(key, "attacks"));
    if (!top && !pro.length && !con.length) { return null; }
    var box = el("div", "sides");
    var explained = key.indexOf("s:") === 0 ? statements[key.substring(2)] : null;
    if (explained && typeof explained.change === "number" && (pro.length || con.length)) {
      add(box, el("div", "shares-sum", "Largest share of the change first. The shares of these "
          + plural(pro.length + con.length, "argument") + " add up to the change of "
          + explained.changeLabel + (explained.baseLabel ? ", from the base score " + explained.baseLabel
          + " to " + explained.score.toFixed(3) : "") + "."));
    }
    [["pro", pro, "For", "argument for", "arguments for"],
     ["con", con, "Against", "argument against", "arguments against"]].forEach(function (side) {
      var list = side[1];
      if (!top && !list.length) { return; }
      var label = top ? side[2] + " (" + list.length + ")" : plural(list.length, side[3], side[4]);
      var d = details("side " + side[0], label, level <= data.openLevels && list.length > 0);
      var items = el("div", "items");
      if (!list.length) { add(items, el("div", "none", "No argument " + side[2].toLowerCase() + " it.")); }
      list.forEach(function (a) {
        todo.push(function (t) { add(items, argument(a, level, t)); });
      });
      add(box, add(d, items));
    });
    return box;
  }

  function premise(id, level, todo) {
    var s = statements[id];
    if (theses[id]) { return reference(s, "a thesis, shown in its own section"); }
    if (shown[id]) { return reference(s, "shown at its first mention"); }
    shown[id] = true;
    var box = el("div", "stmt");
    box.id = "st-" + id;
    return add(box, statementBody(s, null), evidenceList(id), sides("s:" + id, level + 1, false, todo));
  }

  function argument(a, level, todo) {
    var box = el("div", "arg " + (a.polarity === "supports" ? "pro" : "con"));
    box.id = "ar-" + a.id;
    var head = el("div", "arg-head");
    add(head, el("span", "pol", a.polarity === "supports" ? "+ FOR" : "\u2212 AGAINST"),
        el("span", "alabel t", a.name || a.label || a.id), el("span", "aid t", a.id));
    if (a.scheme) { add(head, el("span", "chip scheme t", a.scheme)); }
    if (a.weight !== 1) { add(head, el("span", "chip", "weight " + number(a.weight))); }
    add(head, scoreBadge(a.score, a.scoreLabel, "Argument"), shareBadge(a));
    add(box, head);
    if (a.notes) { add(box, el("div", "notes t", a.notes)); }
    var premises = el("div", "premises" + (a.premises.length > 1 ? " linked" : ""));
    a.premises.forEach(function (p) {
      todo.push(function (t) { add(premises, premise(p, level, t)); });
    });
    add(box, premises);
    [["undercut", on("a:" + a.id, "attacks"), "Undercut by", "undercutter", "undercutters"],
     ["backing", on("a:" + a.id, "supports"), "Inference backed by", "argument", "arguments"]]
        .forEach(function (kind) {
          if (!kind[1].length) { return; }
          var d = details(kind[0], kind[2] + " " + plural(kind[1].length, kind[3], kind[4]),
              level <= data.openLevels);
          var items = el("div", "items");
          kind[1].forEach(function (u) {
            todo.push(function (t) { add(items, argument(u, level + 1, t)); });
          });
          add(box, add(d, items));
        });
    return box;
  }

  function thesis(id, todo) {
    var s = statements[id];
    shown[id] = true;
    var box = el("section", "thesis");
    box.id = "st-" + id;
    return add(box, statementBody(s, "Thesis"), evidenceList(id), sides("s:" + id, 1, true, todo));
  }

  function sourcesBlock() {
    if (!data.sources.length) { return null; }
    var block = el("section", "block sources");
    var d = details(null, "Sources (" + data.sources.length + ")", false);
    var list = el("ol");
    data.sources.forEach(function (s) {
      var li = el("li");
      li.id = "src-" + s.id;
      add(li, el("span", "aid t", s.id), el("i", "t", s.title || "untitled"));
      var rest = [s.authors.length ? "by " + s.authors.join(", ") : "author unknown"];
      if (s.publisher) { rest.push(s.publisher); }
      if (s.date) { rest.push(s.date); }
      rest.push(s.kind, "credibility " + number(s.credibility));
      add(li, el("span", "t", ", " + rest.join(", ")));
      s.links.forEach(function (l) {
        add(li, document.createTextNode(" "));
        if (/^https?:\/\//i.test(l)) {
          var a = el("a", "t", l);
          a.href = l;
          a.rel = "noopener noreferrer";
          add(li, a);
        } else {
          add(li, el("span", "t", l));
        }
      });
      s.copies.forEach(function (c) {
        add(li, el("div", "copies t", "copy " + c.id + (c.text ? ": " + c.text : "")));
      });
      if (s.notes) { add(li, el("div", "notes t", s.notes)); }
      add(list, li);
    });
    return add(block, add(d, list));
  }

  function unconnectedBlock() {
    var reach = {}, stack = [];
    data.theses.forEach(function (t) { reach["s:" + t] = true; stack.push("s:" + t); });
    while (stack.length) {
      (argsOn[stack.pop()] || []).forEach(function (a) {
        if (!reach["a:" + a.id]) { reach["a:" + a.id] = true; stack.push("a:" + a.id); }
        a.premises.forEach(function (p) {
          if (!reach["s:" + p]) { reach["s:" + p] = true; stack.push("s:" + p); }
        });
      });
    }
    var rest = data.statements.filter(function (s) { return !reach["s:" + s.id] && !shown[s.id]; });
    if (!rest.length) { return null; }
    var block = el("section", "block");
    var d = details(null, "Not connected to a thesis (" + rest.length + ")", false);
    var items = el("div", "premises");
    run(rest.map(function (s) {
      return function (todo) { if (!shown[s.id]) { add(items, premise(s.id, 1, todo)); } };
    }));
    return add(block, add(d, items));
  }

  // ---------------------------------------------------------------- page
  var header = el("header", "map");
  add(header, el("h1", null, data.title || "Argument map"));
  if (data.description) { add(header, el("p", "desc", data.description)); }
  var stats = el("div", "stats");
  add(stats, el("span", null, plural(data.theses.length, "thesis", "theses")),
      el("span", null, plural(data.statements.length, "statement")),
      el("span", null, plural(data.arguments.length, "argument")),
      el("span", null, plural(data.evidence.length, "evidence item")),
      el("span", null, plural(data.sources.length, "source")));
  if (scored) { add(stats, el("span", null, "scores: " + data.semantics + " strength, 0 to 1")); }
  if (data.shares) {
    var sharesNote = el("span", "shares-legend", "share of the change: each argument's part in its "
        + "claim's change from its base score; the shares add up to that change");
    sharesNote.title = "The Shapley value of each argument on an explained statement, taken with "
        + "everything upstream of it: its average effect over every order in which the arguments "
        + "could be added. The shares of a statement's arguments add up to its score minus its base "
        + "score, even when many arguments pull the same way.";
    add(stats, sharesNote);
  }
  add(header, stats);

  var toolbar = el("div", "toolbar");
  var search = el("input");
  search.type = "search";
  search.placeholder = "Search statements, quotes, sources\u2026 (press / to focus, Enter for next)";
  search.setAttribute("aria-label", "Search the map");
  var expand = el("button", null, "Expand all"), collapse = el("button", null, "Collapse all");
  expand.type = "button";
  collapse.type = "button";
  var count = el("span", "count");
  var legend = el("span", "legend");
  add(legend, add(el("span"), el("i", "lp"), document.createTextNode("for")),
      add(el("span"), el("i", "lc"), document.createTextNode("against")),
      add(el("span"), el("i", "ll"), document.createTextNode("linked premises")),
      add(el("span"), el("i", "le"), document.createTextNode("evidence")));
  add(toolbar, search, expand, collapse, count, legend);

  var main = el("main");
  run(data.theses.map(function (t) {
    return function (todo) { add(main, thesis(t, todo)); };
  }));
  add(main, unconnectedBlock(), sourcesBlock());
  var footer = el("footer", null, "Made with argmap. This page is self-contained: it loads nothing from the network.");
  add(app, header, toolbar, main, footer);

  // ---------------------------------------------------------------- behaviour
  function openAround(node) {
    for (var n = node; n && n !== app; n = n.parentNode) {
      if (n.tagName === "DETAILS") { n.open = true; }
    }
  }
  function flash(node) {
    node.classList.remove("flash");
    void node.offsetWidth;
    node.classList.add("flash");
  }
  expand.addEventListener("click", function () {
    app.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
  collapse.addEventListener("click", function () {
    app.querySelectorAll("details").forEach(function (d) { d.open = false; });
  });
  function go(target) {
    openAround(target);
    target.scrollIntoView({ block: "center" });
    flash(target);
  }
  function jumpLinks() { return app.querySelectorAll("a[href^='#']"); }
  // A jump is a step in the browser's history: the address gets the target's fragment (so it can be
  // copied), and Back returns to the link the reader followed, where it stood on the screen.
  app.addEventListener("click", function (ev) {
    var a = ev.target.closest ? ev.target.closest("a[href^='#']") : null;
    if (!a) { return; }
    var target = document.getElementById(a.getAttribute("data-target")
        || decodeURIComponent(a.getAttribute("href").slice(1)));
    if (!target) { return; }
    ev.preventDefault();
    try {
      history.replaceState({ argmapLink: Array.prototype.indexOf.call(jumpLinks(), a),
        argmapTop: a.getBoundingClientRect().top, argmapScroll: window.scrollY }, "");
      history.pushState({ argmapTarget: target.id }, "", "#" + encodeURIComponent(target.id));
    } catch (e) {
      // a browser that keeps no history for this page still jumps
    }
    go(target);
  });
  window.addEventListener("popstate", function (ev) {
    var state = ev.state || {};
    if (typeof state.argmapLink === "number") {
      var link = jumpLinks()[state.argmapLink];
      if (link) {
        openAround(link);
        window.scrollBy(0, link.getBoundingClientRect().top - state.argmapTop);
        flash(link);
      } else {
        window.scrollTo(0, state.argmapScroll || 0);
      }
      return;
    }
    var id = state.argmapTarget;
    if (!id) {
      try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { id = ""; }
    }
    var target = id ? document.getElementById(id) : null;
    if (target) { go(target); }
  });

  // searched: the query the marks were made for, so that Enter never steps through the marks of an
  // older query while the newer one waits for its timer
  var marks = [], current = -1, timer = null, searched = null;
  function clearMarks() {
    marks.forEach(function (m) {
      var parent = m.parentNode;
      if (!parent) { return; }
      parent.replaceChild(document.createTextNode(m.textContent), m);
      parent.normalize();
    });
    marks = [];
    current = -1;
  }
  function highlight(node, query) {
    var text = node.textContent, lower = text.toLowerCase(), at = lower.indexOf(query);
    if (at < 0) { return; }
    var frag = document.createDocumentFragment(), from = 0;
    while (at >= 0) {
      frag.appendChild(document.createTextNode(text.slice(from, at)));
      var m = el("mark", null, text.slice(at, at + query.length));
      marks.push(m);
      frag.appendChild(m);
      from = at + query.length;
      at = lower.indexOf(query, from);
    }
    frag.appendChild(document.createTextNode(text.slice(from)));
    node.textContent = "";
    node.appendChild(frag);
  }
  function runSearch() {
    clearMarks();
    var query = search.value.trim().toLowerCase();
    searched = search.value;
    if (query.length < 2) { count.textContent = query ? "type more\u2026" : ""; return; }
    app.querySelectorAll(".t").forEach(function (node) { highlight(node, query); });
    marks.forEach(openAround);
    count.textContent = marks.length ? plural(marks.length, "match", "matches") : "no match";
  }
  function next() {
    if (!marks.length) { return; }
    if (current >= 0) { marks[current].classList.remove("current"); }
    current = (current + 1) % marks.length;
    marks[current].classList.add("current");
    marks[current].scrollIntoView({ block: "center" });
    count.textContent = (current + 1) + " of " + plural(marks.length, "match", "matches");
  }
  search.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(runSearch, 150);
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      ev.preventDefault();
      clearTimeout(timer);
      if (searched !== search.value) { runSearch(); }
      next();
    }
    if (ev.key === "Escape") { search.value = ""; runSearch(); }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "/" && document.activeElement !== search) { ev.preventDefault(); search.focus(); }
  });
  // #q=words searches on load; #all expands everything; #st-ID, #ar-ID, #ev-ID, #src-ID open the
  // sections around that element and scroll to it
  var hash = "";
  try { hash = decodeURIComponent(location.hash.slice(1)); } catch (e) { hash = ""; }
  if (hash === "all") {
    expand.click();
  } else if (hash.indexOf("q=") === 0) {
    search.value = hash.slice(2);
    runSearch();
  } else if (hash) {
    var target = document.getElementById(hash);
    if (target) { go(target); }
  }
  document.documentElement.setAttribute("data-argmap-ready", "true");
})();
