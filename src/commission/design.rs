//! The brief in words and the design in live 3D, with the pictures sent with the brief for a
//! browser without WebGL (and for a look at the ring from fixed angles).

use super::Page;
use crate::components::{DesignSketch, RingViewer};
use crate::i18n::{say, t, t_args, Arg};
use crate::viewer::probe::webgl2_missing;
use atelier_core::commission::ProposalAnswer;
use atelier_core::{share, summary};
use leptos::prelude::*;

/// The brief and its design.
#[component]
pub fn DesignCard() -> impl IntoView {
    let page = expect_context::<Page>();
    let code = Memo::new(move |_| {
        page.data
            .with(|d| d.as_ref().map(|d| d.current_code.clone()))
            .unwrap_or_default()
    });
    let design = Memo::new(move |_| share::decode(&code.get()).ok());
    let description = Signal::derive(move || {
        design
            .get()
            .map(|d| say(&summary::summary_msg(&d, &page.catalog.get())))
            .unwrap_or_default()
    });
    let spec = move || {
        page.data.with(|d| {
            d.iter()
                .flat_map(|d| d.spec.iter())
                .map(|line| {
                    view! {
                        <div class="spec-line">
                            <dt>{line.label.clone()}</dt>
                            <dd>{line.value.clone()}</dd>
                        </div>
                    }
                })
                .collect_view()
        })
    };
    let snapshots = move || {
        page.data.with(|d| {
            d.iter()
                .flat_map(|d| d.snapshots.iter())
                .filter_map(|p| {
                    let src = page.picture(&p.url)?;
                    let alt = t_args(
                        "com-design-picture",
                        &[("view", Arg::Text(view_name(&p.label)))],
                    );
                    Some(view! {
                        <li>
                            <img src=src alt=alt width="240" height="240" />
                        </li>
                    })
                })
                .collect_view()
        })
    };
    let viewer = move || {
        design.get().map(|d| {
            let design = Signal::derive(move || design.get().unwrap_or_else(|| d.clone()));
            view! {
                <RingViewer
                    design=design
                    catalog=page.catalog
                    description=description
                    snapshots=page.snapshots.get_value()
                    words_beside=true
                    shop_name=Signal::derive(move || {
                        page.data.with(|d| d.as_ref().map(|d| d.shop_name.clone())).unwrap_or_default()
                    })
                />
            }
        })
    };
    // The design shown is the brief's until a proposal is accepted, then the last accepted one's.
    let agreed_at = Memo::new(move |_| {
        page.data.with(|d| {
            d.as_ref().and_then(|d| {
                d.proposals.iter().rev().find_map(|p| {
                    p.answer
                        .as_ref()
                        .filter(|a| {
                            a.answer == ProposalAnswer::Accepted && p.design_code == d.current_code
                        })
                        .map(|a| a.at.clone())
                })
            })
        })
    });
    // The brief's pictures are of the brief's design: without WebGL2 the agreed one is sketched.
    let sketch = move || {
        (agreed_at.with(Option::is_some) && webgl2_missing())
            .then(|| design.get())
            .flatten()
            .map(|d| view! { <DesignSketch design=d catalog=page.catalog /> })
    };
    let when = move || {
        page.data.with(|d| {
            d.as_ref().map(|d| match agreed_at.get() {
                Some(at) => t_args(
                    "com-design-agreed",
                    &[("when", Arg::Text(super::time::moment(&at)))],
                ),
                None => t_args(
                    "com-design-sent",
                    &[("when", Arg::Text(super::time::moment(&d.created_at)))],
                ),
            })
        })
    };
    view! {
        <section class="commission-card commission-design" aria-labelledby="design-title">
            <h2 id="design-title">{t("com-design-title")}</h2>
            <p class="design-summary">{description}</p>
            <p class="step-hint design-when">{when}</p>
            <div class="commission-viewer">{viewer}</div>
            {sketch}
            <h3>{t("com-design-brief-title")}</h3>
            <dl class="spec-lines">{spec}</dl>
            <h3>{t("com-design-pictures-title")}</h3>
            <ul class="snapshot-list">{snapshots}</ul>
        </section>
    }
}

/// A snapshot's view in the reader's language; the server names them `three-quarter`, `top` and
/// `side` (any other name is shown as it is).
fn view_name(label: &str) -> String {
    match label {
        "three-quarter" => t("com-view-three-quarter"),
        "top" => t("com-view-top"),
        "side" => t("com-view-side"),
        other => other.to_owned(),
    }
}
