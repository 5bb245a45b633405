//! The real binary: `atelier-server user add` reads the password from stdin, and a first start
//! without an account prints the one-time setup link.

use atelier_server::Database;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

fn server(dir: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_atelier-server"));
    command
        .current_dir(dir)
        .env("ATELIER_DATA_DIR", dir.join("data"))
        .env("ATELIER_STATIC_DIR", dir.join("dist"))
        .env("ATELIER_BIND", "127.0.0.1:0")
        .env("RUST_LOG", "error");
    command
}

fn user_add(dir: &std::path::Path, email: &str, password: &str) -> std::process::Output {
    user_add_to(dir, &[email], password)
}

/// `user add ARGS…` with `password` on stdin (which the command may not read: a write to a
/// closed pipe is then no failure of the test).
fn user_add_to(dir: &std::path::Path, args: &[&str], password: &str) -> std::process::Output {
    let mut child = server(dir)
        .args(["user", "add"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let _ = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(format!("{password}\n").as_bytes());
    child.wait_with_output().expect("wait")
}

#[tokio::test]
async fn user_add_creates_an_account_from_stdin() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("data")).expect("data");
    let out = user_add(dir.path(), "Owner@Maison.Example", "a long studio password");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("added for owner@maison.example"));

    let again = user_add(dir.path(), "owner@maison.example", "another long password");
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr)
            .contains("owner@maison.example already opens this shop's studio"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    let weak = user_add(dir.path(), "second@maison.example", "short");
    assert!(!weak.status.success());
    assert!(String::from_utf8_lossy(&weak.stderr).contains("at least 12 characters"));
    let bad = user_add(dir.path(), "not-an-email", "a long studio password");
    assert!(!bad.status.success());

    let db = Database::open(&dir.path().join("data/atelier.db"))
        .await
        .expect("db");
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT email, password_hash FROM studio_users")
            .fetch_all(db.sqlite().expect("SQLite").reader())
            .await
            .expect("users");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].0, "owner@maison.example");
    assert!(
        rows[0].1.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{}",
        rows[0].1
    );
}

#[tokio::test]
async fn a_jeweler_of_another_shop_joins_with_the_password_they_have() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("data")).expect("data");
    let settings = dir.path().join("verel.toml");
    std::fs::write(
        &settings,
        "shop_name = \"Maison Verel\"\njeweler_email = \"atelier@verel.example\"\n",
    )
    .expect("settings");
    let added = server(dir.path())
        .args(["shop", "add", "verel", "--settings"])
        .arg(&settings)
        .output()
        .expect("shop add");
    assert!(added.status.success(), "{added:?}");
    let first = user_add(dir.path(), "vera@verel.example", "a long studio password");
    assert!(first.status.success(), "{first:?}");

    // Nothing on stdin: the command does not ask for a password it would not use.
    let joined = user_add_to(dir.path(), &["vera@verel.example", "--shop", "verel"], "");
    let said = String::from_utf8_lossy(&joined.stdout);
    assert!(
        joined.status.success(),
        "{}",
        String::from_utf8_lossy(&joined.stderr)
    );
    assert_eq!(
        said.trim(),
        "vera@verel.example has a studio account in another shop: it now opens this shop's \
         studio too, with the password it already has"
    );
    assert!(joined.stderr.is_empty(), "said once: {joined:?}");
    let again = user_add_to(dir.path(), &["vera@verel.example", "--shop", "verel"], "");
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr)
            .contains("vera@verel.example already opens this shop's studio"),
        "{again:?}"
    );
}

#[test]
fn a_first_start_prints_the_setup_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (link, _) = first_setup_link(server(dir.path()));
    let token = link
        .strip_prefix("https://atelier.example.com/studio/setup?token=")
        .expect("link shape");
    assert_eq!(token.len(), 43, "{link}");
}

#[test]
fn by_path_the_first_setup_link_and_address_are_under_the_first_shops_path() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut command = server(dir.path());
    command.env("ATELIER_SHOPS", "by_path");
    let (link, before) = first_setup_link(command);
    assert!(
        link.starts_with("https://atelier.example.com/s/main/studio/setup?token="),
        "{link}"
    );
    assert!(
        before.iter().any(
            |line| line.starts_with("Atelier is running at http://127.0.0.1:")
                && line.contains("/s/main/")
        ),
        "{before:?}"
    );
}

/// The setup link a first start prints, on `https://atelier.example.com`, and the lines before.
fn first_setup_link(mut command: Command) -> (String, Vec<String>) {
    let mut child = command
        .env("ATELIER_PUBLIC_URL", "https://atelier.example.com")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let stdout = child.stdout.take().expect("stdout");
    let (mut link, mut before) = (None, Vec::new());
    for line in BufReader::new(stdout).lines() {
        let line = line.expect("line");
        if let Some(rest) = line.strip_prefix("studio setup: ") {
            link = Some(rest.to_owned());
            break;
        }
        before.push(line);
    }
    child.kill().expect("kill");
    let _ = child.wait();
    (link.expect("a setup line before stdout closed"), before)
}
