//! Dates as the visitor reads them: instants (RFC 3339, UTC, from the server) shown in the
//! visitor's own time zone, or in the shop's, in the language on screen through the browser's
//! `Intl` (time-zone rules are the browser's, never offsets written here).

use crate::i18n::{self, DateStyle};
use js_sys::{Date, Object, Reflect};
use wasm_bindgen::JsValue;

/// The options object `Intl` reads, from `(name, value)` pairs.
fn options(pairs: &[(&str, &str)]) -> JsValue {
    let object = Object::new();
    for (name, value) in pairs {
        let _ = Reflect::set(&object, &JsValue::from_str(name), &JsValue::from_str(value));
    }
    object.into()
}

/// The instant, or `None` if the text is not a date the browser reads.
fn date(rfc3339: &str) -> Option<Date> {
    let date = Date::new(&JsValue::from_str(rfc3339));
    (!date.get_time().is_nan()).then_some(date)
}

/// Formats `rfc3339` with `Intl` options; the text itself if it is not a date.
fn format(rfc3339: &str, pairs: &[(&str, &str)]) -> String {
    date(rfc3339).map_or_else(
        || rfc3339.to_owned(),
        |d| String::from(d.to_locale_string(&i18n::tag(), &options(pairs))),
    )
}

/// An instant in `style`, in the visitor's zone; the text itself if it is not a date.
fn styled(rfc3339: &str, style: DateStyle) -> String {
    date(rfc3339).map_or_else(
        || rfc3339.to_owned(),
        |d| i18n::date(d.get_time(), style, None),
    )
}

/// A moment in the visitor's zone, e.g. "6 Dec 2026, 14:30".
pub fn moment(rfc3339: &str) -> String {
    styled(rfc3339, DateStyle::DayTime)
}

/// The day of an instant in the visitor's zone, in words ("Monday, 7 December").
pub fn day(rfc3339: &str) -> String {
    styled(rfc3339, DateStyle::Weekday)
}

/// The clock time of an instant in the visitor's zone ("14:30").
pub fn clock(rfc3339: &str) -> String {
    styled(rfc3339, DateStyle::Time)
}

/// The day and time of an instant in `zone` (the shop's), with the zone's short name.
pub fn in_zone(rfc3339: &str, zone: &str) -> String {
    format(
        rfc3339,
        &[
            ("timeZone", zone),
            ("weekday", "short"),
            ("hour", "numeric"),
            ("minute", "2-digit"),
            ("timeZoneName", "short"),
        ],
    )
}

/// The visitor's IANA time zone as the browser names it ("Europe/Paris").
pub fn visitor_zone() -> String {
    let format = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &Object::new());
    Reflect::get(&format.resolved_options(), &JsValue::from_str("timeZone"))
        .ok()
        .and_then(|z| z.as_string())
        .unwrap_or_else(|| i18n::t("com-your-zone"))
}

/// The day before today in the visitor's zone, as `YYYY-MM-DD`: where the free times are asked
/// from, so a visitor whose date is ahead of the shop's (Tokyo and London) still gets the shop's
/// today. The server leaves out every time already past.
pub fn yesterday() -> String {
    let now = Date::new_0();
    let day = Date::new_with_year_month_day(
        now.get_full_year(),
        i32::try_from(now.get_month()).unwrap_or(0),
        i32::try_from(now.get_date()).unwrap_or(1) - 1,
    );
    format!(
        "{:04}-{:02}-{:02}",
        day.get_full_year(),
        day.get_month() + 1,
        day.get_date()
    )
}
