//! The built app's stylesheets, minified: comments removed and whitespace collapsed, so a visitor
//! downloads no byte that only a developer reads.
//!
//! Trunk's own minifier is off because it would also rewrite the HTML (which the server edits at
//! start) and the wasm-bindgen JS. This one only touches `.css` files, and it is deliberately
//! conservative: it never looks inside strings or `url(…)`, and wherever dropping a space could
//! change a selector, a media query or a `calc()` it keeps one. Trunk pins every stylesheet with a
//! Subresource Integrity hash in the pages that link it, so after rewriting a file the pages get
//! its new hash, or the browser would refuse the stylesheet.

use base64::Engine as _;
use sha2::{Digest, Sha384};
use std::path::{Path, PathBuf};

/// What can stop the stylesheets of a build from being minified.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or folder of the build could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// A page links a stylesheet under an integrity hash that is neither the file's old hash
    /// nor its new one, so it cannot be brought up to date.
    #[error("{page} links {stylesheet} with integrity {found:?}, which matches neither its content before minifying nor after")]
    UnknownIntegrity {
        /// The HTML page.
        page: PathBuf,
        /// The stylesheet's file name.
        stylesheet: String,
        /// The integrity value the page holds.
        found: String,
    },
}

/// What minifying the stylesheets of a build did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Minified {
    /// How many `.css` files were rewritten.
    pub files: usize,
    /// Their size before, in bytes.
    pub before: u64,
    /// Their size after, in bytes.
    pub after: u64,
    /// How many integrity attributes in the pages were updated.
    pub integrity_updates: usize,
}

/// `css` without comments and with every run of whitespace collapsed to at most one space.
///
/// Strings (`'…'`, `"…"`, with backslash escapes), `url(…)` and escaped characters are copied as
/// they are. A space is dropped only where no CSS grammar gives it meaning: after `{`, `}`, `;`
/// and `,`, before `{`, `}`, `;` and `,`, and after the colon of a declaration. Everywhere else one is
/// kept, so `0 auto`, `a b`, `screen and (…)` and `calc(a + b)` mean what they meant. A comment
/// counts as whitespace, so the tokens on either side of it never run together.
pub fn minify(css: &str) -> String {
    let chars: Vec<char> = css.chars().collect();
    let mut out = String::with_capacity(css.len());
    let mut space = false;
    // Whether the statement being written so far is a bare property name followed by its
    // colon: only then is a following space the optional one of a declaration.
    let mut statement = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '/' && chars.get(i + 1) == Some(&'*') {
            i = end_of_comment(&chars, i + 2);
            space = true;
            continue;
        }
        if c.is_whitespace() {
            space = true;
            i += 1;
            continue;
        }
        if space && !out.is_empty() && keeps_space(&out, c, &statement) {
            out.push(' ');
            statement.push(' ');
        }
        space = false;
        match c {
            '"' | '\'' => {
                let end = end_of_string(&chars, i);
                copy(&chars[i..end], &mut out, &mut statement);
                i = end;
            }
            '\\' => {
                let end = (i + 2).min(chars.len());
                copy(&chars[i..end], &mut out, &mut statement);
                i = end;
            }
            '(' if ends_with_url(&out) => {
                let end = end_of_url(&chars, i + 1);
                copy(&chars[i..end], &mut out, &mut statement);
                i = end;
            }
            '{' | '}' | ';' => {
                out.push(c);
                statement.clear();
                i += 1;
            }
            _ => {
                out.push(c);
                statement.push(c);
                i += 1;
            }
        }
    }
    out
}

/// Whether the whitespace between what `out` ends with and `next` must stay (as one space).
fn keeps_space(out: &str, next: char, statement: &str) -> bool {
    let Some(last) = out.chars().last() else {
        return false;
    };
    if matches!(last, '{' | '}' | ';' | ',') {
        return false;
    }
    // `--empty: ;` is a custom property whose value is the space itself.
    if matches!(next, '{' | '}' | ';' | ',') {
        return last == ':';
    }
    !(last == ':' && is_property_colon(statement))
}

/// Whether `statement` is a property name and its colon (`color:`, `--accent:`), as opposed to a
/// selector (`a :hover`, `a:hover`) or anything else with a colon in it.
fn is_property_colon(statement: &str) -> bool {
    statement.strip_suffix(':').is_some_and(|name| {
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    })
}

fn copy(chars: &[char], out: &mut String, statement: &mut String) {
    out.extend(chars);
    statement.extend(chars);
}

/// The index just past the `*/` that closes a comment whose body starts at `from` (the end of
/// the text when it is never closed).
fn end_of_comment(chars: &[char], from: usize) -> usize {
    (from..chars.len().saturating_sub(1))
        .find(|&j| chars[j] == '*' && chars[j + 1] == '/')
        .map_or(chars.len(), |j| j + 2)
}

/// The index just past the quote that closes the string opening at `start`.
fn end_of_string(chars: &[char], start: usize) -> usize {
    let quote = chars[start];
    let mut j = start + 1;
    while j < chars.len() {
        match chars[j] {
            '\\' => j += 2,
            c if c == quote => return j + 1,
            _ => j += 1,
        }
    }
    chars.len()
}

/// The index just past the `)` that closes a `url(` whose contents start at `from`, skipping
/// any parenthesis inside a quoted string.
fn end_of_url(chars: &[char], from: usize) -> usize {
    let mut j = from;
    while j < chars.len() {
        match chars[j] {
            '\\' => j += 2,
            '"' | '\'' => j = end_of_string(chars, j),
            ')' => return j + 1,
            _ => j += 1,
        }
    }
    chars.len()
}

/// Whether `out` ends with the function name `url` (any case), not with a longer name such as
/// `my-url`.
fn ends_with_url(out: &str) -> bool {
    let tail: Vec<char> = out.chars().rev().take(4).collect();
    let name: String = tail.iter().take(3).rev().collect();
    name.eq_ignore_ascii_case("url")
        && tail
            .get(3)
            .is_none_or(|&c| !(c.is_alphanumeric() || c == '-' || c == '_' || c == '\\'))
}

/// The Subresource Integrity value of `bytes`, as Trunk writes it: `sha384-<base64>`.
pub fn integrity(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

/// Minifies every `.css` file under `dist` (its subfolders too) in place, and gives every
/// `<link>` in every `.html` page under `dist` that names such a file the file's new integrity.
pub fn minify_dist(dist: &Path) -> Result<Minified, Error> {
    let mut files = Vec::new();
    collect(dist, &mut files)?;
    let (stylesheets, pages): (Vec<_>, Vec<_>) = files
        .into_iter()
        .filter(|f| has_extension(f, "css") || has_extension(f, "html"))
        .partition(|f| has_extension(f, "css"));
    let mut summary = Minified::default();
    let mut renewed = Vec::new();
    for file in &stylesheets {
        let before = std::fs::read_to_string(file).map_err(io(file))?;
        let after = minify(&before);
        std::fs::write(file, &after).map_err(io(file))?;
        summary.files += 1;
        summary.before += before.len() as u64;
        summary.after += after.len() as u64;
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        renewed.push(Renewed {
            name,
            old: integrity(before.as_bytes()),
            new: integrity(after.as_bytes()),
        });
    }
    for page in &pages {
        let html = std::fs::read_to_string(page).map_err(io(page))?;
        let (updated, count) =
            renew_integrity(&html, &renewed).map_err(|(stylesheet, found)| {
                Error::UnknownIntegrity {
                    page: page.clone(),
                    stylesheet,
                    found,
                }
            })?;
        if count > 0 {
            std::fs::write(page, updated).map_err(io(page))?;
            summary.integrity_updates += count;
        }
    }
    Ok(summary)
}

/// A stylesheet that was rewritten: its file name and its integrity before and after.
#[derive(Debug, Clone)]
struct Renewed {
    name: String,
    old: String,
    new: String,
}

/// `html` with the integrity of every `<link>` to a renewed stylesheet brought up to date, and
/// how many were changed. A link whose integrity matches neither hash of its file is an error
/// (the file name and the value found): leaving it would make the browser refuse the file.
fn renew_integrity(html: &str, renewed: &[Renewed]) -> Result<(String, usize), (String, String)> {
    let mut out = String::with_capacity(html.len());
    let mut count = 0;
    let mut rest = html;
    while let Some(start) = rest.find("<link") {
        let end = rest[start..]
            .find('>')
            .map_or(rest.len(), |e| start + e + 1);
        out.push_str(&rest[..start]);
        let tag = &rest[start..end];
        let href = attribute(tag, "href").unwrap_or_default();
        let file_name = href.rsplit('/').next().unwrap_or_default();
        let sheet = renewed.iter().find(|r| r.name == file_name);
        match (sheet, attribute(tag, "integrity")) {
            (Some(sheet), Some(found)) if found == sheet.old && sheet.old != sheet.new => {
                out.push_str(&tag.replacen(
                    &format!("integrity=\"{found}\""),
                    &format!("integrity=\"{}\"", sheet.new),
                    1,
                ));
                count += 1;
            }
            (Some(sheet), Some(found)) if found != sheet.new && found != sheet.old => {
                return Err((sheet.name.clone(), found.to_owned()));
            }
            _ => out.push_str(tag),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    Ok((out, count))
}

/// The value of `name="…"` in an HTML tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let from = tag.find(&key)? + key.len();
    let len = tag[from..].find('"')?;
    Some(&tag[from..from + len])
}

fn has_extension(file: &Path, extension: &str) -> bool {
    file.extension().is_some_and(|e| e == extension)
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_owned(),
        source,
    }
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) -> Result<(), Error> {
    for entry in std::fs::read_dir(dir).map_err(io(dir))? {
        let path = entry.map_err(io(dir))?.path();
        if path.is_dir() {
            collect(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_comments_and_collapses_whitespace() {
        let css = "/* theme */\n:root {\n  --accent: #1f4d3a; /* green */\n  margin: 0   auto;\n}\n\n/* end */\n";
        assert_eq!(minify(css), ":root{--accent:#1f4d3a;margin:0 auto;}");
    }

    #[test]
    fn strings_keep_their_comments_spaces_and_escapes() {
        assert_eq!(
            minify(".a::before { content: \"/* not a comment */  two  spaces\"; }"),
            ".a::before{content:\"/* not a comment */  two  spaces\";}"
        );
        assert_eq!(
            minify(".q { content: 'it\\'s  /* here */ ;' ; }"),
            ".q{content:'it\\'s  /* here */ ;';}"
        );
        assert_eq!(
            minify("[data-x=\"a   b\"] , [title='{ c }'] { color : red }"),
            "[data-x=\"a   b\"],[title='{ c }']{color : red}"
        );
    }

    #[test]
    fn urls_are_copied_as_they_are() {
        assert_eq!(
            minify(".a { background: url( \"a b.png\" ) no-repeat; }"),
            ".a{background:url( \"a b.png\" ) no-repeat;}"
        );
        assert_eq!(
            minify(".b{background:URL(x/*y*/.png)}"),
            ".b{background:URL(x/*y*/.png)}"
        );
        assert_eq!(
            minify(".c{mask:url('a)b.svg')  center}"),
            ".c{mask:url('a)b.svg') center}"
        );
    }

    #[test]
    fn spaces_that_carry_meaning_stay() {
        assert_eq!(
            minify(".a { width: calc(100%  -  2 * var(--gap)); }"),
            ".a{width:calc(100% - 2 * var(--gap));}"
        );
        assert_eq!(
            minify("@media (min-width: 40rem)  and  (prefers-color-scheme: dark) {\n .a  .b > .c { margin: 0 auto } }"),
            "@media (min-width: 40rem) and (prefers-color-scheme: dark){.a .b > .c{margin:0 auto}}"
        );
        assert_eq!(
            minify(".card:has( > input:checked ) :focus-visible { outline: 2px solid }"),
            ".card:has( > input:checked ) :focus-visible{outline:2px solid}"
        );
        assert_eq!(
            minify("a :hover { color: red } a:hover{color:blue}"),
            "a :hover{color:red}a:hover{color:blue}"
        );
    }

    #[test]
    fn custom_properties_keep_their_words() {
        assert_eq!(
            minify(":root {\n  --font:  \"Iowan Old Style\",  Georgia,\n    serif;\n  --shadow: 0 1px  2px rgb(0 0 0 / 0.2);\n  --empty: ;\n}"),
            ":root{--font:\"Iowan Old Style\",Georgia,serif;--shadow:0 1px 2px rgb(0 0 0 / 0.2);--empty: ;}"
        );
    }

    #[test]
    fn a_comment_between_tokens_still_separates_them() {
        assert_eq!(
            minify(".a/* x */.b{margin:1px/**/2px}"),
            ".a .b{margin:1px 2px}"
        );
        assert_eq!(minify("a{b:c}/* never closed"), "a{b:c}");
    }

    #[test]
    fn escaped_characters_are_kept() {
        assert_eq!(minify(".a\\ b  .c{x:y}"), ".a\\ b .c{x:y}");
    }

    #[test]
    fn minifying_twice_changes_nothing_more() {
        let css = std::fs::read_to_string(crate::root().join("style/main.css")).unwrap();
        let once = minify(&css);
        assert_eq!(minify(&once), once);
        assert!(
            once.len() < css.len() * 3 / 4,
            "{} of {} B",
            once.len(),
            css.len()
        );
        assert!(!once.contains("/*"), "a comment is left");
        assert_eq!(
            once.matches('{').count(),
            css.matches('{').count() - count_in_comments(&css, '{')
        );
    }

    fn count_in_comments(css: &str, c: char) -> usize {
        css.split("/*")
            .skip(1)
            .map(|part| {
                part.split("*/")
                    .next()
                    .unwrap_or_default()
                    .matches(c)
                    .count()
            })
            .sum()
    }

    #[test]
    fn integrity_is_trunks_sha384() {
        // `printf 'p{}' | openssl dgst -sha384 -binary | base64`
        assert_eq!(
            integrity(b"p{}"),
            "sha384-l5tjHW8LADNSE1AyPUmwbkf/3UM+JeWJSCHSxsox6miUwcatnR+pEle0o/Ibe1pq"
        );
    }

    #[test]
    fn rewrites_the_stylesheets_and_the_integrity_of_every_page_that_links_them() {
        let dist = std::env::temp_dir().join(format!("xtask-css-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dist);
        std::fs::create_dir_all(dist.join("studio")).unwrap();
        let main = "/* theme */\nbody {\n  margin: 0;\n}\n";
        let studio = ".inbox  li { color: red; }\n";
        std::fs::write(dist.join("main-1.css"), main).unwrap();
        std::fs::write(dist.join("studio/main-1.css"), main).unwrap();
        std::fs::write(dist.join("studio/studio-2.css"), studio).unwrap();
        let link = |href: &str, css: &str| {
            format!(
                "<link rel=\"stylesheet\" href=\"{href}\" integrity=\"{}\"/>",
                integrity(css.as_bytes())
            )
        };
        let other = "<link rel=\"icon\" href=\"/favicon.svg\" integrity=\"sha384-icon\"/>";
        std::fs::write(
            dist.join("index.html"),
            format!("<head>{other}\n{}</head>", link("/main-1.css", main)),
        )
        .unwrap();
        std::fs::write(
            dist.join("studio/index.html"),
            format!(
                "<head>{}{}</head>",
                link("/studio/main-1.css", main),
                link("/studio/studio-2.css", studio)
            ),
        )
        .unwrap();
        std::fs::write(dist.join("privacy.html"), "<p>no styles</p>").unwrap();

        let summary = minify_dist(&dist).unwrap();
        assert_eq!(summary.files, 3);
        assert_eq!(summary.integrity_updates, 3);
        assert_eq!(summary.before, (2 * main.len() + studio.len()) as u64);

        let new_main = std::fs::read_to_string(dist.join("main-1.css")).unwrap();
        let new_studio = std::fs::read_to_string(dist.join("studio/studio-2.css")).unwrap();
        assert_eq!(new_main, "body{margin:0;}");
        assert_eq!(new_studio, ".inbox li{color:red;}");
        assert_eq!(
            summary.after,
            (2 * new_main.len() + new_studio.len()) as u64
        );
        assert_eq!(
            std::fs::read_to_string(dist.join("index.html")).unwrap(),
            format!("<head>{other}\n{}</head>", link("/main-1.css", &new_main))
        );
        assert_eq!(
            std::fs::read_to_string(dist.join("studio/index.html")).unwrap(),
            format!(
                "<head>{}{}</head>",
                link("/studio/main-1.css", &new_main),
                link("/studio/studio-2.css", &new_studio)
            )
        );
        assert_eq!(
            std::fs::read_to_string(dist.join("privacy.html")).unwrap(),
            "<p>no styles</p>"
        );

        // A second run finds nothing left to shorten and every page already right.
        let again = minify_dist(&dist).unwrap();
        assert_eq!(again.before, again.after);
        assert_eq!(again.integrity_updates, 0);
        std::fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn a_page_with_a_foreign_integrity_is_an_error() {
        let dist = std::env::temp_dir().join(format!("xtask-css-foreign-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dist);
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("main.css"), "a { b: c }").unwrap();
        std::fs::write(
            dist.join("index.html"),
            "<link rel=\"stylesheet\" href=\"/main.css\" integrity=\"sha384-other\">",
        )
        .unwrap();
        let error = minify_dist(&dist).unwrap_err();
        assert!(
            matches!(&error, Error::UnknownIntegrity { stylesheet, found, .. }
                if stylesheet == "main.css" && found == "sha384-other"),
            "{error}"
        );
        std::fs::remove_dir_all(&dist).unwrap();
    }
}
