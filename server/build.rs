//! Rebuilds the server when a migration is added: `sqlx::migrate!` reads the folders while it
//! compiles, and cargo otherwise notices changes to Rust sources only, so a new migration file
//! would be left out of the binary until something else changed.

fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
