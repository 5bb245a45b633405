//! The two emails: the brief for the jeweler and the confirmation for the visitor.
//!
//! Everything the visitor typed is escaped in HTML and kept out of headers except through lettre's
//! encoders: the address only as a validated `Reply-To`, the name stripped of control characters.
//! The jeweler's email is `multipart/mixed` [`multipart/related` [`multipart/alternative` [text,
//! HTML], snapshots inline by Content-ID], inspiration files]; the visitor's is `multipart/related`
//! [`multipart/alternative` [text, HTML], the design's picture inline by Content-ID].

pub use crate::html::escape_html;
use crate::store::{Consultation, FileKind};
use crate::Config;
use atelier_core::brief::Brief;
use atelier_core::catalog::Catalog;
use atelier_core::spec::{self, SpecRow};
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
                tokio::task::spawn_blocking(move || crate::db::create_private_dir(&folder))
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
        .mode(crate::db::PRIVATE_FILE_MODE)
        .open(path)
        .await?;
    // A leftover from before keeps its old mode through `open`.
    file.set_permissions(std::fs::Permissions::from_mode(
        crate::db::PRIVATE_FILE_MODE,
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
/// stone size) and the weight in every alloy, all against the catalog the brief was checked with.
pub fn specification(brief: &Brief, catalog: &Catalog) -> Vec<SpecRow> {
    let estimate = atelier_core::estimate::estimate(&brief.design, catalog).ok();
    let alloys = estimate
        .as_ref()
        .map(|e| spec::alloys(e, catalog))
        .unwrap_or_default();
    spec::rows(brief, catalog, estimate.as_ref(), &alloys)
}

/// Specification rows the jeweler must not miss, in bold in the HTML body.
const EMPHASISED_SPEC: [&str; 2] = ["Ring size", "Size certainty"];

/// The brief's facts beside the ring (the specification has the size certainty, the stone
/// preference and what the visitor brings) as (label, value, emphasised) rows, shared by the text
/// and HTML bodies.
fn facts(brief: &Brief) -> Vec<(&'static str, String, bool)> {
    let c = &brief.contact;
    let mut rows = vec![
        (
            "Budget",
            brief.budget.as_ref().map_or_else(
                || "not given".to_owned(),
                |b| spec::budget(b.min, b.max, &b.currency),
            ),
            true,
        ),
        (
            "Deadline",
            brief
                .deadline
                .clone()
                .unwrap_or_else(|| "none given".to_owned()),
            true,
        ),
        (
            "Surprise",
            if brief.surprise {
                "YES: do not contact the wearer".to_owned()
            } else {
                "no".to_owned()
            },
            true,
        ),
        (
            "Occasion",
            brief
                .occasion
                .as_ref()
                .map_or_else(|| "not given".to_owned(), spec::occasion),
            false,
        ),
    ];
    rows.push(("Name", c.name.trim().to_owned(), false));
    rows.push(("Email", c.email.clone(), false));
    if let Some(phone) = c.phone.as_ref().filter(|p| !p.trim().is_empty()) {
        rows.push(("Phone", phone.trim().to_owned(), false));
    }
    rows.push((
        "Prefers",
        spec::channel(c.preferred_channel).to_owned(),
        false,
    ));
    rows
}

/// The email to the jeweler: a work order with the studio's specification of the ring (`catalog` is
/// the one the brief was validated against), the brief's facts, notes, pictures and links.
pub fn jeweler_message(
    config: &Config,
    catalog: &Catalog,
    c: &Consultation,
    brief: &Brief,
) -> Result<Message, MailError> {
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
    let specification = specification(brief, catalog);
    let facts = facts(brief);
    let photos: Vec<&str> = c
        .files
        .iter()
        .filter(|f| f.kind == FileKind::Attachment)
        .map(|f| f.label.as_str())
        .collect();
    let photos_line = match photos.len() {
        0 => None,
        1 => Some(format!("1 inspiration photo attached: {}", photos[0])),
        n => Some(format!(
            "{n} inspiration photos attached: {}",
            photos.join(", ")
        )),
    };

    let mut text = format!(
        "New consultation request {} ({})\n\n{}\n\n",
        c.reference, c.created_at, c.summary
    );
    text.push_str("Specification\n");
    for row in &specification {
        text.push_str(&format!("{}: {}\n", row.label, row.value));
    }
    text.push('\n');
    for (label, value, _) in &facts {
        text.push_str(&format!("{label}: {value}\n"));
    }
    if !brief.notes.trim().is_empty() {
        text.push_str(&format!("\nNotes:\n{}\n", brief.notes.trim()));
    }
    if let Some(line) = &photos_line {
        text.push_str(&format!("\n{line}\n"));
    }
    if let Some(link) = &studio_link {
        text.push_str(&format!("\nThis brief in the studio: {link}"));
    }
    if let Some(link) = &design_link {
        text.push_str(&format!("\nThe design in the configurator: {link}"));
    }
    text.push_str("\n\nReply to this email to answer the visitor.\n");

    let mut html = format!(
        "<!DOCTYPE html><html><body style=\"font-family:sans-serif\">\
         <h1>Consultation request {}</h1><p>{}</p><h2>Specification</h2><table>",
        escape_html(&c.reference),
        escape_html(&c.summary)
    );
    let spec_rows = specification
        .iter()
        .map(|r| (r.label, r.value.clone(), EMPHASISED_SPEC.contains(&r.label)));
    for (label, value, strong) in spec_rows {
        html.push_str(&row_html(label, &value, strong));
    }
    html.push_str("</table><h2>The request</h2><table>");
    for (label, value, strong) in &facts {
        html.push_str(&row_html(label, value, *strong));
    }
    html.push_str("</table>");
    if !brief.notes.trim().is_empty() {
        html.push_str(&format!(
            "<h2>Notes</h2><p style=\"white-space:pre-wrap\">{}</p>",
            escape_html(brief.notes.trim())
        ));
    }
    let snapshots: Vec<_> = c
        .files
        .iter()
        .filter(|f| f.kind == FileKind::Snapshot)
        .collect();
    for (i, s) in snapshots.iter().enumerate() {
        html.push_str(&format!(
            "<p><img src=\"cid:snapshot-{i}\" alt=\"The ring, {} view\" width=\"480\"></p>",
            escape_html(&s.label.replace(['-', '_'], " "))
        ));
    }
    if let Some(line) = &photos_line {
        html.push_str(&format!("<p>{}</p>", escape_html(line)));
    }
    if let Some(link) = &studio_link {
        html.push_str(&format!(
            "<p><a href=\"{0}\">Open this brief in the studio</a></p>",
            escape_html(link)
        ));
    }
    if let Some(link) = &design_link {
        html.push_str(&format!(
            "<p><a href=\"{0}\">Open the design in the configurator</a></p>",
            escape_html(link)
        ));
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
    let subject = header_text(&format!(
        "Consultation {}: {}",
        c.reference,
        truncate(&c.summary, 120)
    ));
    Ok(Message::builder()
        .from(mailbox(Some(&config.shop_name), &config.mail_from)?)
        .to(mailbox(None, &config.jeweler_email)?)
        .reply_to(mailbox(Some(&brief.contact.name), &brief.contact.email)?)
        .subject(subject)
        .multipart(mixed)?)
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
/// how to get a new one when no link is live: as text, and as HTML.
pub fn commission_link_lines(link: Option<&str>) -> (String, String) {
    match link {
        Some(link) => (
            format!(
                "Your commission page, where you can follow and answer the jeweler: {link}
                 This link is private: anyone who has it can read your conversation, so keep it to yourself.

"
            ),
            format!(
                "<p><a href=\"{}\">Open your commission page</a> to follow and answer the jeweler.</p>\
                 <p>This link is private: anyone who has it can read your conversation, so keep it to yourself.</p>",
                escape_html(link)
            ),
        ),
        None => (
            "Your commission page's link is no longer active: ask the jeweler for a new link.

"
                .to_owned(),
            "<p>Your commission page's link is no longer active: ask the jeweler for a new link.</p>"
                .to_owned(),
        ),
    }
}

/// The confirmation to the visitor: what was sent, a picture of the design, the private
/// commission page (`commission_link`, the full URL of the live link), a link to reopen the
/// design (when `public_url` is configured), and what happens next. Replies go to the jeweler.
pub fn visitor_message(
    config: &Config,
    c: &Consultation,
    brief: &Brief,
    commission_link: Option<&str>,
) -> Result<Message, MailError> {
    let shop = header_text(&config.shop_name);
    let name = header_text(brief.contact.name.trim());
    // The first snapshot is the three-quarter view, the one the configurator shows first.
    let picture = c.files.iter().find(|f| f.kind == FileKind::Snapshot);
    let picture_view = picture.map(|p| p.label.replace(['-', '_'], " "));
    let design_link = config.public_url.as_ref().map(|url| {
        format!(
            "{}/?d={}",
            url.trim_end_matches('/'),
            atelier_core::share::encode(&brief.design)
        )
    });
    // What the visitor sent besides the design, so the receipt is a complete record.
    let mut extras = Vec::new();
    match brief.attachments.len() {
        0 => {}
        1 => extras.push("Your inspiration photo went with it.".to_owned()),
        n => extras.push(format!("Your {n} inspiration photos went with it.")),
    }
    if brief.surprise {
        extras.push(
            "It's a surprise: the jeweler will contact only you, never the wearer.".to_owned(),
        );
    }
    let extras_text: String = extras.iter().map(|e| format!("{e}\n\n")).collect();
    let extras_html: String = extras
        .iter()
        .map(|e| format!("<p>{}</p>", escape_html(e)))
        .collect();
    let picture_text = picture_view.as_ref().map_or_else(String::new, |view| {
        format!(
            "The picture with this email is your ring as the configurator drew it ({view} view).\n\n"
        )
    });
    let picture_html = picture_view.as_ref().map_or_else(String::new, |view| {
        format!(
            "<p><img src=\"cid:{DESIGN_PICTURE_CID}\" alt=\"Your ring, {} view\" width=\"480\" \
             style=\"max-width:100%;height:auto\"></p>",
            escape_html(view)
        )
    });
    let link_text = design_link.as_ref().map_or_else(String::new, |link| {
        format!("Reopen your design in the configurator: {link}\n\n")
    });
    let link_html = design_link.as_ref().map_or_else(String::new, |link| {
        format!(
            "<p><a href=\"{}\">Reopen your design in the configurator</a></p>",
            escape_html(link)
        )
    });
    let (commission_text, commission_html) = commission_link_lines(commission_link);
    let text = format!(
        "Dear {name},\n\nThank you for your request to {shop}. Your reference is {}.\n\n\
         {commission_text}Your design: {}\n\n{picture_text}{link_text}{extras_text}\
         The jeweler will reply within a few working days to talk it through. A picture on screen is \
         not the finished piece: expect a conversation, sketches and revisions before a quote, which \
         is valid for a limited time.\n\nYou can reply to this email with any question.\n\n{shop}\n",
        c.reference, c.summary
    );
    let html = format!(
        "<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>Dear {},</p>\
         <p>Thank you for your request to {}. Your reference is <strong>{}</strong>.</p>\
         {commission_html}<p>Your design: {}</p>{picture_html}{link_html}{extras_html}<p>The jeweler will reply within a few working days to talk it through. \
         A picture on screen is not the finished piece: expect a conversation, sketches and revisions \
         before a quote, which is valid for a limited time.</p>\
         <p>You can reply to this email with any question.</p><p>{}</p></body></html>",
        escape_html(&name),
        escape_html(&shop),
        escape_html(&c.reference),
        escape_html(&c.summary),
        escape_html(&shop)
    );
    let alternative = MultiPart::alternative_plain_html(text, html);
    let body = match picture {
        Some(p) => MultiPart::related().multipart(alternative).singlepart(
            Attachment::new_inline(DESIGN_PICTURE_CID.to_owned())
                .body(p.bytes.clone(), content_type(&p.mime_type)?),
        ),
        None => alternative,
    };
    visitor_envelope(
        config,
        brief,
        &format!("Your consultation request {} to {shop}", c.reference),
        body,
    )
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
