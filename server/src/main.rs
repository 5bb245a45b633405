//! The `atelier-server` command: loads the configuration, opens the database and serves.

use atelier_server::config::ShopFinding;
use atelier_server::deployment::Deployment;
use atelier_server::store::{Location, ShopId};
use atelier_server::{http, outbox, studio, AppState, Config, Database, Mailer};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: atelier-server [serve] [--config PATH]\n\
    \x20      atelier-server user add EMAIL [--shop SLUG]   (a new account's password from stdin)\n\
    \x20      atelier-server migrate --to postgres://… [--files URL]\n\
    \x20      atelier-server shop add SLUG --settings FILE [--host NAME]…\n\
    \x20      atelier-server shop edit SLUG [--settings FILE] [--host NAME]…\n\
    \x20      atelier-server shop list | show SLUG | disable SLUG | enable SLUG\n\
    \x20      atelier-server shop delete SLUG --yes | export SLUG --to DIR\n\
    Every command takes --config PATH. Reads atelier.toml (or PATH) and ATELIER_* environment\n\
    variables; see atelier.sample.toml. A shop's settings file takes the keys of atelier.toml\n\
    that describe a shop; `shops = \"by_host\"` serves every shop on its host names (--host),\n\
    `shops = \"by_path\"` each under /s/SLUG/ on one address.";

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "atelier_server=info,tower_http=warn".into()),
        )
        .init();
    match run(std::env::args().skip(1).collect()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("atelier-server: {message}");
            ExitCode::FAILURE
        }
    }
}

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
enum Command {
    Serve,
    Help,
    /// `user add EMAIL [--shop SLUG]`.
    UserAdd {
        email: String,
        shop: Option<String>,
    },
    /// `user list [--shop SLUG]`.
    UserList {
        shop: Option<String>,
    },
    /// `user remove EMAIL [--shop SLUG]`.
    UserRemove {
        email: String,
        shop: Option<String>,
    },
    /// `migrate --to URL [--files URL]`.
    Migrate {
        to: String,
        files: Option<String>,
    },
    /// `shop …`.
    Shop(ShopCommand),
}

/// The operator's `shop` commands (see `atelier_server::shop_admin`).
#[derive(Debug, PartialEq, Eq)]
enum ShopCommand {
    Add {
        slug: String,
        settings: PathBuf,
        hosts: Vec<String>,
    },
    Edit {
        slug: String,
        settings: Option<PathBuf>,
        hosts: Option<Vec<String>>,
    },
    List,
    Show(String),
    Disable(String),
    Enable(String),
    Delete {
        slug: String,
        confirmed: bool,
    },
    Export {
        slug: String,
        to: PathBuf,
    },
}

/// The `shop` subcommands, as the command line names them.
const SHOP_COMMANDS: [&str; 8] = [
    "add", "edit", "list", "show", "disable", "enable", "delete", "export",
];

/// Reads the command line: the command, then its options (`--name value` or `--name=value`).
/// An option another command takes, a missing value or a missing `--to` is an error that says
/// so, never a server started instead.
fn parse(args: Vec<String>) -> Result<(Command, Option<PathBuf>), String> {
    let mut args = args.into_iter().peekable();
    let command = match args.peek().map(String::as_str) {
        Some("serve") => {
            args.next();
            "serve"
        }
        Some("user") => {
            args.next();
            match args.next().as_deref() {
                Some("add") => "user add",
                Some("list") => "user list",
                Some("remove") => "user remove",
                _ => {
                    return Err(format!(
                        "`user` takes `add EMAIL`, `list` or `remove EMAIL`\n{USAGE}"
                    ))
                }
            }
        }
        Some("migrate") => {
            args.next();
            "migrate"
        }
        Some("shop") => {
            args.next();
            let sub = args.next().unwrap_or_default();
            match SHOP_COMMANDS.iter().find(|c| **c == sub) {
                Some(sub) => match *sub {
                    "add" => "shop add",
                    "edit" => "shop edit",
                    "list" => "shop list",
                    "show" => "shop show",
                    "disable" => "shop disable",
                    "enable" => "shop enable",
                    "export" => "shop export",
                    _ => "shop delete",
                },
                None => {
                    return Err(format!(
                        "`shop` takes one of {}\n{USAGE}",
                        SHOP_COMMANDS.join(", ")
                    ))
                }
            }
        }
        _ => "serve",
    };
    let mut email = None;
    let (mut config, mut to, mut files) = (None, None, None);
    let (mut slug, mut shop, mut settings, mut hosts, mut confirmed) =
        (None, None, None, None::<Vec<String>>, false);
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => {
                (name.to_owned(), Some(value.to_owned()))
            }
            _ => (arg.clone(), None),
        };
        let mut value = |option: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{option} needs a value\n{USAGE}"))
        };
        match (command, name.as_str()) {
            (_, "-h" | "--help") => return Ok((Command::Help, None)),
            (_, "--config") => config = Some(PathBuf::from(value("--config")?)),
            ("migrate", "--to") => to = Some(value("--to")?),
            ("migrate", "--files") => files = Some(value("--files")?),
            ("user add", "--password-stdin") => {}
            ("user add" | "user list" | "user remove", "--shop") => shop = Some(value("--shop")?),
            ("user add" | "user remove", other) if email.is_none() && !other.starts_with('-') => {
                email = Some(arg.clone());
            }
            ("shop add" | "shop edit", "--settings") => {
                settings = Some(PathBuf::from(value("--settings")?));
            }
            ("shop add" | "shop edit", "--host") => {
                let host = value("--host")?;
                hosts.get_or_insert_with(Vec::new).push(host);
            }
            ("shop delete", "--yes") => confirmed = true,
            ("shop export", "--to") => to = Some(value("--to")?),
            (
                "shop add" | "shop edit" | "shop show" | "shop disable" | "shop enable"
                | "shop delete" | "shop export",
                other,
            ) if slug.is_none() && !other.starts_with('-') => slug = Some(arg.clone()),
            (command, other) => {
                return Err(format!(
                    "unknown argument {other:?} for `{command}`\n{USAGE}"
                ))
            }
        }
    }
    let slug = || {
        slug.clone()
            .ok_or(format!("`{command}` needs the shop's SLUG\n{USAGE}"))
    };
    let command = match command {
        "user add" => Command::UserAdd {
            email: email.ok_or(format!("`user add` needs an EMAIL\n{USAGE}"))?,
            shop,
        },
        "user list" => Command::UserList { shop },
        "user remove" => Command::UserRemove {
            email: email.ok_or(format!("`user remove` needs an EMAIL\n{USAGE}"))?,
            shop,
        },
        "shop add" => Command::Shop(ShopCommand::Add {
            slug: slug()?,
            settings: settings.ok_or(format!(
                "`shop add` needs --settings FILE, the shop's settings\n{USAGE}"
            ))?,
            hosts: hosts.unwrap_or_default(),
        }),
        "shop edit" if settings.is_none() && hosts.is_none() => {
            return Err(format!(
                "`shop edit` needs --settings FILE, --host NAME or both\n{USAGE}"
            ))
        }
        "shop edit" => Command::Shop(ShopCommand::Edit {
            slug: slug()?,
            settings,
            hosts,
        }),
        "shop list" => Command::Shop(ShopCommand::List),
        "shop show" => Command::Shop(ShopCommand::Show(slug()?)),
        "shop disable" => Command::Shop(ShopCommand::Disable(slug()?)),
        "shop enable" => Command::Shop(ShopCommand::Enable(slug()?)),
        "shop export" => Command::Shop(ShopCommand::Export {
            slug: slug()?,
            to: PathBuf::from(to.clone().ok_or(format!(
                "`shop export` needs --to DIR, a new folder\n{USAGE}"
            ))?),
        }),
        "shop delete" => Command::Shop(ShopCommand::Delete {
            slug: slug()?,
            confirmed,
        }),
        "migrate" => Command::Migrate {
            to: to.ok_or(format!(
                "`migrate` needs --to postgres://user:password@host:port/database\n{USAGE}"
            ))?,
            files,
        },
        _ => Command::Serve,
    };
    Ok((command, config))
}

async fn run(args: Vec<String>) -> Result<(), String> {
    let (command, config_path) = parse(args)?;
    if command == Command::Help {
        println!("{USAGE}");
        return Ok(());
    }
    let explicit = config_path.is_some();
    let path = config_path.unwrap_or_else(|| PathBuf::from("atelier.toml"));
    let config = Config::load(&path, explicit, std::env::vars()).map_err(|e| e.to_string())?;

    atelier_server::private_files::create_private_dir(&config.data_dir).map_err(|e| {
        format!(
            "cannot create the data folder {}: {e}",
            config.data_dir.display()
        )
    })?;
    let location = config.database_location().map_err(|e| e.to_string())?;
    let files_location = config.files_location().map_err(|e| e.to_string())?;
    let files = atelier_server::store::files::FileStore::open(&files_location)
        .map_err(|e| format!("cannot open the files folder (files_url): {e}"))?;
    let db = Database::open_at(&location, files)
        .await
        .map_err(|e| format!("cannot open the database {}: {e}", described(&location)))?;
    match command {
        Command::UserAdd { email, shop } => {
            let db = match shop {
                Some(slug) => shop_db(&db, &slug).await?,
                None => db,
            };
            return add_user(&db, &email).await;
        }
        Command::UserList { shop } => {
            let db = match shop {
                Some(slug) => shop_db(&db, &slug).await?,
                None => db,
            };
            let users = atelier_server::store::accounts::users(&db).await;
            db.close().await;
            for user in users.map_err(|e| e.to_string())? {
                println!("{}", user.email);
            }
            return Ok(());
        }
        Command::UserRemove { email, shop } => {
            let db = match shop {
                Some(slug) => shop_db(&db, &slug).await?,
                None => db,
            };
            let email = email.trim().to_lowercase();
            let removed = atelier_server::store::accounts::remove_user(&db, &email).await;
            db.close().await;
            return match removed.map_err(|e| e.to_string())? {
                true => {
                    println!("{email} can no longer open this shop's studio");
                    Ok(())
                }
                false => Err(format!("{email} has no account in this shop")),
            };
        }
        Command::Shop(command) => {
            let done = shop_command(&db, &config, command).await;
            db.close().await;
            return done;
        }
        Command::Migrate { to, files } => return migrate(&db, &to, files.as_deref()).await,
        Command::Serve | Command::Help => {}
    }
    let state = AppState::new(config, db.clone()).map_err(|e| e.to_string())?;
    match &state.mailer {
        Mailer::Files(dir) => tracing::info!(
            "no smtp_url configured: emails are written as .eml files to {}",
            dir.display()
        ),
        Mailer::Smtp(_) => tracing::info!("emails are sent through the configured SMTP server"),
    }
    if let Some(webhook) = &state.config.webhook {
        tracing::info!(url = %webhook.url, "briefs are also POSTed to the webhook, signed");
    }
    let missing: Vec<String> = atelier_server::web_app::pages(&state.config.static_dir)
        .into_iter()
        .filter(|page| !page.exists())
        .map(|page| page.display().to_string())
        .collect();
    if !missing.is_empty() {
        tracing::warn!(
            "the built web app is incomplete, {} missing (run `cargo xtask serve`); without the \
             studio's page every path gets the configurator's, as a build from before the split",
            missing.join(" and ")
        );
    }
    let limits = open_files_for(state.config.limits);
    let listener = tokio::net::TcpListener::bind(state.config.bind)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", state.config.bind))?;
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    match &location {
        Location::Sqlite(path) => {
            tracing::info!(database = %path.display(), "SQLite in WAL mode, synchronous=FULL")
        }
        Location::Postgres(url) => tracing::info!(
            database = %atelier_server::config::redacted(url),
            "PostgreSQL; deliveries are claimed with SKIP LOCKED, so several processes may share it"
        ),
    }
    // Where shop 1's studio is reached, for its first setup link: by its own host name when the
    // deployment finds shops by host (this address answers as no shop then), under its path when
    // it finds them by path.
    let finding = state.config.shops;
    let first = match finding {
        ShopFinding::One => None,
        ShopFinding::ByHost | ShopFinding::ByPath => atelier_server::store::shops::list(&db)
            .await
            .ok()
            .and_then(|rows| rows.into_iter().find(|row| row.id == ShopId::FIRST)),
    };
    let named = match &first {
        None => state.config.public_url.clone(),
        Some(row) => atelier_server::shop_admin::studio_base(&db, &state.config, row)
            .await
            .ok()
            .flatten(),
    };
    // The one line people look for: where to open the app (by path, only a shop's path opens it).
    match first.as_ref().filter(|_| finding == ShopFinding::ByPath) {
        Some(row) => println!(
            "Atelier is running at http://{address}/s/{}/  (each shop under /s/<slug>/; \
             Ctrl-C to stop)",
            row.slug
        ),
        None => println!("Atelier is running at http://{address}/  (Ctrl-C to stop)"),
    }
    if finding == ShopFinding::ByHost && named.is_none() {
        tracing::warn!(
            "shops = \"by_host\" and shop `main` has no host name: give it one \
             (`atelier-server shop edit main --host NAME`) to reach its studio"
        );
    }
    let base = named.unwrap_or_else(|| format!("http://{address}"));
    let deployment = Deployment::start(state.clone())
        .await
        .map_err(|e| format!("cannot read the shops: {e}"))?;
    let retention = studio::start(&deployment, &base).await;
    let worker = tokio::spawn(outbox::run(deployment.clone()));
    // Shops added, edited or disabled from the command line reach this process within seconds.
    let refresh = {
        let deployment = deployment.clone();
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(atelier_server::deployment::REFRESH_EVERY).await;
                if let Err(e) = deployment.refresh().await {
                    tracing::warn!(error = %e, "cannot read the shops again");
                }
            }
        })
    };
    // Another process's new deliveries wake this one's worker too.
    let announcements = match db.postgres() {
        Some(pg) => Some(
            pg.listen_for_deliveries(state.outbox_wake.clone())
                .await
                .map_err(|e| format!("cannot listen for deliveries: {e}"))?,
        ),
        None => None,
    };
    // From now on this PostgreSQL database is the shop's: migrate refuses to copy over it.
    if let Some(pg) = db.postgres() {
        pg.mark_serving()
            .await
            .map_err(|e| format!("cannot record that this server serves: {e}"))?;
    }
    let trusted = state.config.trusted_proxies.clone();
    http::serve::serve(
        listener,
        deployment.router(),
        limits,
        trusted,
        shutdown_signal(),
    )
    .await;
    worker.abort();
    refresh.abort();
    retention.abort();
    if let Some(announcements) = announcements {
        announcements.abort();
    }
    db.close().await;
    // An operator stopping the server before a last `migrate` run looks for this line.
    tracing::info!("Atelier stopped: requests answered, database closed");
    Ok(())
}

/// The database for a message: its file, or its server without the password.
fn described(location: &Location) -> String {
    match location {
        Location::Sqlite(path) => path.display().to_string(),
        Location::Postgres(url) => atelier_server::config::redacted(url),
    }
}

/// Raises the soft limit on open files to the hard limit, so the connection cap is what limits
/// connections, not the process's descriptors; lowers the cap when even that is not enough.
fn open_files_for(mut limits: http::limits::HttpLimits) -> http::limits::HttpLimits {
    // Descriptors kept for the database, its journal, log and mail files, the webhook client.
    const RESERVED: u64 = 64;
    match rlimit::increase_nofile_limit(u64::MAX) {
        Ok(open_files) => {
            let room = usize::try_from(open_files.saturating_sub(RESERVED)).unwrap_or(usize::MAX);
            if limits.max_connections > room {
                tracing::warn!(
                    open_files,
                    "max_connections lowered from {} to {} to fit the open-files limit",
                    limits.max_connections,
                    room.max(1)
                );
                limits.max_connections = room.max(1);
            }
        }
        Err(e) => tracing::warn!(error = %e, "cannot raise the open-files limit"),
    }
    limits
}

/// `migrate --to postgres://… [--files URL]`: copies this SQLite deployment into PostgreSQL (and
/// its files into the store at URL), prints what each table came to, and fails unless the copy
/// is proven the same.
async fn migrate(db: &Database, to: &str, files: Option<&str>) -> Result<(), String> {
    use atelier_server::store::files::{FileStore, Location as Files};
    use atelier_server::store::migrate;
    let Some(sqlite) = db.sqlite() else {
        return Err(
            "migrate copies a SQLite database; database_url already names PostgreSQL".into(),
        );
    };
    let Ok(Location::Postgres(url)) = Location::parse(to) else {
        return Err(format!(
            "--to: expected postgres://user:password@host:port/database\n{USAGE}"
        ));
    };
    let target = atelier_server::store::postgres::Postgres::connect(&url, 4)
        .await
        .map_err(|e| {
            format!(
                "cannot open {}: {e}",
                atelier_server::config::redacted(&url)
            )
        })?;
    let target_files = match files {
        Some(files) => Some(
            Files::parse(files)
                .and_then(|location| FileStore::open(&location).map_err(|e| e.to_string()))
                .map_err(|e| format!("--files: {e}"))?,
        ),
        None => None,
    };
    let report = migrate::run(sqlite, db.files(), &target, target_files.as_ref())
        .await
        .map_err(|e| e.to_string())?;
    println!(
        "{:<24} {:>10} {:>10}  same",
        "table", "SQLite", "PostgreSQL"
    );
    for table in &report.tables {
        println!(
            "{:<24} {:>10} {:>10}  {}",
            table.table,
            table.rows.0,
            table.rows.1,
            if table.same { "yes" } else { "NO" }
        );
    }
    println!(
        "objects: {} named, {} whole in the target store, {} copied now",
        report.objects.0, report.objects.1, report.objects_copied
    );
    target.close().await;
    db.close().await;
    if report.verified() {
        println!(
            "verified: every row and object is the same; set database_url = \"{}\"{}",
            atelier_server::config::redacted(&url),
            files.map_or(String::new(), |f| format!(" and files_url = \"{f}\""))
        );
        Ok(())
    } else {
        Err(
            "the copy differs (see the tables marked NO); run migrate again, with the server \
             stopped for the last run"
                .into(),
        )
    }
}

/// The database as the shop called `slug` sees it.
async fn shop_db(db: &Database, slug: &str) -> Result<Database, String> {
    match atelier_server::store::shops::find(db, slug).await {
        Ok(Some(row)) => Ok(db.for_shop(row.id)),
        Ok(None) => Err(format!(
            "no shop is called `{slug}` (see `atelier-server shop list`)"
        )),
        Err(e) => Err(e.to_string()),
    }
}

/// Runs a `shop` command and prints what it did.
async fn shop_command(db: &Database, config: &Config, command: ShopCommand) -> Result<(), String> {
    use atelier_server::shop_admin;
    let hosts_given = match &command {
        ShopCommand::Add { hosts, .. } => !hosts.is_empty(),
        ShopCommand::Edit { hosts, .. } => hosts.is_some(),
        _ => false,
    };
    if hosts_given && config.shops == ShopFinding::ByPath {
        eprintln!(
            "note: this deployment finds shops by path (shops = \"by_path\"): host names are \
             kept, and used only once it finds them by host"
        );
    }
    let said = match command {
        ShopCommand::Add {
            slug,
            settings,
            hosts,
        } => match shop_admin::add(db, config, &slug, &settings, &hosts).await {
            Ok(id) => Ok(format!(
                "shop {slug} added (number {id})\n{}",
                setup_line(db, config, &slug).await
            )),
            Err(e) => Err(e),
        },
        ShopCommand::Edit {
            slug,
            settings,
            hosts,
        } => shop_admin::edit(db, config, &slug, settings.as_deref(), hosts.as_deref())
            .await
            .map(|()| format!("shop {slug} changed; running servers take it within seconds")),
        ShopCommand::List => shop_admin::list(db, config.shops).await,
        ShopCommand::Show(slug) => shop_admin::show(db, &slug, config.shops).await,
        ShopCommand::Disable(slug) => {
            shop_admin::set_enabled(db, &slug, false, atelier_server::clock::now_unix())
                .await
                .map(|()| format!("shop {slug} disabled: its ring designer and studio are closed"))
        }
        ShopCommand::Enable(slug) => {
            shop_admin::set_enabled(db, &slug, true, atelier_server::clock::now_unix())
                .await
                .map(|()| format!("shop {slug} enabled"))
        }
        ShopCommand::Export { slug, to } => shop_admin::export(db, &slug, &to).await.map(|e| {
            format!(
                "shop {slug} exported to {}: {} with {}, {} (emails only)",
                to.display(),
                counted(e.briefs, "brief", "briefs"),
                counted(e.files, "picture or photo", "pictures and photos"),
                counted(e.accounts, "studio account", "studio accounts"),
            )
        }),
        ShopCommand::Delete { slug, confirmed } => shop_admin::delete(db, config, &slug, confirmed)
            .await
            .map(|objects| format!("shop {slug} erased, with {objects} stored files")),
    };
    let said = said.map_err(|e| e.to_string())?;
    println!("{}", said.trim_end());
    Ok(())
}

/// `n` and the noun, in the singular for one ("1 brief", "3 briefs").
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// How the new shop's jeweler makes the first studio account: a one-time setup link on the shop's
/// address, or the command.
async fn setup_line(db: &Database, config: &Config, slug: &str) -> String {
    use atelier_server::shop_admin;
    let command = format!("or run `atelier-server user add EMAIL --shop {slug}`");
    let Ok(Some(row)) = atelier_server::store::shops::find(db, slug).await else {
        return command;
    };
    let shop_db = db.for_shop(row.id);
    match shop_admin::studio_base(db, config, &row).await {
        Ok(Some(base)) => {
            match studio::accounts::issue_setup_token(&shop_db, atelier_server::clock::now_unix())
                .await
            {
                Ok(Some(secret)) => format!(
                    "studio setup (one time, {} h): {}/studio/setup?token={secret}\n{command}",
                    studio::accounts::SETUP_TOKEN_HOURS,
                    base.trim_end_matches('/')
                ),
                _ => command,
            }
        }
        _ => format!(
            "give it a host name (`atelier-server shop edit {slug} --host NAME`), then {command}"
        ),
    }
}

/// `user add EMAIL`: a newcomer's password is the first line of stdin (typed at a prompt, or
/// piped in); a jeweler of another shop joins with the password they have, so none is asked.
async fn add_user(db: &Database, email: &str) -> Result<(), String> {
    use studio::accounts::Standing;
    let said = match studio::accounts::standing(db, email).await {
        Ok((email, Standing::Member)) => Err(studio::accounts::AccountError::Exists(email)),
        Ok((email, Standing::Elsewhere)) => {
            studio::accounts::add_member(db, &email).await.map(|_| {
                format!(
                    "{email} has a studio account in another shop: it now opens this shop's \
                     studio too, with the password it already has"
                )
            })
        }
        Ok((email, Standing::Newcomer)) => match read_password(&email) {
            Ok(password) => studio::accounts::add_user(db, &email, &password)
                .await
                .map(|id| format!("studio account {id} added for {email}")),
            Err(e) => {
                db.close().await;
                return Err(e);
            }
        },
        Err(e) => Err(e),
    };
    db.close().await;
    println!("{}", said.map_err(|e| e.to_string())?);
    Ok(())
}

/// The new account's password: the first line of stdin, asked for at a terminal.
fn read_password(email: &str) -> Result<String, String> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!(
            "password for {email} (at least {} characters; it is shown as you type): ",
            studio::password::MIN_LEN
        );
        let _ = std::io::stderr().flush();
    }
    let mut password = String::new();
    stdin
        .lock()
        .read_line(&mut password)
        .map_err(|e| format!("cannot read the password from stdin: {e}"))?;
    Ok(password.trim_end_matches(['\r', '\n']).to_owned())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(line: &str) -> Result<(Command, Option<PathBuf>), String> {
        parse(line.split_whitespace().map(str::to_owned).collect())
    }

    #[test]
    fn each_command_with_its_options() {
        assert_eq!(parsed(""), Ok((Command::Serve, None)));
        assert_eq!(
            parsed("serve --config a.toml"),
            Ok((Command::Serve, Some(PathBuf::from("a.toml"))))
        );
        assert_eq!(
            parsed("--config=a.toml"),
            Ok((Command::Serve, Some(PathBuf::from("a.toml"))))
        );
        assert_eq!(
            parsed("user add ada@example.com --password-stdin"),
            Ok((
                Command::UserAdd {
                    email: "ada@example.com".into(),
                    shop: None
                },
                None
            ))
        );
        assert_eq!(
            parsed("user add ada@example.com --shop maison-verel"),
            Ok((
                Command::UserAdd {
                    email: "ada@example.com".into(),
                    shop: Some("maison-verel".into())
                },
                None
            ))
        );
        assert_eq!(
            parsed("shop add maison-verel --settings v.toml --host a.example --host=b.example"),
            Ok((
                Command::Shop(ShopCommand::Add {
                    slug: "maison-verel".into(),
                    settings: PathBuf::from("v.toml"),
                    hosts: vec!["a.example".into(), "b.example".into()]
                }),
                None
            ))
        );
        assert_eq!(
            parsed("shop edit maison-verel --host c.example"),
            Ok((
                Command::Shop(ShopCommand::Edit {
                    slug: "maison-verel".into(),
                    settings: None,
                    hosts: Some(vec!["c.example".into()])
                }),
                None
            ))
        );
        assert_eq!(
            parsed("shop delete maison-verel --yes --config c.toml"),
            Ok((
                Command::Shop(ShopCommand::Delete {
                    slug: "maison-verel".into(),
                    confirmed: true
                }),
                Some(PathBuf::from("c.toml"))
            ))
        );
        assert_eq!(
            parsed("shop list"),
            Ok((Command::Shop(ShopCommand::List), None))
        );
        assert_eq!(
            parsed("shop export maison-verel --to /srv/verel-export"),
            Ok((
                Command::Shop(ShopCommand::Export {
                    slug: "maison-verel".into(),
                    to: PathBuf::from("/srv/verel-export")
                }),
                None
            ))
        );
        let to = "postgres://a@h/d".to_owned();
        for line in [
            "migrate --to postgres://a@h/d",
            "migrate --to=postgres://a@h/d",
        ] {
            assert_eq!(
                parsed(line),
                Ok((
                    Command::Migrate {
                        to: to.clone(),
                        files: None
                    },
                    None
                ))
            );
        }
        assert_eq!(
            parsed("migrate --files=s3://b --to postgres://a@h/d --config c.toml"),
            Ok((
                Command::Migrate {
                    to,
                    files: Some("s3://b".into())
                },
                Some(PathBuf::from("c.toml"))
            ))
        );
        assert_eq!(parsed("serve -h"), Ok((Command::Help, None)));
    }

    /// An operator's slip never starts a server that takes briefs into the old database.
    #[test]
    fn a_slip_is_an_error_that_names_it() {
        let error = |line: &str| parsed(line).expect_err(line);
        assert!(error("migrate").contains("`migrate` needs --to"));
        assert!(error("migrate --config a.toml").contains("`migrate` needs --to"));
        assert!(error("migrat --to x").contains("unknown argument \"migrat\""));
        assert!(error("migrate --to").contains("--to needs a value"));
        assert!(error("--to postgres://a@h/d").contains("unknown argument \"--to\" for `serve`"));
        assert!(error("user add").contains("needs an EMAIL"));
        assert!(error("user delete x").contains("`user` takes `add EMAIL`"));
        assert!(error("user remove").contains("`user remove` needs an EMAIL"));
        assert!(error("shop").contains("`shop` takes one of add, edit"));
        assert!(error("shop add x").contains("needs --settings FILE"));
        assert!(error("shop add --settings a.toml").contains("needs the shop's SLUG"));
        assert!(error("shop edit x").contains("needs --settings FILE, --host NAME or both"));
        assert!(error("shop export x").contains("`shop export` needs --to DIR"));
        assert!(error("shop list --yes").contains("unknown argument \"--yes\" for `shop list`"));
        assert!(error("shop delete a b").contains("unknown argument \"b\""));
    }
}
