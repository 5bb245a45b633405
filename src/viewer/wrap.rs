//! Words broken into lines for text drawn on a canvas (the postcard), where the browser does not
//! wrap: at spaces, and between characters in scripts that write without them.

/// Breaks `text` into lines no wider than `max` (as `measure` reports widths), at most
/// `max_lines`; a longer text ends its last line with an ellipsis. Lines break at spaces; a word
/// wider than a line (Japanese writes a sentence without spaces) breaks between characters.
pub(crate) fn wrap(
    text: &str,
    max_lines: usize,
    max: f64,
    measure: impl Fn(&str) -> f64,
) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if measure(&candidate) <= max {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            line.push(c);
            if measure(&line) > max && line.chars().count() > 1 {
                line.pop();
                lines.push(std::mem::take(&mut line));
                line.push(c);
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            while !last.is_empty() && measure(&format!("{} …", last.trim_end())) > max {
                last.pop();
            }
            *last = format!("{} …", last.trim_end());
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    /// One unit of width per character.
    fn width(text: &str) -> f64 {
        text.chars().count() as f64
    }

    #[test]
    fn lines_break_at_spaces() {
        assert_eq!(
            wrap("a round brilliant ruby", 4, 10.0, width),
            ["a round", "brilliant", "ruby"]
        );
    }

    #[test]
    fn text_without_spaces_breaks_between_characters() {
        assert_eq!(
            wrap("プラチナの指輪にルビー", 4, 4.0, width),
            ["プラチナ", "の指輪に", "ルビー"]
        );
        assert_eq!(
            wrap("ring ルビールビー", 4, 4.0, width),
            ["ring", "ルビール", "ビー"]
        );
    }

    #[test]
    fn too_many_lines_end_with_an_ellipsis() {
        let lines = wrap("aa bb cc dd ee", 2, 5.0, width);
        assert_eq!(lines, ["aa bb", "cc …"]);
    }
}
