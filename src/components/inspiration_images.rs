//! Inspiration photos in the brief: pick up to five, see them as thumbnails, remove any. Each
//! picked file is shrunk in the browser before it joins the brief (see `brief::photos`), one at a
//! time so that a phone never decodes five full-size pictures at once; what could not be added is
//! said plainly, naming the file.

use crate::brief::photos::{self, size_words, InspirationImage, PhotoError};
use crate::i18n::{t, t_args, Arg};
use atelier_core::brief::{limits, ALLOWED_MIME_TYPES};
use leptos::html;
use leptos::prelude::*;

/// The file input's id; the form's error summary links its photo problems here.
pub const INPUT_ID: &str = "brief-photos";

/// The photos section of the brief form.
#[component]
pub fn InspirationImages(
    /// The photos in the brief (the form's state, kept by the page).
    images: RwSignal<Vec<InspirationImage>>,
    /// How many picked files are still being prepared; the form waits for them before sending.
    preparing: RwSignal<usize>,
    /// Core's problem with the photos, if it has one.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// How many photos of a brief from an earlier visit this browser did not keep (0: none).
    #[prop(into)]
    lost: Signal<usize>,
) -> impl IntoView {
    let notices = RwSignal::new(Vec::<String>::new());
    let input = NodeRef::<html::Input>::new();
    let full = move || images.with(Vec::len) + preparing.get() >= limits::ATTACHMENTS_MAX;

    let on_change = move |_| {
        let Some(element) = input.get_untracked() else {
            return;
        };
        let files: Vec<web_sys::File> = element
            .files()
            .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
            .unwrap_or_default();
        // Cleared so that the same file can be picked again after it was removed.
        element.set_value("");
        notices.set(Vec::new());
        let room = limits::ATTACHMENTS_MAX
            .saturating_sub(images.with_untracked(Vec::len) + preparing.get_untracked());
        let (taken, refused) = files.split_at(room.min(files.len()));
        notices.set(
            refused
                .iter()
                .map(|f| PhotoError::TooMany(f.name()).message())
                .collect(),
        );
        let taken = taken.to_vec();
        preparing.update(|n| *n += taken.len());
        leptos::task::spawn_local(async move {
            for file in taken {
                let outcome = photos::shrink(file).await;
                // The form may have gone (the visitor stepped back to the ring): the photos live
                // on with the page, the notices go with the form.
                match outcome {
                    Ok(image) => {
                        let _ = images.try_update(|list| {
                            if list.len() < limits::ATTACHMENTS_MAX {
                                list.push(image);
                            }
                        });
                    }
                    Err(e) => {
                        let _ = notices.try_update(|n| n.push(e.message()));
                    }
                }
                let _ = preparing.try_update(|n| *n = n.saturating_sub(1));
            }
        });
    };

    let remove = move |index: usize| {
        let removed = images.try_update(|list| (index < list.len()).then(|| list.remove(index)));
        if let Some(Some(image)) = removed {
            notices.set(vec![t_args(
                "brief-photo-removed",
                &[("name", Arg::Text(image.file_name))],
            )]);
        }
        // The button is gone: keyboard and screen-reader visitors go on from the picker, once it
        // is enabled again (the DOM follows the signal on the next tick).
        request_animation_frame(move || {
            if let Some(element) = input.get_untracked() {
                let _ = element.focus();
            }
        });
    };

    let describedby = move || {
        let mut ids = vec!["brief-photos-hint"];
        if error.with(Option::is_some) {
            ids.push("brief-photos-error");
        }
        ids.join(" ")
    };

    view! {
        <fieldset class="brief-photos">
            <legend>{t("brief-photos-title")}</legend>
            <p class="step-hint" id="brief-photos-hint">
                {t_args(
                    "brief-photos-hint",
                    &[
                        ("max", Arg::int(limits::ATTACHMENTS_MAX as i64)),
                        ("size", Arg::Text(size_words(limits::IMAGE_SOURCE_BYTES_MAX))),
                        ("pixels", Arg::int(i64::from(limits::IMAGE_LONGEST_SIDE_PX))),
                    ],
                )}
            </p>
            <Show when=move || { lost.get() > 0 }>
                <p class="field-error" role="alert">
                    {move || {
                        t_args("brief-photos-lost", &[("n", Arg::int(lost.get() as i64))])
                    }}
                </p>
            </Show>
            <ul class="photo-list" aria-label=t("brief-photos-list")>
                {move || {
                    images
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, image)| {
                            let n = i + 1;
                            view! {
                                <li class="photo">
                                    <img
                                        src=image.data_url()
                                        alt=t_args(
                                            "brief-photo-alt",
                                            &[("n", Arg::int(n as i64)), ("name", Arg::Text(image.file_name.clone()))],
                                        )
                                    />
                                    <span class="photo-name">{image.file_name.clone()}</span>
                                    <span class="photo-size">{size_words(image.size_bytes)}</span>
                                    <button type="button" class="button photo-remove" on:click=move |_| remove(i)>
                                        {t("brief-photo-remove")}
                                        <span class="visually-hidden">
                                            " "
                                            {t_args(
                                                "brief-photo-remove-which",
                                                &[("n", Arg::int(n as i64)), ("name", Arg::Text(image.file_name.clone()))],
                                            )}
                                        </span>
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <div class="brief-field">
                <label for=INPUT_ID>
                    {move || if full() {
                        t_args("brief-photos-full", &[("max", Arg::int(limits::ATTACHMENTS_MAX as i64))])
                    } else {
                        t("brief-photos-add")
                    }}
                </label>
                <input
                    id=INPUT_ID
                    node_ref=input
                    type="file"
                    accept=ALLOWED_MIME_TYPES.join(",")
                    multiple
                    disabled=full
                    aria-describedby=describedby
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    on:change=on_change
                />
            </div>
            <p class="photo-status" role="status">
                {move || match preparing.get() {
                    0 => String::new(),
                    n => t_args("brief-photos-preparing", &[("n", Arg::int(n as i64))]),
                }}
            </p>
            <div class="photo-notices" role="alert">
                {move || {
                    notices.get().into_iter().map(|n| view! { <p>{n}</p> }).collect_view()
                }}
            </div>
            {move || {
                error
                    .get()
                    .map(|message| {
                        view! {
                            <p id="brief-photos-error" class="field-error">
                                {message}
                            </p>
                        }
                    })
            }}
        </fieldset>
    }
}
