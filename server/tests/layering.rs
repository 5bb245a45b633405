//! The house rule that keeps a second database backend possible: every SQL statement of the
//! server lives in `src/store/`. A handler, the outbox worker or the studio that reaches for
//! `sqlx` or writes a statement of its own fails this test with the file and line.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, depth first.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Whether a line uses the database directly: the driver, or the start of a statement in a
/// string literal.
fn touches_the_database(line: &str) -> bool {
    const STATEMENTS: [&str; 5] = [
        "\"SELECT ",
        "\"INSERT INTO ",
        "\"UPDATE ",
        "\"DELETE FROM ",
        "\"WITH ",
    ];
    line.contains("sqlx") || STATEMENTS.iter().any(|s| line.contains(s))
}

#[test]
fn sql_lives_only_in_the_store() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let store = src.join("store");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 50, "the server's sources were not found");
    let mut outside = Vec::new();
    for file in files.iter().filter(|f| !f.starts_with(&store)) {
        let text = std::fs::read_to_string(file).expect("a source file");
        for (i, line) in text.lines().enumerate() {
            if touches_the_database(line) {
                let shown = file.strip_prefix(&src).unwrap_or(file);
                outside.push(format!(
                    "src/{}:{}: {}",
                    shown.display(),
                    i + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(
        outside.is_empty(),
        "SQL outside server/src/store/ (move it into a store function):\n{}",
        outside.join("\n")
    );
}

#[test]
fn the_check_sees_a_statement_and_the_driver() {
    assert!(touches_the_database(r#"let n = sqlx::query("x");"#));
    assert!(touches_the_database(r#"query("SELECT id FROM outbox")"#));
    assert!(touches_the_database(
        r#"q("DELETE FROM consultations WHERE id = ?")"#
    ));
    assert!(!touches_the_database("// the store selects the due rows"));
}
