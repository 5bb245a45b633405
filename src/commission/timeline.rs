//! The making, step by step: each stage the jeweler reached, when, with their note and photo.

use super::{time, Page};
use crate::i18n::{say, t, t_args, Arg};
use leptos::prelude::*;

/// The stages as a timeline, oldest first.
#[component]
pub fn Timeline() -> impl IntoView {
    let page = expect_context::<Page>();
    let has = Memo::new(move |_| {
        page.data
            .with(|d| d.as_ref().is_some_and(|d| !d.stages.is_empty()))
    });
    let stages = move || {
        page.data.with(|d| {
            d.iter()
                .flat_map(|d| d.stages.iter())
                .map(|s| {
                    let photo = s.photo.as_ref().and_then(|p| {
                        let src = page.picture(&p.url)?;
                        let alt = t_args(
                            "com-stage-photo",
                            &[("stage", Arg::Msg(Box::new(s.stage.msg()))), ("name", Arg::Text(p.label.clone()))],
                        );
                        Some(view! { <img class="stage-photo" src=src alt=alt /> })
                    });
                    view! {
                        <li class="commission-stage">
                            <h3>{say(&s.stage.msg())}</h3>
                            <p class="message-meta">
                                <time datetime=s.at.clone()>{time::moment(&s.at)}</time>
                            </p>
                            {(!s.note.is_empty()).then(|| view! { <p class="message-text" lang=page.shop_lang.get() dir="auto">{s.note.clone()}</p> })}
                            {photo}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <Show when=move || has.get()>
            <section class="commission-card commission-timeline" aria-labelledby="timeline-title">
                <h2 id="timeline-title">{t("com-timeline-title")}</h2>
                <ol class="stages">{stages}</ol>
            </section>
        </Show>
    }
}
