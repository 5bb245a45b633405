//! The engraving inside the band: the text within the catalog's length and characters (core says
//! what is wrong), and a typeface.

use super::{AdviseCard, OptionCard};
use crate::i18n::{say, t, t_args, Arg};
use atelier_core::catalog::Catalog;
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

    let fonts = rules
        .fonts
        .iter()
        .map(|font| {
            let id = font.id.clone();
            let checked = {
                let id = id.clone();
                Signal::derive(move || {
                    design.with(|d| d.engraving.as_ref().and_then(|e| e.font.chosen()) == Some(&id))
                })
            };
            let pick = Callback::new(move |()| {
                design.update(|d| {
                    if let Some(e) = d.engraving.as_mut() {
                        e.font = Choice::Chosen(id.clone());
                    }
                })
            });
            let class = format!("font-sample font-{}", font.id.as_str());
            view! {
                <OptionCard name="font" value=font.id.as_str().to_owned() label=say(&font.name_msg()) checked=checked on_pick=pick>
                    <span class=class>{t("cfg-font-sample")}</span>
                </OptionCard>
            }
        })
        .collect_view();
    let font_advised = Signal::derive(move || {
        design.with(|d| d.engraving.as_ref().is_some_and(|e| e.font.is_advise_me()))
    });
    let advise_font = Callback::new(move |()| {
        design.update(|d| {
            if let Some(e) = d.engraving.as_mut() {
                e.font = Choice::AdviseMe;
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
        <fieldset class="font-picker" disabled=no_text>
            <legend>{t("cfg-lettering-legend")}</legend>
            <div class="options">
                {fonts}
                <AdviseCard name="font" checked=font_advised on_pick=advise_font />
            </div>
        </fieldset>
    }
}
