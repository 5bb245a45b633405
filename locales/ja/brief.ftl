# The brief form, its field errors, and the confirmation after sending.

## The design above the form
brief-design-title = あなたのデザイン
brief-design-notes-title = ご相談したい点
brief-design-fix = 修正してください：{ $problem }
## Field errors
brief-errors-title = { $n ->
   *[other] 送信の前に、{ $n } 件の項目をご確認ください：
}
brief-errors-line = { $field }：{ $problem }
brief-error-whole-amount = 2500 のように、整数の金額を入力してください
brief-error-server = ジュエラーのサーバーがこの内容を受け付けませんでした。ご確認ください
brief-field-name = お名前
brief-field-email = メールアドレス
brief-field-phone = 電話番号
brief-field-budget-min = ご予算（下限）
brief-field-budget-max = ご予算（上限）
brief-field-currency = 通貨
brief-field-occasion = 用途
brief-field-deadline = ご希望の納期
brief-field-size = リングサイズ
brief-field-origin = 天然石またはラボグロウン
brief-field-own = お手持ちの素材
brief-field-notes = メモ
brief-field-consent = 同意
brief-field-photos = 写真
brief-field-ring = リング

## Contact
brief-contact-title = ご連絡先
brief-label-name = お名前
brief-label-email = メールアドレス
brief-label-phone = 電話番号（任意）
brief-channel-title = ご希望の連絡方法
brief-channel-email = メール
brief-channel-phone = お電話
brief-channel-message = SMS・メッセージアプリ

## Budget and timing
brief-budget-title = ご予算と時期
brief-label-budget-min = ご予算の下限（任意）
brief-label-budget-max = ご予算の上限
brief-label-currency = 通貨
brief-currency-option = { $code }（{ $name }）
brief-budget-range = ご予算：{ $min }〜{ $max }
brief-budget-up-to = ご予算：{ $max }まで
brief-budget-from = ご予算：{ $min }から
brief-budget-unreadable = ご予算：「{ $text }」は整数の金額ではありません。2500 のように小数なしで入力してください。
brief-label-occasion = 用途
brief-occasion-none = 回答しない
brief-occasion-engagement = 婚約
brief-occasion-wedding = 結婚
brief-occasion-anniversary = 記念日
brief-occasion-birthday = 誕生日
brief-occasion-gift = 贈り物
brief-occasion-for-myself = 自分用
brief-occasion-other = その他
brief-label-deadline = ご希望の納期（任意）
brief-label-occasion-other = どのような用途ですか？

## Size, stones, materials, surprise
brief-size-title = リングサイズ
brief-size-measured = ジュエラーで計測済み
brief-size-estimated = 自宅で測った目安
brief-size-unknown = やはりよくわからない
brief-origin-title = 天然石かラボグロウンか
brief-origin-natural = 天然石のみ
brief-origin-lab = ラボグロウンのみ
brief-origin-either = どちらでもよい
brief-origin-undecided = 未定・相談したい
brief-own-title = お手持ちの素材の活用
brief-own-stone = 使いたい石を持っています
brief-own-metal = 作り直したい金などの地金を持っています
brief-label-own-description = どのようなものですか？
brief-surprise-title = サプライズですか？
brief-surprise = サプライズです：着けるご本人には連絡しないでください
brief-label-notes = イメージやその他のご要望（任意）

## Consent and sending
brief-consent = このご依頼についてジュエラーから連絡を受けることに同意します。
brief-privacy = 個人情報の取り扱い：{ $link }
brief-privacy-link = ジュエラーのプライバシーポリシー
brief-label-website = ウェブサイト
brief-button-send = ジュエラーに送信
brief-button-sending = 送信中…
brief-button-preparing = 写真を準備中…
brief-button-retry = 今すぐ再送信
brief-status-sending = { $photos ->
    [0] ご依頼内容とリングの画像 3 枚をジュエラーに送信しています…
   *[other] ご依頼内容、リングの画像 3 枚、お写真 { $photos } 枚をジュエラーに送信しています…
}
brief-status-busy = { $seconds ->
   *[other] ジュエラーのサーバーが混み合っています。ご依頼はこのブラウザに保存されており、{ $seconds } 秒後に再送信します。
}
brief-status-busy-minutes = { $minutes ->
   *[other] ジュエラーのサーバーが混み合っています。ご依頼はこのブラウザに保存されており、{ $minutes } 分後に再送信します。
}
brief-status-unreachable-kept = ジュエラーのサーバーに接続できなかったため、ご依頼はまだ送信されていません。このブラウザに保存してあり、送信を続けて試みます。接続が戻りしだい自動で送信されます。このページを閉じて後で戻ってきても大丈夫です。
brief-status-unreachable-unkept = ジュエラーのサーバーに接続できなかったため、ご依頼はまだ送信されていません。このブラウザには保存できなかったため、このページを開いたままにしてください。接続が戻りしだい自動で送信されます。
brief-refused-too-large = ジュエラーのサーバーがご依頼を受け付けませんでした：サイズが大きすぎます。写真を 1 枚減らすか、共有リンクをコピーしてメールでお送りください。
brief-refused-unreadable = ジュエラーのサーバーがご依頼を受け付けませんでした：内容を読み取れませんでした。共有リンクをコピーしてメールでお送りください。
brief-refused-key = ジュエラーのサーバーがご依頼を受け付けませんでした：この送信はすでに別のご依頼に使われています。ページを再読み込みして、もう一度送信してください。
brief-refused-forbidden = ジュエラーのサーバーがご依頼を受け付けませんでした：このサイトからは送信できません。共有リンクをコピーしてメールでお送りください。
brief-refused-other = ジュエラーのサーバーがご依頼を受け付けませんでした。共有リンクをコピーしてメールでお送りください。

## Inspiration photos
brief-photos-title = イメージ写真（任意）
brief-photos-hint = お好きなリングの写真を { $max } 枚まで（JPEG・PNG・WebP、1 枚 { $size } まで）。送信前に縮小し（最大 { $pixels } ピクセル）、カメラの位置情報は削除します。
brief-photos-lost = { $n ->
   *[other] 前回のご依頼は未送信のままここにありますが、このブラウザには写真 { $n } 枚が残っていませんでした。もう一度追加してから送信してください。
}
brief-photos-list = ご依頼の写真
brief-photo-alt = イメージ写真 { $n }：{ $name }
brief-photo-remove = 削除
brief-photo-remove-which = 写真 { $n }（{ $name }）
brief-photos-full = { $max ->
   *[other] 1 件のご依頼に添付できる写真は { $max } 枚までです
}
brief-photos-add = 写真を追加
brief-photos-preparing = { $n ->
   *[other] 写真 { $n } 枚を準備中…
}
brief-photo-removed = 「{ $name }」を削除しました。
brief-size-kb = { $n } KB
brief-size-mb = { $n } MB
brief-photo-error-type = 「{ $name }」は追加できませんでした：JPEG・PNG・WebP の写真のみ添付できます。
brief-photo-error-too-large = 「{ $name }」は追加できませんでした：ファイルサイズが { $size } です。{ $limit } までの写真を添付できます。
brief-photo-error-unreadable = 「{ $name }」は追加できませんでした：画像として開けませんでした。
brief-photo-error-too-detailed = 「{ $name }」は追加できませんでした：縮小しても { $limit } を超えます。別の写真をお選びください。
brief-photo-error-too-many = 「{ $name }」は追加できませんでした：1 件のご依頼に添付できる写真は { $max } 枚までです。

## The confirmation
brief-done-title = ご依頼をジュエラーにお届けしました
brief-done-reference = 受付番号：{ $reference }。ジュエラーとのやり取りの際にお伝えください。
brief-done-commission-link = ご依頼ページ
brief-done-commission-new-tab = （新しいタブで開きます）
brief-done-commission-text = この非公開リンクは大切に保管してください（メールにも記載しています）。やり取り、修正デザイン、ご予約はこちらでご確認いただけます。
brief-done-next-title = 今後の流れ
brief-done-next-reply = ジュエラーがご依頼を拝見し、通常は数営業日以内に直接ご返信します。デザイン画像付きの控えをメールでお送りしました。
brief-done-next-first-idea = 3D 画像は最初のイメージで、完成品ではありません。プロポーション、石、仕上げはジュエラーと一緒に決めていきます。
brief-done-next-size = 制作に入る前に、リングサイズを確認します。
brief-done-next-surprise = サプライズのため、ジュエラーはあなたにのみ連絡し、着けるご本人には連絡しません。
brief-done-kept = この確認画面は、ページを再読み込みしても、新しいデザインを始めるまでここに表示されます。
brief-done-start-new = 新しいデザインを始める
