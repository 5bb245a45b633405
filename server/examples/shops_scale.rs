//! Scale figures for many shops on one deployment (BENCHMARKS.md, "Many shops"): with 1,000
//! shops configured on PostgreSQL, how long finding a request's shop takes, what a request pays
//! for going through the deployment, the memory each shop's app takes once built, and one shop's
//! inbox among 1,000,000 briefs across all the shops.
//!
//! ```sh
//! cargo run --profile server -p atelier-server --example shops_scale -- [STATIC_DIR]
//! ```
//!
//! It starts its own throwaway PostgreSQL cluster (`atelier-testbed`), on loopback, and removes
//! it at the end. `STATIC_DIR` is a built web app (`dist/`, default), so each shop's pages are
//! rendered as a real deployment renders them.

use atelier_server::config::ShopFinding;
use atelier_server::deployment::Deployment;
use atelier_server::store::files::FileStore;
use atelier_server::store::{inbox, ShopId};
use atelier_server::{AppState, Config, Database};
use atelier_testbed::{Cluster, Durability};
use axum::body::Body;
use axum::http::Request;
use std::time::{Duration, Instant};
use tower::ServiceExt;

const SHOPS: i64 = 1_000;
const BRIEFS: i64 = 1_000_000;

/// This process's resident memory, in bytes (Linux).
fn resident() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

async fn timed<F, Fut>(runs: usize, mut f: F) -> Duration
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let started = Instant::now();
        f().await;
        times.push(started.elapsed());
    }
    median(times)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let static_dir = std::env::args().nth(1).unwrap_or_else(|| "dist".to_owned());
    let cluster = Cluster::start(Durability::Throwaway)?;
    // As a deployment connects: an ordinary role owning its database, so that row-level
    // security holds it and the figures include the wall between shops.
    cluster.psql("postgres", "CREATE ROLE atelier_app LOGIN")?;
    cluster.psql("postgres", "CREATE DATABASE scale OWNER atelier_app")?;
    let dir = tempfile::tempdir()?;
    let files = FileStore::local(&dir.path().join("files"))?;
    let url =
        cluster
            .url("scale")
            .replacen(&format!("{}@", atelier_testbed::ROLE), "atelier_app@", 1);
    let db = Database::connect(&url, files).await?;
    let config = Config {
        data_dir: dir.path().join("data"),
        static_dir: static_dir.into(),
        shops: ShopFinding::ByHost,
        shop_name: "Shop 1".to_owned(),
        jeweler_email: "jeweler@shop-1.example".to_owned(),
        ..Config::default()
    };
    let state = AppState::new(config, db.clone())?;
    let pool = db.postgres().ok_or("not PostgreSQL")?.pool().clone();

    // 1,000 shops, each with its settings and its host name.
    let started = Instant::now();
    sqlx::query(
        "INSERT INTO shops (id, slug, settings) SELECT i, 'shop-' || i, \
         'shop_name = \"Shop ' || i || '\"' || chr(10) || \
         'jeweler_email = \"jeweler@shop-' || i || '.example\"' || chr(10) \
         FROM generate_series(2, $1) AS i",
    )
    .bind(SHOPS)
    .execute(&pool)
    .await?;
    sqlx::query(
        "INSERT INTO shop_hosts (host, shop_id) \
         SELECT 'shop-' || i || '.example', i FROM generate_series(1, $1) AS i",
    )
    .bind(SHOPS)
    .execute(&pool)
    .await?;
    let deployment = Deployment::start(state.clone()).await?;
    println!(
        "{SHOPS} shops configured, read at start in {:?}",
        started.elapsed()
    );

    // Finding a request's shop by its host name.
    let hosts: Vec<String> = (1..=SHOPS)
        .map(|i| format!("shop-{i}.example:443"))
        .collect();
    let lookups = 1_000_000;
    let by_host = mean_ns(lookups, |i| {
        deployment.shop_for_host(&hosts[i % hosts.len()]).ok()
    });
    println!("finding a request's shop: {by_host:.0} ns (mean of {lookups})");
    // The same by its `/s/<slug>/` path (the slug as the router cuts it out of the path).
    let slugs: Vec<String> = (1..=SHOPS).map(|i| format!("shop-{i}")).collect();
    let by_path = mean_ns(lookups, |i| {
        deployment.shop_for_slug(&slugs[i % slugs.len()]).ok()
    });
    println!("finding a request's shop by path: {by_path:.0} ns (mean of {lookups})");

    // Each shop's app, built on its first request: time and memory.
    let before = resident();
    let started = Instant::now();
    for i in 1..=SHOPS {
        deployment.delivering_for(ShopId::new(i))?;
    }
    let took = started.elapsed();
    let after = resident();
    println!(
        "{} shops' apps built: {:?} each, {} KiB resident each ({} MiB for all)",
        deployment.apps_built(),
        took / SHOPS as u32,
        after.saturating_sub(before) / 1024 / SHOPS as u64,
        after.saturating_sub(before) / 1024 / 1024
    );

    // A request through the deployment (its shop found by host) against the shop's app alone.
    let router = deployment.clone().router();
    let alone = atelier_server::app(state.clone());
    let request = |host: &str| {
        Request::get("/api/shop")
            .header("host", host)
            .body(Body::empty())
            .expect("request")
    };
    let runs = 20_000;
    let through = timed(runs, || {
        let router = router.clone();
        let request = request("shop-500.example");
        async move {
            std::hint::black_box(router.oneshot(request).await.ok());
        }
    })
    .await;
    let direct = timed(runs, || {
        let alone = alone.clone();
        let request = request("shop-1.example");
        async move {
            std::hint::black_box(alone.oneshot(request).await.ok());
        }
    })
    .await;
    println!(
        "GET /api/shop: {through:?} through the deployment, {direct:?} to one shop's app \
         (medians of {runs})"
    );

    // 1,000,000 briefs across the shops, 1,000 each, then one shop's inbox.
    let started = Instant::now();
    sqlx::query(
        "INSERT INTO consultations (reference, created_at, brief, summary, name, email, status, \
         status_changed_at, idempotency_key, body_hash, response, shop_id) \
         SELECT 'S-' || i, to_char(to_timestamp(1700000000 + i) AT TIME ZONE 'UTC', \
                'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), '{}', 'a ring', 'Visitor ' || i, \
                'visitor' || i || '@example.com', \
                CASE WHEN i % 7 = 0 THEN 'won' ELSE 'new' END, 0, 'k' || i, 'h', '{}', \
                1 + i % $2 \
         FROM generate_series(1, $1) AS i",
    )
    .bind(BRIEFS)
    .bind(SHOPS)
    .execute(&pool)
    .await?;
    sqlx::query("ANALYZE").execute(&pool).await?;
    println!(
        "{BRIEFS} briefs across {SHOPS} shops stored in {:?}",
        started.elapsed()
    );
    let shop = db.for_shop(ShopId::new(500));
    let filters = [
        ("newest first", inbox::Filter::default()),
        (
            "status won",
            inbox::Filter {
                status: Some("won"),
                ..inbox::Filter::default()
            },
        ),
        (
            "search \"Visitor 12\"",
            inbox::Filter {
                q: Some("Visitor 12".to_owned()),
                ..inbox::Filter::default()
            },
        ),
    ];
    for (name, filter) in &filters {
        let shown = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let took = timed(50, || {
            let (shop, filter, shown) = (shop.clone(), filter.clone(), shown.clone());
            async move {
                let rows = inbox::page(&shop, &filter, None, 25)
                    .await
                    .map(|page| page.rows.len())
                    .unwrap_or(0);
                shown.store(rows, std::sync::atomic::Ordering::Relaxed);
            }
        })
        .await;
        let shown = shown.load(std::sync::atomic::Ordering::Relaxed);
        println!("shop 500's inbox, {name}: {took:?} for {shown} rows (median of 50)");
    }
    let took = timed(50, || {
        let shop = shop.clone();
        async move {
            std::hint::black_box(inbox::counts(&shop).await.ok());
        }
    })
    .await;
    println!("shop 500's counts per status: {took:?} (median of 50)");
    // How PostgreSQL reads the newest page behind the wall and without it (as the server's role).
    let newest = "EXPLAIN (ANALYZE, COSTS OFF, SUMMARY ON) SELECT c.id FROM consultations c \
                  WHERE c.shop_id = 500 ORDER BY c.created_at DESC, c.id DESC LIMIT 25";
    for (wall, set) in [("behind the wall", "500"), ("without it", "")] {
        let plan = cluster.psql(
            "scale",
            &format!("SET ROLE atelier_app; SET atelier.shop = '{set}'; {newest}"),
        )?;
        println!("the newest page's plan, {wall}:\n{plan}");
    }
    db.close().await;
    Ok(())
}

/// The mean time of `find(i)` for `i` in `0..runs`, in nanoseconds.
fn mean_ns<T>(runs: usize, mut find: impl FnMut(usize) -> T) -> f64 {
    let started = Instant::now();
    for i in 0..runs {
        std::hint::black_box(find(i));
    }
    started.elapsed().as_nanos() as f64 / runs as f64
}
