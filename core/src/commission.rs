//! The commission after the brief: the visitor's private page, the conversation, the proposals,
//! the consultation and the making. The enums are the typed seams between the server, the studio
//! and the commission page; the wire types are the JSON both sides of `/api/c/…` and the studio's
//! commission routes speak, so a field renamed here changes for every side at once.

use crate::i18n::Msg;
use serde::{Deserialize, Serialize};

/// Longest message in the conversation, in characters (both sides).
pub const MESSAGE_MAX_CHARS: usize = 4000;
/// Photos per message from the visitor, or per stage from the jeweler.
pub const MESSAGE_PHOTOS_MAX: usize = 3;
/// Longest comment on a proposal, in characters.
pub const COMMENT_MAX_CHARS: usize = 2000;

/// Where the commission stands, in the visitor's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CommissionStatus {
    /// The brief arrived; the jeweler has not written yet.
    Received,
    /// The jeweler and the visitor are talking it through.
    Talking,
    /// A revised design waits for the visitor's answer.
    DesignProposed,
    /// The jeweler sent a quote.
    Quoted,
    /// The piece is on the bench.
    BeingMade,
    /// The piece is finished.
    Ready,
}

/// What the status is derived from: the studio's workflow and what happened on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StatusFacts {
    /// The studio's workflow status of the brief.
    pub workflow: Option<crate::workflow::Status>,
    /// Whether the jeweler has written at least once.
    pub jeweler_wrote: bool,
    /// Whether the last proposal is still unanswered.
    pub proposal_open: bool,
    /// Whether the visitor accepted the last proposal (the step line must not fall back to
    /// "talking" once a design is agreed).
    pub proposal_accepted: bool,
    /// The latest stage of the making, if any.
    pub stage: Option<Stage>,
}

impl CommissionStatus {
    /// Every status, in the order a commission moves through them.
    pub const ALL: [CommissionStatus; 6] = [
        CommissionStatus::Received,
        CommissionStatus::Talking,
        CommissionStatus::DesignProposed,
        CommissionStatus::Quoted,
        CommissionStatus::BeingMade,
        CommissionStatus::Ready,
    ];

    /// The status the visitor sees. The making (from the CAD model on) wins over everything, then an
    /// open proposal, then the jeweler's quote or order, then an
    /// accepted proposal (so the step line never falls back once a design is agreed).
    pub fn of(facts: StatusFacts) -> CommissionStatus {
        use crate::workflow::Status;
        match facts.stage {
            Some(Stage::Ready) => return CommissionStatus::Ready,
            Some(stage) if stage.is_making() => return CommissionStatus::BeingMade,
            // A sketch is still the design, not yet the making.
            _ => {}
        }
        if facts.proposal_open {
            return CommissionStatus::DesignProposed;
        }
        match facts.workflow {
            Some(Status::Quoted) => CommissionStatus::Quoted,
            Some(Status::Won) => CommissionStatus::BeingMade,
            _ if facts.proposal_accepted => CommissionStatus::DesignProposed,
            Some(Status::InConversation) => CommissionStatus::Talking,
            _ if facts.jeweler_wrote => CommissionStatus::Talking,
            _ => CommissionStatus::Received,
        }
    }

    /// The status in plain words, as the visitor reads it, in any language.
    pub fn msg(self) -> Msg {
        Msg::new(match self {
            CommissionStatus::Received => "progress-received",
            CommissionStatus::Talking => "progress-talking",
            CommissionStatus::DesignProposed => "progress-design-proposed",
            CommissionStatus::Quoted => "progress-quoted",
            CommissionStatus::BeingMade => "progress-being-made",
            CommissionStatus::Ready => "progress-ready",
        })
    }
}

/// A step of the making, in bench order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Drawings of the piece.
    Sketch,
    /// The 3D model for production.
    Cad,
    /// The wax carved or the resin printed.
    Wax,
    /// Cast in metal.
    Casting,
    /// Stones set.
    Setting,
    /// Finished and polished.
    Polishing,
    /// Ready to collect.
    Ready,
}

impl Stage {
    /// Every stage, in bench order.
    pub const ALL: [Stage; 7] = [
        Stage::Sketch,
        Stage::Cad,
        Stage::Wax,
        Stage::Casting,
        Stage::Setting,
        Stage::Polishing,
        Stage::Ready,
    ];

    /// The name stored in the database and sent over the wire.
    pub const fn name(self) -> &'static str {
        match self {
            Stage::Sketch => "sketch",
            Stage::Cad => "cad",
            Stage::Wax => "wax",
            Stage::Casting => "casting",
            Stage::Setting => "setting",
            Stage::Polishing => "polishing",
            Stage::Ready => "ready",
        }
    }

    /// Whether the making has begun at this stage: from the CAD model on, which jewelers start
    /// once the design is agreed. A sketch is still the design conversation.
    pub const fn is_making(self) -> bool {
        !matches!(self, Stage::Sketch)
    }

    /// The stage whose wire name is exactly `name`.
    pub fn parse(name: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.name() == name)
    }

    /// The stage in words, in any language.
    pub fn msg(self) -> Msg {
        Msg::new(match self {
            Stage::Sketch => "stage-sketch",
            Stage::Cad => "stage-cad",
            Stage::Wax => "stage-wax",
            Stage::Casting => "stage-casting",
            Stage::Setting => "stage-setting",
            Stage::Polishing => "stage-polishing",
            Stage::Ready => "stage-ready",
        })
    }
}

/// Who wrote a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Author {
    /// The person who sent the brief.
    Visitor,
    /// The shop.
    Jeweler,
}

impl Author {
    /// The name stored in the database.
    pub const fn name(self) -> &'static str {
        match self {
            Author::Visitor => "visitor",
            Author::Jeweler => "jeweler",
        }
    }

    /// The author stored under `name`.
    pub fn parse(name: &str) -> Option<Author> {
        match name {
            "visitor" => Some(Author::Visitor),
            "jeweler" => Some(Author::Jeweler),
            _ => None,
        }
    }
}

/// The visitor's answer to a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProposalAnswer {
    /// The proposal becomes the current design.
    Accepted,
    /// The visitor wants something else (the comment says what).
    ChangesRequested,
}

impl ProposalAnswer {
    /// The name stored in the database.
    pub const fn name(self) -> &'static str {
        match self {
            ProposalAnswer::Accepted => "accepted",
            ProposalAnswer::ChangesRequested => "changes_requested",
        }
    }

    /// The answer stored under `name`.
    pub fn parse(name: &str) -> Option<ProposalAnswer> {
        match name {
            "accepted" => Some(ProposalAnswer::Accepted),
            "changes_requested" => Some(ProposalAnswer::ChangesRequested),
            _ => None,
        }
    }
}

/// How the consultation takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingKind {
    /// At the shop.
    InShop,
    /// A video call.
    Video,
    /// A phone call.
    Phone,
}

impl MeetingKind {
    /// Every kind.
    pub const ALL: [MeetingKind; 3] = [MeetingKind::InShop, MeetingKind::Video, MeetingKind::Phone];

    /// The name stored in the database and sent over the wire.
    pub const fn name(self) -> &'static str {
        match self {
            MeetingKind::InShop => "in_shop",
            MeetingKind::Video => "video",
            MeetingKind::Phone => "phone",
        }
    }

    /// The kind stored under `name`.
    pub fn parse(name: &str) -> Option<MeetingKind> {
        MeetingKind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// The kind in words, in English (the calendar entry's summary until the server says it in
    /// the reader's language).
    #[cfg(test)]
    pub fn label(self) -> String {
        crate::words::english(&self.msg())
    }

    /// The kind in words, in any language.
    pub fn msg(self) -> Msg {
        Msg::new(match self {
            MeetingKind::InShop => "meeting-in-shop",
            MeetingKind::Video => "meeting-video",
            MeetingKind::Phone => "meeting-phone",
        })
    }
}

/// A picture the page can show: a design snapshot, a photo in the thread or of a stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Picture {
    /// Where to fetch it (a path under the commission's or the studio's API).
    pub url: String,
    /// The view name or file name, for alt text.
    pub label: String,
}

/// One message of the conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// Its id.
    pub id: i64,
    /// Who wrote it.
    pub author: Author,
    /// When (RFC 3339, UTC).
    pub at: String,
    /// The text.
    pub text: String,
    /// Photos sent with it (visitor messages only).
    #[serde(default)]
    pub photos: Vec<Picture>,
}

/// A price range, in whole units of `currency`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceRange {
    /// Lowest.
    pub low: u64,
    /// Highest.
    pub high: u64,
    /// ISO 4217 code.
    pub currency: String,
}

/// One difference between two designs, in words ("Metal: Platinum 950 → 18k white gold").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    /// What changed ("Metal").
    pub label: String,
    /// Before.
    pub from: String,
    /// After.
    pub to: String,
}

/// The visitor's answer to a proposal, when given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerGiven {
    /// Accepted or changes asked for.
    pub answer: ProposalAnswer,
    /// The visitor's comment (may be empty).
    pub comment: String,
    /// When (RFC 3339, UTC).
    pub at: String,
}

/// A revised design proposed by the jeweler.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposal {
    /// Its id.
    pub id: i64,
    /// When it was proposed (RFC 3339, UTC).
    pub at: String,
    /// The jeweler's message with it.
    pub message: String,
    /// The proposed design, as a share code.
    pub design_code: String,
    /// The design it revises (the current design when it was proposed), as a share code.
    pub base_code: String,
    /// What changed from `base_code`, in words.
    pub changes: Vec<Change>,
    /// An optional price range.
    pub price: Option<PriceRange>,
    /// The visitor's answer, once given.
    pub answer: Option<AnswerGiven>,
}

/// A booked consultation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appointment {
    /// Its id.
    pub id: i64,
    /// Start (RFC 3339, UTC).
    pub starts_at: String,
    /// End (RFC 3339, UTC).
    pub ends_at: String,
    /// How it takes place.
    pub kind: MeetingKind,
    /// The shop's IANA time zone ("Europe/London").
    pub shop_time_zone: String,
    /// The visitor's IANA time zone, when their browser gave one at booking or moving (an older
    /// server sends none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visitor_time_zone: Option<String>,
}

/// A free slot the visitor may book.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    /// Start (RFC 3339, UTC).
    pub starts_at: String,
    /// End (RFC 3339, UTC).
    pub ends_at: String,
}

/// The free slots from a day on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slots {
    /// The shop's IANA time zone.
    pub time_zone: String,
    /// The kinds of consultation the shop offers.
    pub kinds: Vec<MeetingKind>,
    /// Free slots in time order.
    pub slots: Vec<Slot>,
}

/// A step of the making, as the visitor sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageEntry {
    /// Its id.
    pub id: i64,
    /// The stage.
    pub stage: Stage,
    /// When it was reached (RFC 3339, UTC).
    pub at: String,
    /// The jeweler's note (may be empty).
    pub note: String,
    /// A photo of the piece at this stage.
    pub photo: Option<Picture>,
}

/// One line of the brief in words ("Metal" — "18k yellow gold").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpecLine {
    /// What.
    pub label: String,
    /// Its value.
    pub value: String,
}

/// Everything the visitor's commission page shows. It never holds the jeweler's private notes,
/// the workflow's history or anything of another brief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommissionView {
    /// The brief's reference, `AT-XXXXX`.
    pub reference: String,
    /// The shop's name.
    pub shop_name: String,
    /// When the brief was sent (RFC 3339, UTC).
    pub created_at: String,
    /// Where the commission stands.
    pub status: CommissionStatus,
    /// The one-line summary of the brief.
    pub summary: String,
    /// The brief in words.
    pub spec: Vec<SpecLine>,
    /// The design as sent, as a share code.
    pub original_code: String,
    /// The last accepted proposal's design, or the original.
    pub current_code: String,
    /// The configurator's snapshots of the original design (for pages without WebGL).
    pub snapshots: Vec<Picture>,
    /// The conversation, oldest first.
    pub messages: Vec<Message>,
    /// The proposals, oldest first.
    pub proposals: Vec<Proposal>,
    /// The booked consultation, if any.
    pub appointment: Option<Appointment>,
    /// Whether the shop takes bookings (availability is set).
    pub booking_open: bool,
    /// The making, oldest first.
    pub stages: Vec<StageEntry>,
    /// When the visitor asked for erasure, if they did.
    pub erasure_requested_at: Option<String>,
}

/// A photo sent in a request body: base64 bytes, sniffed and checked by the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhotoUpload {
    /// The file's name as the visitor chose it.
    pub name: String,
    /// The bytes, base64.
    pub data_base64: String,
}

/// `POST` a message (either side). Sent with an `Idempotency-Key` header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewMessage {
    /// The text.
    pub text: String,
    /// Up to [`MESSAGE_PHOTOS_MAX`] photos (the visitor's side only).
    #[serde(default)]
    pub photos: Vec<PhotoUpload>,
}

/// `POST` a proposal from the studio. Sent with an `Idempotency-Key` header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewProposal {
    /// The proposed design, as a share code.
    pub design_code: String,
    /// The message with it.
    #[serde(default)]
    pub message: String,
    /// An optional price range.
    #[serde(default)]
    pub price: Option<PriceRange>,
}

/// The visitor's answer to a proposal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewAnswer {
    /// Accept or ask for changes.
    pub answer: ProposalAnswer,
    /// What to change, or a word of thanks.
    #[serde(default)]
    pub comment: String,
}

/// Booking or moving the consultation (either side).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewBooking {
    /// The slot's start (RFC 3339).
    pub starts_at: String,
    /// How it takes place.
    pub kind: MeetingKind,
    /// The visitor's IANA time zone as their browser names it ("America/New_York"), so their
    /// invitation gives the time there; the studio sends none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
}

/// `POST` a stage of the making from the studio.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewStage {
    /// The stage reached.
    pub stage: Stage,
    /// A note for the visitor.
    #[serde(default)]
    pub note: String,
    /// A photo of the piece.
    #[serde(default)]
    pub photo: Option<PhotoUpload>,
    /// Whether to email the visitor.
    #[serde(default)]
    pub notify: bool,
}

/// Opening hours on one weekday, in the shop's time zone ("09:30"–"17:00").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklyHours {
    /// ISO weekday, 1 = Monday … 7 = Sunday.
    pub weekday: u8,
    /// Opening, `HH:MM`.
    pub start: String,
    /// Closing, `HH:MM`.
    pub end: String,
}

/// When the shop takes consultations, as the jeweler sets it in the studio.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Availability {
    /// The shop's IANA time zone.
    pub time_zone: String,
    /// Hours per weekday; a weekday may appear more than once (a lunch break).
    pub weekly: Vec<WeeklyHours>,
    /// Length of a consultation, in minutes.
    pub slot_minutes: u32,
    /// Free time after each consultation, in minutes.
    pub buffer_minutes: u32,
    /// The kinds offered (at least one).
    pub kinds: Vec<MeetingKind>,
    /// Dates closed, `YYYY-MM-DD` in the shop's time zone.
    #[serde(default)]
    pub closed_dates: Vec<String>,
    /// How many days ahead a visitor may book.
    pub horizon_days: u32,
    /// The shortest notice, in hours, before a slot may be booked.
    #[serde(default)]
    pub min_notice_hours: u32,
}

/// The state of the brief's private link, as the studio sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkState {
    /// When the current link was issued.
    pub issued_at: String,
    /// When it stops working, if it expires.
    pub expires_at: Option<String>,
    /// When it was revoked, if it was.
    pub revoked_at: Option<String>,
}

/// Whose turn it is in the conversation, for the studio's inbox: who had the last word.
///
/// The inbox's "awaiting your reply" filter takes both of the visitor's turns
/// ([`Turn::VisitorReplied`] and [`Turn::AwaitingReply`]); "visitor replied" takes the first only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Turn {
    /// The last word is the visitor's: a message or an answer to a proposal, whether or not the
    /// jeweler wrote before.
    VisitorReplied,
    /// Nothing was said after the brief: the brief is the visitor's last word.
    AwaitingReply,
    /// The jeweler spoke last (a message or a proposal).
    WithVisitor,
}

/// Everything of the commission the studio's brief page shows beside the brief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StudioCommission {
    /// The private link's state (the link itself is never shown again after it is issued).
    pub link: Option<LinkState>,
    /// The visitor's status, as the commission page shows it.
    pub status: CommissionStatus,
    /// The design as sent, as a share code.
    pub original_code: String,
    /// The current design (the last accepted proposal's, or the original).
    pub current_code: String,
    /// The conversation, oldest first.
    pub messages: Vec<Message>,
    /// The proposals, oldest first.
    pub proposals: Vec<Proposal>,
    /// The booked consultation, if any.
    pub appointment: Option<Appointment>,
    /// The making, oldest first.
    pub stages: Vec<StageEntry>,
    /// When the visitor asked for erasure, if they did.
    pub erasure_requested_at: Option<String>,
    /// What the visitor wrote with their request for erasure, if they asked and wrote anything.
    #[serde(default)]
    pub erasure_comment: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workflow::Status;

    #[test]
    fn labels_in_words_come_from_the_message_file() {
        use crate::words::english;
        let said = |msgs: Vec<Msg>| msgs.iter().map(english).collect::<Vec<_>>();
        assert_eq!(
            said(CommissionStatus::ALL.map(CommissionStatus::msg).to_vec()),
            [
                "Received",
                "Talking it through",
                "Design proposed",
                "Quoted",
                "Being made",
                "Ready"
            ]
        );
        assert_eq!(
            said(Stage::ALL.map(Stage::msg).to_vec()),
            [
                "Sketch",
                "CAD model",
                "Wax or print",
                "Casting",
                "Setting the stones",
                "Polishing",
                "Ready"
            ]
        );
        assert_eq!(
            said(MeetingKind::ALL.map(MeetingKind::msg).to_vec()),
            ["At the shop", "Video call", "Phone call"]
        );
        assert_eq!(MeetingKind::Video.label(), "Video call");
    }

    #[test]
    fn the_making_wins_then_an_open_proposal_then_the_workflow() {
        let facts = |workflow, jeweler_wrote, proposal_open, stage| StatusFacts {
            workflow,
            jeweler_wrote,
            proposal_open,
            proposal_accepted: false,
            stage,
        };
        assert_eq!(
            CommissionStatus::of(facts(Some(Status::New), false, false, None)),
            CommissionStatus::Received
        );
        assert_eq!(
            CommissionStatus::of(facts(Some(Status::New), true, false, None)),
            CommissionStatus::Talking
        );
        assert_eq!(
            CommissionStatus::of(facts(Some(Status::Quoted), true, true, None)),
            CommissionStatus::DesignProposed
        );
        assert_eq!(
            CommissionStatus::of(facts(Some(Status::Quoted), true, false, None)),
            CommissionStatus::Quoted
        );
        assert_eq!(
            CommissionStatus::of(facts(Some(Status::Won), true, false, None)),
            CommissionStatus::BeingMade
        );
        assert_eq!(
            CommissionStatus::of(facts(Some(Status::Won), true, true, Some(Stage::Wax))),
            CommissionStatus::BeingMade
        );
        // A sketch while a proposal waits is still the design: the visitor's answer comes first.
        assert_eq!(
            CommissionStatus::of(facts(
                Some(Status::InConversation),
                true,
                true,
                Some(Stage::Sketch)
            )),
            CommissionStatus::DesignProposed
        );
        assert_eq!(
            CommissionStatus::of(facts(Some(Status::Won), true, false, Some(Stage::Cad))),
            CommissionStatus::BeingMade
        );
        assert_eq!(
            CommissionStatus::of(facts(Some(Status::Won), true, false, Some(Stage::Ready))),
            CommissionStatus::Ready
        );
    }

    #[test]
    fn an_accepted_design_does_not_fall_back_to_talking() {
        let accepted = StatusFacts {
            workflow: Some(Status::InConversation),
            jeweler_wrote: true,
            proposal_accepted: true,
            ..StatusFacts::default()
        };
        assert_eq!(
            CommissionStatus::of(accepted),
            CommissionStatus::DesignProposed
        );
        let quoted = StatusFacts {
            workflow: Some(Status::Quoted),
            ..accepted
        };
        assert_eq!(CommissionStatus::of(quoted), CommissionStatus::Quoted);
        let changes_asked = StatusFacts {
            proposal_accepted: false,
            ..accepted
        };
        assert_eq!(
            CommissionStatus::of(changes_asked),
            CommissionStatus::Talking
        );
    }

    #[test]
    fn wire_names_round_trip() {
        for s in Stage::ALL {
            assert_eq!(Stage::parse(s.name()), Some(s));
            assert_eq!(
                serde_json::to_string(&s).ok(),
                Some(format!("\"{}\"", s.name()))
            );
        }
        for k in MeetingKind::ALL {
            assert_eq!(MeetingKind::parse(k.name()), Some(k));
        }
        for a in [Author::Visitor, Author::Jeweler] {
            assert_eq!(Author::parse(a.name()), Some(a));
        }
        for a in [ProposalAnswer::Accepted, ProposalAnswer::ChangesRequested] {
            assert_eq!(ProposalAnswer::parse(a.name()), Some(a));
        }
        assert_eq!(Stage::parse("Ready"), None);
    }
}
