// Settings: how follow-ups are e-mailed (GET/PUT /api/settings).
import { api } from './api.js';
import { t } from './i18n.js';
import { h, clear, toast, onSubmit } from './ui.js';
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
  clear(main, pageHeader(t('settings.title'), t('settings.intro')), form);
}
