# The configurator's first screen, fetched before anything is drawn (the panel's words come
# with the panel): the shop's bar, the stage around the ring, the page's title, and the sentences
# of a part of the page whose code is still on its way or could not be fetched (offline).
# English is the source: every other language has exactly these keys and arguments.

## The shop's bar

cfg-brand = Atelier
cfg-tagline = 指輪の最初のアイデアをかたちにして、ジュエラーと相談しましょう

## The page

cfg-stage = ライブプレビュー
cfg-page-title = { $shop } · 指輪をデザインする

## A part of the page (the panel, a step, the comparison) fetched when first needed

cfg-later-loading = 読み込んでいます…
cfg-later-missing = ページのこの部分を読み込めませんでした。接続を確認して、もう一度お試しください。
cfg-later-retry = 再試行
