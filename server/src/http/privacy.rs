//! `GET /privacy`: the shop's privacy notice, the page the brief form links to. The notice is the
//! file named by `privacy_notice` in `atelier.toml` (plain text or simple Markdown: paragraphs,
//! `#` headings, `-` lists; links are shown as their text and address), or, without it, a notice
//! built from the configuration: who the shop is, what is kept and for how long, and how to get
//! a copy or ask for erasure, in the visitor's language (`?lang=`, then `Accept-Language`, then the
//! shop's). Everything from the file is escaped; the page runs no script.
//! `/privacy.html`, where the form used to point, redirects here.

use crate::html::escape_html;
use crate::i18n::Reader;
use crate::AppState;
use atelier_core::i18n::Arg;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use std::path::Path;

/// Largest notice file.
pub const NOTICE_MAX_BYTES: u64 = 256 * 1024;

/// Why a notice file cannot be served, for the configuration's error; `Ok` when it can.
pub fn check_notice(path: &Path) -> Result<(), String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read it: {e}"))?;
    if meta.len() > NOTICE_MAX_BYTES {
        return Err(format!(
            "it has {} bytes; a notice of at most {NOTICE_MAX_BYTES} bytes, please",
            meta.len()
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read it: {e}"))?;
    String::from_utf8(bytes)
        .map(|_| ())
        .map_err(|_| "it is not UTF-8 text".to_owned())
}

/// The page: the shop's own notice in the shop's language, or the built one in the visitor's
/// (`?lang=`, then `Accept-Language`, then the shop's).
pub async fn page(State(state): State<AppState>, uri: Uri, headers: HeaderMap) -> Response {
    let config = &state.config;
    let own = match &config.privacy_notice {
        Some(path) => match tokio::fs::read_to_string(path).await {
            Ok(text) => Some(text),
            Err(e) => {
                // Checked at start; if it went missing since, the built notice still names the
                // shop and the visitor's rights.
                tracing::error!(file = %path.display(), error = %e, "privacy notice unreadable");
                None
            }
        },
        None => None,
    };
    let (reader, body) = match own {
        // The shop's own file is in the shop's language: the page around it says so too.
        Some(text) => (state.words.shop(), render(&text)),
        None => {
            let reader = crate::http::page::choose(uri.query(), &headers).map_or_else(
                || state.words.shop(),
                |lang| state.words.reader(lang.code()),
            );
            let body = render(&default_notice(&state, &reader));
            (reader, body)
        }
    };
    let shop = escape_html(&config.shop_name);
    let (lang, dir) = (reader.lang().code(), reader.dir());
    let title = escape_html(&reader.t("email-privacy-title"));
    let html = format!(
        "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} · {shop}</title><style>\
         body{{font-family:system-ui,sans-serif;line-height:1.55;margin:0;padding:1.5rem;color:#1d1d1f}}\
         main{{max-inline-size:42rem;margin-inline:auto}}h1{{font-size:1.6rem}}h2{{font-size:1.2rem;margin-block-start:1.6em}}h3{{font-size:1.05rem}}\
         @media (prefers-color-scheme:dark){{body{{background:#161618;color:#ececec}}}}\
         </style></head><body><main><p>{shop}</p><h1>{title}</h1>{body}</main></body></html>"
    );
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            ),
            (
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(
                    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
                ),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
            (header::VARY, HeaderValue::from_static("Accept-Language")),
        ],
        html,
    )
        .into_response()
}

/// `/privacy.html` → `privacy`, relative so that it stays under a shop's path.
pub async fn old_address() -> Redirect {
    Redirect::permanent("privacy")
}

/// The notice from the configuration in the reader's words, in the same simple Markdown a file
/// would use.
fn default_notice(state: &AppState, reader: &Reader<'_>) -> String {
    let c = &state.config;
    let keep = |days: u32, kept: &str, erased: &str| {
        if days == 0 {
            reader.t(kept)
        } else {
            reader.t_args(erased, &[("days", Arg::int(i64::from(days)))])
        }
    };
    let shop = [
        ("shop", Arg::from(c.shop_name.as_str())),
        ("email", Arg::from(c.jeweler_email.as_str())),
    ];
    format!(
        "# {}\n\n{}\n\n# {}\n\n{}\n\n{}\n\n# {}\n\n- {}\n- {}\n- {}\n\n# {}\n\n{}\n",
        reader.t("email-privacy-who-heading"),
        reader.t_args("email-privacy-who", &shop),
        reader.t("email-privacy-what-heading"),
        reader.t("email-privacy-what"),
        reader.t("email-privacy-use"),
        reader.t("email-privacy-long-heading"),
        reader.t("email-privacy-long"),
        keep(
            c.retention_archived_days,
            "email-privacy-archived-kept",
            "email-privacy-archived-erased"
        ),
        keep(
            c.retention_spam_days,
            "email-privacy-spam-kept",
            "email-privacy-spam-erased"
        ),
        reader.t("email-privacy-rights-heading"),
        reader.t_args("email-privacy-rights", &shop),
    )
}

/// Simple Markdown to HTML, every character of the text escaped: blocks separated by blank
/// lines; `#`…`######` headings; `-` or `*` list items; other lines are paragraphs, a single line
/// break kept. `[text](address)` becomes "text (address)": a notice links nowhere.
pub fn render(text: &str) -> String {
    let mut out = String::new();
    let text = text.replace("\r\n", "\n");
    for block in text.split("\n\n") {
        let lines: Vec<&str> = block
            .lines()
            .map(str::trim_end)
            .filter(|l| !l.trim().is_empty())
            .collect();
        let mut paragraph: Vec<String> = Vec::new();
        let mut items: Vec<String> = Vec::new();
        let flush = |out: &mut String, paragraph: &mut Vec<String>, items: &mut Vec<String>| {
            if !paragraph.is_empty() {
                out.push_str(&format!("<p>{}</p>", paragraph.join("<br>")));
                paragraph.clear();
            }
            if !items.is_empty() {
                out.push_str("<ul>");
                for item in items.drain(..) {
                    out.push_str(&format!("<li>{item}</li>"));
                }
                out.push_str("</ul>");
            }
        };
        for line in lines {
            let trimmed = line.trim_start();
            let hashes = trimmed.chars().take_while(|&c| c == '#').count();
            if (1..=6).contains(&hashes) && trimmed[hashes..].starts_with(' ') {
                flush(&mut out, &mut paragraph, &mut items);
                // The page's own title is the h1, so the file's levels start at h2.
                let level = (hashes + 1).min(6);
                out.push_str(&format!(
                    "<h{level}>{}</h{level}>",
                    inline(trimmed[hashes..].trim())
                ));
            } else if let Some(item) = trimmed
                .strip_prefix("- ")
                .or_else(|| trimmed.strip_prefix("* "))
            {
                if !paragraph.is_empty() {
                    flush(&mut out, &mut paragraph, &mut Vec::new());
                }
                items.push(inline(item.trim()));
            } else if !items.is_empty() && line.starts_with([' ', '\t']) {
                // An indented line continues the list item above it.
                if let Some(last) = items.last_mut() {
                    last.push(' ');
                    last.push_str(&inline(trimmed));
                }
            } else {
                if !items.is_empty() {
                    flush(&mut out, &mut Vec::new(), &mut items);
                }
                paragraph.push(inline(trimmed));
            }
        }
        flush(&mut out, &mut paragraph, &mut items);
    }
    out
}

/// One line: links said as "text (address)", then escaped.
fn inline(line: &str) -> String {
    let mut plain = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find("](") else {
            break;
        };
        let Some(end) = after[close + 2..].find(')') else {
            break;
        };
        let text = &after[..close];
        let address = &after[close + 2..close + 2 + end];
        plain.push_str(&rest[..open]);
        plain.push_str(text);
        // An address that only repeats the text ("[a@b.example](mailto:a@b.example)") is left out.
        if address != text && address.strip_prefix("mailto:") != Some(text) {
            plain.push_str(" (");
            plain.push_str(address);
            plain.push(')');
        }
        rest = &after[close + 2 + end + 1..];
    }
    plain.push_str(rest);
    escape_html(&plain)
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn headings_lists_paragraphs_and_links_as_text_all_escaped() {
        let html = render(
            "# Who we are\n\nMaison <b>Vérel</b> & co.\nLondon\n\n## Rights\n- see [our site](https://x.example/?a=1&b=2)\n- write <to> us\n\n<script>alert(1)</script>",
        );
        assert_eq!(
            html,
            "<h2>Who we are</h2><p>Maison &lt;b&gt;Vérel&lt;/b&gt; &amp; co.<br>London</p>\
             <h3>Rights</h3><ul><li>see our site (https://x.example/?a=1&amp;b=2)</li>\
             <li>write &lt;to&gt; us</li></ul><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"
        );
    }

    #[test]
    fn a_hash_without_a_space_is_text() {
        assert_eq!(render("#hashtag"), "<p>#hashtag</p>");
    }

    #[test]
    fn a_link_that_repeats_its_text_is_said_once() {
        assert_eq!(
            render("write to [dpo@x.example](mailto:dpo@x.example) or [x.example](x.example)"),
            "<p>write to dpo@x.example or x.example</p>"
        );
    }
}
