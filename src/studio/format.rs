//! The studio's words and numbers: dates in the shop's language, days until a
//! deadline, what a delivery is. Budgets, occasions and contact preferences are
//! `atelier_core::spec`'s, shared with the jeweler's email, and called from there.

use atelier_core::date::IsoDate;
use atelier_core::i18n::{Arg, Msg};

/// Deadlines this close (or past) stand out in the inbox and on the brief.
pub const URGENT_DAYS: i64 = 14;

/// Fewer days than this is rush work for a jeweler (three months).
pub const RUSH_DAYS: i64 = atelier_core::brief::limits::RUSH_DAYS;

/// Stands in a message for words that keep their own language (a visitor's comment), so the
/// sentence around them is translated whole and the words are marked up apart.
pub const MARK: &str = "\u{E000}";

/// A sentence formatted with [`MARK`] as the text before and after it (all of it before, when the
/// translation dropped the mark).
pub fn split_at_mark(sentence: &str) -> (String, String) {
    match sentence.split_once(MARK) {
        Some((before, after)) => (before.to_owned(), after.to_owned()),
        None => (sentence.to_owned(), String::new()),
    }
}

/// Days from `today` until a `YYYY-MM-DD` deadline (negative once it has passed).
pub fn days_between(today: IsoDate, deadline: &str) -> Option<i64> {
    IsoDate::parse(deadline).ok().map(|d| today.days_until(d))
}

/// Days from today (UTC) until a deadline.
pub fn days_left(deadline: &str) -> Option<i64> {
    days_between(crate::brief::today_utc()?, deadline)
}

/// "today", "tomorrow", "in 12 days", "3 days ago".
pub fn days_words(days: i64) -> Msg {
    match days {
        0 => Msg::new("studio-days-today"),
        1 => Msg::new("studio-days-tomorrow"),
        -1 => Msg::new("studio-days-yesterday"),
        d if d > 1 => Msg::new("studio-days-ahead").arg("n", Arg::int(d)),
        d => Msg::new("studio-days-ago").arg("n", Arg::int(-d)),
    }
}

/// What a delivery is, in words (a kind this page does not know is shown by its stored name).
pub fn delivery_kind(kind: &str) -> Msg {
    let key = match kind {
        "jeweler_email" | "jeweler-email" => "studio-delivery-jeweler-email",
        "visitor_email" | "visitor-email" => "studio-delivery-visitor-email",
        "revision_email" | "revision-email" => "studio-delivery-revision-email",
        "message_email" => "studio-delivery-message-email",
        "proposal_email" => "studio-delivery-proposal-email",
        "appointment_email" => "studio-delivery-appointment-email",
        "stage_email" => "studio-delivery-stage-email",
        "link_email" => "studio-delivery-link-email",
        "erasure_request_email" => "studio-delivery-erasure-email",
        "webhook" => "studio-delivery-webhook",
        other => return Msg::new("studio-as-written").arg("text", other.replace(['_', '-'], " ")),
    };
    Msg::new(key)
}

/// An RFC 3339 time in the shop's language and the browser's time zone: "24 Nov 2026, 11:48".
pub fn when(rfc3339: &str) -> String {
    part_in(rfc3339, None, Some("medium"), Some("short"))
}

/// An RFC 3339 time as the clock reads it in an IANA time zone ("24 Nov 2026, 11:48"), or `None`
/// when the browser does not know that zone: a time in another zone under this one's name would
/// mislead.
pub fn when_in(rfc3339: &str, time_zone: &str) -> Option<String> {
    try_part_in(rfc3339, Some(time_zone), Some("medium"), Some("short"))
}

/// Every IANA time zone the browser knows (`Intl.supportedValuesOf('timeZone')`), or none in a
/// browser too old to list them.
pub fn time_zones() -> Vec<String> {
    let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok();
    let list = intl
        .and_then(|intl| js_sys::Reflect::get(&intl, &"supportedValuesOf".into()).ok())
        .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok())
        .and_then(|f| {
            f.call1(&wasm_bindgen::JsValue::NULL, &"timeZone".into())
                .ok()
        });
    list.map(|l| {
        js_sys::Array::from(&l)
            .iter()
            .filter_map(|z| z.as_string())
            .collect()
    })
    .unwrap_or_default()
}

/// The browser's own IANA time zone ("Europe/London"), if it says.
pub fn browser_time_zone() -> Option<String> {
    let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options();
    js_sys::Reflect::get(&options, &"timeZone".into())
        .ok()
        .and_then(|z| z.as_string())
}

/// Part of an RFC 3339 time as the clock reads it in `time_zone` (the browser's when `None` or
/// unknown): `date_style` and `time_style` are `Intl.DateTimeFormat`'s ("full", "short", …).
fn part_in(
    rfc3339: &str,
    time_zone: Option<&str>,
    date_style: Option<&str>,
    time_style: Option<&str>,
) -> String {
    try_part_in(rfc3339, time_zone, date_style, time_style)
        .or_else(|| try_part_in(rfc3339, None, date_style, time_style))
        .unwrap_or_else(|| rfc3339.to_owned())
}

/// [`part_in`] in `time_zone` only: `None` when the browser knows no such zone. The browser is
/// asked by trying, its `RangeError` caught, not by looking the zone up in
/// `Intl.supportedValuesOf`: Chromium's list leaves out zones it formats (`UTC`, `Etc/…`, old
/// names such as `Asia/Calcutta`).
fn try_part_in(
    rfc3339: &str,
    time_zone: Option<&str>,
    date_style: Option<&str>,
    time_style: Option<&str>,
) -> Option<String> {
    use wasm_bindgen::JsCast;
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(rfc3339));
    if date.get_time().is_nan() {
        return Some(rfc3339.to_owned());
    }
    let options = js_sys::Object::new();
    let set = |key: &str, value: &str| {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    };
    if let Some(style) = date_style {
        set("dateStyle", style);
    }
    if let Some(style) = time_style {
        set("timeStyle", style);
    }
    if let Some(zone) = time_zone {
        set("timeZone", zone);
    }
    let format = js_sys::Reflect::get(&date, &"toLocaleString".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let args = js_sys::Array::of2(&crate::i18n::tag().into(), &options);
    js_sys::Reflect::apply(&format, &date, &args)
        .ok()?
        .as_string()
}

/// The day of an RFC 3339 time in an IANA time zone: "Tuesday 8 December 2026".
pub fn day_in(rfc3339: &str, time_zone: &str) -> String {
    part_in(rfc3339, Some(time_zone), Some("full"), None)
}

/// The clock time of an RFC 3339 time in an IANA time zone ("10:00"), or in the browser's.
pub fn time_in(rfc3339: &str, time_zone: Option<&str>) -> String {
    part_in(rfc3339, time_zone, None, Some("short"))
}

/// A language's name in the shop's language ("French", "Französisch"), through the browser's
/// `Intl.DisplayNames`; the tag itself when the browser has no name for it.
pub fn language_name(tag: &str) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"type".into(), &"language".into());
    let locales = js_sys::Array::of1(&crate::i18n::tag().into());
    let names = js_sys::Intl::DisplayNames::new(&locales, &options);
    // `of` throws on a malformed tag, so it is called where a throw is an `Err`.
    js_sys::Reflect::get(&names, &"of".into())
        .ok()
        .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok())
        .and_then(|of| of.call1(&names, &tag.into()).ok())
        .and_then(|name| name.as_string())
        .unwrap_or_else(|| tag.to_owned())
}

/// Today in the browser's calendar, `YYYY-MM-DD`.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// The date part of an RFC 3339 time, for the inbox.
pub fn day(rfc3339: &str) -> String {
    rfc3339.get(..10).unwrap_or(rfc3339).to_owned()
}

/// A `YYYY-MM-DD` day in the shop's language, short enough for an inbox row on a phone
/// ("8 Dec 2026", "8. Dez. 2026"); as written when it is not one.
pub fn date_words(day: &str) -> String {
    if IsoDate::parse(day).is_err() {
        return day.to_owned();
    }
    // A bare ISO date is midnight UTC, so it is shown in UTC to stay the same day everywhere.
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(day));
    if date.get_time().is_nan() {
        return day.to_owned();
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeZone".into(), &"UTC".into());
    String::from(date.to_locale_date_string(&crate::i18n::tag(), &options))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::studio::words::tests::{english, german};
    use atelier_core::i18n::Plain;

    #[test]
    fn every_outbox_kind_has_words() {
        let english = english();
        // The server's `OutboxKind::ALL`, as stored in `outbox.kind`.
        for kind in [
            "jeweler_email",
            "visitor_email",
            "webhook",
            "revision_email",
            "message_email",
            "proposal_email",
            "appointment_email",
            "stage_email",
            "link_email",
            "erasure_request_email",
        ] {
            let words = english.say(&delivery_kind(kind), &Plain);
            assert!(
                !words.contains("email") && !words.contains('_') && !words.contains("studio-"),
                "{kind}: {words}"
            );
        }
        assert_eq!(
            english.say(&delivery_kind("jeweler_email"), &Plain),
            "Email to you"
        );
        assert_eq!(
            german().say(&delivery_kind("jeweler_email"), &Plain),
            "E-Mail an Sie"
        );
        assert_eq!(english.say(&delivery_kind("fax_out"), &Plain), "fax out");
    }

    #[test]
    fn a_visitors_comment_is_set_apart_in_a_whole_sentence() {
        let sentence = english().format(
            "studio-proposal-answer-quoted",
            &[
                ("answer", "Accepted by the visitor".into()),
                ("comment", MARK.into()),
            ],
            &Plain,
        );
        assert_eq!(
            split_at_mark(&sentence),
            ("Accepted by the visitor: “".to_owned(), "”".to_owned())
        );
        let sentence = german().format(
            "studio-proposal-answer-quoted",
            &[("answer", "Angenommen".into()), ("comment", MARK.into())],
            &Plain,
        );
        assert_eq!(
            split_at_mark(&sentence),
            ("Angenommen: „".to_owned(), "“".to_owned())
        );
    }

    #[test]
    fn days_count_from_today() {
        let today = IsoDate::parse("2026-11-24").expect("a date");
        assert_eq!(days_between(today, "2026-12-08"), Some(14));
        assert_eq!(days_between(today, "2026-11-20"), Some(-4));
        assert_eq!(days_between(today, "2027-01-01"), Some(38));
        assert_eq!(days_between(today, "soon"), None);
        let english = english();
        let say = |d| english.say(&days_words(d), &Plain);
        assert_eq!(say(0), "today");
        assert_eq!(say(14), "in 14 days");
        assert_eq!(say(-4), "4 days ago");
        assert_eq!(say(-1), "yesterday");
        assert_eq!(german().say(&days_words(14), &Plain), "in 14 Tagen");
    }
}
