"use strict";
const RTL = ["ar", "fa", "he", "ur", "ps", "yi", "ckb", "dv"];
const key = new URLSearchParams(location.search).get("key");
const headers = extra => Object.assign(key ? {"X-API-Key": key} : {}, extra || {});
const $ = id => document.getElementById(id);
const isRtl = lang => RTL.includes(String(lang).split("-")[0].toLowerCase());

for (const side of ["source", "target"]) {
  $(side + "File").addEventListener("change", async e => {
    if (e.target.files[0]) { $(side + "Text").value = await e.target.files[0].text(); }
  });
}

async function call(url, options) {
  const response = await fetch(url, Object.assign({headers: headers()}, options));
  const body = await response.json();
  if (!response.ok) { throw new Error((body.title || response.status) + ": " + (body.detail || "")); }
  return body;
}

// the language, and how sure its detection was when it was asked for (auto)
const heading = side => side.languageDetected
  ? `${side.language} (detected, ${side.languageDetected.confidence})` : side.language;

function cell(lang, text) {
  const td = document.createElement("td");
  td.className = "text";
  td.lang = lang;
  td.dir = isRtl(lang) ? "rtl" : "ltr";
  td.textContent = text;
  return td;
}

function show(a) {
  $("error").textContent = "";
  $("result").hidden = false;
  $("alignmentId").textContent = a.id;
  const pct = x => Math.round(x * 100) + "%";
  $("coverage").textContent = "Coverage: source " + pct(a.coverage.source.characterShare) + " of characters ("
      + a.coverage.source.alignedSentences + "/" + a.coverage.source.sentences + " sentences), target "
      + pct(a.coverage.target.characterShare) + " (" + a.coverage.target.alignedSentences + "/"
      + a.coverage.target.sentences + "); " + a.flags.length + " flag(s)";
  const exports = $("exports");
  exports.textContent = "Export: ";
  for (const format of ["tmx", "tsv", "gold", "ladder", "html"]) {
    const link = document.createElement("a");
    link.href = "api/v1/alignments/" + a.id + "/export?format=" + format;
    link.textContent = format.toUpperCase();
    link.addEventListener("click", async e => {   // fetch with the key header, then hand the file to the browser
      e.preventDefault();
      const response = await fetch(link.href, {headers: headers()});
      const url = URL.createObjectURL(await response.blob());
      const save = document.createElement("a");
      save.href = url;
      save.download = a.id + "." + (format === "gold" ? "txt" : format);
      save.click();
      URL.revokeObjectURL(url);
    });
    exports.append(link, " ");
  }
  $("sourceHead").textContent = heading(a.source);
  $("targetHead").textContent = heading(a.target);
  const body = $("pairs").tBodies[0];
  body.replaceChildren();
  for (const pair of a.pairs) {
    const tr = document.createElement("tr");
    const unmatched = pair.source.length === 0 || pair.target.length === 0;
    tr.className = unmatched ? "unmatched" : pair.flags.length ? "flagged" : "pair";
    tr.dataset.flags = pair.flags.map(i => a.flags[i].type).join(" ");
    const reasons = document.createElement("td");
    reasons.className = "reason";
    for (const i of pair.flags) {
      const line = document.createElement("div");
      line.textContent = a.flags[i].type + " (" + a.flags[i].side + "): " + a.flags[i].evidence;
      reasons.append(line);
    }
    tr.append(cell(a.source.language, pair.sourceText), cell(a.target.language, pair.targetText), reasons);
    body.append(tr);
  }
}

$("align").addEventListener("submit", async e => {
  e.preventDefault();
  try {
    const request = {source: {lang: $("sourceLang").value, text: $("sourceText").value},
                     target: {lang: $("targetLang").value, text: $("targetText").value}};
    show(await call("api/v1/alignments",
        {method: "POST", headers: headers({"Content-Type": "application/json"}), body: JSON.stringify(request)}));
  } catch (err) { $("error").textContent = err.message; }
});

$("openButton").addEventListener("click", async () => {
  try { show(await call("api/v1/alignments/" + encodeURIComponent($("openId").value.trim()))); }
  catch (err) { $("error").textContent = err.message; }
});
