//! The shop's theme: which custom properties of the app's stylesheet a jeweler may set, and what a
//! value may hold. The server checks the configuration with these at start; the app checks again
//! before it applies what the server sent.

/// Theme values a shop may set: the custom properties `--atelier-<name>` of `style/main.css`.
pub const THEME_KEYS: [&str; 14] = [
    "bg",
    "surface",
    "text",
    "muted",
    "accent",
    "accent-contrast",
    "border",
    "focus",
    "error",
    "radius",
    "font",
    "font-display",
    "stage",
    "logo-width",
];

/// Whether `value` stays one CSS value: not blank, at most 200 characters, and nothing that could
/// end the declaration or open another rule (`; { } < > \ @`, control characters).
pub fn is_safe_value(value: &str) -> bool {
    !value.trim().is_empty()
        && value.len() <= 200
        && value
            .chars()
            .all(|c| !c.is_control() && !matches!(c, ';' | '{' | '}' | '<' | '>' | '\\' | '@'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_css_value_passes_and_an_escape_does_not() {
        assert!(is_safe_value("#0b6e4f"));
        assert!(is_safe_value("\"Cormorant\", serif"));
        assert!(!is_safe_value("  "));
        assert!(!is_safe_value("red; background: url(x)"));
        assert!(!is_safe_value("red}</style><script>"));
        assert!(!is_safe_value(&"a".repeat(201)));
    }
}
