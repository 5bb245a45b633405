//! Two shops on one deployment, found by host name: each answers with its own name and settings,
//! keeps its own briefs, accounts and sessions, and delivers its briefs to its own jeweler; a
//! disabled shop and an unknown host get a clear answer. The operator's commands check a shop's
//! settings as `atelier.toml` is checked.

use crate::common::{fixture_with, full_body, Reply};
use atelier_server::config::ShopFinding;
use atelier_server::deployment::Deployment;
use atelier_server::store::{shops, ShopId};
use atelier_server::{outbox, shop_admin, studio};
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use serde_json::{json, Value};

const MAIN: &str = "main.example";
const VEREL: &str = "verel.example";
const PASSWORD: &str = "a long studio password";

async fn to(router: &Router, host: &str, request: Request<Body>) -> Reply {
    crate::common::send_to_host(router, host, request).await
}

fn get(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).expect("request")
}

fn post(uri: &str, body: &Value) -> Request<Body> {
    Request::post(uri)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .expect("request")
}

/// Signs in on `host`; the reply.
async fn login(router: &Router, host: &str, email: &str) -> Reply {
    to(
        router,
        host,
        post(
            "/api/studio/login",
            &json!({"email": email, "password": PASSWORD}),
        ),
    )
    .await
}

/// The session cookie of a sign-in's reply.
fn cookie(reply: &Reply) -> String {
    crate::studio_common::cookie_of(reply)
}

fn get_with(uri: &str, cookie: &str) -> Request<Body> {
    Request::get(uri)
        .header(header::COOKIE, cookie)
        .body(Body::empty())
        .expect("request")
}

#[tokio::test]
async fn two_shops_by_host_keep_their_own_briefs_accounts_and_settings() {
    let f = fixture_with(|c| c.shops = ShopFinding::ByHost).await;
    let db = &f.state.db;
    let settings = f.dir.path().join("verel.toml");
    std::fs::write(
        &settings,
        "shop_name = \"Maison Verel\"\njeweler_email = \"atelier@verel.example\"\n\
         currency = \"CHF\"\nlanguage = \"de-CH\"\n",
    )
    .expect("settings");
    let verel = shop_admin::add(db, &f.state.config, "verel", &settings, &[VEREL.to_owned()])
        .await
        .expect("add");
    shops::set_hosts(db, ShopId::FIRST, &[MAIN.to_owned()])
        .await
        .expect("main's host");
    let deployment = Deployment::start(f.state.clone()).await.expect("start");
    let router = deployment.clone().router();

    // Each host answers as its shop.
    for (host, name, currency) in [
        (MAIN, "Maison Test", None),
        (VEREL, "Maison Verel", Some("CHF")),
    ] {
        let shop = to(&router, host, get("/api/shop")).await;
        assert_eq!(shop.status, StatusCode::OK);
        assert_eq!(shop.json()["name"], name, "{host}");
        assert_eq!(shop.json()["currency"].as_str(), currency, "{host}");
    }
    assert_eq!(
        to(&router, VEREL, get("/api/shop")).await.json()["language"],
        "de-CH"
    );

    // The same visitor's key on both shops makes two briefs, not a replay of the first.
    let mut references = Vec::new();
    for host in [MAIN, VEREL] {
        let request = Request::post("/api/consultations")
            .header(header::CONTENT_TYPE, "application/json")
            .header("idempotency-key", "one-key-for-both")
            .body(Body::from(full_body().to_string()))
            .expect("request");
        let reply = to(&router, host, request).await;
        assert_eq!(reply.status, StatusCode::CREATED, "{host}");
        references.push(reply.json()["reference"].as_str().expect("ref").to_owned());
    }
    assert_ne!(references[0], references[1]);

    // A jeweler in each shop; each signs in on their own host only.
    studio::accounts::add_user(db, "ada@main.example", PASSWORD)
        .await
        .expect("main's jeweler");
    studio::accounts::add_user(&db.for_shop(verel), "vera@verel.example", PASSWORD)
        .await
        .expect("verel's jeweler");
    let ada = login(&router, MAIN, "ada@main.example").await;
    assert_eq!(ada.status, StatusCode::OK);
    let vera = login(&router, VEREL, "vera@verel.example").await;
    assert_eq!(vera.status, StatusCode::OK);
    let wrong_password = to(
        &router,
        MAIN,
        post(
            "/api/studio/login",
            &json!({"email": "ada@main.example", "password": "not the password"}),
        ),
    )
    .await;
    let elsewhere = login(&router, MAIN, "vera@verel.example").await;
    assert_eq!(
        (elsewhere.status, elsewhere.json()),
        (wrong_password.status, wrong_password.json()),
        "another shop's jeweler is refused as a wrong password is"
    );

    // Each inbox holds its own shop's brief; the other's is not there, by list or by address.
    let (ada, vera) = (cookie(&ada), cookie(&vera));
    for (host, session, own, other) in [
        (MAIN, &ada, &references[0], &references[1]),
        (VEREL, &vera, &references[1], &references[0]),
    ] {
        let inbox = to(&router, host, get_with("/api/studio/briefs", session)).await;
        assert_eq!(inbox.status, StatusCode::OK);
        let text = String::from_utf8_lossy(&inbox.body).into_owned();
        assert!(
            text.contains(own.as_str()) && !text.contains(other.as_str()),
            "{text}"
        );
        let mine = to(
            &router,
            host,
            get_with(&format!("/api/studio/briefs/{own}"), session),
        )
        .await;
        assert_eq!(mine.status, StatusCode::OK);
        let theirs = to(
            &router,
            host,
            get_with(&format!("/api/studio/briefs/{other}"), session),
        )
        .await;
        let unknown = to(
            &router,
            host,
            get_with("/api/studio/briefs/AT-ZZZZZ", session),
        )
        .await;
        assert_eq!(
            (theirs.status, theirs.body),
            (unknown.status, unknown.body),
            "another shop's brief reads as one that does not exist"
        );
    }
    // A session is its shop's: Ada's cookie opens nothing on Verel's host.
    let crossed = to(&router, VEREL, get_with("/api/studio/briefs", &ada)).await;
    assert_eq!(crossed.status, StatusCode::UNAUTHORIZED);

    // Each brief goes to its own shop's jeweler, in its shop's name.
    let report = outbox::deliver_due(&deployment, atelier_server::clock::now_unix() + 1)
        .await
        .expect("deliver");
    assert_eq!(report.sent, 4, "{report:?}");
    let mail = f.state.config.data_dir.join("outbox-mail");
    for (reference, to_whom, name) in [
        (&references[0], "jeweler@maison.example", "Maison Test"),
        (&references[1], "atelier@verel.example", "Maison Verel"),
    ] {
        let eml = std::fs::read_to_string(mail.join(format!("{reference}-jeweler.eml")))
            .expect("the jeweler's email");
        assert!(eml.contains(&format!("To: {to_whom}")), "{eml}");
        assert!(eml.contains(name), "{eml}");
    }

    // An unknown host has no shop; a disabled shop says it is closed, to pages and to scripts.
    let nobody = to(&router, "elsewhere.example", get("/api/shop")).await;
    assert_eq!(nobody.status, StatusCode::NOT_FOUND);
    assert_eq!(nobody.json()["error"]["code"], "no_shop");
    shop_admin::set_enabled(db, "verel", false, 1_800_000_000)
        .await
        .expect("disable");
    deployment.refresh().await.expect("refresh");
    let closed = to(&router, VEREL, get("/api/shop")).await;
    assert_eq!(closed.status, StatusCode::GONE);
    assert_eq!(closed.json()["error"]["code"], "shop_closed");
    let page = to(&router, VEREL, get("/studio/")).await;
    assert_eq!(page.status, StatusCode::GONE);
    let page = String::from_utf8_lossy(&page.body).into_owned();
    assert!(
        page.contains("<html lang=\"de-CH\" dir=\"ltr\">")
            && page.contains("<h1>Maison Verel ist geschlossen</h1>"),
        "the shop's own name, in its language: {page}"
    );
    assert_eq!(
        to(&router, MAIN, get("/api/shop")).await.status,
        StatusCode::OK,
        "the other shop stays open"
    );
    shop_admin::set_enabled(db, "verel", true, 1_800_000_100)
        .await
        .expect("enable");
    deployment.refresh().await.expect("refresh");
    assert_eq!(
        to(&router, VEREL, get("/api/shop")).await.status,
        StatusCode::OK
    );

    // Vera joins shop 1 as well: its studio's switcher lists both shops, each on its host name.
    studio::accounts::add_user(db, "vera@verel.example", PASSWORD)
        .await
        .expect("vera in main");
    let vera = cookie(&login(&router, MAIN, "vera@verel.example").await);
    let shops = to(&router, MAIN, get_with("/api/studio/shops", &vera)).await;
    assert_eq!(
        shops.json(),
        json!([
            {"slug": "main", "name": "Maison Test", "studio": "//main.example/studio/",
             "current": true},
            {"slug": "verel", "name": "Maison Verel", "studio": "//verel.example/studio/",
             "current": false},
        ])
    );
}

#[tokio::test]
async fn a_shops_settings_are_checked_as_atelier_toml_is() {
    let f = fixture_with(|c| c.shops = ShopFinding::ByHost).await;
    let db = &f.state.db;
    let file = f.dir.path().join("shop.toml");
    let add = |text: &str, slug: &str, hosts: &[&str]| {
        std::fs::write(&file, text).expect("settings");
        let hosts: Vec<String> = hosts.iter().map(|h| (*h).to_owned()).collect();
        let (db, config, file, slug) = (
            db.clone(),
            f.state.config.clone(),
            file.clone(),
            slug.to_owned(),
        );
        async move { shop_admin::add(&db, &config, &slug, &file, &hosts).await }
    };
    let error = |result: Result<ShopId, shop_admin::ShopAdminError>| {
        result.expect_err("refused").to_string()
    };
    let good = "shop_name = \"Orfèvre\"\njeweler_email = \"o@orfevre.example\"\n";
    for (text, slug, hosts, says) in [
        ("shop_name = \"X\"\n", "x-shop", &[][..], "`jeweler_email`"),
        (
            "shop_name = \"X\"\njeweler_email = \"not an address\"\n",
            "x-shop",
            &[],
            "expected an address like name@example.com",
        ),
        (
            "shop_name = \"X\"\njeweler_email = \"x@x.example\"\nsmtp_url = \"smtp://h\"\n",
            "x-shop",
            &[],
            "`smtp_url`",
        ),
        (
            "shop_name = \"X\"\njeweler_email = \"x@x.example\"\nlogo = \"a.svg\"\n",
            "x-shop",
            &[],
            "unknown field `logo`",
        ),
        (
            "shop_name = \"X\"\njeweler_email = \"x@x.example\"\ncatalog = \"catalog.toml\"\n",
            "x-shop",
            &[],
            "give the file's full path",
        ),
        (good, "Orfevre", &[], "cannot name a shop"),
        (
            good,
            "orfevre",
            &["https://orfevre.example"],
            "is not a host name",
        ),
    ] {
        let said = error(add(text, slug, hosts).await);
        assert!(said.contains(says), "{text}: {said}");
    }
    assert_eq!(
        shops::list(db).await.expect("list").len(),
        1,
        "nothing added"
    );
    let id = add(good, "orfevre", &["orfevre.example"])
        .await
        .expect("added");
    assert!(error(add(good, "orfevre", &[]).await).contains("exists already"));
    assert!(error(add(good, "other", &["Orfevre.example"]).await).contains("is shop `orfevre`'s"));
    assert_eq!(
        shops::hosts_of(db, id).await.expect("hosts"),
        ["orfevre.example"]
    );
    let shown = shop_admin::show(db, "orfevre", ShopFinding::ByHost)
        .await
        .expect("show");
    assert!(
        shown.contains("hosts: orfevre.example") && shown.contains(good),
        "{shown}"
    );
    let listed = shop_admin::list(db, ShopFinding::ByHost)
        .await
        .expect("list");
    assert!(
        listed.contains("main") && listed.contains("orfevre"),
        "{listed}"
    );
    // A brief in the shop, mailed: erasing the shop erases its mail copies too.
    let deployment = Deployment::start(f.state.clone()).await.expect("start");
    let orfevre = deployment.delivering_for(id).expect("state");
    let reference = crate::common::submit(&orfevre, "orfevre-1", &full_body()).await;
    outbox::deliver_due(&deployment, atelier_server::clock::now_unix() + 1)
        .await
        .expect("deliver");
    let mail = f.state.config.data_dir.join("outbox-mail");
    let copies = || {
        std::fs::read_dir(&mail)
            .map(|dir| {
                dir.filter_map(Result::ok)
                    .filter(|e| e.file_name().to_string_lossy().starts_with(&reference))
                    .count()
            })
            .unwrap_or(0)
    };
    assert_eq!(copies(), 2, "the jeweler's and the visitor's");

    // Exported: everything the shop owns, in a private folder; accounts without their hashes.
    studio::accounts::add_user(&orfevre.db, "olga@orfevre.example", PASSWORD)
        .await
        .expect("account");
    let out = f.dir.path().join("orfevre-export");
    let exported = shop_admin::export(db, "orfevre", &out)
        .await
        .expect("export");
    assert_eq!(
        (exported.briefs, exported.files, exported.accounts),
        (1, 3, 1)
    );
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&out)
        .expect("folder")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o700);
    let brief: Value = serde_json::from_slice(
        &std::fs::read(out.join("briefs").join(format!("{reference}.json"))).expect("brief"),
    )
    .expect("JSON");
    assert_eq!(brief["reference"], reference.as_str());
    assert_eq!(brief["files"].as_array().map(Vec::len), Some(3));
    let accounts = std::fs::read_to_string(out.join("accounts.json")).expect("accounts");
    assert!(
        accounts.contains("olga@orfevre.example") && !accounts.contains("argon2"),
        "{accounts}"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("settings.toml")).expect("settings"),
        good
    );
    assert_eq!(
        std::fs::read_to_string(out.join("hosts.txt")).expect("hosts"),
        "orfevre.example\n"
    );
    assert!(
        shop_admin::export(db, "orfevre", &out).await.is_err(),
        "an existing folder is refused"
    );
    let config = &f.state.config;
    assert!(shop_admin::delete(db, config, "orfevre", false)
        .await
        .expect_err("unconfirmed")
        .to_string()
        .contains("--yes"));
    assert!(shop_admin::delete(db, config, "main", true).await.is_err());
    shop_admin::delete(db, config, "orfevre", true)
        .await
        .expect("delete");
    assert!(shops::find(db, "orfevre").await.expect("find").is_none());
    assert_eq!(copies(), 0, "no copy of the erased shop's brief is left");
}
