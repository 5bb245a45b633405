# The jeweler's studio (always in the shop's language).
# English is the source: every other language has exactly these keys and arguments.

## Shared by every page
studio-mark = スタジオ
studio-opening = スタジオを開いています…
studio-session-unchecked = スタジオでログイン状態を確認できませんでした：{ $why }
studio-failed = { $what }：{ $why }。
studio-sign-in-again = もう一度ログイン
studio-as-written = { $text }
studio-keep-it = そのままにする
studio-cancel = キャンセル
studio-loading = 読み込み中…

## Errors from the server ($reason is the server's own words)
studio-error-unauthorized = { $reason }
studio-error-rate-limited = 試行回数が多すぎます。{ $wait }待ってからもう一度お試しください
studio-error-forbidden = サーバーがこの変更を拒否しました（{ $reason }）。ページを再読み込みしてもう一度お試しください
studio-error-not-found = 見つかりません：{ $reason }
studio-error-rejected = { $reason }
studio-error-server = サーバーが応答できませんでした（HTTP { $status }）。しばらくしてからもう一度お試しください
studio-error-network = サーバーに接続できませんでした：{ $reason }
studio-error-unreadable = サーバーの応答を読み取れませんでした：{ $reason }
studio-wait-seconds = { $n ->
   *[other] { $n }秒
}
studio-wait-minutes = { $n ->
   *[other] { $n }分
}

## Days until a date
studio-days-today = 今日
studio-days-tomorrow = 明日
studio-days-yesterday = 昨日
studio-days-ahead = { $n ->
   *[other] あと{ $n }日
}
studio-days-ago = { $n ->
   *[other] { $n }日前
}

## The bar
studio-nav-availability = 予約受付
studio-sign-out = ログアウト
studio-shop-switch = ショップ

## Sign-in and first account
studio-login-title = スタジオにログイン
studio-login-lead = お客様から届いたご依頼がここで待っています。
studio-login-no-account = アカウントがまだありません。サーバーが起動時にログへ出力した一度限りのセットアップリンクを開くか、次のコマンドでサーバーにアカウントを追加してください：
studio-login-no-match = このメールアドレスとパスワードに一致するアカウントがありません。両方を確認して、もう一度お試しください。
studio-login-limited = 試行回数が多すぎます。{ $wait }待ってからもう一度お試しください。パスワードを推測から守るため、ログインの回数は制限されています。
studio-field-email = メールアドレス
studio-field-password = パスワード
studio-sign-in = ログイン
studio-signing-in = ログインしています…
studio-setup-title = スタジオのセットアップ
studio-setup-lead = 最初のアカウントを作成します。お客様からのご依頼はここに届きます。
studio-setup-need-token = サーバーログにあるセットアップトークンを貼り付けてください。
studio-setup-need-email = ログインに使うメールアドレスを入力してください。
studio-setup-short-password = { $n ->
   *[other] { $n }文字以上のパスワードを設定してください。
}
studio-setup-passwords-differ = 2つのパスワードが一致しません。同じパスワードを2回入力してください。
studio-setup-link-used = このセットアップリンクはもう使えません（一度しか使えません）。ログインするか、atelier-server user add でサーバーにアカウントを作成してください。
studio-field-setup-token = セットアップトークン（サーバーログに記載）
studio-field-your-email = あなたのメールアドレス
studio-field-new-password = { $n ->
   *[other] パスワード（{ $n }文字以上）
}
studio-field-password-again = パスワード（確認）
studio-create-account = アカウントを作成
studio-creating = 作成しています…

## The inbox
studio-inbox-title = ご依頼
studio-export = エクスポート
studio-search-label = 名前、メールアドレス、参照番号で検索
studio-search = 検索
studio-filter-status = ステータスで絞り込む
studio-filter-turn = やり取りで絞り込む
studio-filter-all = すべて
studio-turn-visitor-replied = お客様から返信あり
studio-turn-awaiting-reply = あなたの返信待ち
studio-inbox-list = ご依頼（新しい順）
studio-inbox-loading = ご依頼を読み込んでいます…
studio-inbox-more = さらに表示
studio-inbox-more-failed = 続きのご依頼を読み込めませんでした
studio-inbox-not-loaded = 受信箱を読み込めませんでした
studio-inbox-no-match = 「{ $q }」に一致するご依頼はありません。
studio-inbox-none-in-status = このステータスのご依頼はありません。
studio-inbox-empty = ご依頼はまだありません。お客様がデザインを送ると、ここに表示されます。
studio-inbox-no-visitor-replied = あなたの最後のメッセージ以降、お客様からの書き込みはありません。
studio-inbox-nothing-awaits = 返信待ちのものはありません。どのやり取りも、最後のメッセージはあなたのものです。
studio-inbox-no-erasure = データの削除を依頼した訪問者はいません。
studio-filter-erasure = 削除の依頼あり
studio-row-erasure-requested = { $date } に削除の依頼あり
studio-row-changed-by-proposal = 提案で変更済み
studio-row-needed-by = { $date }までに必要
studio-row-needed-by-days = { $date }までに必要（{ $days }）
studio-row-by = { $date }まで
studio-row-by-days = { $date }まで（{ $days }）

## Erasing a brief
studio-erase = 消去
studio-delete = このご依頼を削除…
studio-delete-question = { $reference }を画像・メモ・配信記録ごと完全に削除しますか？元に戻すことはできません。
studio-delete-yes = はい、削除します
studio-delete-failed = ご依頼は削除されませんでした

## Private notes
studio-notes-title = 社内メモ
studio-notes-none = メモはまだありません。
studio-notes-label = メモを追加（お客様のページには表示されませんが、お客様がデータをダウンロードすると含まれます）
studio-notes-failed = メモは保存されませんでした
studio-notes-add = メモを追加

## Revising the design
studio-revise-no-change = まだ変更はありません。
studio-revise-unreadable = デザインを読み取れませんでした。
studio-revise-region = デザインの修正
studio-revise-title = { $reference }を修正中
studio-revise-opening = コンフィギュレーターを開いています…
studio-revise-use = このデザインを使う
studio-revise-not-opened = デザインを開けませんでした
studio-revise-opening-design = デザインを開いています…
studio-revise-frame = ご依頼の現在のデザインを表示したコンフィギュレーター

## Specification and status
studio-specs = 仕様
studio-status-title = ステータス
studio-status-move-to = 変更先
studio-status-change = ステータスを変更
studio-status-failed = ステータスは変更されませんでした
studio-status-history = 履歴
studio-status-from-to = { $from } → { $to }
studio-status-arrived = 「新規」として受信

## One brief
studio-brief-not-opened = このご依頼を開けませんでした
studio-brief-back = ← すべてのご依頼
studio-brief-opening = { $reference }を開いています…
studio-brief-mail-subject = リングのデザインについて（{ $reference }）
studio-brief-deadline-days = { $date }（{ $days }）
studio-brief-rush = （特急：通常、ジュエラーは3〜4か月の期間をいただきます）
studio-brief-received = { $when }に受信
studio-brief-actions = ご依頼の操作
studio-brief-reply = メールで返信
studio-brief-open-design = デザインを開く
studio-brief-open-original = 元のデザインを開く
studio-brief-original-design = 元のデザイン：{ $summary }
studio-brief-print = 印刷
studio-brief-surprise-banner = サプライズ：着用される方には決して連絡しないでください。{ $name }様とだけやり取りしてください。
studio-brief-snapshots = スナップショット
studio-brief-snapshots-original = 元のデザインのスナップショット
studio-brief-inspiration = お客様からのイメージ
studio-brief-contact = 連絡先
studio-brief-name = お名前
studio-brief-phone = 電話
studio-brief-prefers = ご希望の連絡方法
studio-brief-surprise = サプライズ
studio-brief-surprise-yes = はい：着用される方には連絡しないでください
studio-brief-surprise-no = いいえ
studio-brief-language = 言語
studio-brief-timeline = 用途・時期・ご予算
studio-brief-occasion = 用途
studio-brief-not-given = 未記入
studio-brief-needed-by = 希望時期
studio-brief-no-date = 日付の指定なし
studio-brief-budget = ご予算
studio-brief-against-estimate = 見積もりとの比較
studio-brief-warnings = 注意事項
studio-brief-visitor-words = お客様のことば
studio-brief-no-notes = 備考はありません。
studio-written-in = { $language }で記入（お客様が書いたとおりに表示）
studio-view-three-quarter = 斜めからの表示
studio-view-top = 上からの表示
studio-view-side = 横からの表示
studio-view-snapshot = スナップショット
studio-view-other = 表示：{ $view }
studio-estimate-no-prices = 価格表が設定されていません。仕様をもとにお見積もりください。
studio-estimate-missing = 価格表に{ $what }の価格がありません。個別にお見積もりください。
studio-estimate-no-budget = 見積もり { $low }〜{ $high }。お客様はご予算を指定していません。
studio-estimate-other-currency = 見積もり { $low }〜{ $high }（{ $prices }時点の価格）。ご予算は{ $budget_currency }建てです。
studio-estimate-within = 見積もり { $low }〜{ $high }（{ $prices }時点の価格）：ご予算の範囲内です。
studio-estimate-above = 見積もり { $low }〜{ $high }（{ $prices }時点の価格）：ご予算を少なくとも{ $over }上回ります。
studio-estimate-upper-above = 見積もり { $low }〜{ $high }（{ $prices }時点の価格）：上限がご予算を上回ります。

## The commission on the brief page
studio-commission = ご注文
studio-commission-loading = やり取りを読み込んでいます…
studio-commission-not-loaded = やり取りとご提案を読み込めませんでした
studio-commission-page-says = お客様のページの表示：{ $status }
studio-erasure-asked = お客様が{ $when }にデータの消去を依頼されました。
studio-erasure-what-to-do = プライバシーポリシーでお約束した期間内（標準のポリシーでは1か月）に、下の「消去」にある「このご依頼を削除…」でこのご依頼を消去してください。

## Proposed designs
studio-proposals-title = ご提案したデザイン
studio-proposals-none = まだデザインをご提案していません。
studio-proposals-propose = 変更を提案する
studio-proposal-waiting = お客様のお返事を待っています。
studio-proposal-accepted = お客様が承諾されました
studio-proposal-changes-requested = お客様から変更のご希望がありました
studio-proposal-no-change = デザインに変更はありません。
studio-proposal-proposed = { $when }にご提案
studio-proposal-price = 価格：{ $price }
studio-proposal-same = 現在のデザインと同じです。
studio-proposal-new = 新しいご提案
studio-proposal-what-changes = 変更点：
studio-proposal-message = お客様へのメッセージ
studio-proposal-price-range = 価格帯（任意）
studio-proposal-from = 下限
studio-proposal-to = 上限
studio-proposal-currency = 通貨
studio-proposal-failed = ご提案は送信されませんでした
studio-proposal-send = ご提案を送信
studio-proposal-discard = 破棄
studio-price-both-ends = 価格帯は上限と下限の両方を整数で入力するか、どちらも空欄にしてください。
studio-price-order = 価格帯の下限が上限を上回っています。
studio-price-currency = 通貨は JPY や USD のような3文字のコードで入力してください。

## The making
studio-saving = 保存しています…
studio-stages-title = 制作の進み具合
studio-stages-none = まだ始まっていません。
studio-stages-move-to = 次の工程へ
studio-stages-note = お客様へのメモ（任意）
studio-stages-photo = 写真（任意）
studio-stages-notify = お客様にメールで知らせる
studio-stages-failed = 工程は記録されませんでした
studio-stages-save = この工程に進める

## The conversation
studio-sending = 送信しています…
studio-conversation-title = お客様とのやり取り
studio-conversation-none = メッセージはまだありません。ここに書いた内容は、メールとお客様のご注文ページでお客様に届きます。
studio-conversation-write = お客様へのメッセージ
studio-conversation-left = { $n ->
   *[other] 残り{ $n }文字
}
studio-conversation-failed = メッセージは送信されませんでした
studio-conversation-send = メッセージを送信
studio-conversation-visitor = お客様
studio-conversation-you = あなた
studio-proposal-answer-quoted = { $answer }：「{ $comment }」

## The consultation
studio-appointment-pick = 空いている時間からお選びください。
studio-appointment-when = { $kind }：{ $start } – { $end }（あなたの時刻）
studio-appointment-at-shop = 店舗（{ $zone }）：{ $time }
studio-appointment-visitor-time = お客様の時刻（{ $zone }）：{ $time }
studio-appointment-title = ご相談
studio-appointment-none = 予約はありません。お客様はご注文ページから予約されます。
studio-appointment-move-lead = 別の空き時間に変更：
studio-appointment-book-lead = お客様のために空き時間を予約：
studio-appointment-how = 方法
studio-appointment-book-failed = ご相談は予約されませんでした
studio-appointment-move = ご相談の日時を変更
studio-appointment-book = 予約する
studio-appointment-cancel = ご相談をキャンセル
studio-appointment-cancel-question = お客様とあなたにキャンセルのメールが届きます。ご相談をキャンセルしますか？
studio-appointment-cancel-yes = はい、キャンセルします
studio-appointment-cancel-failed = ご相談はキャンセルされませんでした
studio-slots-not-loaded = 空き時間を読み込めませんでした
studio-slots-not-open = まだ予約を受け付けていません。先に「予約受付」で営業時間を保存してください。
studio-slots-none = { $n ->
   *[other] 今後{ $n }日間に空き時間はありません。営業時間は「予約受付」で設定できます。
}
studio-slots-lead = 店舗の時刻（{ $zone }）です。あなたの時刻が異なる場合はかっこ内に表示します。
studio-slots-title = 空き時間
studio-slots-loading = 空き時間を読み込んでいます…
studio-slots-later = 以降の日程
studio-slot-your-time = （あなたの時刻 { $time }）

## The visitor's private link
studio-link-never = 有効期限なし
studio-link-30-days = 30日後に失効
studio-link-90-days = 90日後に失効
studio-link-year = 1年後に失効
studio-link-none = リンクはまだ発行されていません。
studio-link-title = お客様専用リンク
studio-link-issued = 新しいリンクをお客様にメールで送りました（表示されるのは今だけです）：
studio-link-new = 新しいリンク
studio-link-issue-failed = 新しいリンクは発行されませんでした
studio-link-issue = 新しいリンクを発行
studio-link-issue-question = お客様の現在のリンクは使えなくなり、新しいリンクがメールで送られます。新しいリンクを発行しますか？
studio-link-issue-yes = はい、発行します
studio-link-revoke = リンクを無効にする
studio-link-revoke-question = お客様はご自分のページを開けなくなります。無効にしますか？
studio-link-revoke-yes = はい、無効にします
studio-link-revoke-failed = リンクは無効になりませんでした
studio-link-revoked = { $issued }に発行、{ $revoked }に無効化。ページはもう開けません。
studio-link-until = { $issued }に発行、{ $until }まで有効です。
studio-link-forever = { $issued }に発行、有効期限はありません。

## Deliveries
studio-deliveries-title = 配信
studio-deliveries-none = このご依頼について送信されたものはありません。
studio-delivery-sent = 送信済み
studio-delivery-waiting = 待機中
studio-delivery-dead = 断念
studio-delivery-attempts = { $n ->
   *[other] { $n }回試行
}
studio-delivery-next = 次回の試行 { $when }
studio-delivery-every-attempt = すべての試行
studio-delivery-retry = 今すぐ再試行
studio-delivery-retry-failed = 再試行は予約されませんでした
studio-delivery-jeweler-email = あなた宛てのメール
studio-delivery-visitor-email = お客様への確認メール
studio-delivery-revision-email = お客様への修正デザイン
studio-delivery-message-email = メッセージのお知らせ
studio-delivery-proposal-email = ご提案またはそのお返事
studio-delivery-appointment-email = ご相談の招待状
studio-delivery-stage-email = お客様への制作状況のお知らせ
studio-delivery-link-email = お客様への新しいリンク
studio-delivery-erasure-email = あなた宛ての消去依頼
studio-delivery-webhook = Webhook

## Availability
studio-weekday-1 = 月曜日
studio-weekday-2 = 火曜日
studio-weekday-3 = 水曜日
studio-weekday-4 = 木曜日
studio-weekday-5 = 金曜日
studio-weekday-6 = 土曜日
studio-weekday-7 = 日曜日
studio-avail-not-loaded = 予約受付の設定を読み込めませんでした
studio-avail-title = ご相談の予約受付
studio-avail-hours-order = { $day }：終了時刻は開始時刻より後にしてください。
studio-avail-no-kind = ご相談の方法を1つ以上選んでください。
studio-avail-slot-whole = ご相談の長さは整数で入力してください。
studio-avail-buffer-whole = ご相談後の空き時間は整数で入力してください。
studio-avail-horizon-whole = 予約可能な期間は整数で入力してください。
studio-avail-notice-whole = 最短の予約締め切りは整数で入力してください。
studio-avail-closed = 定休日
studio-avail-from = 開始
studio-avail-to = 終了
studio-avail-remove-hours = { $day }のこの時間帯を削除
studio-avail-remove = 削除
studio-avail-add-hours-on = { $day }に時間帯を追加
studio-avail-add-hours = 時間帯を追加
studio-avail-open = お客様はご注文ページで、この営業時間内の空き時間を予約されます。
studio-avail-not-open = まだ予約を受け付けていません。営業時間を保存すると、お客様が予約できるようになります。
studio-avail-zone = 店舗のタイムゾーン
studio-avail-hours = 営業時間（店舗のタイムゾーン）
studio-avail-slot = ご相談の長さ（分）
studio-avail-buffer = ご相談後の空き時間（分）
studio-avail-horizon = 予約可能な期間（何日先まで）
studio-avail-notice = 最短の予約締め切り（時間前）
studio-avail-kinds = 受け付けるご相談の方法
studio-avail-dates-closed = 休業日
studio-avail-none = なし。
studio-avail-remove-date = 休業日から{ $date }を削除
studio-avail-add-date-label = 休業日を追加
studio-avail-add-date = 日付を追加
studio-avail-failed = 予約受付の設定は保存されませんでした
studio-avail-saved = 保存しました。
studio-avail-save = 予約受付の設定を保存
studio-page-title = { $shop } スタジオ
studio-warning-size-not-given = リングサイズがまだ指定されていません。お客様に確認するか、リングゲージを送ってください。
studio-warning-size-sizer = お客様がリングゲージを希望しています。ゲージを送り、指が最も太くなる夕方に測るようお伝えください。
studio-warning-size-unknown = お客様はサイズが分からず、リングゲージも希望していません。サイズがなければ標準サイズで制作し、後からのサイズ直しは追加料金がかかることがあります。
studio-warning-not-resizable-unsized = { $setting }のリングは後からサイズ直しができず、サイズもまだ指定されていません。制作前に指のサイズを正確に測ってもらってください。
studio-warning-soft-stone-in-bezel = { $stone }はモース硬度{ $low }～{ $high }で、日常で触れる砂ぼこりより柔らかい石です。{ $care }お客様が選んだ覆輪留めがしっかり守ります。
