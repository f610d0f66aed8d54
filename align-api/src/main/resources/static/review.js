"use strict";
// The languages a side may be given in (align-core's SupportedLanguages) and the export endpoint's formats
// (ExportFormat); ReviewPageListsTest keeps both lists equal to the service's.
const LANGUAGES = ["ar", "de", "el", "en", "es", "fa", "fr", "he", "hi", "hy", "is", "it", "ja", "ka", "ko", "nl",
  "pt", "ru", "th", "ur", "zh"];
const FORMATS = ["tmx", "tsv", "gold", "ladder", "html", "json", "xlsx"];
const EXTENSIONS = {gold: "txt"};
const key = new URLSearchParams(location.search).get("key");
const headers = extra => Object.assign(key ? {"X-API-Key": key} : {}, extra || {});
const $ = id => document.getElementById(id);
const names = new Intl.DisplayNames(["en"], {type: "language"});
const languageName = lang => `${names.of(lang) || lang} (${lang})`;

for (const side of ["source", "target"]) {
  const select = $(side + "Lang");
  select.append(new Option("detect", "auto", true, true));
  for (const lang of LANGUAGES) { select.append(new Option(languageName(lang), lang)); }
}

// a file read as text into its side's text area (UTF-8, as the API reads uploads)
async function load(side, file) {
  try {
    $(side + "Text").value = await file.text();
    $(side + "Name").textContent = file.name;
  } catch (err) { $("error").textContent = "cannot read " + file.name + ": " + err.message; }
}

for (const side of ["source", "target"]) {
  $(side + "File").addEventListener("change", e => { if (e.target.files[0]) { load(side, e.target.files[0]); } });
  const zone = $(side + "Drop");
  zone.addEventListener("dragover", e => { e.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", e => {   // one file fills this side; two fill both, the first as the source
    e.preventDefault();
    zone.classList.remove("over");
    const files = [...e.dataTransfer.files];
    if (files.length >= 2) { load("source", files[0]); load("target", files[1]); }
    else if (files.length === 1) { load(side, files[0]); }
  });
}

async function call(url, options) {
  const response = await fetch(url, Object.assign({headers: headers()}, options));
  const body = await response.json();
  if (!response.ok) { throw new Error((body.title || response.status) + ": " + (body.detail || "")); }
  return body;
}

// the language, and how sure its detection was when it was asked for (auto)
const described = (name, side) => `${name}: ${languageName(side.language)}, ` + (side.languageDetected
  ? `detected (confidence ${side.languageDetected.confidence.toFixed(2)})` : "as given");

const exportUrl = (id, format) => "api/v1/alignments/" + encodeURIComponent(id) + "/export?format=" + format;

// a button that fetches one export with the key header, then hands the file to the browser to save
function exportButton(id, format) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "export";
  button.dataset.format = format;
  button.textContent = format.toUpperCase();
  button.addEventListener("click", async () => {
    try {
      const response = await fetch(exportUrl(id, format), {headers: headers()});
      if (!response.ok) { throw new Error(response.status + " " + (await response.text())); }
      const url = URL.createObjectURL(await response.blob());
      const save = document.createElement("a");
      save.href = url;
      save.download = id + "." + (EXTENSIONS[format] || format);
      save.click();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    } catch (err) { $("error").textContent = "export " + format + ": " + err.message; }
  });
  return button;
}

// align-core's HTML report of the alignment, fetched with the key header and shown in the frame from a blob: URL,
// so that its fragment links (#b1, #f1, the count filters) stay within its own document. The frame is sandboxed
// without scripts; it keeps the page's origin (allow-same-origin) because Chromium does not follow fragment links
// in a blob: document of an opaque origin.
async function showReport(id) {
  const response = await fetch(exportUrl(id, "html"), {headers: headers()});
  if (!response.ok) { throw new Error("report: " + response.status + " " + (await response.text())); }
  const frame = $("report");
  const previous = frame.src;
  frame.src = URL.createObjectURL(new Blob([await response.text()], {type: "text/html;charset=utf-8"}));
  if (previous.startsWith("blob:")) { URL.revokeObjectURL(previous); }
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
  $("sourceLanguage").textContent = described("Source", a.source);
  $("targetLanguage").textContent = described("Target", a.target);
  $("exports").replaceChildren("Export: ", ...FORMATS.map(format => exportButton(a.id, format)));
  return showReport(a.id);
}

$("align").addEventListener("submit", async e => {
  e.preventDefault();
  try {
    const request = {source: {lang: $("sourceLang").value, text: $("sourceText").value},
                     target: {lang: $("targetLang").value, text: $("targetText").value}};
    await show(await call("api/v1/alignments",
        {method: "POST", headers: headers({"Content-Type": "application/json"}), body: JSON.stringify(request)}));
  } catch (err) { $("error").textContent = err.message; }
});

$("openButton").addEventListener("click", async () => {
  try { await show(await call("api/v1/alignments/" + encodeURIComponent($("openId").value.trim()))); }
  catch (err) { $("error").textContent = err.message; }
});
