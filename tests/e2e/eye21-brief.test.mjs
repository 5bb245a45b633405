// The brief's errors as the last user-eye test met them: a refused Send whose errors vanished when
// the visitor switched to German, and an Email field in error without the red edge Name had.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, outputDir, openBriefStep, message } from './support.mjs';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

/** `text` with its first letter capitalised, as a field's error line stands alone. */
const sentence = (text) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** What the form says is wrong: the summary's title and lines, and each field's own error line. */
function errorsShown(page) {
  return page.evaluate(() => {
    const plain = (e) => e.innerText.replace(/[\u2068\u2069]/g, '').trim();
    const summary = document.querySelector('.brief-summary-errors');
    return {
      title: summary ? plain(summary.querySelector('p')) : null,
      lines: summary ? [...summary.querySelectorAll('li')].map(plain) : [],
      fields: Object.fromEntries([...document.querySelectorAll('form.brief-form .field-error')].map((e) => [e.id, plain(e)])),
      invalid: [...document.querySelectorAll('form.brief-form [aria-invalid="true"]')].map((e) => e.id),
    };
  });
}

for (const viewport of [PHONE, DESKTOP]) {
  test(`${viewport.width} px: after a refused Send, switching to German keeps every error, in German`, async () => {
    const { context, page, errors } = await launch({ locale: 'en-US', viewport });
    try {
      await openBriefStep(page, server.url);
      await page.locator('#brief-notes').fill('Yellow gold, please');
      await page.locator('button.brief-send').click();
      await page.locator('.brief-summary-errors').waitFor();
      const english = await errorsShown(page);
      assert.deepEqual(english, {
        title: '3 things need your attention before sending:',
        lines: [
          `Your name: ${message('en', 'core', 'field-required')}`,
          `Email: ${message('en', 'core', 'field-email')}`,
          `Consent: ${message('en', 'core', 'field-consent')}`,
        ],
        fields: {
          'brief-name-error': sentence(message('en', 'core', 'field-required')),
          'brief-email-error': sentence(message('en', 'core', 'field-email')),
          'brief-consent-error': sentence(message('en', 'core', 'field-consent')),
        },
        invalid: ['brief-name', 'brief-email', 'brief-consent'],
      });

      await page.getByLabel('Language').selectOption('de');
      await page.locator('html[lang="de"]').waitFor({ state: 'attached' });
      // The form drawn again in German: its first label is the sign.
      await page.locator('label[for="brief-name"]', { hasText: message('de', 'brief', 'brief-label-name') }).waitFor();
      const german = await errorsShown(page);
      const field = (key) => message('de', 'brief', key);
      const problem = (key) => message('de', 'core', key);
      assert.deepEqual(german, {
        title: 'Vor dem Senden brauchen noch 3 Angaben Ihre Aufmerksamkeit:',
        lines: [
          `${field('brief-field-name')}: ${problem('field-required')}`,
          `${field('brief-field-email')}: ${problem('field-email')}`,
          `${field('brief-field-consent')}: ${problem('field-consent')}`,
        ],
        fields: {
          'brief-name-error': sentence(problem('field-required')),
          'brief-email-error': sentence(problem('field-email')),
          'brief-consent-error': sentence(problem('field-consent')),
        },
        invalid: ['brief-name', 'brief-email', 'brief-consent'],
      });
      assert.equal(await page.locator('#brief-notes').inputValue(), 'Yellow gold, please');
      writeFileSync(join(outputDir, `eye21-brief-errors-de-${viewport.width}.png`), await page.locator('form.brief-form').screenshot());

      // Fixing a field in German takes its error away, as before the switch.
      await page.locator('#brief-name').fill('Ada Lovelace');
      await page.locator('#brief-name-error').waitFor({ state: 'detached' });
      assert.equal((await errorsShown(page)).lines.length, 2);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test(`${viewport.width} px: every field in error has the same red edge as Name, focused or not`, async () => {
    const { context, page, errors } = await launch({ viewport });
    try {
      await openBriefStep(page, server.url);
      // A phone call needs a number: the phone field is in error too.
      await page.getByLabel(message('en', 'brief', 'brief-channel-phone')).check();
      await page.locator('button.brief-send').click();
      await page.locator('.brief-summary-errors').waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'brief-name');
      const edges = () => page.evaluate(() => {
        const error = getComputedStyle(document.documentElement).getPropertyValue('--atelier-error').trim();
        // The colour as computed styles give it, for comparison.
        const probe = document.createElement('i');
        probe.style.color = error;
        document.body.append(probe);
        const red = getComputedStyle(probe).color;
        probe.remove();
        const edge = (e) => {
          const s = getComputedStyle(e);
          // A checkbox draws its own box: its edge is a ring of shadow.
          return e.type === 'checkbox'
            ? { id: e.id, ring: s.boxShadow }
            : { id: e.id, color: s.borderTopColor, style: s.borderTopStyle, width: s.borderTopWidth };
        };
        return {
          red,
          focused: document.activeElement.id,
          invalid: [...document.querySelectorAll('form.brief-form [aria-invalid="true"]')].map(edge),
          valid: edge(document.querySelector('#brief-budget-min')),
        };
      });
      const check = (seen, focused) => {
        assert.equal(seen.focused, focused);
        assert.deepEqual(seen.invalid.map((e) => e.id), ['brief-name', 'brief-email', 'brief-phone', 'brief-consent']);
        const [name, ...others] = seen.invalid;
        assert.deepEqual(name, { id: 'brief-name', color: seen.red, style: 'solid', width: '1px' }, 'Name is red');
        for (const field of others.slice(0, -1)) {
          assert.deepEqual({ ...field, id: name.id }, name, `${field.id} has Name's edge (${focused} focused)`);
        }
        assert.deepEqual(others.at(-1), { id: 'brief-consent', ring: `${seen.red} 0px 0px 0px 2px` }, `the consent box is ringed in red (${focused} focused)`);
        assert.notEqual(seen.valid.color, seen.red, 'a field without an error keeps its grey edge');
      };
      check(await edges(), 'brief-name');
      await page.locator('.brief-form fieldset').first().screenshot({ path: join(outputDir, `eye21-brief-invalid-name-focused-${viewport.width}.png`) });
      await page.locator('#brief-email').focus();
      check(await edges(), 'brief-email');
      await page.locator('#brief-notes').focus();
      check(await edges(), 'brief-notes');
      await page.locator('.brief-form fieldset').first().screenshot({ path: join(outputDir, `eye21-brief-invalid-unfocused-${viewport.width}.png`) });
      await page.locator('.brief-consent').screenshot({ path: join(outputDir, `eye21-brief-invalid-consent-${viewport.width}.png`) });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}
