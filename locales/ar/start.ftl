# The configurator's first screen, fetched before anything is drawn (the panel's words come
# with the panel): the shop's bar, the stage around the ring, the page's title, and the sentences
# of a part of the page whose code is still on its way or could not be fetched (offline).
# English is the source: every other language has exactly these keys and arguments.

## The shop's bar

cfg-brand = Atelier
cfg-tagline = صمِّم الفكرة الأولى لخاتمك، ثم ناقشها مع صائغك

## The page

cfg-stage = معاينة حية
cfg-page-title = { $shop } · صمّم خاتمك

## A part of the page (the panel, a step, the comparison) fetched when first needed

cfg-later-loading = جارٍ التحميل…
cfg-later-missing = تعذّر تحميل هذا الجزء من الصفحة. تحقّق من اتصالك ثم حاول مرة أخرى.
cfg-later-retry = إعادة المحاولة
