//! The engraving inside the band: the text within the catalog's length and characters (core says
//! what is wrong), and a typeface.

use super::{Answer, OptionList, Pick, Picture};
use crate::i18n::{say, t, t_args, Arg};
use atelier_core::catalog::{Catalog, FontId};
use atelier_core::design::{Choice, Design, Engraving};
use leptos::prelude::*;
use std::sync::Arc;

/// Lets the visitor write an engraving and pick its font.
#[component]
pub fn EngravingPicker(
    /// The design being configured; the engraving writes into it.
    design: RwSignal<Design>,
    /// The catalog's engraving rules and fonts.
    catalog: Arc<Catalog>,
) -> impl IntoView {
    let rules = catalog.engraving.clone();
    let max = rules.max_chars;
    let default_font = rules
        .fonts
        .first()
        .map_or(Choice::AdviseMe, |f| Choice::Chosen(f.id.clone()));
    let text = Signal::derive(move || {
        design.with(|d| {
            d.engraving
                .as_ref()
                .map(|e| e.text.clone())
                .unwrap_or_default()
        })
    });
    let on_text = move |ev| {
        let typed = event_target_value(&ev);
        let default_font = default_font.clone();
        design.update(|d| {
            d.engraving = if typed.is_empty() {
                None
            } else {
                let font = d
                    .engraving
                    .as_ref()
                    .map_or(default_font, |e| e.font.clone());
                Some(Engraving { text: typed, font })
            }
        })
    };
    let count = move || text.with(|t| t.chars().count());
    let punctuation: String = rules
        .extra_characters
        .chars()
        .filter(|c| !c.is_alphanumeric())
        .flat_map(|c| [c, ' '])
        .collect();

    let answers: Vec<Answer> = rules
        .fonts
        .iter()
        .map(|font| Answer {
            value: font.id.as_str().to_owned(),
            label: say(&font.name_msg()),
            detail: None,
            picture: Picture::Span {
                class: format!("font-sample font-{}", font.id.as_str()),
                style: None,
                text: Some(t("cfg-font-sample")),
            },
        })
        .collect();
    let ids: Vec<FontId> = rules.fonts.iter().map(|f| f.id.clone()).collect();
    let chosen = {
        let ids = ids.clone();
        Memo::new(move |_| {
            design.with(|d| d.engraving.as_ref().and_then(|e| Pick::of(&e.font, &ids)))
        })
    };
    let pick = Callback::new(move |pick: Pick| {
        design.update(|d| {
            if let Some(e) = d.engraving.as_mut() {
                e.font = pick.choice(&ids);
            }
        })
    });
    let no_text = Signal::derive(move || text.with(String::is_empty));

    view! {
        <div class="engraving-text">
            <div class="range-head">
                <label for="engraving">{t("cfg-engraving-label")}</label>
                <output for="engraving" class=move || { if count() > max { "over" } else { "" } }>
                    {move || {
                        t_args(
                            "cfg-engraving-count",
                            &[("count", Arg::int(count() as i64)), ("max", Arg::int(max as i64))],
                        )
                    }}
                </output>
            </div>
            <input
                id="engraving"
                type="text"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="engraving-hint"
                prop:value=text
                on:input=on_text
            />
            <p id="engraving-hint" class="step-hint">
                {t_args(
                    "cfg-engraving-hint",
                    &[("max", Arg::int(max as i64)), ("punctuation", punctuation.into())],
                )}
            </p>
        </div>
        <OptionList
            class="font-picker"
            legend=t("cfg-lettering-legend")
            name="font"
            answers=answers
            chosen=chosen
            on_pick=pick
            advise=true
            disabled=no_text
        />
    }
}
