# The jeweler's studio (always in the shop's language).
# English is the source: every other language has exactly these keys and arguments.

## Shared by every page
studio-mark = Studio
studio-opening = Opening the studio…
studio-session-unchecked = The studio could not check your session: { $why }
# "<what did not happen>: <why>." under a form or a page.
studio-failed = { $what }: { $why }.
studio-sign-in-again = Sign in again
studio-as-written = { $text }
studio-keep-it = Keep it
studio-cancel = Cancel
studio-loading = Loading…

## Errors from the server ($reason is the server's own words)
studio-error-unauthorized = { $reason }
studio-error-rate-limited = too many attempts: wait { $wait } before trying again
studio-error-forbidden = the server refused this change ({ $reason }); reload the page and try again
studio-error-not-found = not found: { $reason }
studio-error-rejected = { $reason }
studio-error-server = the server could not answer (HTTP { $status }); try again in a moment
studio-error-network = the server could not be reached: { $reason }
studio-error-unreadable = the server's answer could not be read: { $reason }
studio-wait-seconds = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
}
studio-wait-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}

## Days until a date
studio-days-today = today
studio-days-tomorrow = tomorrow
studio-days-yesterday = yesterday
studio-days-ahead = { $n ->
    [one] in { $n } day
   *[other] in { $n } days
}
studio-days-ago = { $n ->
    [one] { $n } day ago
   *[other] { $n } days ago
}

## The bar
studio-nav-availability = Availability
studio-sign-out = Sign out
studio-shop-switch = Shop

## Sign-in and first account
studio-login-title = Sign in to your studio
studio-login-lead = The briefs your visitors sent are waiting here.
studio-login-no-account = No account exists yet. Open the one-time setup link that the server printed in its log when it started, or add an account on the server with this command:
studio-login-no-match = That email and password do not match an account. Check both and try again.
studio-login-limited = Too many attempts: wait { $wait } before trying again. Sign-ins are limited to keep passwords safe from guessing.
studio-field-email = Email
studio-field-password = Password
studio-sign-in = Sign in
studio-signing-in = Signing in…
studio-setup-title = Set up your studio
studio-setup-lead = Make the first account. Briefs from your visitors will wait for you here.
studio-setup-need-token = Paste the setup token from the server log.
studio-setup-need-email = Enter the email address you will sign in with.
studio-setup-short-password = { $n ->
    [one] Choose a password of at least { $n } character.
   *[other] Choose a password of at least { $n } characters.
}
studio-setup-passwords-differ = The two passwords differ; type the same password twice.
studio-setup-link-used = This setup link is not valid any more (it works once). Sign in, or make an account on the server with atelier-server user add.
studio-field-setup-token = Setup token (from the server log)
studio-field-your-email = Your email
studio-field-new-password = { $n ->
    [one] Password (at least { $n } character)
   *[other] Password (at least { $n } characters)
}
studio-field-password-again = Password again
studio-create-account = Create account
studio-creating = Creating…

## The inbox
studio-inbox-title = Briefs
studio-export = Export
studio-search-label = Search by name, email or reference
studio-search = Search
studio-filter-status = Filter by status
studio-filter-turn = Filter by conversation
studio-filter-all = All
studio-turn-visitor-replied = Visitor replied
studio-turn-awaiting-reply = Awaiting your reply
studio-inbox-list = Briefs, newest first
studio-inbox-loading = Loading briefs…
studio-inbox-more = More briefs
studio-inbox-more-failed = More briefs could not be loaded
studio-inbox-not-loaded = The inbox could not be loaded
studio-inbox-no-match = No brief matches “{ $q }”.
studio-inbox-none-in-status = No brief has this status.
studio-inbox-empty = No briefs yet. When a visitor sends a design, it appears here.
studio-inbox-no-visitor-replied = No visitor has written since your last word.
studio-inbox-nothing-awaits = Nothing awaits your reply: in every conversation, the last word is yours.
studio-inbox-no-erasure = No visitor has asked for their data to be erased.
studio-filter-erasure = Erasure requested
studio-row-erasure-requested = Erasure requested { $date }
studio-row-changed-by-proposal = Changed by proposal
studio-row-needed-by = Needed by { $date }
studio-row-needed-by-days = Needed by { $date } ({ $days })
studio-row-by = By { $date }
studio-row-by-days = By { $date } ({ $days })

## Erasing a brief
studio-erase = Erase
studio-delete = Delete this brief…
studio-delete-question = Delete { $reference } for good, with its pictures, notes and deliveries? This cannot be undone.
studio-delete-yes = Yes, delete it
studio-delete-failed = The brief was not deleted

## Private notes
studio-notes-title = Private notes
studio-notes-none = No notes yet.
studio-notes-label = Add a note (not shown on the visitor's page, but part of their data if they download it)
studio-notes-failed = The note was not saved
studio-notes-add = Add note

## Revising the design
studio-revise-no-change = No change yet.
studio-revise-unreadable = The design could not be read.
studio-revise-region = Revising the design
studio-revise-title = Revising { $reference }
studio-revise-opening = Opening the configurator…
studio-revise-use = Use this design
studio-revise-not-opened = The design could not be opened
studio-revise-opening-design = Opening the design…
studio-revise-frame = The configurator, on the brief's current design

## Specification and status
studio-specs = Specification
studio-status-title = Status
studio-status-move-to = Move to
studio-status-change = Change status
studio-status-failed = The status was not changed
studio-status-history = History
studio-status-from-to = { $from } → { $to }
studio-status-arrived = Arrived as New

## One brief
studio-brief-not-opened = This brief could not be opened
studio-brief-back = ← All briefs
studio-brief-opening = Opening { $reference }…
studio-brief-mail-subject = Your ring design ({ $reference })
studio-brief-deadline-days = { $date } — { $days }
studio-brief-rush = (rush: jewelers usually ask for three to four months)
studio-brief-received = Received { $when }
studio-brief-actions = Brief actions
studio-brief-reply = Reply by email
studio-brief-open-design = Open design
studio-brief-open-original = Open the original
studio-brief-original-design = Original design: { $summary }
studio-brief-print = Print
studio-brief-surprise-banner = Surprise: never contact the wearer. Talk only to { $name }.
studio-brief-snapshots = Snapshots
studio-brief-snapshots-original = Snapshots of the original design
studio-brief-inspiration = Inspiration from the visitor
studio-brief-contact = Contact
studio-brief-name = Name
studio-brief-phone = Phone
studio-brief-prefers = Prefers
studio-brief-surprise = Surprise
studio-brief-surprise-yes = Yes: do not contact the wearer
studio-brief-surprise-no = No
studio-brief-language = Language
studio-brief-timeline = Occasion, timeline and budget
studio-brief-occasion = Occasion
studio-brief-not-given = Not given
studio-brief-needed-by = Needed by
studio-brief-no-date = No date given
studio-brief-budget = Budget
studio-brief-against-estimate = Against the estimate
studio-brief-warnings = Warnings
studio-brief-visitor-words = In the visitor's words
studio-brief-no-notes = No notes.
studio-written-in = Written in { $language }, shown as the visitor wrote it
studio-view-three-quarter = Three-quarter view
studio-view-top = Top view
studio-view-side = Side view
studio-view-snapshot = Snapshot
studio-view-other = View: { $view }
studio-estimate-no-prices = No price list is configured: quote from the specification.
studio-estimate-missing = No price for { $what } in the price list: quote it personally.
studio-estimate-no-budget = Estimate { $low }–{ $high }; the visitor gave no budget.
studio-estimate-other-currency = Estimate { $low }–{ $high } (prices of { $prices }); the budget is in { $budget_currency }.
studio-estimate-within = Estimate { $low }–{ $high } (prices of { $prices }): within the budget.
studio-estimate-above = Estimate { $low }–{ $high } (prices of { $prices }): above the budget by at least { $over }.
studio-estimate-upper-above = Estimate { $low }–{ $high } (prices of { $prices }): the upper end is above the budget.

## The commission on the brief page
studio-commission = Commission
studio-commission-loading = Loading the conversation…
studio-commission-not-loaded = The conversation and proposals could not be loaded
studio-commission-page-says = The visitor's page says: { $status }
studio-erasure-asked = The visitor asked for erasure on { $when }.
studio-erasure-what-to-do = Erase this brief with “Delete this brief…” under “Erase” further down, within the time your privacy notice promises (the default notice says a month).

## Proposed designs
studio-proposals-title = Proposed designs
studio-proposals-none = No design proposed yet.
studio-proposals-propose = Propose a change
studio-proposal-waiting = Waiting for the visitor's answer.
studio-proposal-accepted = Accepted by the visitor
studio-proposal-changes-requested = The visitor asked for changes
studio-proposal-no-change = No change to the design.
studio-proposal-proposed = Proposed { $when }
studio-proposal-price = Price: { $price }
studio-proposal-same = Same as the current design.
studio-proposal-new = New proposal
studio-proposal-what-changes = What changes:
studio-proposal-message = Message to the visitor
studio-proposal-price-range = Price range (optional)
studio-proposal-from = From
studio-proposal-to = To
studio-proposal-currency = Currency
studio-proposal-failed = The proposal was not sent
studio-proposal-send = Send the proposal
studio-proposal-discard = Discard
studio-price-both-ends = Give both ends of the price range in whole numbers, or neither.
studio-price-order = The price range's lower end is above its upper end.
studio-price-currency = The currency is a three-letter code such as EUR or GBP.

## The making
studio-saving = Saving…
studio-stages-title = The making
studio-stages-none = Not started yet.
studio-stages-move-to = Move to the stage
studio-stages-note = Note for the visitor (optional)
studio-stages-photo = Photo (optional)
studio-stages-notify = Email the visitor
studio-stages-failed = The stage was not recorded
studio-stages-save = Move to this stage

## The conversation
studio-sending = Sending…
studio-conversation-title = Conversation with the visitor
studio-conversation-none = No messages yet. What you write here reaches the visitor by email and on their commission page.
studio-conversation-write = Write to the visitor
studio-conversation-left = { $n ->
    [one] { $n } character left
   *[other] { $n } characters left
}
studio-conversation-failed = The message was not sent
studio-conversation-send = Send message
studio-conversation-visitor = Visitor
studio-conversation-you = You
studio-proposal-answer-quoted = { $answer }: “{ $comment }”

## The consultation
studio-appointment-pick = Pick one of the free times.
studio-appointment-when = { $kind }: { $start } – { $end } (your time)
studio-appointment-at-shop = At the shop ({ $zone }): { $time }
studio-appointment-visitor-time = The visitor’s time ({ $zone }): { $time }
studio-appointment-title = Consultation
studio-appointment-none = Nothing booked. The visitor books from their commission page.
studio-appointment-move-lead = Move to another free time:
studio-appointment-book-lead = Book a free time for the visitor:
studio-appointment-how = How
studio-appointment-book-failed = The consultation was not booked
studio-appointment-move = Move the consultation
studio-appointment-book = Book
studio-appointment-cancel = Cancel the consultation
studio-appointment-cancel-question = The visitor and you will get a cancellation by email. Cancel the consultation?
studio-appointment-cancel-yes = Yes, cancel it
studio-appointment-cancel-failed = The consultation was not cancelled
studio-slots-not-loaded = The free times could not be loaded
studio-slots-not-open = Bookings are not open yet: save your hours under Availability first.
studio-slots-none = { $n ->
    [one] No free time in the next { $n } day. Your hours are under Availability.
   *[other] No free time in the next { $n } days. Your hours are under Availability.
}
studio-slots-lead = Times at the shop ({ $zone }); your own time in brackets where it differs.
studio-slots-title = Free times
studio-slots-loading = Loading free times…
studio-slots-later = Later days
studio-slot-your-time = ({ $time } your time)

## The visitor's private link
studio-link-never = Never expires
studio-link-30-days = Expires in 30 days
studio-link-90-days = Expires in 90 days
studio-link-year = Expires in a year
studio-link-none = No link has been issued yet.
studio-link-title = The visitor's private link
studio-link-issued = New link, emailed to the visitor (it is shown only now):
studio-link-new = New link
studio-link-issue-failed = No new link was issued
studio-link-issue = Issue a new link
studio-link-issue-question = The visitor's current link will stop working, and the new one will be emailed to them. Issue a new link?
studio-link-issue-yes = Yes, issue a new link
studio-link-revoke = Revoke the link
studio-link-revoke-question = The visitor will no longer be able to open their page. Revoke?
studio-link-revoke-yes = Yes, revoke
studio-link-revoke-failed = The link was not revoked
studio-link-revoked = Issued { $issued }; revoked { $revoked }. The page no longer opens.
studio-link-until = Issued { $issued }; works until { $until }.
studio-link-forever = Issued { $issued }; never expires.

## Deliveries
studio-deliveries-title = Deliveries
studio-deliveries-none = Nothing was sent for this brief.
studio-delivery-sent = Sent
studio-delivery-waiting = Waiting
studio-delivery-dead = Gave up
studio-delivery-attempts = { $n ->
    [one] { $n } attempt
   *[other] { $n } attempts
}
studio-delivery-next = next try { $when }
studio-delivery-every-attempt = Every attempt
studio-delivery-retry = Retry now
studio-delivery-retry-failed = The retry was not queued
studio-delivery-jeweler-email = Email to you
studio-delivery-visitor-email = Confirmation to the visitor
studio-delivery-revision-email = Revised design to the visitor
studio-delivery-message-email = Message notice
studio-delivery-proposal-email = Proposal or its answer
studio-delivery-appointment-email = Consultation invitation
studio-delivery-stage-email = Making update to the visitor
studio-delivery-link-email = New link to the visitor
studio-delivery-erasure-email = Erasure request to you
studio-delivery-webhook = Webhook

## Availability
studio-weekday-1 = Monday
studio-weekday-2 = Tuesday
studio-weekday-3 = Wednesday
studio-weekday-4 = Thursday
studio-weekday-5 = Friday
studio-weekday-6 = Saturday
studio-weekday-7 = Sunday
studio-avail-not-loaded = The availability could not be loaded
studio-avail-title = Availability for consultations
studio-avail-hours-order = On { $day }, the hours must end after they start.
studio-avail-no-kind = Offer at least one kind of consultation.
studio-avail-slot-whole = The length of a consultation is a whole number.
studio-avail-buffer-whole = The time after each consultation is a whole number.
studio-avail-horizon-whole = How far ahead is a whole number.
studio-avail-notice-whole = The shortest notice is a whole number.
studio-avail-closed = Closed
studio-avail-from = From
studio-avail-to = to
studio-avail-remove-hours = Remove these hours on { $day }
studio-avail-remove = Remove
studio-avail-add-hours-on = Add hours on { $day }
studio-avail-add-hours = Add hours
studio-avail-open = Visitors book free slots from these hours on their commission page.
studio-avail-not-open = Bookings are not open yet: visitors can book once you save your hours.
studio-avail-zone = The shop's time zone
studio-avail-hours = Opening hours, in the shop's time zone
studio-avail-slot = Consultation length (minutes)
studio-avail-buffer = Free time after each (minutes)
studio-avail-horizon = Bookable up to (days ahead)
studio-avail-notice = Shortest notice (hours)
studio-avail-kinds = Kinds of consultation offered
studio-avail-dates-closed = Dates closed
studio-avail-none = None.
studio-avail-remove-date = Remove { $date } from the dates closed
studio-avail-add-date-label = Add a date closed
studio-avail-add-date = Add date
studio-avail-failed = The availability was not saved
studio-avail-saved = Saved.
studio-avail-save = Save availability
studio-page-title = { $shop } Studio
studio-warning-size-not-given = No ring size given yet: ask for it, or send a ring sizer.
studio-warning-size-sizer = The visitor asked for a ring sizer: send one, and suggest measuring at the end of the day, when fingers are largest.
studio-warning-size-unknown = The visitor does not know the size and asked for no ring sizer: without one a standard size is made, and resizing later may cost extra.
studio-warning-not-resizable-unsized = A { $setting } band cannot be resized later, and no size is given yet: have the finger sized properly before you start.
studio-warning-soft-stone-in-bezel = { $stone } is { $low }–{ $high } on the Mohs scale, softer than the grit it meets every day. { $care } The bezel the visitor chose protects it well.
