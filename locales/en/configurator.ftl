# The visitor's configurator's panel: steps, pickers, summary, saved designs, share, comparison.
# English is the source: every other language has exactly these keys and arguments.

## The steps

cfg-step-metal = Metal
cfg-step-stone = Stone
cfg-step-cut = Cut & size
cfg-step-setting = Setting
cfg-step-band = Band
cfg-step-size = Ring size
cfg-step-engraving = Engraving
cfg-step-brief = Your brief
cfg-steps = Steps
cfg-step-count = Step { $n } of { $total }
cfg-back = Back
cfg-next = Next: { $step }

## The summary and its facts

cfg-summary-title = Your ring so far
cfg-summary-title-revise = The design so far
cfg-fact-metal = { $state ->
    [assumed] Metal: about { $grams } g of { $metal } (assumed until your jeweler advises)
    [unsized] Metal: about { $grams } g of { $metal }, at a standard size until you give yours
    [both] Metal: about { $grams } g of { $metal } (assumed until your jeweler advises), at a standard size until you give yours
   *[plain] Metal: about { $grams } g of { $metal }
}
cfg-fact-stone = Centre stone: about { $length } × { $width } mm, { $depth } mm deep
cfg-fact-price = Rough price: { $low }–{ $high } { $currency } (prices of { $date }); your jeweler's quote is what counts
cfg-fact-price-excluding = Rough price: { $low }–{ $high } { $currency } (prices of { $date }, not including { $excluded }); your jeweler's quote is what counts
cfg-fact-price-missing = Price: your jeweler quotes { $what } personally

## Every question's "not sure" answer

cfg-advise = Not sure — ask my jeweler
cfg-advise-detail = Decide together

## Metal

cfg-metal-legend = Metal
cfg-metal-fineness = { $fineness }‰ pure

## Stone

cfg-stone-legend = Centre stone
cfg-stone-own = An heirloom or a stone you have
cfg-stone-hardness = Hardness { $hardness }
cfg-stone-hardness-range = Hardness { $low }–{ $high }
cfg-stone-lab-only = { $hardness } · lab-grown only
cfg-stone-natural-only = { $hardness } · natural only
cfg-stone-own-hint = Your jeweler will look at your stone first: its size, condition and hardness decide how it can be set.
cfg-origin-legend = Natural or lab-grown?
cfg-origin-natural-detail = Mined from the earth
cfg-origin-lab-detail = Same stone, grown by people
cfg-origin-overridden = { $wanted ->
    [natural] { $stone } comes lab-grown only, so the origin is now lab-grown. Choose another stone to go back to natural.
   *[lab] { $stone } comes natural only, so the origin is now natural. Choose another stone to go back to lab-grown.
}

## Cut and carat

cfg-cut-no-stone = The setting you chose has no centre stone, so cut and size only matter if you change it.
cfg-cut-legend = Cut
cfg-carat-legend = Size
cfg-carat-label = Carat weight
cfg-carat-suggest = your jeweler will suggest a size
cfg-carat = { $carat } ct
cfg-carat-round = { $carat } ct · { $mm } mm across
cfg-carat-long = { $carat } ct · { $length } × { $width } mm

## Setting

cfg-setting-legend = Setting
cfg-setting-no-resize = Cannot be resized
cfg-setting-resize = { $halves ->
    [1] Resizes about half a size
    [2] Resizes about 1 size
    [3] Resizes about 1½ sizes
    [5] Resizes about 2½ sizes
    [7] Resizes about 3½ sizes
   *[other] Resizes about { $sizes } sizes
}

## Band

cfg-profile-legend = Profile (the band's cross-section)
cfg-band-size-legend = Width and thickness
cfg-band-width = Width
cfg-band-thickness = Thickness
cfg-mm = { $mm } mm
cfg-band-suggest = your jeweler will suggest
cfg-finish-legend = Finish

## Ring size

cfg-size-legend = How do you know your size?
cfg-size-known = I know my size
cfg-size-known-detail = US, UK, EU or Japan
cfg-size-ring = Measure a ring that fits
cfg-size-ring-detail = Inside diameter in mm
cfg-size-finger = Measure my finger
cfg-size-finger-detail = All the way round, in mm
cfg-size-unknown = I don't know my size
cfg-size-unknown-detail = Your jeweler can send a sizer
cfg-size-pick-one = Pick one of the ways above. Nothing is assumed until you do.
cfg-size-system = Sizing system
cfg-size-text = Your size
cfg-size-text-hint = For example 6½ (US), M (UK), 52 (EU) or 12 (Japan).
cfg-size-ring-label = Inner diameter of the ring, in mm
cfg-size-ring-hint = Lay a ruler across the inside of a ring that fits the same finger, edge to edge.
cfg-size-finger-label = Finger circumference, in mm
cfg-size-finger-hint = Wrap a strip of paper round the base of the finger, mark where it meets, and measure it flat. Measure at the end of the day, when fingers are largest.
cfg-size-send-sizer = Please send me a ring sizer
cfg-size-sizer-hint = That's very common. A sizer is a set of plastic or metal rings you try on at home; your jeweler fits the ring to it.
cfg-size-check = Please check: { $problem }.
cfg-size-conversions = That is US { $us } · UK { $uk } · EU { $eu } · Japan { $jp } — { $mm } mm across the inside.

## Engraving

cfg-engraving-label = Text inside the band (optional)
cfg-engraving-count = { $count } / { $max }
cfg-engraving-hint = Up to { $max } characters: letters (accents too), digits, spaces and { $punctuation }
cfg-lettering-legend = Lettering
cfg-font-sample = Ab

## Notes on a step

cfg-note-fix = Please fix: { $problem }.

## The ring viewer

## Share

cfg-share-title = Share or keep this design
cfg-share-link = Link to this design
cfg-share-copy = Copy link
cfg-share-copied = Link copied. Anyone with it sees this exact ring.
cfg-share-copy-failed = Your browser didn't let us copy; the link is selected, so copy it yourself.
cfg-share-draft = Saved as a draft in this browser as you go.

## My designs

cfg-saved-title = My designs
cfg-saved-name-label = Name for this design
cfg-saved-name-placeholder = Name this design
cfg-saved-save = Save
cfg-saved-default-name = Design { $n }
cfg-saved-saved = Saved “{ $name }” in this browser.
cfg-saved-refused = This browser won't let us save (private mode or full storage); copy the link instead.
cfg-saved-opened = Opened “{ $name }”.
cfg-saved-deleted = Deleted “{ $name }”.
cfg-saved-compare = { $name } — compare
cfg-saved-open = Open
cfg-saved-open-named = Open { $name }
cfg-saved-delete = Delete
cfg-saved-delete-named = Delete { $name }
cfg-saved-tick-two = Tick two to compare them side by side.

## Comparing two designs

cfg-compare-label = Comparison
cfg-compare-caption = Two saved designs side by side
cfg-compare-preview = Preview
cfg-compare-ring = Ring
cfg-compare-metal = Metal
cfg-compare-stone = Centre stone
cfg-compare-notes = Jeweler's notes
cfg-compare-weight = about { $grams } g
cfg-compare-stone-size = { $length } × { $width } mm
cfg-compare-no-stone = —
cfg-compare-no-notes = None
cfg-compare-picture = { $name }: { $summary }
