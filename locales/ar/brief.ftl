# The brief form, its field errors, and the confirmation after sending.

## The design above the form
brief-design-title = تصميمك
brief-design-notes-title = أمور تستحق النقاش
brief-design-fix = يُرجى تصحيح ما يلي: { $problem }.

## Field errors
brief-errors-title = { $n ->
    [zero] لا شيء يحتاج إلى انتباهك قبل الإرسال:
    [one] أمر واحد يحتاج إلى انتباهك قبل الإرسال:
    [two] أمران يحتاجان إلى انتباهك قبل الإرسال:
    [few] { $n } أمور تحتاج إلى انتباهك قبل الإرسال:
    [many] { $n } أمرًا يحتاج إلى انتباهك قبل الإرسال:
   *[other] { $n } أمر يحتاج إلى انتباهك قبل الإرسال:
}
# Messages made only of arguments end with a right-to-left mark, so they read right to left inside an isolate too.
brief-errors-line = { $field }: { $problem }{ "\u200F" }
brief-error-whole-amount = أدخل مبلغًا صحيحًا دون كسور، مثل 2500
brief-error-server = لم يقبل خادم الصائغ هذه المعلومة؛ يُرجى التحقق منها
brief-field-name = اسمك
brief-field-email = البريد الإلكتروني
brief-field-phone = الهاتف
brief-field-budget-min = الميزانية من
brief-field-budget-max = الميزانية حتى
brief-field-currency = العملة
brief-field-occasion = المناسبة
brief-field-deadline = مطلوب بحلول
brief-field-size = مقاس الخاتم
brief-field-origin = طبيعية أم مُصنَّعة في المختبر
brief-field-own = شيء من مقتنياتك
brief-field-notes = ملاحظات
brief-field-consent = الموافقة
brief-field-photos = الصور
brief-field-ring = الخاتم

## Contact
brief-contact-title = كيف نتواصل معك
brief-label-name = اسمك
brief-label-email = البريد الإلكتروني
brief-label-phone = الهاتف (اختياري)
brief-channel-title = وسيلة التواصل المفضلة
brief-channel-email = البريد الإلكتروني
brief-channel-phone = مكالمة هاتفية
brief-channel-message = رسالة نصية أو تطبيق مراسلة

## Budget and timing
brief-budget-title = الميزانية والموعد
brief-label-budget-min = الميزانية من (اختياري)
brief-label-budget-max = الميزانية حتى
brief-label-currency = العملة
brief-currency-option = { $code } — { $name }{ "\u200F" }
brief-budget-range = ميزانيتك: من { $min } إلى { $max }
brief-budget-up-to = ميزانيتك: حتى { $max }
brief-budget-from = ميزانيتك: من { $min }
brief-budget-unreadable = ميزانيتك: «{ $text }» ليس مبلغًا صحيحًا؛ أدخله دون كسور، مثل 2500.
brief-label-occasion = المناسبة
brief-occasion-none = أفضّل عدم الذكر
brief-occasion-engagement = خطوبة
brief-occasion-wedding = زفاف
brief-occasion-anniversary = ذكرى سنوية
brief-occasion-birthday = عيد ميلاد
brief-occasion-gift = هدية
brief-occasion-for-myself = لنفسي
brief-occasion-other = مناسبة أخرى
brief-label-deadline = مطلوب بحلول (اختياري)
brief-label-occasion-other = ما المناسبة؟

## Size, stones, materials, surprise
brief-size-title = مقاس الخاتم
brief-size-measured = قاسه صائغ
brief-size-estimated = قدّرته في المنزل
brief-size-unknown = لست متأكدًا في الواقع
brief-origin-title = أحجار طبيعية أم مُصنَّعة في المختبر
brief-origin-natural = طبيعية فقط
brief-origin-lab = مُصنَّعة في المختبر فقط
brief-origin-either = كلاهما مناسب
brief-origin-undecided = لم أقرر بعد — أرجو نصيحتكم
brief-own-title = شيء من مقتنياتك لإعادة استخدامه
brief-own-stone = لديّ حجر أرغب في إعادة استخدامه
brief-own-metal = لديّ ذهب أو معدن آخر لإعادة تشكيله
brief-label-own-description = ما هو؟
brief-surprise-title = هل هي مفاجأة؟
brief-surprise = إنها مفاجأة: يجب عدم التواصل مع من سيرتدي الخاتم
brief-label-notes = مصادر الإلهام وأي شيء آخر (اختياري)

## Consent and sending
brief-consent = أوافق على أن يتواصل معي الصائغ بشأن هذا الطلب.
brief-privacy = كيف تُستخدم بياناتك: { $link }.
brief-privacy-link = إشعار الخصوصية الخاص بالصائغ
brief-label-website = الموقع الإلكتروني
brief-button-send = أرسِل إلى الصائغ
brief-button-sending = جارٍ الإرسال…
brief-button-preparing = جارٍ تجهيز الصور…
brief-button-retry = أعِد المحاولة الآن
brief-status-sending = { $photos ->
    [0] جارٍ إرسال طلبك وثلاث صور للخاتم إلى الصائغ…
    [one] جارٍ إرسال طلبك وثلاث صور للخاتم وصورتك إلى الصائغ…
    [two] جارٍ إرسال طلبك وثلاث صور للخاتم وصورتيك إلى الصائغ…
    [few] جارٍ إرسال طلبك وثلاث صور للخاتم وصورك الـ{ $photos } إلى الصائغ…
    [many] جارٍ إرسال طلبك وثلاث صور للخاتم وصورك الـ{ $photos } إلى الصائغ…
   *[other] جارٍ إرسال طلبك وثلاث صور للخاتم وصورك الـ{ $photos } إلى الصائغ…
}
brief-status-busy = { $seconds ->
    [zero] خادم الصائغ مشغول. طلبك محفوظ في هذا المتصفح وسيُرسل مرة أخرى الآن.
    [one] خادم الصائغ مشغول. طلبك محفوظ في هذا المتصفح وسيُرسل مرة أخرى بعد ثانية واحدة.
    [two] خادم الصائغ مشغول. طلبك محفوظ في هذا المتصفح وسيُرسل مرة أخرى بعد ثانيتين.
    [few] خادم الصائغ مشغول. طلبك محفوظ في هذا المتصفح وسيُرسل مرة أخرى بعد { $seconds } ثوانٍ.
    [many] خادم الصائغ مشغول. طلبك محفوظ في هذا المتصفح وسيُرسل مرة أخرى بعد { $seconds } ثانية.
   *[other] خادم الصائغ مشغول. طلبك محفوظ في هذا المتصفح وسيُرسل مرة أخرى بعد { $seconds } ثانية.
}
brief-status-busy-minutes = { $minutes ->
    [zero] خادم الصائغ مشغول. طلبك محفوظ في هذا المتصفح وسيُرسل مرة أخرى الآن.
    [one] خادم الصائغ مشغول. طلبك محفوظ في هذا المتصفح وسيُرسل مرة أخرى بعد دقيقة واحدة.
    [two] خادم الصائغ مشغول. طلبك محفوظ في هذا المتصفح وسيُرسل مرة أخرى بعد دقيقتين.
    [few] خادم الصائغ مشغول. طلبك محفوظ في هذا المتصفح وسيُرسل مرة أخرى بعد { $minutes } دقائق.
    [many] خادم الصائغ مشغول. طلبك محفوظ في هذا المتصفح وسيُرسل مرة أخرى بعد { $minutes } دقيقة.
   *[other] خادم الصائغ مشغول. طلبك محفوظ في هذا المتصفح وسيُرسل مرة أخرى بعد { $minutes } دقيقة.
}
brief-status-unreachable-kept = تعذّر الوصول إلى خادم الصائغ، لذا لم يُرسل طلبك بعد. إنه محفوظ في هذا المتصفح ونواصل المحاولة: سيُرسل تلقائيًا فور عودة الاتصال — حتى لو أغلقت هذه الصفحة وعدت لاحقًا.
brief-status-unreachable-unkept = تعذّر الوصول إلى خادم الصائغ، لذا لم يُرسل طلبك بعد. لم يتمكن هذا المتصفح من حفظه، لذا يُرجى إبقاء هذه الصفحة مفتوحة: سيُرسل تلقائيًا فور عودة الاتصال.
brief-refused-too-large = رفض خادم الصائغ الطلب: حجمه أكبر من أن يُرسل. احذف صورة، أو انسخ رابط المشاركة وأرسله بالبريد الإلكتروني.
brief-refused-unreadable = رفض خادم الصائغ الطلب: تعذّرت عليه قراءته. انسخ رابط المشاركة وأرسله بالبريد الإلكتروني.
brief-refused-key = رفض خادم الصائغ الطلب: استُخدم هذا الإرسال من قبل لطلب آخر. أعِد تحميل الصفحة ثم أرسل من جديد.
brief-refused-forbidden = رفض خادم الصائغ الطلب: لا يُسمح لهذا الموقع بإرسال الطلبات إليه. انسخ رابط المشاركة وأرسله بالبريد الإلكتروني.
brief-refused-other = رفض خادم الصائغ الطلب. انسخ رابط المشاركة وأرسله بالبريد الإلكتروني.

## Inspiration photos
brief-photos-title = صور للإلهام (اختياري)
brief-photos-hint = حتى { $max } صور لخواتم تعجبك، بصيغة JPEG أو PNG أو WebP، وحتى { $size } لكل صورة. تُصغَّر قبل الإرسال ({ $pixels } بكسل على الأكثر) وتُحذف منها بيانات موقع الكاميرا.
brief-photos-lost = { $n ->
    [zero] طلبك من زيارتك السابقة موجود هنا ولم يُرسل بعد.
    [one] طلبك من زيارتك السابقة موجود هنا ولم يُرسل بعد، لكن هذا المتصفح لم يحتفظ بصورته — يُرجى إضافتها مجددًا ثم الإرسال.
    [two] طلبك من زيارتك السابقة موجود هنا ولم يُرسل بعد، لكن هذا المتصفح لم يحتفظ بصورتيه — يُرجى إضافتهما مجددًا ثم الإرسال.
    [few] طلبك من زيارتك السابقة موجود هنا ولم يُرسل بعد، لكن هذا المتصفح لم يحتفظ بصوره الـ{ $n } — يُرجى إضافتها مجددًا ثم الإرسال.
    [many] طلبك من زيارتك السابقة موجود هنا ولم يُرسل بعد، لكن هذا المتصفح لم يحتفظ بصوره الـ{ $n } — يُرجى إضافتها مجددًا ثم الإرسال.
   *[other] طلبك من زيارتك السابقة موجود هنا ولم يُرسل بعد، لكن هذا المتصفح لم يحتفظ بصوره الـ{ $n } — يُرجى إضافتها مجددًا ثم الإرسال.
}
brief-photos-list = الصور في طلبك
brief-photo-alt = صورة الإلهام { $n }: { $name }
brief-photo-remove = إزالة
brief-photo-remove-which = الصورة { $n }، { $name }
brief-photos-full = { $max ->
   *[other] أقصى عدد من الصور يمكن أن يحمله الطلب هو { $max }
}
brief-photos-add = إضافة صور
brief-photos-preparing = { $n ->
    [zero] جارٍ تجهيز الصور…
    [one] جارٍ تجهيز صورة واحدة…
    [two] جارٍ تجهيز صورتين…
    [few] جارٍ تجهيز { $n } صور…
    [many] جارٍ تجهيز { $n } صورة…
   *[other] جارٍ تجهيز { $n } صورة…
}
brief-photo-removed = أُزيلت «{ $name }».
brief-size-kb = { $n } كيلوبايت
brief-size-mb = { $n } ميغابايت
brief-photo-error-type = لم تُضف «{ $name }»: يُرجى اختيار صور بصيغة JPEG أو PNG أو WebP فقط.
brief-photo-error-too-large = لم تُضف «{ $name }»: حجمها { $size }، ويمكن إضافة صور حتى { $limit }.
brief-photo-error-unreadable = لم تُضف «{ $name }»: تعذّر فتحها كصورة.
brief-photo-error-too-detailed = لم تُضف «{ $name }»: حتى بعد تصغيرها يبقى حجمها أكبر من { $limit }. يُرجى اختيار صورة أخرى.
brief-photo-error-too-many = لم تُضف «{ $name }»: يمكن أن يحمل الطلب { $max } صور على الأكثر.

## The confirmation
brief-done-title = طلبك الآن لدى الصائغ
brief-done-reference = رقمك المرجعي: { $reference }. اذكره كلما تواصلت مع الصائغ.
brief-done-commission-link = صفحة طلبك
brief-done-commission-new-tab = (يُفتح في علامة تبويب جديدة)
brief-done-commission-text = احتفظ بهذا الرابط الخاص (تجده في بريدك الإلكتروني أيضًا): فيه المحادثة والتصاميم المعدّلة وموعدك.
brief-done-next-title = ماذا يحدث بعد ذلك
brief-done-next-reply = يقرأ الصائغ طلبك ويرد عليك شخصيًا، عادةً خلال بضعة أيام عمل. نسخة مع صورة لتصميمك في طريقها إلى بريدك.
brief-done-next-first-idea = الصورة ثلاثية الأبعاد فكرة أولى وليست القطعة النهائية: تُحدَّد النِّسب والأحجار واللمسة النهائية بالاتفاق مع الصائغ.
brief-done-next-size = يُتحقَّق من مقاس الخاتم قبل صنع أي شيء.
brief-done-next-surprise = إنها مفاجأة: يتواصل الصائغ معك وحدك، ولا يتواصل أبدًا مع من سيرتدي الخاتم.
brief-done-kept = يبقى هذا التأكيد هنا، حتى لو أعدت تحميل الصفحة، إلى أن تبدأ تصميمًا جديدًا.
brief-done-start-new = ابدأ تصميمًا جديدًا
