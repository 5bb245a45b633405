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
    let mut child = server(dir)
        .args(["user", "add", email])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(format!("{password}\n").as_bytes())
        .expect("write");
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
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
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

#[test]
fn a_first_start_prints_the_setup_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut child = server(dir.path())
        .env("ATELIER_PUBLIC_URL", "https://atelier.example.com")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let stdout = child.stdout.take().expect("stdout");
    let mut link = None;
    for line in BufReader::new(stdout).lines() {
        let line = line.expect("line");
        if let Some(rest) = line.strip_prefix("studio setup: ") {
            link = Some(rest.to_owned());
            break;
        }
    }
    child.kill().expect("kill");
    let _ = child.wait();
    let link = link.expect("a setup line before stdout closed");
    let token = link
        .strip_prefix("https://atelier.example.com/studio/setup?token=")
        .expect("link shape");
    assert_eq!(token.len(), 43, "{link}");
}
