// The review page: sends the page to /v1/extract with explain on, then shows the metadata, the
// article and every block of the page, kept or dropped with its rule. Everything extracted is
// put into the page as text (textContent), never as markup, so nothing from the page can run.
'use strict';

const $ = (id) => document.getElementById(id);
const META_FIELDS = ['title', 'authors', 'date', 'published', 'modified', 'site', 'language', 'description',
  'canonical_url', 'tags', 'page_type', 'url'];
const state = { file: null, previous: null, kept: {} };

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

function focus() {
  return document.querySelector('input[name=focus]:checked').value;
}

function setStatus(text, isError) {
  $('status').textContent = text;
  $('status').className = isError ? 'error' : '';
}

async function extract() {
  const url = $('url').value.trim();
  const html = $('html').value;
  const options = { focus: focus(), explain: true, format: 'markdown' };
  let request;
  if (state.file) {
    const query = new URLSearchParams({ focus: options.focus, explain: 'true', format: 'markdown' });
    if (url) query.set('url', url);
    request = fetch('/v1/extract?' + query, { method: 'POST', headers: { 'Content-Type': 'text/html' },
      body: state.file });
  } else if (html.trim() || url) {
    const body = Object.assign({}, options, url ? { url } : {}, html.trim() ? { html } : {});
    request = fetch('/v1/extract', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body) });
  } else {
    setStatus('Paste HTML, drop a file or give a URL first.', true);
    return;
  }
  setStatus('Extracting…');
  try {
    const response = await request;
    const data = await response.json();
    if (!response.ok) {
      setStatus(`${response.status} ${data.error}: ${data.message}`, true);
      return;
    }
    show(data, options.focus);
    setStatus('');
  } catch (e) {
    setStatus('Request failed: ' + e.message, true);
  }
}

function show(record, usedFocus) {
  const blocks = record.explain.blocks;
  const kept = blocks.filter((b) => b.kept).length;
  state.kept[usedFocus] = kept;
  const tally = ['precision', 'balanced', 'recall'].filter((f) => f in state.kept)
    .map((f) => `${f}: ${state.kept[f]}`).join(' · ');
  $('summary').textContent = `Focus ${usedFocus}: kept ${kept} of ${blocks.length} blocks, `
    + `${record.explain.removals.length} elements removed before reading. Blocks kept by focus — ${tally}`;
  showMeta(record);
  showBlocks(blocks);
  showRemovals(record.explain.removals);
  showArticle(record);
  $('markdown').textContent = record.content;
  const plain = Object.assign({}, record);
  delete plain.explain;
  delete plain.content;
  delete plain.format;
  $('json').textContent = JSON.stringify(plain, null, 2);
  $('result').hidden = false;
  state.previous = blocks;
}

function showMeta(record) {
  const dl = $('meta');
  dl.replaceChildren();
  for (const field of META_FIELDS) {
    const v = record[field];
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    dl.append(el('dt', null, field.replace('_', ' ')), el('dd', null, Array.isArray(v) ? v.join(', ') : v));
  }
}

function showBlocks(blocks) {
  const list = $('blocks');
  list.replaceChildren();
  const before = state.previous && state.previous.length === blocks.length ? state.previous : null;
  blocks.forEach((b, i) => {
    const li = el('li', b.kept ? 'kept' : 'dropped');
    if (before && before[i].text === b.text && before[i].kept !== b.kept) li.classList.add('changed');
    li.dataset.rule = b.rule;
    li.title = b.path + '  weight ' + b.weight.toFixed(1);
    if (!b.kept) li.append(el('span', 'rule', b.rule));
    li.append(el('span', 'kind', b.kind), document.createTextNode(b.text));
    list.append(li);
  });
}

function showRemovals(removals) {
  $('removal-count').textContent = removals.length;
  $('removals').replaceChildren(...removals.map((r) =>
    el('li', null, `${r.rule}  ${r.element}  (${r.chars} chars)`)));
}

function showArticle(record) {
  const article = $('article');
  article.replaceChildren();
  if (record.title) article.append(el('h1', null, record.title));
  for (const b of record.blocks) article.append(block(b));
  if (record.blocks.length === 0) article.append(el('p', 'image', 'No main content found.'));
}

function block(b) {
  switch (b.type) {
    case 'heading': return el('h' + Math.min(6, Math.max(2, b.level)), null, b.text);
    case 'list': {
      const list = el(b.ordered ? 'ol' : 'ul');
      b.items.forEach((item) => list.append(el('li', null, item)));
      return list;
    }
    case 'quote': return el('blockquote', null, b.text);
    case 'code': return el('pre', null, b.text);
    case 'caption': return el('figcaption', null, b.text);
    case 'image': return el('p', 'image', `[image${b.alt ? ': ' + b.alt : ''}] ${b.src}`);
    case 'table': {
      const table = el('table');
      b.rows.forEach((row) => {
        const tr = el('tr');
        row.forEach((cell) => tr.append(el('td', null, cell)));
        table.append(tr);
      });
      return table;
    }
    default: return el('p', null, b.text);
  }
}

function useFile(file) {
  state.file = file;
  $('html').value = '';
  $('file').hidden = false;
  $('file').textContent = `File: ${file.name} (${Math.ceil(file.size / 1024)} KB) — its bytes are sent as they are`;
}

function clearFile() {
  state.file = null;
  $('file').hidden = true;
}

async function loadExample() {
  const response = await fetch('/static/example.html');
  clearFile();
  $('html').value = await response.text();
  $('url').value = '';
  await extract();
}

document.addEventListener('DOMContentLoaded', () => {
  $('input').addEventListener('submit', (e) => { e.preventDefault(); extract(); });
  $('example').addEventListener('click', loadExample);
  $('html').addEventListener('input', clearFile);
  document.querySelectorAll('input[name=focus]').forEach((r) => r.addEventListener('change', () => {
    if (!$('result').hidden) extract();
  }));
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer.files.length > 0) useFile(e.dataTransfer.files[0]);
  });
});
