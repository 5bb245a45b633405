//! The consultation's invitation as iCalendar (RFC 5545): one VEVENT in a VCALENDAR whose METHOD
//! is REQUEST (booked or moved) or CANCEL. Times are written in UTC (`Z`), so no VTIMEZONE is
//! needed and every calendar places the event at the same instant. Text values are escaped
//! (§3.3.11) and every content line is folded at 75 octets with CRLF (§3.1), never inside a
//! UTF-8 character.

/// What the invitation asks of the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// Add or update the event.
    Request,
    /// Remove the event.
    Cancel,
}

impl Method {
    /// The METHOD value, also the `method=` parameter of the email's `text/calendar` part.
    pub const fn name(self) -> &'static str {
        match self {
            Method::Request => "REQUEST",
            Method::Cancel => "CANCEL",
        }
    }
}

/// A person in the invitation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Their name.
    pub name: String,
    /// Their email address.
    pub email: String,
}

/// Everything the invitation says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    /// REQUEST or CANCEL.
    pub method: Method,
    /// Stable per appointment, `<random>@<host>`.
    pub uid: String,
    /// Raised on every move or cancel.
    pub sequence: i64,
    /// When this version was made (Unix seconds).
    pub stamp: i64,
    /// Start (Unix seconds).
    pub starts_at: i64,
    /// End (Unix seconds).
    pub ends_at: i64,
    /// The title.
    pub summary: String,
    /// The details.
    pub description: String,
    /// Where.
    pub location: String,
    /// The shop.
    pub organizer: Person,
    /// The visitor.
    pub attendee: Person,
}

/// `YYYYMMDDTHHMMSSZ` for a Unix time.
fn utc(unix: i64) -> String {
    crate::clock::rfc3339(unix).replace(['-', ':'], "")
}

/// A TEXT value escaped: backslash, semicolon, comma and newlines (§3.3.11).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A parameter value (CN): quoted, with the characters a quoted value cannot hold removed.
fn param(text: &str) -> String {
    let clean: String = text
        .chars()
        .filter(|c| *c != '"' && !c.is_control())
        .collect();
    format!("\"{clean}\"")
}

/// One content line folded at 75 octets: each continuation starts with a space, and no UTF-8
/// character is split. Ends with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if used + width > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += width;
    }
    out.push_str("\r\n");
    out
}

/// The whole `.ics` text.
pub fn calendar(i: &Invitation) -> String {
    let status = match i.method {
        Method::Request => "CONFIRMED",
        Method::Cancel => "CANCELLED",
    };
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "PRODID:-//Atelier//Consultations//EN".to_owned(),
        "VERSION:2.0".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        format!("METHOD:{}", i.method.name()),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", escape_text(&i.uid)),
        format!("DTSTAMP:{}", utc(i.stamp)),
        format!("DTSTART:{}", utc(i.starts_at)),
        format!("DTEND:{}", utc(i.ends_at)),
        format!("SEQUENCE:{}", i.sequence),
        format!("STATUS:{status}"),
        format!("SUMMARY:{}", escape_text(&i.summary)),
        format!("DESCRIPTION:{}", escape_text(&i.description)),
        format!("LOCATION:{}", escape_text(&i.location)),
        format!(
            "ORGANIZER;CN={}:mailto:{}",
            param(&i.organizer.name),
            i.organizer.email
        ),
        format!(
            "ATTENDEE;CN={};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{}",
            param(&i.attendee.name),
            i.attendee.email
        ),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    lines.iter().map(|l| fold(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_escapes_backslash_semicolon_comma_and_newline() {
        assert_eq!(escape_text("a\\b;c,d\r\ne\nf"), "a\\\\b\\;c\\,d\\ne\\nf");
    }

    #[test]
    fn lines_fold_at_75_octets_without_splitting_characters() {
        let short = fold("SUMMARY:short");
        assert_eq!(short, "SUMMARY:short\r\n");
        let long = format!("DESCRIPTION:{}", "é".repeat(100));
        let folded = fold(&long);
        for line in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, long);
        // 12 ASCII octets, then 31 two-octet characters fill 74; the 32nd starts the next line.
        let first = folded.split("\r\n").next().expect("line");
        assert_eq!(first.len(), 74);
        let ascii = fold(&"x".repeat(151));
        assert_eq!(
            ascii,
            format!("{}\r\n {}\r\n {}\r\n", "x".repeat(75), "x".repeat(74), "xx")
        );
    }

    #[test]
    fn the_calendar_is_crlf_with_utc_times_and_the_method() {
        let ics = calendar(&Invitation {
            method: Method::Cancel,
            uid: "abc@shop.example".into(),
            sequence: 2,
            stamp: 1_800_000_000,
            starts_at: 1_806_310_800,
            ends_at: 1_806_314_400,
            summary: "Consultation with Maison, Test — AT-ABCDE".into(),
            description: "Video call".into(),
            location: "Maison".into(),
            organizer: Person {
                name: "Maison \"Test\"".into(),
                email: "atelier@shop.example".into(),
            },
            attendee: Person {
                name: "Ada".into(),
                email: "ada@example.com".into(),
            },
        });
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'));
        assert!(ics.contains("\r\nMETHOD:CANCEL\r\n"));
        assert!(ics.contains("\r\nSTATUS:CANCELLED\r\n"));
        assert!(ics.contains("\r\nDTSTART:20270329T090000Z\r\n"));
        assert!(ics.contains("\r\nSEQUENCE:2\r\n"));
        assert!(ics.contains("SUMMARY:Consultation with Maison\\, Test — AT-ABCDE"));
        assert!(ics.contains("ORGANIZER;CN=\"Maison Test\":mailto:atelier@shop.example"));
    }
}
