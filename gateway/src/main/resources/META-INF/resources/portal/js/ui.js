import { t, label } from './i18n.js';

/** h('tag.class#id', {attrs, onclick}, ...children): builds DOM without innerHTML, so data is never markup. */
export function h(spec, attrs, ...children) {
  if (attrs === null || typeof attrs !== 'object' || attrs instanceof Node || Array.isArray(attrs)) {
    children.unshift(attrs);
    attrs = {};
  }
  const [, tag = 'div', rest = ''] = spec.match(/^([a-z0-9-]*)(.*)$/i) || [];
  const el = document.createElement(tag || 'div');
  for (const part of rest.match(/[.#][^.#]+/g) || []) {
    if (part[0] === '.') el.classList.add(part.slice(1));
    else el.id = part.slice(1);
  }
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === 'class') el.className += (el.className ? ' ' : '') + value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'value' && 'value' in el) el.value = value;
    else if (key === 'checked' || key === 'selected' || key === 'disabled') el[key] = !!value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export function stageChip(stage) {
  return h('span.chip', { class: `stage-${String(stage).toLowerCase()}` }, label('stage', stage));
}

let toastSeq = 0;
export function toast(message, kind = 'ok') {
  const box = document.getElementById('toasts');
  const id = `toast-${++toastSeq}`;
  const el = h('div.toast', { id, class: `toast-${kind}`, role: kind === 'error' ? 'alert' : undefined }, message);
  box.append(el);
  setTimeout(() => el.remove(), kind === 'error' ? 9000 : 4500);
}

/** A friendly message for a failed call; unavailable services get a calm "try later". */
export function problemMessage(error, what) {
  if (error && error.unavailable) return t('error.unavailable', { what: what || t('what.tracker') });
  const p = (error && error.problem) || {};
  return p.detail || p.title || (error && error.message) || String(error);
}

export function banner(message, kind = 'info') {
  return h('div.banner', { class: `banner-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message);
}

/** Shows field errors of a problem+json next to the inputs of a form (by name); returns the ones not placed. */
export function showFieldErrors(form, error) {
  form.querySelectorAll('.field-error').forEach((e) => e.remove());
  form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  const rest = [];
  for (const fe of error.fieldErrors || []) {
    const name = String(fe.field || '').replace(/\[\d+\]$/, '');
    const input = name && form.elements.namedItem(name);
    if (input && input.insertAdjacentElement) {
      const id = `${input.id || name}-error`;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', id);
      input.insertAdjacentElement('afterend', h('span.field-error', { id }, fe.message));
    } else {
      rest.push(fe);
    }
  }
  return rest;
}

let fieldSeq = 0;
/** A labelled form field. type: text, number, date, datetime-local, url, email, textarea, select, checkbox. */
export function field(name, text, { type = 'text', value, options, required, min, max, placeholder, hint, multiple } = {}) {
  const id = `f-${name}-${++fieldSeq}`;
  let input;
  if (type === 'textarea') {
    input = h('textarea', { id, name, required, placeholder, rows: 3 }, value ?? '');
  } else if (type === 'select') {
    input = h('select', { id, name, required, multiple },
      (options || []).map((o) => {
        const [v, l] = Array.isArray(o) ? o : [o, o];
        const selected = Array.isArray(value) ? value.includes(v) : String(v) === String(value ?? '');
        return h('option', { value: v, selected }, l);
      }));
  } else if (type === 'checkbox') {
    input = h('input', { id, name, type: 'checkbox', checked: !!value });
    return h('div.field.check', input, h('label', { for: id }, text));
  } else {
    input = h('input', { id, name, type, value: value ?? '', required, min, max, placeholder });
  }
  return h('div.field', h('label', { for: id }, text, required ? h('span.req', { 'aria-hidden': 'true' }, ' *') : null),
    input, hint ? h('small.hint', hint) : null);
}

/** The form's values as an object: empty strings become null, numbers numbers, checkboxes booleans. */
export function formValues(form) {
  const out = {};
  for (const el of form.elements) {
    if (!el.name || el.disabled) continue;
    if (el.type === 'checkbox') {
      out[el.name] = el.checked;
    } else if (el.multiple) {
      out[el.name] = [...el.selectedOptions].map((o) => o.value);
    } else if (el.type === 'number') {
      out[el.name] = el.value === '' ? null : Number(el.value);
    } else {
      out[el.name] = el.value.trim() === '' ? null : el.value.trim();
    }
  }
  return out;
}

/** A submit handler that disables the button while the call runs and reports errors on the form. */
export function onSubmit(form, action, what) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const buttons = form.querySelectorAll('button');
    buttons.forEach((b) => (b.disabled = true));
    form.querySelector('.form-error')?.remove();
    try {
      await action(formValues(form));
      form.querySelectorAll('.field-error').forEach((e) => e.remove());
    } catch (error) {
      if (error.status === 401) return;
      const rest = showFieldErrors(form, error);
      const message = error.fieldErrors.length ? t('error.fields') : problemMessage(error, what);
      form.prepend(h('div.form-error', { role: 'alert' }, message,
        rest.length ? h('ul', rest.map((fe) => h('li', fe.field ? `${fe.field}: ${fe.message}` : fe.message))) : null));
      (form.querySelector('[aria-invalid]') || form.querySelector('.form-error')).focus?.();
    } finally {
      buttons.forEach((b) => (b.disabled = false));
    }
  });
  return form;
}

/** A collapsible panel with a heading: used for "add" forms. */
export function disclosure(title, body, open = false) {
  return h('details.panel', { open }, h('summary', title), body);
}

export function options(prefix, values, withEmpty) {
  const list = values.map((v) => [v, label(prefix, v)]);
  return withEmpty !== undefined ? [['', withEmpty], ...list] : list;
}

export function isoDatePlus(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A datetime-local value → ISO instant with the browser's offset. */
export function localToIso(value) {
  if (!value) return null;
  const d = new Date(value);
  return isNaN(d) ? value : d.toISOString();
}

export function nowLocal() {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

/**
 * Column heads that sort: columns [[key, text]], sort {key, dir}; each head is a button (aria-sort on the sorted one)
 * that calls onSort(key). Without onSort, plain heads.
 */
export function sortableHeads(columns, sort, onSort) {
  return h('tr', columns.map(([key, text, className]) => {
    if (!onSort) return h('th', { scope: 'col', class: className }, text);
    const dir = sort.key === key ? sort.dir : null;
    return h('th', { scope: 'col', class: className, 'aria-sort': dir ? (dir === 'asc' ? 'ascending' : 'descending') : undefined },
      h('button.sort', { type: 'button', dataset: { sort: key }, onclick: () => onSort(key) }, text,
        h('span', { 'aria-hidden': 'true' }, dir === 'asc' ? ' ▲' : dir === 'desc' ? ' ▼' : '')));
  }));
}

/** The next sort after a click on key: the same key flips, another starts ascending. */
export function nextSort(sort, key) {
  return { key, dir: sort.key === key && sort.dir === 'asc' ? 'desc' : 'asc' };
}

/** items sorted by get(item) (numbers as numbers, the rest as text in the reader's order), dir 'asc' or 'desc'. */
export function sortedBy(items, get, dir) {
  const sign = dir === 'desc' ? -1 : 1;
  return [...items].sort((a, b) => {
    const x = get(a);
    const y = get(b);
    return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x ?? '').localeCompare(String(y ?? '')));
  });
}

/** Copies text to the clipboard (a hidden text area where the clipboard API is refused) and says so. */
export async function copyText(text, message) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = h('textarea.copy-buffer', text);
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  toast(message);
}
