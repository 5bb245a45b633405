//! Numbers, money, plurals, lists and dates through the browser's `Intl`, for the language on
//! screen. Formatters are made once per tag and options, then kept.

use std::cell::RefCell;
use std::collections::HashMap;

use atelier_core::i18n::{Formatter, Plural};
use js_sys::{Array, Intl as JsIntl, Object, Reflect};
use wasm_bindgen::JsValue;

thread_local! {
    static NUMBERS: RefCell<HashMap<String, JsIntl::NumberFormat>> = RefCell::new(HashMap::new());
    static PLURALS: RefCell<HashMap<String, JsIntl::PluralRules>> = RefCell::new(HashMap::new());
}

/// The `Intl` formatter for one BCP 47 tag.
#[derive(Debug, Clone)]
pub struct Intl {
    tag: String,
}

impl Intl {
    /// Formats for `tag` (`fr-CH`, `ja`, …).
    pub fn new(tag: &str) -> Self {
        Intl {
            tag: tag.to_owned(),
        }
    }

    fn locales(&self) -> Array {
        Array::of1(&JsValue::from_str(&self.tag))
    }
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (name, value) in pairs {
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object
}

fn number_format(intl: &Intl, key: String, pairs: &[(&str, JsValue)]) -> JsIntl::NumberFormat {
    NUMBERS.with(|cache| {
        cache
            .borrow_mut()
            .entry(format!("{}|{key}", intl.tag))
            .or_insert_with(|| JsIntl::NumberFormat::new(&intl.locales(), &options(pairs)))
            .clone()
    })
}

/// `value` as `format` writes it. Should `Intl` answer no string, the browser's own `Number`
/// writes it: Rust's float printing would put about 16 KB in the wasm for a case never seen.
fn call_format(format: &JsIntl::NumberFormat, value: f64) -> String {
    format
        .format()
        .call1(&JsValue::NULL, &JsValue::from_f64(value))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| {
            String::from(
                js_sys::Number::from(value)
                    .to_string_with_radix(10)
                    .unwrap_or_default(),
            )
        })
}

impl Formatter for Intl {
    fn spelling(&self) -> atelier_core::i18n::Spelling {
        atelier_core::i18n::Spelling::for_tag(&self.tag)
    }

    fn plural(&self, n: f64, min_frac: u8) -> Plural {
        let rules = PLURALS.with(|cache| {
            cache
                .borrow_mut()
                .entry(format!("{}|{min_frac}", self.tag))
                .or_insert_with(|| {
                    JsIntl::PluralRules::new(
                        &self.locales(),
                        &options(&[("minimumFractionDigits", f64::from(min_frac).into())]),
                    )
                })
                .clone()
        });
        Plural::from_name(&String::from(rules.select(n)))
    }

    fn number(&self, n: f64, min_frac: u8, max_frac: u8) -> String {
        let format = number_format(
            self,
            format!("n{min_frac}-{max_frac}"),
            &[
                ("minimumFractionDigits", f64::from(min_frac).into()),
                (
                    "maximumFractionDigits",
                    f64::from(max_frac.max(min_frac)).into(),
                ),
            ],
        );
        call_format(&format, n)
    }

    fn money(&self, amount: f64, currency: &str) -> String {
        // Whole amounts read without cents ("1.200 €"); others keep the currency's own decimals.
        let whole = amount.fract() == 0.0;
        let mut pairs = vec![
            ("style", JsValue::from_str("currency")),
            ("currency", JsValue::from_str(currency)),
        ];
        if whole {
            pairs.push(("maximumFractionDigits", 0.0.into()));
            pairs.push(("minimumFractionDigits", 0.0.into()));
        }
        call_format(
            &number_format(self, format!("c{currency}{whole}"), &pairs),
            amount,
        )
    }

    fn list(&self, items: Vec<String>) -> String {
        let list: Array = items.iter().map(|s| JsValue::from_str(s)).collect();
        let format = JsIntl::ListFormat::new(
            &self.locales(),
            &options(&[("type", JsValue::from_str("conjunction"))]),
        );
        String::from(format.format(&list))
    }
}

/// `n` with between `min_frac` and `max_frac` decimals, in the language on screen.
pub fn number(n: f64, min_frac: u8, max_frac: u8) -> String {
    Intl::new(&super::tag()).number(n, min_frac, max_frac)
}

/// An amount of money in the language on screen ("1.234,56 €" in German).
pub fn money(amount: f64, currency: &str) -> String {
    Intl::new(&super::tag()).money(amount, currency)
}

/// What of a moment a date shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStyle {
    /// "6 December 2026".
    Day,
    /// "6 Dec 2026, 14:30".
    DayTime,
    /// "14:30".
    Time,
    /// "Sunday 6 December".
    Weekday,
}

/// A moment (milliseconds since 1970) in the language on screen, in `time_zone` (an IANA name)
/// or the browser's own.
pub fn date(ms: f64, style: DateStyle, time_zone: Option<&str>) -> String {
    let mut pairs: Vec<(&str, JsValue)> = match style {
        DateStyle::Day => vec![("dateStyle", "long".into())],
        DateStyle::DayTime => vec![
            ("dateStyle", "medium".into()),
            ("timeStyle", "short".into()),
        ],
        DateStyle::Time => vec![("timeStyle", "short".into())],
        DateStyle::Weekday => vec![
            ("weekday", "long".into()),
            ("day", "numeric".into()),
            ("month", "long".into()),
        ],
    };
    if let Some(zone) = time_zone {
        pairs.push(("timeZone", JsValue::from_str(zone)));
    }
    let locales = Array::of1(&JsValue::from_str(&super::tag()));
    let format = JsIntl::DateTimeFormat::new(&locales, &options(&pairs));
    format
        .format()
        .call1(&JsValue::NULL, &js_sys::Date::new(&JsValue::from_f64(ms)))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}
