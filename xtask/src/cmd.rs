//! Running external commands with a PATH that includes the tools xtask installs.

use std::ffi::OsString;
use std::fmt;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// A failed step, in words a developer can act on.
#[derive(Debug)]
pub struct Failure(pub String);

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

pub type Result<T = ()> = std::result::Result<T, Failure>;

/// Directories put in front of PATH: cargo-installed binaries and npm's binaryen.
pub fn tool_dirs() -> Vec<PathBuf> {
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from("/root/.cargo"));
    vec![
        crate::root().join("xtask/tools/node_modules/.bin"),
        cargo_home.join("bin"),
    ]
}

/// PATH with the tool directories first.
pub fn path() -> OsString {
    let mut dirs = tool_dirs();
    if let Some(existing) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&existing));
    }
    std::env::join_paths(dirs).unwrap_or_default()
}

/// A command in the workspace root with the tool PATH.
pub fn command(program: &str, args: &[&str]) -> Command {
    let mut command = Command::new(program);
    command
        .args(args)
        .current_dir(crate::root())
        .env("PATH", path());
    command
}

/// Runs a command, streaming its output; fails with the command line if it does not succeed.
pub fn run(mut command: Command) -> Result {
    let line = describe(&command);
    println!("$ {line}");
    let status = command
        .status()
        .map_err(|e| Failure(format!("could not start `{line}`: {e}")))?;
    if status.success() {
        Ok(())
    } else {
        Err(Failure(format!("`{line}` failed ({status})")))
    }
}

/// Runs a command quietly and returns its standard output, or `None` if it is missing or fails.
pub fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = command(program, args).stderr(Stdio::null()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn describe(command: &Command) -> String {
    std::iter::once(command.get_program())
        .chain(command.get_args())
        .map(|a| a.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}
