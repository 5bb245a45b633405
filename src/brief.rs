//! The brief as the visitor writes and sends it: the form's state (kept by the page, so walking back
//! to change the ring loses nothing typed), turning it into core's `Brief`, and the submission that
//! never loses a brief: saved before the first attempt (its text in localStorage, its photos in
//! IndexedDB), retried with the same idempotency key on reload, when the browser comes back
//! online, and after a rate limit. Once the server has it, the confirmation is kept (also across
//! reloads) until the visitor starts a new design.

mod amount;
pub mod photos;
#[cfg(test)]
mod words;

pub use photos::InspirationImage;

use crate::api::{
    self, AttachmentPayload, ConsultationRequest, Receipt, SendError, SnapshotPayload,
};
use crate::storage::{self, Confirmation, PendingSubmission, StoredBrief};
use crate::viewer::{Snapshots, View};
pub use amount::{parse_amount, AmountError};
use atelier_core::brief::{
    Brief, Budget, Channel, Contact, FieldError, Occasion, OriginPreference, OwnMaterials,
    SizeCertainty, BRIEF_VERSION,
};
use atelier_core::catalog::Origin;
use atelier_core::date::IsoDate;
use atelier_core::design::Design;
use atelier_core::i18n::currency_for;
use leptos::prelude::*;
use std::time::Duration;

/// What the visitor typed and chose, as the inputs hold it (numbers stay text until sent).
#[derive(Clone, Copy)]
pub struct BriefFields {
    /// The visitor's name.
    pub name: RwSignal<String>,
    /// Email address (the jeweler's Reply-To).
    pub email: RwSignal<String>,
    /// Phone number, optional unless a call or message is preferred.
    pub phone: RwSignal<String>,
    /// How the visitor would like to be contacted.
    pub channel: RwSignal<Channel>,
    /// Lower end of the budget, as typed.
    pub budget_min: RwSignal<String>,
    /// Upper end of the budget, as typed.
    pub budget_max: RwSignal<String>,
    /// ISO 4217 code of the budget the visitor picked; `None`: the shop's (see
    /// [`BriefFields::currency_code`]).
    pub currency: RwSignal<Option<String>>,
    /// The shop's currency, once the server said it (its price list's, or the configured one).
    pub shop_currency: Signal<Option<String>>,
    /// An occasion slug (`engagement`, …, `other`), or empty.
    pub occasion: RwSignal<String>,
    /// The occasion in the visitor's words, for `other`.
    pub occasion_other: RwSignal<String>,
    /// `YYYY-MM-DD` from the date input, or empty.
    pub deadline: RwSignal<String>,
    /// `None`: follow the design (unknown size ⇒ unknown, known ⇒ estimated).
    pub size_certainty: RwSignal<Option<SizeCertainty>>,
    /// `None`: follow the design's stone origin.
    pub origin: RwSignal<Option<OriginPreference>>,
    /// Bringing a stone to reuse.
    pub own_stone: RwSignal<bool>,
    /// Bringing metal to rework.
    pub own_metal: RwSignal<bool>,
    /// What the visitor brings.
    pub own_description: RwSignal<String>,
    /// The wearer must not be contacted.
    pub surprise: RwSignal<bool>,
    /// Inspiration and anything else.
    pub notes: RwSignal<String>,
    /// Inspiration photos, shrunk and ready to send, in the order the visitor added them.
    pub images: RwSignal<Vec<InspirationImage>>,
    /// Consent to be contacted about this request.
    pub consent: RwSignal<bool>,
    /// The honeypot; people never see it.
    pub website: RwSignal<String>,
    /// Whether the visitor has pressed Send: from then on each problem shows beside its field.
    /// Kept here with what was typed, so a change of language draws the same errors in the new one.
    pub attempted: RwSignal<bool>,
    /// What the jeweler's server refused in the last brief sent, in its own (English) words; the
    /// form says them in the language on screen.
    pub refused: RwSignal<Vec<FieldError>>,
}

impl Default for BriefFields {
    fn default() -> Self {
        Self {
            name: RwSignal::new(String::new()),
            email: RwSignal::new(String::new()),
            phone: RwSignal::new(String::new()),
            channel: RwSignal::new(Channel::Email),
            budget_min: RwSignal::new(String::new()),
            budget_max: RwSignal::new(String::new()),
            currency: RwSignal::new(None),
            shop_currency: Signal::stored(None),
            occasion: RwSignal::new(String::new()),
            occasion_other: RwSignal::new(String::new()),
            deadline: RwSignal::new(String::new()),
            size_certainty: RwSignal::new(None),
            origin: RwSignal::new(None),
            own_stone: RwSignal::new(false),
            own_metal: RwSignal::new(false),
            own_description: RwSignal::new(String::new()),
            surprise: RwSignal::new(false),
            notes: RwSignal::new(String::new()),
            images: RwSignal::new(Vec::new()),
            consent: RwSignal::new(false),
            website: RwSignal::new(String::new()),
            attempted: RwSignal::new(false),
            refused: RwSignal::new(Vec::new()),
        }
    }
}

/// The occasions the form offers: (slug, message key of its label).
pub const OCCASIONS: [(&str, &str); 7] = [
    ("engagement", "brief-occasion-engagement"),
    ("wedding", "brief-occasion-wedding"),
    ("anniversary", "brief-occasion-anniversary"),
    ("birthday", "brief-occasion-birthday"),
    ("gift", "brief-occasion-gift"),
    ("for-myself", "brief-occasion-for-myself"),
    ("other", "brief-occasion-other"),
];

/// The currencies the form offers (the current one is added when it is another).
pub const CURRENCIES: [&str; 5] = ["EUR", "GBP", "USD", "CHF", "CAD"];

/// A currency's name in the language on screen ("British pound", "Pfund Sterling"), through the
/// browser's `Intl.DisplayNames`; the code itself when the browser has no name for it.
pub fn currency_name(code: &str) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"type".into(), &"currency".into());
    let locales = js_sys::Array::of1(&crate::i18n::tag().into());
    js_sys::Intl::DisplayNames::new(&locales, &options)
        .of(code)
        .map(String::from)
        .unwrap_or_else(|| code.to_owned())
}

/// The size certainty the design implies when the visitor has not said: an unknown size is unknown.
pub fn default_size_certainty(design: &Design) -> SizeCertainty {
    if design.size.size().is_some() {
        SizeCertainty::Estimated
    } else {
        SizeCertainty::Unknown
    }
}

/// The origin preference the design implies when the visitor has not said.
pub fn default_origin(design: &Design) -> OriginPreference {
    match design.origin.chosen() {
        Some(Origin::Natural) => OriginPreference::Natural,
        Some(Origin::LabGrown) => OriginPreference::LabGrown,
        _ => OriginPreference::Undecided,
    }
}

impl BriefFields {
    /// These fields, with the budget following the shop's currency until the visitor picks one.
    pub fn with_shop_currency(self, currency: Signal<Option<String>>) -> Self {
        Self {
            shop_currency: currency,
            ..self
        }
    }

    /// The budget's currency: the visitor's pick, else the shop's, else the one the language on
    /// screen's region suggests (core's `currency_for`).
    pub fn currency_code(&self) -> String {
        self.currency
            .get()
            .or_else(|| self.shop_currency.get())
            .unwrap_or_else(|| currency_for(&crate::i18n::tag()).to_owned())
    }

    /// The currencies to offer: the usual ones, and the current one if it is not among them.
    pub fn currency_options(&self) -> Vec<String> {
        let current = self.currency_code();
        let mut options: Vec<String> = CURRENCIES.iter().map(|c| (*c).to_owned()).collect();
        if !options.contains(&current) {
            options.insert(0, current);
        }
        options
    }

    /// Empties the form for a new design (the shop's currency is kept: it is the shop's).
    pub fn clear(&self) {
        for text in [
            self.name,
            self.email,
            self.phone,
            self.budget_min,
            self.budget_max,
            self.occasion,
            self.occasion_other,
            self.deadline,
            self.own_description,
            self.notes,
            self.website,
        ] {
            text.set(String::new());
        }
        for flag in [self.own_stone, self.own_metal, self.surprise, self.consent] {
            flag.set(false);
        }
        self.channel.set(Channel::Email);
        self.currency.set(None);
        self.size_certainty.set(None);
        self.origin.set(None);
        self.images.set(Vec::new());
        self.attempted.set(false);
        self.refused.set(Vec::new());
    }

    /// Fields holding a brief again (one waiting to be sent, from an earlier visit), so the
    /// visitor sees what is about to go out.
    pub fn from_brief(brief: &StoredBrief) -> Self {
        let fields = Self::default();
        let amount = |n: u64| if n == 0 { String::new() } else { n.to_string() };
        fields.name.set(brief.contact.name.clone());
        fields.email.set(brief.contact.email.clone());
        fields
            .phone
            .set(brief.contact.phone.clone().unwrap_or_default());
        fields.channel.set(brief.contact.preferred_channel);
        if let Some(b) = &brief.budget {
            fields.budget_min.set(amount(b.min));
            fields.budget_max.set(amount(b.max));
            fields.currency.set(Some(b.currency.clone()));
        }
        let occasion = match &brief.occasion {
            None => "",
            Some(Occasion::Engagement) => "engagement",
            Some(Occasion::Wedding) => "wedding",
            Some(Occasion::Anniversary) => "anniversary",
            Some(Occasion::Birthday) => "birthday",
            Some(Occasion::Gift) => "gift",
            Some(Occasion::ForMyself) => "for-myself",
            Some(Occasion::Other(text)) => {
                fields.occasion_other.set(text.clone());
                "other"
            }
        };
        fields.occasion.set(occasion.to_owned());
        fields
            .deadline
            .set(brief.deadline.clone().unwrap_or_default());
        fields.size_certainty.set(Some(brief.size_certainty));
        fields.origin.set(Some(brief.origin_preference));
        fields.own_stone.set(brief.own_materials.stone);
        fields.own_metal.set(brief.own_materials.metal);
        fields
            .own_description
            .set(brief.own_materials.description.clone());
        fields.surprise.set(brief.surprise);
        fields.notes.set(brief.notes.clone());
        fields.consent.set(brief.consent_to_contact);
        fields
    }

    /// The brief these fields describe, plus the problems core cannot see because the input never
    /// became a number (they use core's field paths too).
    pub fn brief_for(self, design: &Design, locale: &str) -> (Brief, Vec<FieldError>) {
        let mut local = Vec::new();
        let tag = crate::i18n::tag();
        let mut amount = |field: &str, text: String| -> Option<u64> {
            match parse_amount(&text, &tag) {
                Ok(parsed) => parsed,
                Err(_) => {
                    local.push(FieldError {
                        field: field.to_owned(),
                        message: crate::i18n::t("brief-error-whole-amount"),
                    });
                    None
                }
            }
        };
        let min = amount("budget.min", self.budget_min.get());
        let max = amount("budget.max", self.budget_max.get());
        let budget = match (min, max) {
            (None, None) => None,
            (min, max) => Some(Budget {
                min: min.unwrap_or(0),
                max: max.unwrap_or(0),
                currency: self.currency_code(),
            }),
        };
        let occasion = match self.occasion.get().as_str() {
            "engagement" => Some(Occasion::Engagement),
            "wedding" => Some(Occasion::Wedding),
            "anniversary" => Some(Occasion::Anniversary),
            "birthday" => Some(Occasion::Birthday),
            "gift" => Some(Occasion::Gift),
            "for-myself" => Some(Occasion::ForMyself),
            "other" => Some(Occasion::Other(self.occasion_other.get().trim().to_owned())),
            _ => None,
        };
        let phone = self.phone.get();
        let deadline = self.deadline.get();
        let brief = Brief {
            version: BRIEF_VERSION,
            design: design.clone(),
            contact: Contact {
                name: self.name.get().trim().to_owned(),
                email: self.email.get().trim().to_owned(),
                phone: (!phone.trim().is_empty()).then(|| phone.trim().to_owned()),
                preferred_channel: self.channel.get(),
            },
            budget,
            occasion,
            deadline: (!deadline.is_empty()).then_some(deadline),
            // A certainty picked for a size the design no longer has would claim one.
            size_certainty: self
                .size_certainty
                .get()
                .filter(|_| design.size.size().is_some())
                .unwrap_or_else(|| default_size_certainty(design)),
            origin_preference: self.origin.get().unwrap_or_else(|| default_origin(design)),
            own_materials: OwnMaterials {
                stone: self.own_stone.get(),
                metal: self.own_metal.get(),
                description: self.own_description.get(),
            },
            surprise: self.surprise.get(),
            notes: self.notes.get(),
            attachments: self
                .images
                .with(|images| images.iter().map(InspirationImage::attachment).collect()),
            consent_to_contact: self.consent.get(),
            locale: locale.to_owned(),
        };
        (brief, local)
    }

    /// The photos' bytes for the request, in the order of the brief's attachments.
    pub fn attachment_payloads(self) -> Vec<AttachmentPayload> {
        self.images.with_untracked(|images| {
            images
                .iter()
                .map(|image| AttachmentPayload {
                    data_base64: image.data_base64.to_string(),
                })
                .collect()
        })
    }
}

/// Today in UTC, as the server judges deadlines.
pub fn today_utc() -> Option<IsoDate> {
    let now = js_sys::Date::new_0();
    IsoDate::parse(&format!(
        "{:04}-{:02}-{:02}",
        now.get_utc_full_year(),
        now.get_utc_month() + 1,
        now.get_utc_date()
    ))
    .ok()
}

/// The browser's language tag, or `en` when it has none core accepts (a language of two or three
/// letters, then subtags of one to eight letters or digits).
pub fn browser_locale() -> String {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .filter(|tag| {
            let mut parts = tag.split('-');
            tag.len() <= 35
                && parts.next().is_some_and(|l| {
                    (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_alphabetic())
                })
                && parts.all(|p| {
                    (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric())
                })
        })
        .unwrap_or_else(|| "en".to_owned())
}

/// Where a sentence is cut to put an element (a link, a bold reference) in the middle of it.
const SLOT: char = '\u{E000}';

/// The message `key` cut around its argument `slot`, so a view can put an element there while
/// each language keeps its own word order: `(before, after)`. The bidi isolates some languages put
/// around arguments stay out of both halves (the element is its own isolate).
pub fn around(
    key: &str,
    slot: &'static str,
    args: &[(&str, crate::i18n::Arg)],
) -> (String, String) {
    let mut all = args.to_vec();
    all.push((slot, crate::i18n::Arg::Text(SLOT.to_string())));
    let text = crate::i18n::t_args(key, &all);
    match text.split_once(SLOT) {
        Some((before, after)) => (
            before.trim_end_matches('\u{2068}').to_owned(),
            after.trim_start_matches('\u{2069}').to_owned(),
        ),
        None => (text, String::new()),
    }
}

/// A fresh idempotency key: time plus randomness, printable ASCII, well under 100 characters.
pub fn new_idempotency_key() -> String {
    let random = || (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64;
    format!(
        "atelier-{:x}-{:x}{:x}",
        js_sys::Date::now() as u64,
        random(),
        random()
    )
}

/// The views the jeweler gets, and their names in the request.
const SNAPSHOT_VIEWS: [(View, &str); 3] = [
    (View::ThreeQuarter, "three-quarter"),
    (View::Top, "top"),
    (View::Side, "side"),
];

/// Square size of each snapshot, in pixels.
const SNAPSHOT_PX: u32 = 800;

/// The viewer's pictures for the request (none without WebGL2).
pub fn take_snapshots(snapshots: Snapshots) -> Vec<SnapshotPayload> {
    let views: Vec<View> = SNAPSHOT_VIEWS.iter().map(|(v, _)| *v).collect();
    snapshots
        .take(&views, SNAPSHOT_PX)
        .into_iter()
        .filter_map(|shot| {
            let name = SNAPSHOT_VIEWS.iter().find(|(v, _)| *v == shot.view)?.1;
            let data = shot
                .png_data_url
                .strip_prefix("data:image/png;base64,")?
                .to_owned();
            Some(SnapshotPayload {
                view: name.to_owned(),
                png_base64: data,
            })
        })
        .collect()
}

/// The first pause before resending after a failure, in seconds; it doubles each time.
const RETRY_FIRST_SECS: u64 = 5;

/// The longest pause between automatic resends, in seconds.
const RETRY_MAX_SECS: u64 = 300;

/// The longest a busy server's `Retry-After` is waited before sending again, in seconds (a shop
/// whose briefs for the day are used up says hours; the brief tries again within the hour).
pub const BUSY_WAIT_MAX_SECS: u32 = 3600;

/// How long a busy server asked to wait, as waited: at least a second, at most
/// [`BUSY_WAIT_MAX_SECS`].
pub fn busy_wait(retry_after: u32) -> u32 {
    retry_after.clamp(1, BUSY_WAIT_MAX_SECS)
}

/// One try at sending; the first also puts the request away in the browser.
#[derive(Clone)]
struct Attempt {
    pending: PendingSubmission,
    save_first: bool,
}

/// Keeps a request in the browser until the server has it: the photos first, so a brief on record
/// has its photos kept or is known to have lost them. `false` if the browser refused either.
async fn save(pending: &PendingSubmission) -> bool {
    let photos = &pending.photos;
    let photos_kept =
        photos.is_empty() || storage::photos::keep(&pending.idempotency_key, photos).await;
    storage::save_pending(pending) && photos_kept
}

/// Sending the brief: one request at a time, the pending one kept until the server answers.
#[derive(Clone, Copy)]
pub struct Submission {
    action: Action<Attempt, Result<Receipt, SendError>>,
    /// The request waiting for a retry, also when the browser would not store it.
    waiting: RwSignal<Option<PendingSubmission>>,
    /// Whether the waiting request is safe in the browser's storage (false: only while the tab is
    /// open).
    pub stored: RwSignal<bool>,
    /// How many photos a brief left from an earlier visit had that this browser did not keep; that
    /// brief waits in the form, unsent, for the visitor to add them again.
    pub photos_lost: RwSignal<usize>,
    /// The brief the server took, kept until the visitor starts a new design.
    confirmed: RwSignal<Option<Confirmation>>,
    /// Whether the confirmation arrived in this page and has not been announced yet (its heading
    /// takes the focus once; one read back after a reload does not).
    unannounced: StoredValue<bool>,
}

impl Submission {
    /// Creates the submission and retries a request left from an earlier visit (once its photos
    /// are back from IndexedDB); retries again whenever the browser reports it is back online.
    pub fn new() -> Self {
        let loaded = storage::load_pending();
        let waiting = RwSignal::new(loaded.clone());
        let stored = RwSignal::new(true);
        let photos_lost = RwSignal::new(0);
        let confirmed = RwSignal::new(storage::confirmation::load());
        let unannounced = StoredValue::new(false);
        let action = Action::new_local(move |attempt: &Attempt| {
            let Attempt {
                pending,
                save_first,
            } = attempt.clone();
            async move {
                if save_first {
                    stored.set(save(&pending).await);
                }
                let result =
                    api::send_consultation(&pending.idempotency_key, &pending.body()).await;
                let keep = matches!(&result, Err(e) if e.is_retryable());
                if !keep {
                    storage::clear_pending();
                    leptos::task::spawn_local(storage::photos::forget());
                    waiting.set(None);
                }
                if let Ok(receipt) = &result {
                    let confirmation = Confirmation {
                        reference: receipt.reference.clone(),
                        surprise: pending.brief.surprise,
                        commission_url: receipt.commission_url.clone(),
                    };
                    storage::confirmation::save(&confirmation);
                    unannounced.set_value(true);
                    confirmed.set(Some(confirmation));
                }
                result
            }
        });
        let submission = Self {
            action,
            waiting,
            stored,
            photos_lost,
            confirmed,
            unannounced,
        };
        // A busy server says when to come back; an unreachable one is tried again with growing
        // pauses (the browser may stay "online" through a server restart), and at once when the
        // browser reports the connection is back.
        let failures = StoredValue::new(0u32);
        Effect::new(move |_| {
            let wait = match action.value().get() {
                Some(Err(SendError::RateLimited(seconds))) => u64::from(busy_wait(seconds)),
                Some(Err(e)) if e.is_retryable() => {
                    let n = failures.get_value();
                    failures.set_value(n.saturating_add(1));
                    (RETRY_FIRST_SECS << n.min(8)).min(RETRY_MAX_SECS)
                }
                Some(_) => {
                    failures.set_value(0);
                    return;
                }
                None => return,
            };
            set_timeout(move || submission.retry(), Duration::from_secs(wait));
        });
        // The panel that made this submission is rebuilt on a change of language: its listener
        // goes with it, or the old submission, gone, would be asked to retry.
        let online = window_event_listener(leptos::ev::online, move |_| submission.retry());
        on_cleanup(move || online.remove());
        match loaded {
            Some(pending) if !pending.complete() => {
                leptos::task::spawn_local(async move {
                    let count = pending.brief.attachments.len();
                    match storage::photos::load(&pending.idempotency_key).await {
                        Some(photos) if photos.len() == count => {
                            let mut pending = pending;
                            pending.photos = photos;
                            waiting.set(Some(pending));
                            submission.retry();
                        }
                        _ => {
                            storage::clear_pending();
                            waiting.set(None);
                            photos_lost.set(count);
                        }
                    }
                });
            }
            _ => submission.retry(),
        }
        submission
    }

    /// Sends a new brief; ignored while one is on its way or waiting (a double click never sends
    /// twice, and a waiting brief keeps its key).
    pub fn send(&self, request: ConsultationRequest) {
        if self.action.pending().get_untracked() || self.waiting.with_untracked(Option::is_some) {
            self.retry();
            return;
        }
        let pending = match PendingSubmission::new(new_idempotency_key(), &request) {
            Ok(pending) => pending,
            Err(e) => {
                self.action.value().set(Some(Err(SendError::Refused {
                    code: "unserialisable".to_owned(),
                    message: e.to_string(),
                })));
                return;
            }
        };
        self.photos_lost.set(0);
        self.waiting.set(Some(pending.clone()));
        // Stored before the first attempt: a tab closed mid-request is retried on the next visit.
        self.action.dispatch_local(Attempt {
            pending,
            save_first: true,
        });
    }

    /// Sends the waiting request again, unchanged, if there is a complete one and nothing is on
    /// its way.
    pub fn retry(&self) {
        // A retry timed before the panel was rebuilt finds this submission gone.
        if self.waiting.is_disposed() {
            return;
        }
        if self.action.pending().get_untracked() {
            return;
        }
        if let Some(pending) = self
            .waiting
            .get_untracked()
            .filter(PendingSubmission::complete)
        {
            self.action.dispatch_local(Attempt {
                pending,
                save_first: false,
            });
        }
    }

    /// Whether a request is on its way.
    pub fn sending(&self) -> Memo<bool> {
        self.action.pending()
    }

    /// Whether a brief is waiting to be sent again.
    pub fn is_waiting(&self) -> bool {
        self.waiting.with(Option::is_some)
    }

    /// The photos of the waiting brief, once they are all at hand (the form shows them again).
    pub fn waiting_photos(&self) -> Option<Vec<InspirationImage>> {
        self.waiting.with(|w| {
            let pending = w.as_ref().filter(|p| p.complete())?;
            Some(
                pending
                    .brief
                    .attachments
                    .iter()
                    .zip(&pending.photos)
                    .map(|(meta, data)| InspirationImage::from_parts(meta, data))
                    .collect(),
            )
        })
    }

    /// The last answer, if any.
    pub fn outcome(&self) -> Option<Result<Receipt, SendError>> {
        self.action.value().get()
    }

    /// The confirmation of the brief the server took (in this page or before a reload), until
    /// the visitor starts a new design.
    pub fn confirmation(&self) -> Option<Confirmation> {
        self.confirmed.get()
    }

    /// Whether the confirmation is news to announce, once: `true` the first time it is asked
    /// after the server took a brief in this page.
    pub fn take_announcement(&self) -> bool {
        let news = self.unannounced.get_value();
        self.unannounced.set_value(false);
        news
    }

    /// Forgets the confirmation (also the one kept in the browser): a new design begins.
    pub fn start_new(&self) {
        storage::confirmation::clear();
        self.unannounced.set_value(false);
        self.confirmed.set(None);
        self.action.value().set(None);
    }
}

impl Default for Submission {
    fn default() -> Self {
        Self::new()
    }
}
