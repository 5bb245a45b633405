# Emails and other texts the server writes: to the visitor in theirs, to the jeweler in the shop's.

## Shared

email-dear = { $name } 様
email-link-private = このリンクはお客様専用です。リンクを知っている人は誰でもやり取りを読めますので、他の方には共有しないでください。
email-link-inactive = オーダーページのリンクは無効になりました。ジュエラーに新しいリンクをご依頼ください。
email-commission-link = 進行状況の確認やジュエラーへの返信はオーダーページから行えます：{ $link }
email-commission-open = オーダーページを開いて、進行状況の確認やジュエラーへの返信を行えます。
email-studio-answer = スタジオで返信する：{ $link }
email-studio-answer-link = スタジオで返信する
email-studio-open = スタジオでご依頼を開く：
email-studio-open-link = スタジオでご依頼を開く
email-their-comment = お客様のコメント：
email-their-comment-in = お客様のコメント（{ $language }で記入）：
email-lang-en = 英語
email-lang-de = ドイツ語
email-lang-fr = フランス語
email-lang-it = イタリア語
email-lang-es = スペイン語
email-lang-ja = 日本語
email-lang-ar = アラビア語

## The confirmation to the visitor

email-confirm-subject = { $shop } へのご相談依頼 { $reference }
email-confirm-thanks = { $shop } へのご依頼ありがとうございます。お客様の受付番号は { $reference } です。
email-confirm-received = { $date } に受け付けました。
email-confirm-design = お客様のデザイン：{ $summary }
email-confirm-budget = ご予算：{ $budget }
email-confirm-picture = このメールの画像は、コンフィギュレーターが描いたお客様の指輪です（{ $view }）。
email-confirm-picture-alt = お客様の指輪（{ $view }）
email-confirm-reopen = コンフィギュレーターでデザインを再び開く：{ $link }
email-confirm-reopen-link = コンフィギュレーターでデザインを再び開く
email-confirm-photos = { $count ->
   *[other] イメージ写真 { $count } 枚も一緒にお送りしました。
}
email-confirm-surprise = サプライズのご依頼です。ジュエラーはお客様にのみご連絡し、指輪を身に着ける方には連絡いたしません。
email-confirm-next = ジュエラーより数営業日以内にご連絡し、詳しくご相談させていただきます。画面上の画像は完成品ではありません。お見積りの前に、ご相談、スケッチ、修正を重ねます。お見積りには有効期限があります。
email-confirm-reply = ご不明な点は、このメールにご返信ください。
email-view-three-quarter = 斜めから見た図
email-view-side = 側面図
email-view-top = 上面図

## The brief to the jeweler

email-brief-subject = ご相談 { $reference }：{ $summary }
email-brief-title = 新しいご相談依頼 { $reference }（{ $date }）
email-brief-heading = ご相談依頼 { $reference }
email-brief-specification = 仕様
email-brief-request = ご依頼内容
email-brief-notes = メモ：
email-brief-notes-in = メモ（{ $language }で記入）：
email-brief-notes-heading = メモ
email-brief-notes-heading-in = メモ（{ $language }で記入）
email-brief-photos = { $count ->
   *[other] イメージ写真 { $count } 枚を添付：{ $files }
}
email-brief-snapshot-alt = 指輪（{ $view }）
email-brief-studio = スタジオでのこのご依頼：{ $link }
email-brief-studio-link = スタジオでこのご依頼を開く
email-brief-design = コンフィギュレーターでのデザイン：{ $link }
email-brief-design-link = コンフィギュレーターでデザインを開く
email-brief-reply = このメールに返信すると、お客様に返信できます。
email-fact-budget = ご予算
email-fact-deadline = ご希望の期日
email-fact-surprise = サプライズ
email-fact-occasion = 用途
email-fact-name = お名前
email-fact-email = メールアドレス
email-fact-phone = 電話番号
email-fact-prefers = ご希望の連絡方法
email-fact-not-given = 未記入
email-budget-range = { $min }～{ $max }
email-budget-up-to = { $max } まで
email-fact-no-deadline = 指定なし
email-fact-surprise-yes = はい：指輪を身に着ける方には連絡しないでください
email-fact-surprise-no = いいえ

## A message of the conversation

email-message-subject-jeweler = { $name } 様から { $reference } についてのメッセージ
email-message-jeweler = { $name } 様から { $reference } についてのメッセージです：
email-message-jeweler-in = { $name } 様から { $reference } についてのメッセージです（{ $language }）：
email-message-subject-visitor = { $shop } からご依頼 { $reference } についてのメッセージ
email-message-visitor = { $shop } からご依頼 { $reference } についてのメッセージです：
email-message-photos = { $count ->
   *[other] 写真 { $count } 枚が添えられています。
}

## A new link

email-link-subject = { $shop } でのご依頼 { $reference } の新しいリンク
email-link-body = { $shop } より、ご依頼 { $reference } のページへの新しいリンクをお送りします。以前のリンクではページを開けなくなりました。

## A revised design, and the visitor's answer

email-proposal-subject = { $shop } より { $reference } の修正デザイン
email-proposal-body = { $shop } より、ご依頼 { $reference } の修正デザインをご提案します。
email-proposal-design = ご提案のデザイン：{ $summary }
email-proposal-changed = 変更点：{ $changes }
email-proposal-unchanged = 仕様に変更はありません。ジュエラーのメッセージをご覧ください
email-proposal-price = 価格：{ $price }
email-proposal-price-range = { $low }～{ $high }
email-proposal-compare = オーダーページでお客様のデザインと比べて、ご返答ください：
email-proposal-compare-link = オーダーページでデザインを比べてご返答ください
email-answer-accepted-subject = { $reference }：{ $name } 様がご提案のデザインを承認しました
email-answer-accepted = { $name } 様（{ $reference }）が、ご提案のデザインを承認しました。
email-answer-changes-subject = { $reference }：{ $name } 様がご提案のデザインの変更を希望しています
email-answer-changes = { $name } 様（{ $reference }）が、ご提案のデザインの変更を希望しています。

## A stage of the making

email-stage-subject = { $stage }：{ $shop } よりジュエリー制作のお知らせ
email-stage-body = { $reference } のジュエリーが新しい工程に進みました：{ $stage }。
email-stage-photo = ジュエリーの写真を添付しています。
email-stage-follow = 制作の様子はオーダーページでご覧いただけます：
email-stage-follow-link = オーダーページで制作の様子を見る

## The visitor asks for erasure

email-erasure-subject = { $reference }：{ $name } 様が削除を依頼しています
email-erasure-body = { $name } 様（{ $reference }）から、{ $date } にご依頼に関するすべての情報の削除を求められました。
email-erasure-todo = 対応方法：スタジオでご依頼を開き、法律で保管が義務付けられているもの（請求書など）だけを別に保管してから、ご依頼の「削除」を選んでください。ご依頼、やり取り、ご提案、予約、制作工程、すべての写真が削除されます。その後、このメールに返信して、お客様に削除が完了したことをお知らせください。1か月以内にご返答ください。
email-erasure-studio = スタジオでのご依頼：

## An appointment

email-meeting-subject-visitor = { $news ->
    [cancelled] { $shop } とのご相談はキャンセルされました（{ $reference }）
    [moved] { $shop } とのご相談の日時が変更されました（{ $reference }）
   *[booked] { $shop } とのご相談のご予約が確定しました（{ $reference }）
}
email-meeting-subject-jeweler = { $news ->
    [cancelled] ご相談キャンセル：{ $reference }（{ $name } 様）
    [moved] ご相談の日時変更：{ $reference }（{ $name } 様）
   *[booked] ご相談の予約：{ $reference }（{ $name } 様）
}
email-meeting-visitor = { $news ->
    [cancelled] { $reference } に関する { $shop } とのご相談はキャンセルされました。
    [moved] { $reference } に関する { $shop } とのご相談の日時が変更されました。
   *[booked] { $reference } に関する { $shop } とのご相談のご予約が確定しました。
}
email-meeting-jeweler = { $news ->
    [cancelled] { $name } 様との { $reference } に関するご相談はキャンセルされました。
    [moved] { $name } 様との { $reference } に関するご相談の日時が変更されました。
   *[booked] { $name } 様との { $reference } に関するご相談の予約が入りました。
}
email-meeting-when = 日時：{ $time }（店舗の現地時間、{ $zone }）
email-meeting-utc = UTC：{ $time }
email-meeting-when-visitor = 日時：{ $time }（お客様の現地時間、{ $zone }）
email-meeting-shop-time = 店舗の現地時間：{ $time }（{ $zone }）
email-meeting-how = 方法：{ $kind }
email-meeting-span = { $day } { $start }～{ $end }（{ $abbr }）
email-meeting-page = オーダーページ：{ $link }
email-meeting-brief = ご依頼：{ $link }
email-meeting-no-link = （オーダーページのリンクは無効になりました。ジュエラーに新しいリンクをご依頼ください）
email-meeting-attached = { $news ->
    [cancelled] カレンダー用のキャンセル通知を添付しています。
   *[other] カレンダー用の招待状を添付しています。
}
email-meeting-summary = { $shop } とのご相談 — { $reference }

## The pages' loading posters, before the app's own words arrive

email-page-title = { $shop } · 指輪をデザインする
email-page-description = 指輪の最初のアイデアを3Dでデザインして、ジュエラーに送りましょう。
email-page-tagline = 指輪の最初のアイデアをかたちにして、ジュエラーと相談しましょう
email-page-poster-alt = イエローゴールドのソリテールリング。3Dプレビューを読み込んでいます
email-page-loading = リングデザイナーを読み込んでいます…
email-page-studio-loading = スタジオを開いています…
email-page-commission-title = お客様のオーダー
email-page-commission-loading = オーダーを開いています…

## The privacy notice built from the configuration (a shop's own file is shown as written)

email-privacy-title = プライバシーに関するお知らせ
email-privacy-who-heading = 私たちについて
email-privacy-who = このサイトから送信されたご依頼は { $shop } が受け取ります。このお知らせに関するお問い合わせは { $email } までご連絡ください。
email-privacy-what-heading = 保管する情報
email-privacy-what = ご依頼を送信されると、入力された内容を保管します：デザイン、お名前、メールアドレス、（ご記入の場合）電話番号、ご予算、用途、ご希望の期日、メモ、写真、デザインの画像。オーダーが進んだ場合は、やり取りとその写真、ご提案したデザインとお客様のご返答、予約されたご相談、制作工程とその写真、ご依頼に関する当店のメモも保管します。
email-privacy-use = これらの情報は、ご依頼へのご返答とジュエリーの制作のためだけに使用します。販売や共有は一切いたしません。メールは当店のメールサービスを経由して送信されます。
email-privacy-long-heading = 保管期間
email-privacy-long = ご依頼とそれに関するすべての情報：オーダーの進行中、およびその後ジュエリーのアフターケアに必要な期間、またはお客様から削除のご依頼があるまで保管します。
email-privacy-archived-kept = アーカイブしたご依頼：お客様から削除のご依頼があるか、当店が削除するまで保管します。
email-privacy-archived-erased = アーカイブしたご依頼：アーカイブから { $days } 日後に削除します。
email-privacy-spam-kept = 迷惑メールとしたご依頼：お客様から削除のご依頼があるか、当店が削除するまで保管します。
email-privacy-spam-erased = 迷惑メールとしたご依頼：迷惑メールとしてから { $days } 日後に削除します。
email-privacy-rights-heading = お客様の権利
email-privacy-rights = オーダーページ（確認メールに記載の専用リンク）には、オーダーに関して当店が保管するすべての情報をダウンロードするボタンと、その削除を依頼するボタンがあります。{ $email } までご連絡いただくこともできます。1か月以内にご返答します。また、データ保護機関に苦情を申し立てることもできます。

## A revised design sent before proposals (rows queued then are still delivered)

email-revision-subject = { $shop } より { $reference } の修正デザイン
email-revision-body = { $shop } がご依頼 { $reference } のデザインを修正しました。
email-revision-design = 修正したデザイン：{ $summary }
email-revision-open = こちらで開いて、回転させたり調整したりできます：
email-revision-open-link = 修正したデザインを開く
email-revision-reply = ご感想はこのメールにご返信ください。

email-shop-closed-title = { $shop }は現在休止中です
email-shop-closed-text = { $shop }のリングデザイナーとアトリエは現在休止しています。リングのご相談は、ジュエラーへ直接お問い合わせください。
