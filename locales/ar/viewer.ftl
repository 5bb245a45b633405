# The ring viewer, which the configurator, the commission page and the studio all show: its views,
# tools, the no-WebGL fallback and the postcard.

viewer-unavailable = لا تعمل المعاينة ثلاثية الأبعاد في هذا المتصفح
viewer-unavailable-why = ({ $reason }). تبقى اختياراتك محفوظة؛ وهذا خاتمك موصوفًا بالكلمات:
viewer-unavailable-words-beside = ({ $reason }). التصميم موصوف بالكلمات في هذه الصفحة.
viewer-reason-no-webgl2 = هذا المتصفح لا يدعم WebGL2
viewer-reason-context = تعذّر تهيئة سياق الرسوميات: { $detail }
viewer-roledescription = معاينة تفاعلية ثلاثية الأبعاد
viewer-label = { $summary }. استخدم مفاتيح الأسهم لتدويره و+ أو - للتكبير والتصغير.
viewer-tools = المعاينة
viewer-view-three-quarter = منظر ¾
viewer-view-three-quarter-short = ¾
viewer-view-top = أعلى
viewer-view-top-short = أعلى
viewer-view-side = جانبي
viewer-view-side-short = جانبي
viewer-view-front = أمامي
viewer-view-front-short = أمامي
viewer-view-inside = داخلي
viewer-view-inside-short = داخلي
viewer-turntable = قرص دوّار
viewer-turntable-short = دوّار
viewer-turntable-title = يدور ببطء من تلقاء نفسه
viewer-turntable-paused = توقّف القرص الدوّار ليبقى هذا الجهاز سريع الاستجابة. اضغط ↻ لتدوير الخاتم على أي حال.
viewer-turntable-paused-short = متوقّف
viewer-turntable-paused-label = قرص دوّار، متوقّف
viewer-postcard = بطاقة بريدية
viewer-postcard-short = بطاقة
viewer-postcard-label = حفظ البطاقة البريدية
viewer-postcard-title = تنزيل بطاقة بريدية لخاتمك
viewer-hint = اسحب للتدوير · اقرص أو مرّر للتكبير
viewer-postcard-note = فكرة أولى لمناقشتها مع صائغك. قد يختلف الخاتم النهائي عنها.
viewer-postcard-file = my-ring.png
