//! PostgreSQL's row-level security, the second wall between shops (migrations 0012 and 0014):
//! through one shop's handle even a statement that names no shop sees and writes that shop's rows
//! only; the deployment's handle sees every shop's; and a connection goes back to the pool without the
//! wall, so the deployment's own work after a shop's read still sees everything. On SQLite the
//! store's scoping is the only wall (the other suites prove it), so this stands aside there.

use crate::common::pg_support;
use crate::common::{fixture, full_body, post_json};
use atelier_server::deployment::Deployment;
use atelier_server::shop_admin;
use atelier_server::store::postgres::Postgres;

/// `sql`'s one number, through `pg`.
async fn number(pg: &Postgres, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(pg)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

#[tokio::test]
async fn a_shops_handle_sees_and_writes_only_its_own_rows_whatever_the_statement_says() {
    if !pg_support::on_postgres() {
        eprintln!("stands aside on SQLite: row-level security is PostgreSQL's");
        return;
    }
    let f = fixture().await;
    let settings = f.dir.path().join("verel.toml");
    std::fs::write(
        &settings,
        "shop_name = \"Maison Verel\"\njeweler_email = \"atelier@verel.example\"\n\
         rate_limit_per_minute = 1000\nrate_limit_burst = 1000\n",
    )
    .expect("settings");
    let verel = shop_admin::add(&f.state.db, &f.state.config, "verel", &settings, &[])
        .await
        .expect("add");
    let deployment = Deployment::start(f.state.clone()).await.expect("start");
    let verel_state = deployment.delivering_for(verel).expect("verel's state");
    for (state, key) in [
        (&f.state, "main-1"),
        (&f.state, "main-2"),
        (&verel_state, "v-1"),
    ] {
        assert_eq!(post_json(state, key, &full_body()).await.status, 201);
    }

    let everyone = f.state.db.postgres().expect("PostgreSQL");
    assert!(
        everyone.held_by_row_security().await.expect("role"),
        "the tests connect as an ordinary role, as a deployment should"
    );
    let main = f.state.db.for_shop(atelier_server::store::ShopId::FIRST);
    let main = main.postgres().expect("PostgreSQL");
    let verel_db = f.state.db.for_shop(verel);
    let verel_pg = verel_db.postgres().expect("PostgreSQL");

    // Every wall is written so that the planner can estimate it (migration 0014): a shop's newest
    // page walks its index in order rather than reading and sorting all the shop's rows.
    let walls = "SELECT COUNT(*) FROM pg_policies WHERE policyname = 'shop_wall'";
    assert_eq!(
        number(everyone, walls).await,
        18,
        "one wall on each shop-owned table"
    );
    let estimated = format!("{walls} AND qual LIKE '%atelier_unwalled()%'");
    assert_eq!(number(everyone, &estimated).await, 18);

    // Statements that forgot their shop: each shop's handle sees its own rows only.
    for table in ["consultations", "consultation_files", "outbox"] {
        let all = number(everyone, &format!("SELECT COUNT(*) FROM {table}")).await;
        let mains = number(main, &format!("SELECT COUNT(*) FROM {table}")).await;
        let verels = number(verel_pg, &format!("SELECT COUNT(*) FROM {table}")).await;
        assert!(mains > 0 && verels > 0, "{table}: {mains} and {verels}");
        assert_eq!(mains + verels, all, "{table}");
        let stray = number(
            verel_pg,
            &format!("SELECT COUNT(*) FROM {table} WHERE shop_id <> {verel}"),
        )
        .await;
        assert_eq!(stray, 0, "{table}: another shop's rows are out of sight");
    }
    assert_eq!(number(main, "SELECT COUNT(*) FROM consultations").await, 2);
    assert_eq!(
        number(verel_pg, "SELECT COUNT(*) FROM consultations").await,
        1
    );

    // A change aimed at another shop's rows touches nothing; a row written for it is refused.
    let touched = sqlx::query("UPDATE consultations SET status = 'archived' WHERE shop_id = 1")
        .execute(verel_pg)
        .await
        .expect("update")
        .rows_affected();
    assert_eq!(touched, 0);
    let erased = sqlx::query("DELETE FROM consultation_notes")
        .execute(verel_pg)
        .await
        .expect("delete");
    assert_eq!(erased.rows_affected(), 0, "verel has no notes; main's stay");
    let refused = sqlx::query(
        "INSERT INTO shop_storage (shop_id, bytes) VALUES (1, 0) \
         ON CONFLICT (shop_id) DO UPDATE SET bytes = 0",
    )
    .execute(verel_pg)
    .await
    .expect_err("another shop's row is refused");
    assert_eq!(
        refused
            .as_database_error()
            .and_then(|e| e.code())
            .as_deref(),
        Some("42501"),
        "{refused}"
    );
    assert_eq!(
        number(
            everyone,
            "SELECT COUNT(*) FROM consultations WHERE status = 'archived'"
        )
        .await,
        0
    );

    // Every connection comes back without its wall: after many walled reads, the deployment's
    // handle (which claims every shop's deliveries) still sees both shops' rows every time.
    for _ in 0..20 {
        assert_eq!(
            number(verel_pg, "SELECT COUNT(*) FROM consultations").await,
            1
        );
        assert_eq!(
            number(everyone, "SELECT COUNT(*) FROM consultations").await,
            3
        );
    }
}
