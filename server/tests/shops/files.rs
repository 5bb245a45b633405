//! A shop's own files (its logo and privacy notice) are stored with its settings when the
//! operator adds or edits it, so a server on another machine, where those files are not, still
//! serves them; a new logo under the same name reaches running servers.

use crate::common::Reply;
use atelier_server::config::ShopFinding;
use atelier_server::deployment::Deployment;
use atelier_server::shop_admin;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::Router;

const VEREL: &str = "verel.example";

async fn get(router: &Router, uri: &str) -> Reply {
    let request = Request::get(uri).body(Body::empty()).expect("request");
    crate::common::send_to_host(router, VEREL, request).await
}

fn logo(fill: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"40\">\
         <circle cx=\"20\" cy=\"20\" r=\"16\" fill=\"{fill}\"/></svg>"
    )
}

#[tokio::test]
async fn a_shops_files_are_served_from_the_database_on_any_server() {
    let f = crate::common::fixture_with(|c| c.shops = ShopFinding::ByHost).await;
    // The operator's machine: the settings and the files they name.
    let operator = tempfile::tempdir().expect("operator's folder");
    let (logo_path, notice_path) = (
        operator.path().join("verel-logo.svg"),
        operator.path().join("verel-privacy.txt"),
    );
    std::fs::write(&logo_path, logo("#1f4d3a")).expect("logo");
    std::fs::write(&notice_path, "Maison Verel keeps your brief for two years.").expect("notice");
    let settings = operator.path().join("verel.toml");
    std::fs::write(
        &settings,
        format!(
            "shop_name = \"Maison Verel\"\njeweler_email = \"atelier@verel.example\"\n\
             shop_logo = \"{}\"\nprivacy_notice = \"{}\"\n",
            logo_path.display(),
            notice_path.display()
        ),
    )
    .expect("settings");
    shop_admin::add(
        &f.state.db,
        &f.state.config,
        "verel",
        &settings,
        &[VEREL.to_owned()],
    )
    .await
    .expect("add");

    // A server elsewhere: the operator's files are not there.
    std::fs::remove_file(&logo_path).expect("remove the logo");
    std::fs::remove_file(&notice_path).expect("remove the notice");
    let deployment = Deployment::start(f.state.clone()).await.expect("start");
    let router = deployment.clone().router();
    let shop = get(&router, "/api/shop").await;
    assert_eq!(
        shop.status,
        StatusCode::OK,
        "the shop works without the operator's files"
    );
    let served = get(&router, "/api/shop/logo").await;
    assert_eq!(served.status, StatusCode::OK);
    assert_eq!(String::from_utf8_lossy(&served.body), logo("#1f4d3a"));
    let privacy = get(&router, "/privacy").await;
    assert_eq!(privacy.status, StatusCode::OK);
    assert!(
        String::from_utf8_lossy(&privacy.body).contains("keeps your brief for two years"),
        "the shop's own notice"
    );

    // A new logo under the same name, with the same settings: running servers take it.
    std::fs::write(&logo_path, logo("#b8860b")).expect("new logo");
    std::fs::write(&notice_path, "Maison Verel keeps your brief for two years.").expect("notice");
    shop_admin::edit(&f.state.db, &f.state.config, "verel", Some(&settings), None)
        .await
        .expect("edit");
    deployment.refresh().await.expect("refresh");
    let served = get(&router, "/api/shop/logo").await;
    assert_eq!(String::from_utf8_lossy(&served.body), logo("#b8860b"));

    // The shop's export holds its files, and its settings as the operator gave them.
    let out = f.dir.path().join("verel-export");
    shop_admin::export(&f.state.db, "verel", &out)
        .await
        .expect("export");
    assert_eq!(
        std::fs::read_to_string(out.join("files/shop_logo/verel-logo.svg")).expect("logo"),
        logo("#b8860b")
    );
    assert_eq!(
        std::fs::read_to_string(out.join("settings.toml")).expect("settings"),
        std::fs::read_to_string(&settings).expect("given")
    );

    // A file too large to keep with the settings is refused, naming it.
    std::fs::write(&notice_path, "x".repeat(2 * 1024 * 1024)).expect("large notice");
    let refused = shop_admin::edit(&f.state.db, &f.state.config, "verel", Some(&settings), None)
        .await
        .expect_err("too large");
    assert!(refused.to_string().contains("privacy_notice"), "{refused}");
}
