# The ring viewer, which the configurator, the commission page and the studio all show: its views,
# tools, the no-WebGL fallback and the postcard.

viewer-unavailable = このブラウザでは3Dプレビューを表示できません
viewer-unavailable-why = （{ $reason }）。お選びの内容はそのまま有効です。指輪を文章でご紹介します：
viewer-unavailable-words-beside = （{ $reason }）。デザインはこのページに文章で記載しています。
viewer-reason-no-webgl2 = このブラウザーは WebGL2 に対応していません
viewer-reason-context = グラフィックスの準備ができませんでした：{ $detail }
viewer-roledescription = 操作できる3Dプレビュー
viewer-label = { $summary }。矢印キーで回転、+ または - でズームします。
viewer-tools = プレビュー
viewer-view-three-quarter = ¾ビュー
viewer-view-three-quarter-short = ¾
viewer-view-top = 上
viewer-view-top-short = 上
viewer-view-side = 横
viewer-view-side-short = 横
viewer-view-front = 正面
viewer-view-front-short = 正面
viewer-view-inside = 内側
viewer-view-inside-short = 内側
viewer-turntable = 回転台
viewer-turntable-short = 回転
viewer-turntable-title = ゆっくり自動で回転します
viewer-turntable-paused = この端末の動作を保つため、回転台を止めました。↻ を押すと指輪を回せます。
viewer-turntable-paused-short = 停止中
viewer-turntable-paused-label = 回転台（停止中）
viewer-postcard = ポストカード
viewer-postcard-short = ポストカード
viewer-postcard-label = ポストカードを保存
viewer-postcard-title = 指輪のポストカードをダウンロード
viewer-hint = ドラッグで回転 · ピンチまたはスクロールでズーム
viewer-postcard-note = ジュエラーと相談するための最初のアイデアです。仕上がりは異なる場合があります。
viewer-postcard-file = my-ring.png
