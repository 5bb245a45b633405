# The visitor's configurator's panel: steps, pickers, summary, saved designs, share, comparison.

## The steps

cfg-step-metal = المعدن
cfg-step-stone = الحجر
cfg-step-cut = القطع والحجم
cfg-step-setting = الترصيع
cfg-step-band = الطوق
cfg-step-size = مقاس الخاتم
cfg-step-engraving = النقش
cfg-step-brief = طلبك
cfg-steps = الخطوات
cfg-step-count = الخطوة { $n } من { $total }
cfg-back = السابق
cfg-next = التالي: { $step }

## The summary and its facts

cfg-summary-title = خاتمك حتى الآن
cfg-summary-title-revise = التصميم حتى الآن
cfg-fact-metal = { $state ->
    [assumed] المعدن: نحو { $grams } غ من { $metal } (على سبيل التقدير إلى أن ينصحك صائغك)
    [unsized] المعدن: نحو { $grams } غ من { $metal }، بمقاس قياسي إلى أن تحدد مقاسك
    [both] المعدن: نحو { $grams } غ من { $metal } (على سبيل التقدير إلى أن ينصحك صائغك)، بمقاس قياسي إلى أن تحدد مقاسك
   *[plain] المعدن: نحو { $grams } غ من { $metal }
}
cfg-fact-stone = الحجر الأوسط: نحو { $length } × { $width } مم، وعمقه { $depth } مم
cfg-fact-price = السعر التقريبي: { $low }–{ $high } { $currency } (أسعار { $date })؛ والعبرة بعرض السعر من صائغك
cfg-fact-price-excluding = السعر التقريبي: { $low }–{ $high } { $currency } (أسعار { $date }، دون { $excluded })؛ والعبرة بعرض السعر من صائغك
cfg-fact-price-missing = السعر: سيخبرك صائغك شخصيًا بسعر { $what }

## Every question's "not sure" answer

cfg-advise = لست متأكدًا — أسأل صائغي
cfg-advise-detail = نقرر معًا

## Metal

cfg-metal-legend = المعدن
cfg-metal-fineness = عيار { $fineness }‰

## Stone

cfg-stone-legend = الحجر الأوسط
cfg-stone-own = حجر موروث أو حجر تملكه
cfg-stone-hardness = الصلادة { $hardness }
cfg-stone-hardness-range = الصلادة { $low }–{ $high }
cfg-stone-lab-only = { $hardness } · مُصنَّع في المختبر فقط
cfg-stone-natural-only = { $hardness } · طبيعي فقط
cfg-stone-own-hint = سيفحص صائغك حجرك أولًا: فحجمه وحالته وصلادته هي التي تحدد طريقة ترصيعه.
cfg-origin-legend = طبيعي أم مُصنَّع في المختبر؟
cfg-origin-natural-detail = مستخرج من باطن الأرض
cfg-origin-lab-detail = الحجر نفسه، يُنمّيه الإنسان
cfg-origin-overridden = { $wanted ->
    [natural] لا يتوفر { $stone } إلا مُصنَّعًا في المختبر، لذا أصبح المنشأ الآن «مُصنَّع في المختبر». اختر حجرًا آخر للعودة إلى «طبيعي».
   *[lab] لا يتوفر { $stone } إلا طبيعيًا، لذا أصبح المنشأ الآن «طبيعي». اختر حجرًا آخر للعودة إلى «مُصنَّع في المختبر».
}

## Cut and carat

cfg-cut-no-stone = الترصيع الذي اخترته بلا حجر أوسط، لذا لا يهم القطع والحجم إلا إذا غيّرته.
cfg-cut-legend = القطع
cfg-carat-legend = الحجم
cfg-carat-label = الوزن بالقيراط
cfg-carat-suggest = سيقترح صائغك حجمًا
cfg-carat = { $carat } قيراط
cfg-carat-round = { $carat } قيراط · قطره { $mm } مم
cfg-carat-long = { $carat } قيراط · { $length } × { $width } مم

## Setting

cfg-setting-legend = الترصيع
cfg-setting-no-resize = لا يمكن تعديل مقاسه
cfg-setting-resize = { $halves ->
    [1] يمكن تعديل مقاسه بنحو نصف مقاس
    [2] يمكن تعديل مقاسه بنحو مقاس واحد
    [4] يمكن تعديل مقاسه بنحو مقاسين
   *[other] يمكن تعديل مقاسه بنحو { $sizes } مقاسات
}

## Band

cfg-profile-legend = المقطع (شكل مقطع الطوق)
cfg-band-size-legend = العرض والسماكة
cfg-band-width = العرض
cfg-band-thickness = السماكة
cfg-mm = { $mm } مم
cfg-band-suggest = سيقترح صائغك
cfg-finish-legend = اللمسة النهائية

## Ring size

cfg-size-legend = كيف تعرف مقاسك؟
cfg-size-known = أعرف مقاسي
cfg-size-known-detail = الأمريكي أو البريطاني أو الأوروبي أو الياباني
cfg-size-ring = أقيس خاتمًا يناسبني
cfg-size-ring-detail = القطر الداخلي بالمليمتر
cfg-size-finger = أقيس إصبعي
cfg-size-finger-detail = المحيط كاملًا بالمليمتر
cfg-size-unknown = لا أعرف مقاسي
cfg-size-unknown-detail = يمكن لصائغك أن يرسل إليك مقياس خواتم
cfg-size-pick-one = اختر إحدى الطرق أعلاه. لن نفترض شيئًا قبل ذلك.
cfg-size-system = نظام المقاسات
cfg-size-text = مقاسك
cfg-size-text-hint = مثلًا 6½ (أمريكي) أو M (بريطاني) أو 52 (أوروبي) أو 12 (ياباني).
cfg-size-ring-label = القطر الداخلي للخاتم، بالمليمتر
cfg-size-ring-hint = ضع مسطرة داخل خاتم يناسب الإصبع نفسه، من حافة إلى حافة.
cfg-size-finger-label = محيط الإصبع، بالمليمتر
cfg-size-finger-hint = لُفّ شريطًا من الورق حول قاعدة الإصبع، وضع علامة حيث يلتقي طرفاه، ثم قِسه مبسوطًا. قِس في آخر النهار حين تكون الأصابع في أكبر حجم لها.
cfg-size-send-sizer = أرجو إرسال مقياس خواتم إليّ
cfg-size-sizer-hint = هذا أمر شائع جدًا. مقياس الخواتم مجموعة من الحلقات البلاستيكية أو المعدنية تجرّبها في بيتك، ويضبط صائغك الخاتم وفقًا لها.
cfg-size-check = يُرجى التحقق: { $problem }.
cfg-size-conversions = يعادل ذلك الأمريكي { $us } · البريطاني { $uk } · الأوروبي { $eu } · الياباني { $jp } — وقطره الداخلي { $mm } مم.

## Engraving

cfg-engraving-label = نص داخل الطوق (اختياري)
# Messages made only of arguments end with a right-to-left mark, so they read right to left inside an isolate too.
cfg-engraving-count = { $count } / { $max }{ "\u200F" }
cfg-engraving-hint = حتى { $max } حرفًا: الحروف (والمشكولة أيضًا) والأرقام والمسافات و{ $punctuation }
cfg-lettering-legend = الخط
cfg-font-sample = Ab

## Notes on a step

cfg-note-fix = يُرجى التصحيح: { $problem }.

## The ring viewer

## Share

cfg-share-title = شارك هذا التصميم أو احتفظ به
cfg-share-link = رابط هذا التصميم
cfg-share-copy = نسخ الرابط
cfg-share-copied = نُسخ الرابط. كل من يفتحه يرى هذا الخاتم بعينه.
cfg-share-copy-failed = لم يسمح متصفحك بالنسخ؛ الرابط محدد، فانسخه بنفسك.
cfg-share-draft = يُحفظ كمسودة في هذا المتصفح أولًا بأول.

## My designs

cfg-saved-title = تصاميمي
cfg-saved-name-label = اسم هذا التصميم
cfg-saved-name-placeholder = سمِّ هذا التصميم
cfg-saved-save = حفظ
cfg-saved-default-name = تصميم { $n }
cfg-saved-saved = حُفظ «{ $name }» في هذا المتصفح.
cfg-saved-refused = لا يسمح هذا المتصفح بالحفظ (وضع التصفح الخاص أو امتلاء التخزين)؛ انسخ الرابط بدلًا من ذلك.
cfg-saved-opened = فُتح «{ $name }».
cfg-saved-deleted = حُذف «{ $name }».
cfg-saved-compare = مقارنة { $name }
cfg-saved-open = فتح
cfg-saved-open-named = فتح { $name }
cfg-saved-delete = حذف
cfg-saved-delete-named = حذف { $name }
cfg-saved-tick-two = حدِّد تصميمين لمقارنتهما جنبًا إلى جنب.

## Comparing two designs

cfg-compare-label = مقارنة
cfg-compare-caption = تصميمان محفوظان جنبًا إلى جنب
cfg-compare-preview = المعاينة
cfg-compare-ring = الخاتم
cfg-compare-metal = المعدن
cfg-compare-stone = الحجر الأوسط
cfg-compare-notes = ملاحظات الصائغ
cfg-compare-weight = نحو { $grams } غ
cfg-compare-stone-size = { $length } × { $width } مم
cfg-compare-no-stone = —
cfg-compare-no-notes = لا شيء
cfg-compare-picture = { $name }: { $summary }{ "\u200F" }
