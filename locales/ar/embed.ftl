# The embed loader's words (public/embed.js) on a shop's own page. Each message is one line of
# text whose only placeables are `{ $name }` and `{ $host }`: the loader reads this file with a few
# lines of JavaScript, not with a Fluent library (the messages check holds every file to that).

embed-loading = يُفتح مصمم الخواتم هنا.
embed-no-shop = ينقص مصمم الخواتم هذا عنوانُ الصائغ.
embed-unreachable = يتعذّر الوصول إلى مصمم الخواتم الآن.
embed-refused = لا يمكن فتح مصمم الخواتم داخل هذه الصفحة: لم يفعّله { $name } للموقع { $host }.
embed-refused-unnamed = لا يمكن فتح مصمم الخواتم داخل هذه الصفحة: لم يفعّله الصائغ للموقع { $host }.
embed-open = افتح مصمم الخواتم
embed-open-shop = صمّم خاتمك على موقع { $name }
embed-slow = هل يستغرق الأمر وقتًا طويلًا؟
embed-frame-title = مصمم الخواتم
