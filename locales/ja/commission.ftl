# The visitor's commission page: thread, proposals, booking, stages, privacy.

## The page
com-opening = ご依頼ページを開いています…
com-open-failed-title = ご依頼ページを開けませんでした
com-refresh-failed = ページを最新の状態にできませんでした：{ $reason }
com-title = ご依頼 { $reference }
com-skip-conversation = やり取りへ移動します
com-status-title = 現在の状況：

## Why a request did not succeed
com-error-unknown = このリンクは見つかりません
com-error-revoked = このリンクはジュエラーによって無効にされました
com-error-expired = このリンクは有効期限が切れています
com-error-network = ショップのサーバーに接続できませんでした
com-error-busy = ショップのサーバーが混み合っています（HTTP { $status }）。少し時間をおいてお試しください
com-error-slot-taken = その時間はたった今ほかの方が予約しました
com-error-rate-limited = 短時間にリクエストが多すぎます。1 分ほど待ってからお試しください
com-error-too-large = 写真の合計サイズが大きすぎます。一度に送る枚数を減らしてください
com-error-invalid = ショップのサーバーがこの内容を受け付けませんでした。入力内容をご確認ください
com-error-conflict = すでに完了しているか、その間に変更がありました。ページを再読み込みして最新の状況をご確認ください
com-error-gone = この操作はできなくなりました。ページを再読み込みして最新の状況をご確認ください
com-error-not-found = この項目はもうありません。ページを再読み込みして最新の状況をご確認ください
com-error-other = ショップのサーバーがリクエストを受け付けませんでした

## A link that opens nothing
com-link-revoked-title = このリンクは無効になりました
com-link-revoked-text = ジュエラーがこのリンクを無効にしました。新しいリンクをご依頼ください。
com-link-expired-title = このリンクは有効期限が切れています
com-link-expired-text = ご依頼ページへのリンクには有効期限が設定されることがあります。ジュエラーに新しいリンクをご依頼ください。
com-link-unknown-title = このリンクではご依頼ページを開けません
com-link-unknown-text = メールからリンク全体がコピーされているかご確認ください。それでも開けない場合は、そのメールにご返信ください。返信はジュエラーに届き、新しいリンクを送ってもらえます。
com-link-safe = リンクを閉じても何も消えません。削除をご依頼いただいた場合を除き、お送りいただいた内容はジュエラーのもとに残ります。
com-link-contact = { $shop } へのご連絡は { $email } までお願いします。

## The design
com-design-title = あなたのデザイン
com-design-agreed = { $when } に合意
com-design-sent = { $when } に送信
com-design-brief-title = 送信したご依頼内容
com-design-pictures-title = ご依頼と一緒に送った画像
com-design-picture = あなたのデザイン（{ $view }）
com-view-three-quarter = 斜め前から
com-view-top = 上から
com-view-side = 横から
com-drawing-ring = 指輪を描いています…
com-sketch-caption = スケッチ：{ $metal }、{ $stone }
com-sketch-caption-band = スケッチ：{ $metal }

## Proposals
com-proposals-title = ご提案デザイン
com-proposed-at = { $when } にご提案
com-changes-title = 変更点
com-change-line = { $what }：{ $from } → { $to }
com-price-range = 価格帯：{ $low }〜{ $high }
com-answer-accepted = このデザインを承認しました
com-answer-changes = 変更を依頼しました
com-answer-line = { $answer }（{ $when }）
com-answer-comment-label = コメント（変更してほしい点や、ジュエラーへのひとこと）
com-answer-accept = このデザインで進める
com-answer-ask-changes = 変更を依頼する
com-compare-before = 変更前のデザイン
com-compare-proposal = ご提案
com-compare-ring = リング
com-compare-metal = 地金
com-compare-stone = センターストーン
com-compare-to-settle = 未決定の点
com-compare-grams = 約 { $g } g
com-compare-stone-mm = { $length } × { $width } mm
com-compare-no-stone = —
com-compare-nothing = なし

## The conversation
com-thread-title = やり取り
com-thread-empty = まだメッセージはありません。ジュエラーからのメッセージはここに届きます。こちらから先に書くこともできます。
com-thread-you = あなた
com-photo-link = 写真：{ $name }（原寸で開きます）
com-reply-label = ジュエラーにメッセージを書く
com-reply-count = { $n } / { $max } 文字
com-reply-add-photos = 写真を追加（{ $max } 枚まで）
com-reply-photos-max = 1 通のメッセージに添付できる写真は { $max } 枚までです。
com-reply-remove = { $name } を削除
com-reply-send = 送信
com-reply-sending = 送信中…
com-reply-not-sent-yet = まだ送信されていません：{ $reason }。メッセージは保持されています。もう一度「送信」を押してください。
com-reply-not-sent = 送信できませんでした：{ $reason }

## Booking
com-booking-title = ご相談の予約
com-booking-closed = ジュエラーはまだオンライン予約を受け付けていません。やり取りの中で日時をご提案します。
com-booking-taken = その時間はたった今ほかの方が予約しました。別の時間をお選びください。
com-booking-summary = { $kind }、{ $day } { $start }〜{ $end }
com-booking-zones = あなたのタイムゾーン（{ $zone }）での時刻です。ショップの時刻：{ $shop }（{ $shop_zone }）。
com-booking-cancel = 予約をキャンセル
com-booking-cancel-question = { $day } { $start } のご相談をキャンセルしますか？
com-booking-cancel-yes = はい、キャンセルします
com-booking-keep = 予約を残す
com-slots-failed = 空き時間を読み込めませんでした：{ $reason }
com-slots-pick = 時間をお選びください。時刻はあなたのタイムゾーン（{ $zone }）で表示しています。ショップのタイムゾーンは { $shop_zone } です。
com-slots-move = 別の時間に変更できます。時刻はあなたのタイムゾーン（{ $zone }）で表示しています。ショップのタイムゾーンは { $shop_zone } です。
com-kind-title = ご相談の方法をお選びください
com-slots-none = 今後 3 週間は空き時間がありません。やり取りの中でジュエラーにご相談ください。
com-slots-more = さらに表示
com-slot-shop-time = ショップの時刻：{ $shop }
com-slot-name = { $time }（ショップの時刻：{ $shop }）
com-slot-chosen = { $kind }、{ $day } { $start }（お客様のタイムゾーン：{ $zone }）
com-slot-book = この時間で予約します
com-slot-move = この時間に変更します
com-slot-other = 別の時間を選びます
com-your-zone = あなたのタイムゾーン

## The making
com-timeline-title = 制作の様子
com-stage-photo = { $stage }：{ $name }

## Privacy
com-privacy-title = あなたのデータ
com-privacy-download = データをダウンロード（JSON）
com-privacy-download-text = このご依頼についてショップが保管しているすべての情報：ご依頼内容、メッセージ、ご提案、予約、制作の記録、ジュエラーのメモ。
com-privacy-notice = ショップでの保管方法：{ $link }
com-privacy-notice-link = プライバシーポリシー
com-erasure-requested = { $when } に削除をご依頼いただきました。ジュエラーに連絡済みです。ご依頼内容、やり取り、ご提案、予約、写真を削除し、メールでお知らせします。法律で保管が義務づけられているもの（請求書など）は、必要な期間だけ保管されます。
com-erasure-text = このご依頼の削除をジュエラーに依頼できます：ご依頼内容、やり取り、ご提案、予約、すべての写真。削除後、このページは使えなくなります。
com-erasure-comment = ジュエラーに伝えておきたいこと（任意）
com-erasure-ask = 削除を依頼する
com-erasure-question = このご依頼の削除をジュエラーに依頼しますか？削除されると、このページは使えなくなり、やり取りも消えます。
com-erasure-yes = はい、削除を依頼します
com-erasure-keep = ご依頼を残す
com-page-title = お客様のオーダー
