//! The studio's words and numbers: dates in the jeweler's locale, days until a
//! deadline, what a delivery is. Budgets, occasions and contact preferences are
//! `atelier_core::spec`'s, shared with the jeweler's email, and called from there.

use atelier_core::date::IsoDate;

/// Deadlines this close (or past) stand out in the inbox and on the brief.
pub const URGENT_DAYS: i64 = 14;

/// Fewer days than this is rush work for a jeweler (three months).
pub const RUSH_DAYS: i64 = atelier_core::brief::limits::RUSH_DAYS;

/// Days from `today` until a `YYYY-MM-DD` deadline (negative once it has passed).
pub fn days_between(today: IsoDate, deadline: &str) -> Option<i64> {
    IsoDate::parse(deadline).ok().map(|d| today.days_until(d))
}

/// Days from today (UTC) until a deadline.
pub fn days_left(deadline: &str) -> Option<i64> {
    days_between(crate::brief::today_utc()?, deadline)
}

/// "today", "tomorrow", "in 12 days", "3 days ago".
pub fn days_words(days: i64) -> String {
    match days {
        0 => "today".to_owned(),
        1 => "tomorrow".to_owned(),
        -1 => "yesterday".to_owned(),
        d if d > 1 => format!("in {d} days"),
        d => format!("{} days ago", -d),
    }
}

/// What a delivery is, in words.
pub fn delivery_kind(kind: &str) -> String {
    match kind {
        "jeweler_email" | "jeweler-email" => "Email to you".to_owned(),
        "visitor_email" | "visitor-email" => "Confirmation to the visitor".to_owned(),
        "revision_email" | "revision-email" => "Revised design to the visitor".to_owned(),
        "message_email" => "Message notice".to_owned(),
        "proposal_email" => "Proposal or its answer".to_owned(),
        "appointment_email" => "Consultation invitation".to_owned(),
        "stage_email" => "Making update to the visitor".to_owned(),
        "link_email" => "New link to the visitor".to_owned(),
        "erasure_request_email" => "Erasure request to you".to_owned(),
        "webhook" => "Webhook".to_owned(),
        other => other.replace(['_', '-'], " "),
    }
}

/// An RFC 3339 time in the browser's locale and time zone: "24 Nov 2026, 11:48".
pub fn when(rfc3339: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(rfc3339));
    if date.get_time().is_nan() {
        return rfc3339.to_owned();
    }
    let options = js_sys::Object::new();
    let set = |key: &str, value: &str| {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    };
    set("dateStyle", "medium");
    set("timeStyle", "short");
    String::from(date.to_locale_string(&crate::brief::browser_locale(), &options))
}

/// An RFC 3339 time as the clock reads it in an IANA time zone ("24 Nov 2026, 11:48"); the
/// browser's own zone when it does not know that one.
pub fn when_in(rfc3339: &str, time_zone: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(rfc3339));
    if date.get_time().is_nan() {
        return rfc3339.to_owned();
    }
    let options = js_sys::Object::new();
    let set = |key: &str, value: &str| {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    };
    set("dateStyle", "medium");
    set("timeStyle", "short");
    set("timeZone", time_zone);
    let locale = crate::brief::browser_locale();
    // An unknown zone makes the browser throw: it is checked against the browser's own list.
    if !time_zones().iter().any(|z| z == time_zone) {
        return when(rfc3339);
    }
    String::from(date.to_locale_string(&locale, &options))
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
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(rfc3339));
    if date.get_time().is_nan() {
        return rfc3339.to_owned();
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
    // An unknown zone makes the browser throw: it is checked against the browser's own list.
    if let Some(zone) = time_zone.filter(|z| time_zones().iter().any(|known| known == z)) {
        set("timeZone", zone);
    }
    String::from(date.to_locale_string(&crate::brief::browser_locale(), &options))
}

/// The day of an RFC 3339 time in an IANA time zone: "Tuesday 8 December 2026".
pub fn day_in(rfc3339: &str, time_zone: &str) -> String {
    part_in(rfc3339, Some(time_zone), Some("full"), None)
}

/// The clock time of an RFC 3339 time in an IANA time zone ("10:00"), or in the browser's.
pub fn time_in(rfc3339: &str, time_zone: Option<&str>) -> String {
    part_in(rfc3339, time_zone, None, Some("short"))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_outbox_kind_has_words() {
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
            let words = delivery_kind(kind);
            assert!(
                !words.contains("email") && !words.contains('_'),
                "{kind}: {words}"
            );
        }
    }

    #[test]
    fn days_count_from_today() {
        let today = IsoDate::parse("2026-11-24").expect("a date");
        assert_eq!(days_between(today, "2026-12-08"), Some(14));
        assert_eq!(days_between(today, "2026-11-20"), Some(-4));
        assert_eq!(days_between(today, "2027-01-01"), Some(38));
        assert_eq!(days_between(today, "soon"), None);
        assert_eq!(days_words(0), "today");
        assert_eq!(days_words(14), "in 14 days");
        assert_eq!(days_words(-4), "4 days ago");
    }
}
