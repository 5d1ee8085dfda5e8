// Settings: how follow-ups are e-mailed (GET/PUT /api/settings).
import { api } from './api.js';
import { t } from './i18n.js';
import { h, clear, toast, onSubmit, copyText, problemMessage, banner } from './ui.js';
import { DELIVERIES } from './enums.js';
import { pageHeader } from './application-log.js';

export async function settings(main) {
  const current = await api('/api/settings');
  const choices = DELIVERIES.map((value) => h('label.choice',
    h('input', { type: 'radio', name: 'delivery', value, checked: current.delivery === value }), ' ',
    t(`settings.delivery.${value}`)));
  const form = h('form.panel', h('fieldset', h('legend', t('settings.delivery')), ...choices),
    h('button.primary', { type: 'submit' }, t('save')));
  onSubmit(form, async () => {
    const delivery = form.querySelector('input[name=delivery]:checked')?.value; // formValues reads radios as the last one
    await api('/api/settings', { method: 'PUT', body: { delivery } });
    toast(t('saved'));
  }, t('nav.settings'));
  clear(main, pageHeader(t('settings.title'), t('settings.intro')), form, await calendarSection());
}

/** The follow-ups as a calendar feed: its secret address to copy, to open in a calendar app, or to replace. */
async function calendarSection() {
  const box = h('section.card.calendar', { 'aria-labelledby': 'cal-h' });
  const draw = (url) => {
    const input = h('input#cal-url', { type: 'text', readonly: true, value: url });
    const renew = h('button.ghost', { type: 'button', onclick: async () => {
      if (!window.confirm(t('calendar.renewConfirm'))) return;
      renew.disabled = true;
      try {
        draw((await api('/api/calendar', { method: 'POST' })).url);
        toast(t('calendar.renewed'));
      } catch (error) {
        renew.disabled = false;
        if (error.status !== 401) toast(problemMessage(error, t('what.reminder')), 'error');
      }
    } }, t('calendar.renew'));
    clear(box, h('h2#cal-h', t('calendar.title')), h('p.muted', t('calendar.intro')),
      h('div.field', h('label', { for: 'cal-url' }, t('calendar.address')), input),
      h('div.form-actions',
        h('button.secondary', { type: 'button', onclick: () => copyText(url, t('calendar.copied')) }, t('calendar.copy')),
        h('a.button.secondary', { href: url.replace(/^https?:/, 'webcal:') }, t('calendar.open')),
        renew));
  };
  try {
    draw((await api('/api/calendar')).url);
  } catch (error) {
    if (error.status !== 401) clear(box, h('h2#cal-h', t('calendar.title')), banner(problemMessage(error, t('what.reminder')), 'warn'));
  }
  return box;
}
