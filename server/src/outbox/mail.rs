//! The two emails: the brief for the jeweler and the confirmation for the visitor.
//!
//! Everything the visitor typed is escaped in HTML and kept out of headers except through lettre's
//! encoders: the address only as a validated `Reply-To`, the name stripped of control characters.
//! The jeweler's email is `multipart/mixed` [`multipart/related` [`multipart/alternative` [text,
//! HTML], snapshots inline by Content-ID], inspiration files]; the visitor's is `multipart/related`
//! [`multipart/alternative` [text, HTML], the design's picture inline by Content-ID].

pub use crate::html::escape_html;
use crate::i18n::{DateStyle, Reader, Words};
use crate::store::consultations::{Consultation, FileKind};
use crate::Config;
use atelier_core::brief::Brief;
use atelier_core::catalog::Catalog;
use atelier_core::i18n::{Arg, Lang};
use atelier_core::spec::{self, RowMsg, SpecField};
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

/// Why an email could not be built or sent.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("invalid address {0:?}")]
    Address(String),
    #[error("invalid content type {0:?}")]
    ContentType(String),
    #[error("cannot build the message: {0}")]
    Build(#[from] lettre::error::Error),
    #[error("SMTP: {0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
    #[error("cannot write {path}: {source}")]
    File {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Where mail goes: an SMTP server, or `.eml` files for a machine without one.
#[derive(Clone)]
pub enum Mailer {
    /// Real SMTP (`smtp_url`).
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// `.eml` files in this folder.
    Files(PathBuf),
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Mailer::Smtp(_) => f.write_str("Mailer::Smtp"),
            Mailer::Files(dir) => write!(f, "Mailer::Files({})", dir.display()),
        }
    }
}

impl Mailer {
    /// The mailer the configuration asks for.
    pub fn from_config(config: &Config) -> Result<Self, MailError> {
        match &config.smtp_url {
            Some(url) => Ok(Mailer::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?.build(),
            )),
            None => Ok(Mailer::Files(config.data_dir.join("outbox-mail"))),
        }
    }

    /// Sends (or writes `<dir>/<file_stem>.eml`).
    pub async fn send(&self, message: Message, file_stem: &str) -> Result<(), MailError> {
        match self {
            Mailer::Smtp(transport) => {
                transport.send(message).await?;
                Ok(())
            }
            Mailer::Files(dir) => {
                let file_error = |path: &PathBuf| {
                    let path = path.clone();
                    move |source| MailError::File { path, source }
                };
                // The emails carry visitors' names, addresses and photos: owner only.
                let folder = dir.clone();
                tokio::task::spawn_blocking(move || {
                    crate::private_files::create_private_dir(&folder)
                })
                .await
                .map_err(std::io::Error::other)
                .and_then(|created| created)
                .map_err(file_error(dir))?;
                let path = dir.join(format!("{file_stem}.eml"));
                let temp = dir.join(format!(".{file_stem}.eml.tmp"));
                write_private(&temp, &message.formatted())
                    .await
                    .map_err(file_error(&temp))?;
                tokio::fs::rename(&temp, &path)
                    .await
                    .map_err(file_error(&path))?;
                Ok(())
            }
        }
    }
}

/// Writes a new file readable by its owner only (mode `0600`, whatever the umask), replacing a
/// leftover of an interrupted write.
async fn write_private(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use tokio::io::AsyncWriteExt;
    let mut file = tokio::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(crate::private_files::PRIVATE_FILE_MODE)
        .open(path)
        .await?;
    // A leftover from before keeps its old mode through `open`.
    file.set_permissions(std::fs::Permissions::from_mode(
        crate::private_files::PRIVATE_FILE_MODE,
    ))
    .await?;
    file.write_all(bytes).await?;
    file.flush().await
}

/// One header-safe line: control characters (CR, LF, tabs…) become spaces.
pub fn header_text(text: &str) -> String {
    let line: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn mailbox(name: Option<&str>, email: &str) -> Result<Mailbox, MailError> {
    let address = email
        .parse()
        .map_err(|_| MailError::Address(header_text(email)))?;
    Ok(Mailbox::new(name.map(header_text), address))
}

/// The ring as the studio's specification reads it: core's rows, with core's estimate (metal weight,
/// stone size) and the weight in every alloy, all against the catalog the brief was checked with,
/// in words not yet in any language.
pub fn specification(brief: &Brief, catalog: &Catalog) -> Vec<RowMsg> {
    let estimate = atelier_core::estimate::estimate(&brief.design, catalog).ok();
    let alloys = estimate
        .as_ref()
        .map(|e| spec::alloys(e, catalog))
        .unwrap_or_default();
    spec::rows_msg(brief, catalog, estimate.as_ref(), &alloys)
}

/// Specification rows the jeweler must not miss, in bold in the HTML body.
const EMPHASISED_SPEC: [SpecField; 2] = [SpecField::RingSize, SpecField::SizeCertainty];

/// The brief's budget in the reader's words: "1.000 €–2.000 €", or "up to …" when it has no
/// lower end.
pub fn budget_words(reader: &Reader<'_>, budget: &atelier_core::brief::Budget) -> String {
    let money = |amount: u64| Arg::Money {
        amount: amount as f64,
        currency: budget.currency.clone(),
    };
    if budget.min == 0 {
        reader.t_args("email-budget-up-to", &[("max", money(budget.max))])
    } else {
        reader.t_args(
            "email-budget-range",
            &[("min", money(budget.min)), ("max", money(budget.max))],
        )
    }
}

/// A date the visitor gave (`2027-05-01`) as the reader writes dates, or as given when it is
/// not one.
pub fn day_words(reader: &Reader<'_>, iso: &str) -> String {
    match iso.trim().parse::<jiff::civil::Date>() {
        Ok(day) => reader.date(day.at(12, 0, 0, 0), DateStyle::Day),
        Err(_) => iso.to_owned(),
    }
}

/// The brief's facts beside the ring (the specification has the size certainty, the stone
/// preference and what the visitor brings) as (label, value, emphasised) rows in the jeweler's
/// language, shared by the text and HTML bodies.
fn facts(reader: &Reader<'_>, brief: &Brief) -> Vec<(String, String, bool)> {
    let c = &brief.contact;
    let t = |key: &str| reader.t(key);
    let mut rows = vec![
        (
            t("email-fact-budget"),
            brief
                .budget
                .as_ref()
                .map_or_else(|| t("email-fact-not-given"), |b| budget_words(reader, b)),
            true,
        ),
        (
            t("email-fact-deadline"),
            brief
                .deadline
                .as_deref()
                .map_or_else(|| t("email-fact-no-deadline"), |d| day_words(reader, d)),
            true,
        ),
        (
            t("email-fact-surprise"),
            t(if brief.surprise {
                "email-fact-surprise-yes"
            } else {
                "email-fact-surprise-no"
            }),
            true,
        ),
        (
            t("email-fact-occasion"),
            brief.occasion.as_ref().map_or_else(
                || t("email-fact-not-given"),
                |o| reader.say(&spec::occasion_msg(o)),
            ),
            false,
        ),
    ];
    rows.push((t("email-fact-name"), c.name.trim().to_owned(), false));
    rows.push((t("email-fact-email"), c.email.clone(), false));
    if let Some(phone) = c.phone.as_ref().filter(|p| !p.trim().is_empty()) {
        rows.push((t("email-fact-phone"), phone.trim().to_owned(), false));
    }
    rows.push((
        t("email-fact-prefers"),
        reader.say(&spec::channel_msg(c.preferred_channel)),
        false,
    ));
    rows
}

/// The language a visitor wrote in, when it differs from the reader's: the jeweler is told, and
/// the HTML marks the block with `lang`.
pub fn written_in(reader: &Reader<'_>, brief: &Brief) -> Option<(Lang, String)> {
    let theirs = Lang::from_tag(&brief.locale).filter(|l| Lang::ALL.contains(l))?;
    (theirs != reader.lang()).then(|| (theirs, reader.language_name(theirs)))
}

/// The opening tag of an email's HTML body in the reader's language and direction.
pub fn html_open(reader: &Reader<'_>) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"{}\" dir=\"{}\"><body style=\"font-family:sans-serif\">",
        reader.lang().code(),
        reader.dir()
    )
}

/// A block of the visitor's own words, kept as written, marked with their language when known.
pub fn own_words_html(text: &str, lang: Option<Lang>) -> String {
    let lang = lang.map_or_else(String::new, |l| format!(" lang=\"{}\"", l.code()));
    format!(
        "<p{lang} dir=\"auto\" style=\"white-space:pre-wrap\">{}</p>",
        escape_html(text)
    )
}

/// The view a snapshot shows, in the reader's words (`three-quarter` → "three quarter").
pub fn view_words(reader: &Reader<'_>, label: &str) -> String {
    let key = format!("email-view-{}", label.replace('_', "-"));
    let said = reader.t(&key);
    if said == key {
        label.replace(['-', '_'], " ")
    } else {
        said
    }
}

/// The email to the jeweler, in the shop's language: a work order with the studio's
/// specification of the ring (`catalog` is the one the brief was validated against), the brief's
/// facts, the visitor's notes as written, pictures and links.
pub fn jeweler_message(
    config: &Config,
    words: &Words,
    catalog: &Catalog,
    c: &Consultation,
    brief: &Brief,
) -> Result<Message, MailError> {
    let reader = words.shop();
    let reference = || Arg::from(c.reference.as_str());
    let design_link = config.public_url.as_ref().map(|url| {
        format!(
            "{}/?d={}",
            url.trim_end_matches('/'),
            atelier_core::share::encode(&brief.design)
        )
    });
    let studio_link = config.public_url.as_ref().map(|url| {
        format!(
            "{}/studio/briefs/{}",
            url.trim_end_matches('/'),
            c.reference
        )
    });
    let summary = reader.say(&atelier_core::summary::summary_msg(&brief.design, catalog));
    let specification = specification(brief, catalog);
    let facts = facts(&reader, brief);
    let photos: Vec<&str> = c
        .files
        .iter()
        .filter(|f| f.kind == FileKind::Attachment)
        .map(|f| f.label.as_str())
        .collect();
    let photos_line = (!photos.is_empty()).then(|| {
        reader.t_args(
            "email-brief-photos",
            &[
                ("count", Arg::int(photos.len() as i64)),
                ("files", Arg::Text(photos.join(", "))),
            ],
        )
    });
    let written_in = written_in(&reader, brief);
    let notes = brief.notes.trim();
    let received = reader.day_of(&c.created_at);

    let mut text = reader.t_args(
        "email-brief-title",
        &[("reference", reference()), ("date", Arg::Text(received))],
    );
    text.push_str(&format!("\n\n{summary}\n\n"));
    text.push_str(&reader.t("email-brief-specification"));
    text.push('\n');
    let specification: Vec<(String, String, bool)> = specification
        .iter()
        .map(|r| {
            (
                reader.say(&r.label),
                reader.say(&r.value),
                EMPHASISED_SPEC.contains(&r.field),
            )
        })
        .collect();
    for (label, value, _) in &specification {
        text.push_str(&format!("{label}: {value}\n"));
    }
    text.push('\n');
    for (label, value, _) in &facts {
        text.push_str(&format!("{label}: {value}\n"));
    }
    let notes_label = |plain: &str, marked: &str| match &written_in {
        Some((_, language)) => reader.t_args(marked, &[("language", Arg::Text(language.clone()))]),
        None => reader.t(plain),
    };
    if !notes.is_empty() {
        text.push_str(&format!(
            "\n{}\n{notes}\n",
            notes_label("email-brief-notes", "email-brief-notes-in")
        ));
    }
    if let Some(line) = &photos_line {
        text.push_str(&format!("\n{line}\n"));
    }
    if let Some(link) = &studio_link {
        text.push('\n');
        text.push_str(&reader.t_args("email-brief-studio", &[("link", Arg::from(link.as_str()))]));
    }
    if let Some(link) = &design_link {
        text.push('\n');
        text.push_str(&reader.t_args("email-brief-design", &[("link", Arg::from(link.as_str()))]));
    }
    text.push_str("\n\n");
    text.push_str(&reader.t("email-brief-reply"));
    text.push('\n');

    let mut html = html_open(&reader);
    html.push_str(&format!(
        "<h1>{}</h1><p>{}</p><h2>{}</h2><table>",
        reader.html("email-brief-heading", &[("reference", reference())], &[]),
        escape_html(&summary),
        escape_html(&reader.t("email-brief-specification"))
    ));
    for (label, value, strong) in &specification {
        html.push_str(&row_html(label, value, *strong));
    }
    html.push_str(&format!(
        "</table><h2>{}</h2><table>",
        escape_html(&reader.t("email-brief-request"))
    ));
    for (label, value, strong) in &facts {
        html.push_str(&row_html(label, value, *strong));
    }
    html.push_str("</table>");
    if !notes.is_empty() {
        html.push_str(&format!(
            "<h2>{}</h2>{}",
            escape_html(&notes_label(
                "email-brief-notes-heading",
                "email-brief-notes-heading-in"
            )),
            own_words_html(notes, Lang::from_tag(&brief.locale))
        ));
    }
    let snapshots: Vec<_> = c
        .files
        .iter()
        .filter(|f| f.kind == FileKind::Snapshot)
        .collect();
    for (i, s) in snapshots.iter().enumerate() {
        let alt = reader.t_args(
            "email-brief-snapshot-alt",
            &[("view", Arg::Text(view_words(&reader, &s.label)))],
        );
        html.push_str(&format!(
            "<p><img src=\"cid:snapshot-{i}\" alt=\"{}\" width=\"480\"></p>",
            escape_html(&alt)
        ));
    }
    if let Some(line) = &photos_line {
        html.push_str(&format!("<p>{}</p>", escape_html(line)));
    }
    if let Some(link) = &studio_link {
        html.push_str(&link_html(link, &reader.t("email-brief-studio-link")));
    }
    if let Some(link) = &design_link {
        html.push_str(&link_html(link, &reader.t("email-brief-design-link")));
    }
    html.push_str("</body></html>");

    let mut related = MultiPart::related().multipart(MultiPart::alternative_plain_html(text, html));
    for (i, s) in snapshots.iter().enumerate() {
        related = related.singlepart(
            Attachment::new_inline(format!("snapshot-{i}"))
                .body(s.bytes.clone(), content_type("image/png")?),
        );
    }
    let mut mixed = MultiPart::mixed().multipart(related);
    for a in c.files.iter().filter(|f| f.kind == FileKind::Attachment) {
        mixed = mixed.singlepart(single_attachment(
            &a.label,
            a.bytes.clone(),
            content_type(&a.mime_type)?,
        ));
    }
    let subject = header_text(&reader.t_args(
        "email-brief-subject",
        &[
            ("reference", reference()),
            ("summary", Arg::Text(truncate(&summary, 120))),
        ],
    ));
    Ok(Message::builder()
        .from(mailbox(Some(&config.shop_name), &config.mail_from)?)
        .to(mailbox(None, &config.jeweler_email)?)
        .reply_to(mailbox(Some(&brief.contact.name), &brief.contact.email)?)
        .subject(subject)
        .multipart(mixed)?)
}

/// A paragraph that is one link.
pub fn link_html(href: &str, words: &str) -> String {
    format!(
        "<p><a href=\"{}\">{}</a></p>",
        escape_html(href),
        escape_html(words)
    )
}

/// One table row of the jeweler's email, the value escaped (and in bold when `strong`).
fn row_html(label: &str, value: &str, strong: bool) -> String {
    let value = escape_html(value);
    let value = if strong {
        format!("<strong>{value}</strong>")
    } else {
        value
    };
    format!(
        "<tr><th align=\"left\">{}</th><td>{value}</td></tr>",
        escape_html(label)
    )
}

fn content_type(mime: &str) -> Result<ContentType, MailError> {
    ContentType::parse(mime).map_err(|_| MailError::ContentType(mime.to_owned()))
}

fn single_attachment(name: &str, bytes: Vec<u8>, content_type: ContentType) -> SinglePart {
    // File names were checked by core (no folders, no control characters); quotes and such are
    // encoded by lettre, control characters are dropped here once more.
    Attachment::new(header_text(name)).body(bytes, content_type)
}

/// The Content-ID of the design's picture in the visitor's confirmation.
const DESIGN_PICTURE_CID: &str = "design";

/// The lines that give the visitor their private commission page (`link`, the full URL), or say
/// how to get a new one when no link is live: as text, and as HTML, in the reader's words.
pub fn commission_link_lines(reader: &Reader<'_>, link: Option<&str>) -> (String, String) {
    match link {
        Some(link) => (
            format!(
                "{}\n{}\n\n",
                reader.t_args("email-commission-link", &[("link", Arg::from(link))]),
                reader.t("email-link-private")
            ),
            format!(
                "<p><a href=\"{}\">{}</a></p><p>{}</p>",
                escape_html(link),
                escape_html(&reader.t("email-commission-open")),
                escape_html(&reader.t("email-link-private"))
            ),
        ),
        None => {
            let words = reader.t("email-link-inactive");
            (
                format!("{words}\n\n"),
                format!("<p>{}</p>", escape_html(&words)),
            )
        }
    }
}

/// The confirmation to the visitor, in their language (the brief's `locale`, else the shop's):
/// what was sent, a picture of the design, the private commission page (`commission_link`, the
/// full URL of the live link), a link to reopen the design (when `public_url` is configured),
/// and what happens next. Replies go to the jeweler.
pub fn visitor_message(
    config: &Config,
    words: &Words,
    catalog: &Catalog,
    c: &Consultation,
    brief: &Brief,
    commission_link: Option<&str>,
) -> Result<Message, MailError> {
    let reader = words.reader(&brief.locale);
    let shop = header_text(&config.shop_name);
    let name = header_text(brief.contact.name.trim());
    let reference = || Arg::from(c.reference.as_str());
    // The first snapshot is the three-quarter view, the one the configurator shows first.
    let picture = c.files.iter().find(|f| f.kind == FileKind::Snapshot);
    let picture_view = picture.map(|p| view_words(&reader, &p.label));
    let design_link = config.public_url.as_ref().map(|url| {
        format!(
            "{}/?d={}",
            url.trim_end_matches('/'),
            atelier_core::share::encode(&brief.design)
        )
    });
    let summary = reader.say(&atelier_core::summary::summary_msg(&brief.design, catalog));
    // Each paragraph as (text, HTML), so both bodies say the same in the same order.
    let mut paragraphs: Vec<(String, String)> = Vec::new();
    let plain =
        |key: &str, args: &[(&str, Arg)]| (reader.t_args(key, args), reader.html(key, args, &[]));
    paragraphs.push((
        reader.t_args("email-dear", &[("name", Arg::from(name.as_str()))]),
        reader.html("email-dear", &[("name", Arg::from(name.as_str()))], &[]),
    ));
    let thanks = [
        ("shop", Arg::from(shop.as_str())),
        ("reference", reference()),
    ];
    let received = [("date", Arg::Text(reader.day_of(&c.created_at)))];
    paragraphs.push((
        format!(
            "{} {}",
            reader.t_args("email-confirm-thanks", &thanks),
            reader.t_args("email-confirm-received", &received)
        ),
        format!(
            "{} {}",
            reader.html("email-confirm-thanks", &thanks, &["reference"]),
            reader.html("email-confirm-received", &received, &[])
        ),
    ));
    let (commission_text, commission_html) = commission_link_lines(&reader, commission_link);
    paragraphs.push((commission_text.trim_end().to_owned(), String::new()));
    let design = [("summary", Arg::Text(summary))];
    paragraphs.push(plain("email-confirm-design", &design));
    if let Some(budget) = &brief.budget {
        let words = [("budget", Arg::Text(budget_words(&reader, budget)))];
        paragraphs.push(plain("email-confirm-budget", &words));
    }
    if let Some(view) = &picture_view {
        let alt = reader.t_args(
            "email-confirm-picture-alt",
            &[("view", Arg::from(view.as_str()))],
        );
        paragraphs.push((
            reader.t_args(
                "email-confirm-picture",
                &[("view", Arg::from(view.as_str()))],
            ),
            format!(
                "<img src=\"cid:{DESIGN_PICTURE_CID}\" alt=\"{}\" width=\"480\" \
                 style=\"max-width:100%;height:auto\">",
                escape_html(&alt)
            ),
        ));
    }
    if let Some(link) = &design_link {
        paragraphs.push((
            reader.t_args(
                "email-confirm-reopen",
                &[("link", Arg::from(link.as_str()))],
            ),
            format!(
                "<a href=\"{}\">{}</a>",
                escape_html(link),
                escape_html(&reader.t("email-confirm-reopen-link"))
            ),
        ));
    }
    if !brief.attachments.is_empty() {
        let count = [("count", Arg::int(brief.attachments.len() as i64))];
        paragraphs.push(plain("email-confirm-photos", &count));
    }
    if brief.surprise {
        paragraphs.push(plain("email-confirm-surprise", &[]));
    }
    paragraphs.push(plain("email-confirm-next", &[]));
    paragraphs.push(plain("email-confirm-reply", &[]));
    paragraphs.push((shop.clone(), escape_html(&shop)));

    let text: String = paragraphs
        .iter()
        .map(|(t, _)| format!("{t}\n\n"))
        .collect::<String>()
        .trim_end()
        .to_owned()
        + "\n";
    let mut html = html_open(&reader);
    for (i, (_, h)) in paragraphs.iter().enumerate() {
        // The commission page's lines are their own paragraphs, right after the thanks.
        if i == 2 {
            html.push_str(&commission_html);
        } else {
            html.push_str(&format!("<p>{h}</p>"));
        }
    }
    html.push_str("</body></html>");
    let alternative = MultiPart::alternative_plain_html(text, html);
    let body = match picture {
        Some(p) => MultiPart::related().multipart(alternative).singlepart(
            Attachment::new_inline(DESIGN_PICTURE_CID.to_owned())
                .body(p.bytes.clone(), content_type(&p.mime_type)?),
        ),
        None => alternative,
    };
    let subject = reader.t_args(
        "email-confirm-subject",
        &[
            ("reference", reference()),
            ("shop", Arg::from(shop.as_str())),
        ],
    );
    visitor_envelope(config, brief, &subject, body)
}

/// An email from the shop to the visitor, with replies going to the jeweler: the confirmation
/// and the revised design both travel this way.
pub fn to_visitor(
    config: &Config,
    brief: &Brief,
    subject: &str,
    text: String,
    html: String,
) -> Result<Message, MailError> {
    visitor_envelope(
        config,
        brief,
        subject,
        MultiPart::alternative_plain_html(text, html),
    )
}

/// An email from the shop's Atelier to the jeweler about a brief, with replies going to the
/// visitor who sent it (the buyer, never a surprise's wearer).
pub fn to_jeweler(
    config: &Config,
    brief: &Brief,
    subject: &str,
    text: String,
    html: String,
) -> Result<Message, MailError> {
    Ok(Message::builder()
        .from(mailbox(Some(&config.shop_name), &config.mail_from)?)
        .to(mailbox(None, &config.jeweler_email)?)
        .reply_to(mailbox(Some(&brief.contact.name), &brief.contact.email)?)
        .subject(header_text(subject))
        .multipart(MultiPart::alternative_plain_html(text, html))?)
}

/// The visitor's email around a body: from the shop, to the visitor, replies to the jeweler.
pub fn visitor_envelope(
    config: &Config,
    brief: &Brief,
    subject: &str,
    body: MultiPart,
) -> Result<Message, MailError> {
    Ok(Message::builder()
        .from(mailbox(Some(&config.shop_name), &config.mail_from)?)
        .to(mailbox(Some(&brief.contact.name), &brief.contact.email)?)
        .reply_to(mailbox(Some(&config.shop_name), &config.jeweler_email)?)
        .subject(header_text(subject))
        .multipart(body)?)
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let mut cut: String = text.chars().take(max).collect();
        cut.push('…');
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_text_keeps_to_one_line() {
        assert_eq!(
            header_text("Ada\r\nBcc: evil@example.com"),
            "Ada Bcc: evil@example.com"
        );
    }
}
