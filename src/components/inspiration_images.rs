//! Inspiration photos in the brief: pick up to five, see them as thumbnails, remove any. Each
//! picked file is shrunk in the browser before it joins the brief (see `brief::photos`), one at a
//! time so that a phone never decodes five full-size pictures at once; what could not be added is
//! said plainly, naming the file.

use crate::brief::photos::{self, InspirationImage, PhotoError};
use atelier_core::brief::{limits, megabytes, ALLOWED_MIME_TYPES};
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
                .map(|f| PhotoError::TooMany(f.name()).to_string())
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
                        let _ = notices.try_update(|n| n.push(e.to_string()));
                    }
                }
                let _ = preparing.try_update(|n| *n = n.saturating_sub(1));
            }
        });
    };

    let remove = move |index: usize| {
        let removed = images.try_update(|list| (index < list.len()).then(|| list.remove(index)));
        if let Some(Some(image)) = removed {
            notices.set(vec![format!("“{}” was removed.", image.file_name)]);
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
            <legend>"Inspiration photos (optional)"</legend>
            <p class="step-hint" id="brief-photos-hint">
                {format!(
                    "Up to {} photos of rings you like, JPEG, PNG or WebP, up to {} each. They are made smaller before sending ({} pixels at most) and the camera's location data is left out.",
                    limits::ATTACHMENTS_MAX,
                    megabytes(limits::IMAGE_SOURCE_BYTES_MAX),
                    limits::IMAGE_LONGEST_SIDE_PX,
                )}
            </p>
            <Show when=move || { lost.get() > 0 }>
                <p class="field-error" role="alert">
                    {move || {
                        let n = lost.get();
                        format!(
                            "Your brief from your last visit is here, not sent yet, but this browser did not keep its {} — please add {} again, then send.",
                            if n == 1 { "photo".to_owned() } else { format!("{n} photos") },
                            if n == 1 { "it" } else { "them" },
                        )
                    }}
                </p>
            </Show>
            <ul class="photo-list" aria-label="Photos in your brief">
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
                                        alt=format!("Inspiration photo {n}: {}", image.file_name)
                                    />
                                    <span class="photo-name">{image.file_name.clone()}</span>
                                    <span class="photo-size">{megabytes_or_kilobytes(image.size_bytes)}</span>
                                    <button type="button" class="button photo-remove" on:click=move |_| remove(i)>
                                        "Remove"
                                        <span class="visually-hidden">
                                            {format!(" photo {n}, {}", image.file_name)}
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
                    {move || if full() { "Five photos is the most a brief can carry" } else { "Add photos" }}
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
                    1 => "Preparing 1 photo…".to_owned(),
                    n => format!("Preparing {n} photos…"),
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

/// A photo's size as people read it: `640 KB`, `1.1 MB`.
fn megabytes_or_kilobytes(bytes: u64) -> String {
    if bytes < 1024 * 1024 {
        format!("{} KB", bytes.div_ceil(1024))
    } else {
        megabytes(bytes)
    }
}
