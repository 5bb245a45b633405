# What core says about a ring: the summary, the jeweler's spec, catalog names, size words, warnings and field errors.

## Shared

core-as-written = { $text }

## Catalog

metal-18k-yellow = K18イエローゴールド
metal-14k-yellow = K14イエローゴールド
metal-9k-yellow = K9イエローゴールド
metal-18k-white = K18ホワイトゴールド
metal-14k-white = K14ホワイトゴールド
metal-9k-white = K9ホワイトゴールド
metal-18k-rose = K18ローズゴールド
metal-14k-rose = K14ローズゴールド
metal-9k-rose = K9ローズゴールド
metal-pt950 = プラチナ950
metal-pd950 = パラジウム950
metal-ag925 = シルバー925

stone-diamond = ダイヤモンド
stone-moissanite = モアサナイト
stone-sapphire-blue = ブルーサファイア
stone-sapphire-pink = ピンクサファイア
stone-sapphire-yellow = イエローサファイア
stone-sapphire-padparadscha = パパラチアサファイア
stone-ruby = ルビー
stone-emerald = エメラルド
stone-aquamarine = アクアマリン
stone-morganite = モルガナイト
stone-own-stone = 手持ちの石を持ち込みます

stone-care-diamond = 最も硬い宝石ですが、強くぶつけるとガードル部分が欠けることがあります。
stone-care-moissanite = ダイヤモンドよりも強い輝きを持ち、硬さもほぼ同等です。すべてラボグロウンです。
stone-care-sapphire-blue = とても丈夫で、毎日身に着けられる定番の石です。
stone-care-sapphire-pink = とても丈夫で、毎日身に着けられる定番の石です。
stone-care-sapphire-yellow = とても丈夫で、毎日身に着けられる定番の石です。
stone-care-sapphire-padparadscha = 希少なピンクオレンジのサファイアです。天然石は数が少なく、価格もそれに見合ったものになります。
stone-care-ruby = とても丈夫で、毎日身に着けられる定番の石です。
stone-care-emerald = ほぼ必ず内包物があり、オイル含浸されていることも多い石です。衝撃、熱、超音波洗浄は避けてください。
stone-care-aquamarine = 毎日着けていると年月とともに傷がつきます。覆輪留めで守れます。
stone-care-morganite = サファイアより柔らかく、日常使いで傷やくもりが出ます。定期的な再研磨をおすすめします。
stone-care-own-stone = お見積りの前に職人がお持ちの石を拝見します。大きさ、状態、硬さによって留め方が決まります。

cut-round = ラウンドブリリアント
cut-oval = オーバル
cut-cushion = クッション
cut-princess = プリンセス
cut-emerald = エメラルド
cut-asscher = アッシャー
cut-radiant = ラディアント
cut-pear = ペアシェイプ
cut-marquise = マーキス
cut-heart = ハートシェイプ

setting-four-prong = 4本爪ソリテール
setting-six-prong = 6本爪ソリテール
setting-bezel = 覆輪留め
setting-halo = ヘイロー
setting-pave-shoulders = ショルダーパヴェ
setting-three-stone = スリーストーン
setting-full-eternity = フルエタニティ
setting-plain-band = 石なしのシンプルなリング

font-script = 筆記体
font-serif = ローマン体
font-sans = ブロック体

origin-natural = 天然
origin-lab-grown = ラボグロウン

finish-polished = 鏡面仕上げ
finish-satin = サテン仕上げ
finish-hammered = 槌目仕上げ

band-court = 甲丸内甲丸（コンフォートフィット）
band-d-shape = 甲丸
band-flat = 平打ち
band-knife-edge = ナイフエッジ

## The summary

summary-parts = { $first }、{ $rest }
summary-metal-advise = 地金：ジュエラーにおまかせ
summary-own-stone = お客様がお持ちの石
summary-stone-advise = 石（ジュエラーにおまかせ）
summary-stone-with-origin = { $origin }{ $stone }
summary-stone-with-cut = { $cut }の{ $stone }
summary-stone-with-carat = { $carat }ctの{ $stone }
summary-stone-round-size = { $stone }（{ $width } mm）
summary-stone-size = { $stone }（{ $length } × { $width } mm）
summary-stone-open = { $stone }、{ $open }：ジュエラーにおまかせ
summary-open-cut = カット
summary-open-weight = 重さ
summary-open-origin = 天然かラボグロウンか

summary-stone-diamond = ダイヤモンド
summary-stone-moissanite = モアサナイト
summary-stone-sapphire-blue = ブルーサファイア
summary-stone-sapphire-pink = ピンクサファイア
summary-stone-sapphire-yellow = イエローサファイア
summary-stone-sapphire-padparadscha = パパラチアサファイア
summary-stone-ruby = ルビー
summary-stone-emerald = エメラルド
summary-stone-aquamarine = アクアマリン
summary-stone-morganite = モルガナイト
summary-stone-own-stone = 持ち込みの石

summary-cut-round = ラウンドブリリアントカット
summary-cut-oval = オーバルカット
summary-cut-cushion = クッションカット
summary-cut-princess = プリンセスカット
summary-cut-emerald = エメラルドカット
summary-cut-asscher = アッシャーカット
summary-cut-radiant = ラディアントカット
summary-cut-pear = ペアシェイプカット
summary-cut-marquise = マーキスカット
summary-cut-heart = ハートシェイプカット

summary-origin-natural = 天然
summary-origin-lab-grown = ラボグロウン

summary-setting-four-prong = 4本爪ソリテール
summary-setting-six-prong = 6本爪ソリテール
summary-setting-bezel = 覆輪留め
summary-setting-halo = ヘイロー
summary-setting-pave-shoulders = ショルダーパヴェ
summary-setting-three-stone = スリーストーン
summary-setting-full-eternity = フルエタニティ
summary-setting-plain-band = 石なしのシンプルなリング
summary-setting-advise = 留め方：ジュエラーにおまかせ

summary-band-court = 甲丸内甲丸のリング
summary-band-d-shape = 甲丸のリング
summary-band-flat = 平打ちのリング
summary-band-knife-edge = ナイフエッジのリング
summary-band-advise = リング（断面：ジュエラーにおまかせ）
summary-band-sized = 幅{ $width } mm・厚さ{ $thickness } mmの{ $band }
summary-band-width-only = 幅{ $width } mmの{ $band }、厚さ：ジュエラーにおまかせ
summary-band-thickness-only = 厚さ{ $thickness } mmの{ $band }、幅：ジュエラーにおまかせ
summary-band-open = { $band }、幅と厚さ：ジュエラーにおまかせ

summary-finish-polished = 鏡面仕上げ
summary-finish-satin = サテン仕上げ
summary-finish-hammered = 槌目仕上げ
summary-finish-advise = 仕上げ：ジュエラーにおまかせ

summary-size-not-given = サイズ未指定
summary-size-us = USサイズ{ $size }
summary-size-uk = UKサイズ{ $size }
summary-size-eu = EUサイズ{ $size }
summary-size-jp = { $size }号
summary-size-diameter = 内径{ $size }
summary-size-sizer = サイズ不明（リングゲージの送付を希望）
summary-size-unknown = サイズ不明

summary-engraving-to-fix = 刻印は要修正
summary-engraved = 刻印「{ $text }」

## Ring sizes

size-system-us = アメリカ・カナダ
size-system-uk = イギリス・オーストラリア
size-system-eu = EU・ISO（内周、mm）
size-system-jp = 日本（号）
size-system-diameter = 内径（mm）
size-short-us = US
size-short-uk = UK
size-short-eu = EU
size-short-jp = 日本
size-short-diameter = 内径
size-mm = { $mm } mm

## Workflow

status-new = 新規
status-in-conversation = 相談中
status-quoted = 見積済み
status-won = 受注
status-lost = 失注
status-archived = アーカイブ済み
status-spam = スパム

progress-received = 受付済み
progress-talking = ご相談中
progress-design-proposed = デザインをご提案中
progress-quoted = お見積り済み
progress-being-made = 制作中
progress-ready = 完成

stage-sketch = スケッチ
stage-cad = CADモデル
stage-wax = ワックスまたは3Dプリント
stage-casting = 鋳造
stage-setting = 石留め
stage-polishing = 研磨
stage-ready = 完成

meeting-in-shop = 店頭
meeting-video = ビデオ通話
meeting-phone = 電話

## The specification

spec-metal = 地金
spec-centre-stone = センターストーン
spec-origin = 産出
spec-cut = カット
spec-carat-weight = カラット
spec-stone-size = 石のサイズ
spec-setting = 留め方
spec-band-profile = 断面
spec-band-width = リング幅
spec-band-thickness = リングの厚さ
spec-finish = 仕上げ
spec-ring-size = リングサイズ
spec-size-certainty = サイズの確かさ
spec-engraving = 刻印
spec-metal-weight = 地金の重さ
spec-other-alloys = 他の地金の場合
spec-stone-preference = 石の希望
spec-brings-to-reuse = 持ち込み素材

spec-advise = おまかせ
spec-none = なし
spec-carat = { $carat } ct
spec-stone-mm = { $length } × { $width } mm、深さ{ $depth } mm
spec-profile-assumed = おまかせ（甲丸内甲丸と仮定）
spec-mm = { $mm } mm
spec-mm-assumed = おまかせ（{ $mm } mmと仮定）
spec-size-not-given = 未指定
spec-size = { $system } { $size } · 内径{ $diameter } mm · 内周{ $circumference } mm
spec-size-sizer = 不明：リングゲージを送付
spec-size-unknown = 不明
spec-font-advise = 書体：おまかせ
spec-engraving-text = 「{ $text }」（{ $font }）
spec-weight = { $metal }約{ $grams } g（リング部{ $band } mm³、石座{ $head } mm³）
spec-weight-metal-assumed = { $metal }約{ $grams } g（地金は仮定）（リング部{ $band } mm³、石座{ $head } mm³）
spec-weight-size-assumed = { $metal }約{ $grams } g（サイズは仮定）（リング部{ $band } mm³、石座{ $head } mm³）
spec-weight-metal-size-assumed = { $metal }約{ $grams } g（地金とサイズは仮定）（リング部{ $band } mm³、石座{ $head } mm³）
spec-alloy = { $metal } { $grams } g
spec-alloys = { $first } · { $rest }

certainty-measured = 宝飾店で計測済み
certainty-estimated = 自宅で計測
certainty-unknown = まだわからない

size-answer-not-given = サイズはまだ指定されていません。「指輪のサイズ」のステップで追加するか、サイズなしでご依頼ください。ジュエラーからおうかがいします。
size-answer-sizer = 「サイズがわからない」を選び、リングゲージをご希望です。ジュエラーからお送りします。
size-answer-unknown = 「サイズがわからない」を選びました。ジュエラーがサイズ探しをお手伝いします。

preference-natural = 天然のみ
preference-lab-grown = ラボグロウンのみ
preference-either = 天然またはラボグロウン
preference-undecided = 未定：アドバイス希望

occasion-engagement = 婚約
occasion-wedding = 結婚
occasion-anniversary = 記念日
occasion-birthday = 誕生日
occasion-gift = 贈り物
occasion-for-myself = ご自身用

channel-email = メール
channel-phone = お電話
channel-message = SMSまたはメッセージアプリ

reuse-stone = 石：{ $text }
reuse-metal = 地金：{ $text }
reuse-stone-and-metal = 石と地金：{ $text }

budget-up-to = { $max }まで
budget-exactly = { $max }
budget-range = { $min }～{ $max }
estimate-price-range = { $low }～{ $high }

resize-sizes = { $sizes ->
    [0] サイズ直し不可
    [0.5] 約0.5サイズ
   *[other] { $sizes }サイズ
}

## What changed

change-one = { $label }：{ $from } → { $to }
change-more = { $first }、{ $rest }

## Checks

check-unknown-metal = 地金「{ $id }」は取り扱っていません
check-unknown-stone = 石「{ $id }」は取り扱っていません
check-unknown-cut = カット「{ $id }」は取り扱っていません
check-unknown-setting = 留め方「{ $id }」は取り扱っていません
check-unknown-font = 刻印書体「{ $id }」は取り扱っていません
check-origin-natural = { $stone }は天然石ではご用意できません
check-origin-lab-grown = { $stone }はラボグロウンではご用意できません
check-profile-not-offered = 断面「{ $profile }」は取り扱っていません
check-finish-not-offered = 仕上げ「{ $finish }」は取り扱っていません
check-range-carat = 石の重さは{ $min }～{ $max } ctの範囲で指定してください（指定値：{ $value }）
check-range-band-width = リング幅は{ $min }～{ $max } mmの範囲で指定してください（指定値：{ $value }）
check-range-band-thickness = リングの厚さは{ $min }～{ $max } mmの範囲で指定してください（指定値：{ $value }）
check-range-size = リングサイズ（内周）は{ $min }～{ $max } mmの範囲で指定してください（指定値：{ $value }）
check-engraving-empty = 刻印が空です
check-engraving-too-long = 刻印が{ $chars }文字あります。入るのは最大{ $max }文字です
check-engraving-character = { $character }は刻印できません。使えるのはラテン文字（アクセント付きも可）、数字、スペース、{ $marks }です
check-engraving-character-no-marks = { $character }は刻印できません。使えるのはラテン文字（アクセント付きも可）、数字、スペースです

char-quoted = 「{ $char }」
char-line-break = 改行（{ $code }）
char-tab = タブ（{ $code }）
char-space = 特殊なスペース（{ $code }）
char-accent = 単独で入力されたアクセント記号（{ $code }）
char-invisible = 見えない文字（{ $code }）

## Warnings

warning-stone-heavy-for-width = { $carat } ctの石は幅{ $width } mmのリングには重く、傾いたりリングが曲がったりするおそれがあります。{ $min } mm以上の幅をおすすめします。
warning-stone-heavy-for-thickness = { $carat } ctの石には、厚さ{ $thickness } mmより丈夫なリングが必要です。1.5 mm以上あると安心です。
warning-thin-band = 厚さ{ $thickness } mmの細いリングは、年月とともにすり減ったり曲がったりします。1.5 mmあれば一生使えます。
warning-not-resizable = { $setting }のリングは後からサイズ直しができません。最初から正しいサイズが必要です。
warning-not-resizable-unsized = { $setting }のリングは後からサイズ直しができません。最初から正しいサイズが必要です。制作前に指のサイズを正確に測ってください。
warning-resize-limited = { $setting }のリングは、小さな石がゆるむ前に後からサイズ直しできるのは{ $sizes }程度までです。
warning-soft-stone = { $stone }はモース硬度{ $low }～{ $high }で、日常で触れる砂ぼこりより柔らかい石です。{ $care }覆輪留めや低めの石座で守れます。毎日は着けないリングに選ぶ方もいます。
warning-soft-stone-in-bezel = { $stone }はモース硬度{ $low }～{ $high }で、日常で触れる砂ぼこりより柔らかい石です。{ $care }お選びの覆輪留めがしっかり守ります。
warning-soft-metal-prongs = { $metal }は柔らかく、毎日着けるリングで石を爪でしっかり留めるには向きません。石座にはホワイトゴールドやプラチナ、または覆輪留めが使われます。
warning-size-not-given = リングサイズがまだ指定されていません。ジュエラーからおうかがいするか、リングゲージをお送りします。
warning-size-sizer = リングゲージをお送りします。ゲージによって差があるため、指が最も太くなる夕方に測ってください。
warning-size-unknown = サイズの指定がない場合は標準サイズでお作りします。後からのサイズ直しは追加料金がかかることがあります。
warning-wide-band = 幅{ $width } mmの太いリングは細いものよりきつく感じます。通常は0.5～1号ほど大きめにします。
warning-long-engraving = 刻印には約{ $needed } mm必要ですが、内側で使えるのは約{ $available } mmです。小さめの文字で刻印する場合があります。
warning-rush-deadline = { $days ->
   *[other] 残り{ $days }日は短い期間です。通常は3～4か月いただいており、特急制作には追加料金がかかります。
}

## Field errors

field-required = 入力してください
field-too-long = { $max }文字以内で入力してください
field-single-line = ここでは改行や制御文字は使えません
field-control = 制御文字は使えません
field-deceptive = 見えない文字や文字の向きを変える文字（ゼロ幅スペースや右から左への書き換えなど）はここでは使えません
field-invisible = 目に見える文字を1文字以上入力してください
field-name-link = お名前のみご入力ください。URLやリンクは使えません
field-email = name@example.jp のようなメールアドレスを入力してください
field-phone = 6～15桁の電話番号を入力してください（例：+81 3-1234-5678）
field-phone-needed = 電話番号を追加するか、連絡方法にメールを選んでください
field-currency = JPY、USD、EURのような3文字の通貨コードを使ってください
field-budget-max = 1から{ $max }までの金額を入力してください
field-budget-min = 下限は上限を超えないようにしてください
field-locale = ja、ja-JP、en-GBのような言語タグを使ってください
field-photos-count = 写真は{ $max }枚までです
field-file-name = フォルダを含まない{ $max }文字以内のファイル名にしてください
field-photo-type = 写真のみ（JPEG、PNG、WebP）
field-photo-size = 写真1枚あたり{ $size }までです
field-photos-total = 写真の合計は{ $size }までです
field-version = このサーバーが読み込めるのはバージョン{ $expected }のご依頼です（受信：{ $got }）
field-deadline-passed = 希望日はすでに過ぎています
field-date-format = YYYY-MM-DDの形式で入力してください（例：2025-06-30）
field-date-no-such-day = { $date }はカレンダーにない日付です
field-date-year = 年は2000～2200の範囲で入力してください
field-size-certainty = サイズがわかると選択されましたが、デザインにサイズがありません。サイズを選ぶか「わからない」を選んでください
field-origin-preference = この希望はデザインの石の産出と矛盾しています
field-own-materials = お持ち込みの品についてジュエラーに簡単にお知らせください
field-consent = このご依頼についてのご連絡に同意いただいた場合のみお返事できます

size-megabytes = { $mb } MB

## Typing a ring size

size-error-empty = サイズを入力してください
size-error-too-long = 「{ $text }」はリングサイズではありません。長すぎます
size-error-us = 「{ $text }」はUSサイズではありません。6、6.25、6¼、6 1/2 のように入力してください
size-error-uk = 「{ $text }」はUKサイズではありません。M、M½、M 1/2、Z+1 のように入力してください
size-error-eu = 「{ $text }」はEUサイズではありません。内周をmmで入力してください（例：52、52.5）
size-error-jp = 「{ $text }」は日本のサイズではありません。整数で入力してください（例：11）
size-error-diameter = 「{ $text }」は内径ではありません。mmで入力してください（例：16.5）
size-error-quarter = USサイズは1/4刻みです（例：6、6¼、6½、6¾）
size-range-us = USサイズは{ $min }～{ $max }です
size-range-uk = UKサイズは{ $min }～{ $max }です
size-range-eu = EUサイズは{ $min }～{ $max }です
size-range-jp = 日本のサイズは{ $min }～{ $max }号です
size-range-diameter = 内径は{ $min }～{ $max } mmです
size-range-circumference = 内周は{ $min }～{ $max } mmです

## Opening a shared design link

share-error-empty = リンクにデザインが含まれていません
share-error-too-long = リンクが長すぎます（{ $chars }文字）
share-error-not-base64 = リンクが壊れています（base64urlとして読めません）
share-error-version = このリンクは新しいバージョンのコンフィギュレーターで作られました（形式{ $format }）
share-error-truncated = リンクが途中で切れています（「{ $what }」の読み込み中）
share-error-invalid = リンクが壊れています（不正な値：{ $what }）
share-error-trailing = リンクが壊れています（末尾に余分なデータがあります）

## What a price range leaves out

estimate-excludes-accents = 脇石（サイズが決まり次第ジュエラーがお見積りします）
estimate-excludes-centre-stone = センターストーン（お持ち込み、またはご相談のうえ）
estimate-missing-stone = { $stone }（{ $origin }）
