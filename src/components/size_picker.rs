//! The ring size: typed in the visitor's own system, measured from a ring or a finger with core's
//! conversions, or honestly unknown — then the jeweler sends a sizer. Until the visitor answers,
//! no answer is picked and the design's size stays "not given".

use super::{Answer, OptionList, Pick, Picture};
use crate::i18n::{self, say, t, t_args, Arg};
use atelier_core::decimal::fixed;
use atelier_core::design::{Design, SizeChoice};
use atelier_core::size::{RingSize, SizeSystem};
use leptos::prelude::*;

/// How the visitor gives their size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// A size in US, UK, EU or JP.
    Known,
    /// The inner diameter of a ring that fits.
    Ring,
    /// The circumference of the finger.
    Finger,
    /// "I don't know."
    Unknown,
}

impl Mode {
    const ALL: [Mode; 4] = [Mode::Known, Mode::Ring, Mode::Finger, Mode::Unknown];

    fn label(self) -> String {
        t(match self {
            Mode::Known => "cfg-size-known",
            Mode::Ring => "cfg-size-ring",
            Mode::Finger => "cfg-size-finger",
            Mode::Unknown => "cfg-size-unknown",
        })
    }

    fn detail(self) -> String {
        t(match self {
            Mode::Known => "cfg-size-known-detail",
            Mode::Ring => "cfg-size-ring-detail",
            Mode::Finger => "cfg-size-finger-detail",
            Mode::Unknown => "cfg-size-unknown-detail",
        })
    }

    fn icon(self) -> &'static str {
        match self {
            Mode::Known => "M4 12 H20 M12 4 V20",
            Mode::Ring => "M12 4 A8 8 0 1 0 12.01 4 Z M4 12 H20",
            Mode::Finger => "M9 21 V8 A3 3 0 0 1 15 8 V21 M7 14 H17",
            Mode::Unknown => "M9 9 A3 3 0 1 1 12 12 V14 M12 17 V18",
        }
    }
}

/// The systems offered in the "I know my size" select.
const SYSTEMS: [SizeSystem; 4] = [
    SizeSystem::Us,
    SizeSystem::Uk,
    SizeSystem::Eu,
    SizeSystem::Jp,
];

/// Lets the visitor give their ring size, or say they don't know it.
#[component]
pub fn SizePicker(
    /// The design being configured; the size writes into it.
    design: RwSignal<Design>,
) -> impl IntoView {
    let initial = design.with_untracked(|d| d.size);
    // `None`: the visitor has not answered yet.
    let mode = RwSignal::new(match initial {
        SizeChoice::Known {
            system: SizeSystem::DiameterMm,
            ..
        } => Some(Mode::Ring),
        SizeChoice::Known { .. } => Some(Mode::Known),
        SizeChoice::Unknown { .. } => Some(Mode::Unknown),
        SizeChoice::NotGiven => None,
    });
    let known = match initial {
        SizeChoice::Known { size, .. } => Some(size),
        SizeChoice::Unknown { .. } | SizeChoice::NotGiven => None,
    };
    let system = RwSignal::new(match initial {
        SizeChoice::Known { system, .. } if SYSTEMS.contains(&system) => system,
        // Until the visitor says otherwise, the system their language and region use.
        _ => atelier_core::i18n::size_system_for(&i18n::tag()),
    });
    let known_text = RwSignal::new(
        known
            .map(|size| size.label(system.get_untracked()))
            .unwrap_or_default(),
    );
    let ring_text = RwSignal::new(
        known
            .map(|size| fixed(size.diameter_mm(), 1))
            .unwrap_or_default(),
    );
    let finger_text = RwSignal::new(
        known
            .map(|size| fixed(size.circumference_mm(), 1))
            .unwrap_or_default(),
    );
    let send_sizer = RwSignal::new(match initial {
        SizeChoice::Unknown { send_sizer } => send_sizer,
        SizeChoice::Known { .. } | SizeChoice::NotGiven => true,
    });

    // What the visitor typed in the current mode, read by core; `None` in the "unknown" mode and
    // before any answer.
    let parsed = Memo::new(move |_| match mode.get()? {
        Mode::Known => {
            Some(RingSize::parse(system.get(), &known_text.get()).map(|s| (s, system.get())))
        }
        Mode::Ring => Some(
            RingSize::parse(SizeSystem::DiameterMm, &ring_text.get())
                .map(|s| (s, SizeSystem::DiameterMm)),
        ),
        Mode::Finger => {
            Some(RingSize::parse(SizeSystem::Eu, &finger_text.get()).map(|s| (s, SizeSystem::Eu)))
        }
        Mode::Unknown => None,
    });
    let apply = move || {
        let choice = match (mode.get_untracked(), parsed.get_untracked()) {
            (Some(Mode::Unknown), _) => SizeChoice::Unknown {
                send_sizer: send_sizer.get_untracked(),
            },
            (Some(_), Some(Ok((size, system)))) => SizeChoice::Known { size, system },
            // Nothing readable typed yet: the size stays what it was (not given, or the last
            // size that read).
            _ => return,
        };
        if design.with_untracked(|d| d.size != choice) {
            design.update(|d| d.size = choice);
        }
    };
    let error = move || {
        parsed.with(|p| {
            p.as_ref()
                .and_then(|r| r.as_ref().err().map(|e| say(&e.msg())))
        })
    };
    let conversions = move || {
        parsed.with(|p| match p {
            Some(Ok((size, _))) => Some(t_args(
                "cfg-size-conversions",
                &[
                    ("us", size.label_msg(SizeSystem::Us)),
                    ("uk", size.label_msg(SizeSystem::Uk)),
                    ("eu", size.label_msg(SizeSystem::Eu)),
                    ("jp", size.label_msg(SizeSystem::Jp)),
                    ("mm", Arg::fixed(size.diameter_mm(), 1)),
                ],
            )),
            _ => None,
        })
    };

    let answers: Vec<Answer> = Mode::ALL
        .iter()
        .map(|&m| Answer {
            value: format!("{m:?}").to_ascii_lowercase(),
            label: m.label(),
            detail: Some(m.detail()),
            picture: Picture::icon(m.icon()),
        })
        .collect();
    let chosen = Memo::new(move |_| {
        let current = mode.get()?;
        Mode::ALL
            .iter()
            .position(|&m| m == current)
            .map(Pick::Answer)
    });
    let pick = Callback::new(move |pick: Pick| {
        if let Pick::Answer(i) = pick {
            if let Some(&m) = Mode::ALL.get(i) {
                mode.set(Some(m));
                apply();
            }
        }
    });

    let text_input =
        move |id: &'static str, label: String, text: RwSignal<String>, hint: String| {
            view! {
                <div class="size-input">
                    <label for=id>{label}</label>
                    <input
                        id=id
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        aria-describedby="size-feedback"
                        aria-invalid=move || error().is_some().to_string()
                        prop:value=move || text.get()
                        on:input=move |ev| {
                            text.set(event_target_value(&ev));
                            apply();
                        }
                    />
                    <p class="step-hint">{hint}</p>
                </div>
            }
        };

    let detail = move || {
        let Some(mode) = mode.get() else {
            return view! {
                <p class="step-hint size-not-given">{t("cfg-size-pick-one")}</p>
            }
            .into_any();
        };
        match mode {
        Mode::Known => view! {
            <div class="size-row">
                <div class="size-input">
                    <label for="size-system">{t("cfg-size-system")}</label>
                    <select
                        id="size-system"
                        on:change=move |ev| {
                            let code = event_target_value(&ev).parse::<u8>().ok();
                            if let Some(s) = code.and_then(SizeSystem::from_code) {
                                // Keep the same finger: show the current size in the new system.
                                if let Some(Ok((size, _))) = parsed.get_untracked() {
                                    known_text.set(size.label(s));
                                }
                                system.set(s);
                                apply();
                            }
                        }
                    >
                        {SYSTEMS
                            .map(|s| {
                                view! {
                                    <option value=s.code().to_string() selected=move || system.get() == s>
                                        {say(&s.msg())}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                {text_input("size-text", t("cfg-size-text"), known_text, t("cfg-size-text-hint"))}
            </div>
        }
        .into_any(),
        Mode::Ring => text_input(
            "size-ring",
            t("cfg-size-ring-label"),
            ring_text,
            t("cfg-size-ring-hint"),
        )
        .into_any(),
        Mode::Finger => text_input(
            "size-finger",
            t("cfg-size-finger-label"),
            finger_text,
            t("cfg-size-finger-hint"),
        )
        .into_any(),
        Mode::Unknown => view! {
            <label class="advise-toggle">
                <input
                    type="checkbox"
                    prop:checked=move || send_sizer.get()
                    on:change=move |ev| {
                        send_sizer.set(event_target_checked(&ev));
                        apply();
                    }
                />
                {t("cfg-size-send-sizer")}
            </label>
            <p class="step-hint">{t("cfg-size-sizer-hint")}</p>
        }
        .into_any(),
    }
    };

    view! {
        <OptionList
            class="size-picker"
            legend=t("cfg-size-legend")
            name="size-mode"
            answers=answers
            chosen=chosen
            on_pick=pick
        />
        <div class="size-detail">
            {detail}
            <p id="size-feedback" class="size-feedback" aria-live="polite">
                {move || match (error(), conversions()) {
                    (Some(e), _) => view! { <span class="field-error">{t_args("cfg-size-check", &[("problem", e.into())])}</span> }.into_any(),
                    (None, Some(c)) => view! { <span>{c}</span> }.into_any(),
                    (None, None) => ().into_any(),
                }}
            </p>
        </div>
    }
}
