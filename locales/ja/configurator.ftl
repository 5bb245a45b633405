# The visitor's configurator's panel: steps, pickers, summary, saved designs, share, comparison.

## The steps

cfg-step-metal = 地金
cfg-step-stone = 石
cfg-step-cut = カットと大きさ
cfg-step-setting = 石留め
cfg-step-band = アーム
cfg-step-size = 指輪のサイズ
cfg-step-engraving = 刻印
cfg-step-brief = ご相談内容
cfg-steps = ステップ
cfg-step-count = ステップ { $n }/{ $total }
cfg-back = 戻る
cfg-next = 次へ：{ $step }

## The summary and its facts

cfg-summary-title = ここまでの指輪
cfg-summary-title-revise = ここまでのデザイン
cfg-fact-metal = { $state ->
    [assumed] 地金：{ $metal } 約 { $grams } g（ジュエラーからの提案までの仮の値です）
    [unsized] 地金：{ $metal } 約 { $grams } g（サイズをお知らせいただくまでは標準サイズでの値です）
    [both] 地金：{ $metal } 約 { $grams } g（ジュエラーからの提案までの仮の値で、サイズをお知らせいただくまでは標準サイズでの値です）
   *[plain] 地金：{ $metal } 約 { $grams } g
}
cfg-fact-stone = センターストーン：約 { $length } × { $width } mm、深さ { $depth } mm
cfg-fact-price = おおよその価格：{ $low }～{ $high } { $currency }（{ $date } 時点の価格）。正式な金額はジュエラーのお見積もりによります
cfg-fact-price-excluding = おおよその価格：{ $low }～{ $high } { $currency }（{ $date } 時点の価格。{ $excluded }は含みません）。正式な金額はジュエラーのお見積もりによります
cfg-fact-price-missing = 価格：{ $what }の価格はジュエラーが個別にお知らせします

## Every question's "not sure" answer

cfg-advise = わからない — ジュエラーに相談する
cfg-advise-detail = 一緒に決めましょう

## Metal

cfg-metal-legend = 地金
cfg-metal-fineness = 純度 { $fineness }‰

## Stone

cfg-stone-legend = センターストーン
cfg-stone-own = 受け継いだ石やお手持ちの石
cfg-stone-hardness = 硬度 { $hardness }
cfg-stone-hardness-range = 硬度 { $low }～{ $high }
cfg-stone-lab-only = { $hardness } · ラボグロウンのみ
cfg-stone-natural-only = { $hardness } · 天然のみ
cfg-stone-own-hint = まずジュエラーがお手持ちの石を拝見します。大きさ・状態・硬度によって留め方が決まります。
cfg-origin-legend = 天然かラボグロウンか
cfg-origin-natural-detail = 地中から採掘された石
cfg-origin-lab-detail = 同じ石を人の手で育てたもの
cfg-origin-overridden = { $wanted ->
    [natural] { $stone }はラボグロウンのみのため、産地は「ラボグロウン」になりました。「天然」に戻すには別の石をお選びください。
   *[lab] { $stone }は天然のみのため、産地は「天然」になりました。「ラボグロウン」に戻すには別の石をお選びください。
}

## Cut and carat

cfg-cut-no-stone = お選びの石留めにはセンターストーンがないため、カットと大きさは石留めを変えた場合にのみ反映されます。
cfg-cut-legend = カット
cfg-carat-legend = 大きさ
cfg-carat-label = カラット
cfg-carat-suggest = 大きさはジュエラーがご提案します
cfg-carat = { $carat } ct
cfg-carat-round = { $carat } ct · 直径 { $mm } mm
cfg-carat-long = { $carat } ct · { $length } × { $width } mm

## Setting

cfg-setting-legend = 石留め
cfg-setting-no-resize = サイズ直しはできません
cfg-setting-resize = { $halves ->
    [1] 約0.5サイズのサイズ直しが可能です
    [2] 約1サイズのサイズ直しが可能です
   *[other] 約{ $sizes }サイズのサイズ直しが可能です
}

## Band

cfg-profile-legend = 断面の形
cfg-band-size-legend = 幅と厚み
cfg-band-width = 幅
cfg-band-thickness = 厚み
cfg-mm = { $mm } mm
cfg-band-suggest = ジュエラーがご提案します
cfg-finish-legend = 仕上げ

## Ring size

cfg-size-legend = サイズはどのように確かめますか？
cfg-size-known = サイズを知っている
cfg-size-known-detail = 日本・US・UK・EU
cfg-size-ring = ぴったりの指輪を測る
cfg-size-ring-detail = 内径（mm）
cfg-size-finger = 指を測る
cfg-size-finger-detail = 指のまわり（mm）
cfg-size-unknown = サイズがわからない
cfg-size-unknown-detail = ジュエラーがリングゲージをお送りできます
cfg-size-pick-one = 上のいずれかをお選びください。お選びいただくまで何も仮定しません。
cfg-size-system = サイズ表記
cfg-size-text = あなたのサイズ
cfg-size-text-hint = 例：12（日本）、6½（US）、M（UK）、52（EU）
cfg-size-ring-label = 指輪の内径（mm）
cfg-size-ring-hint = 同じ指にぴったりの指輪の内側に、端から端まで定規を当ててください。
cfg-size-finger-label = 指のまわりの長さ（mm）
cfg-size-finger-hint = 細長い紙を指の付け根に巻き、重なる位置に印を付けて、平らにして測ってください。指が最も太くなる夕方に測るのがおすすめです。
cfg-size-send-sizer = リングゲージを送ってください
cfg-size-sizer-hint = よくあることです。リングゲージはご自宅で試着できるプラスチックや金属のリングのセットで、ジュエラーはそれに合わせて指輪を仕上げます。
cfg-size-check = ご確認ください：{ $problem }。
cfg-size-conversions = US { $us } · UK { $uk } · EU { $eu } · 日本 { $jp } にあたり、内径は { $mm } mm です。

## Engraving

cfg-engraving-label = アームの内側の刻印（任意）
cfg-engraving-count = { $count } / { $max }
cfg-engraving-hint = { $max } 文字まで：文字（アクセント付きも可）、数字、スペース、{ $punctuation }
cfg-lettering-legend = 書体
cfg-font-sample = Ab

## Notes on a step

cfg-note-fix = 修正してください：{ $problem }。

## The ring viewer

## Share

cfg-share-title = このデザインを共有・保存
cfg-share-link = このデザインへのリンク
cfg-share-copy = リンクをコピー
cfg-share-copied = リンクをコピーしました。リンクを開くと、この指輪がそのまま表示されます。
cfg-share-copy-failed = ブラウザがコピーを許可しませんでした。リンクを選択してありますので、ご自身でコピーしてください。
cfg-share-draft = 作業内容はこのブラウザに下書きとして自動保存されます。

## My designs

cfg-saved-title = マイデザイン
cfg-saved-name-label = このデザインの名前
cfg-saved-name-placeholder = デザインに名前を付ける
cfg-saved-save = 保存
cfg-saved-default-name = デザイン { $n }
cfg-saved-saved = 「{ $name }」をこのブラウザに保存しました。
cfg-saved-refused = このブラウザでは保存できません（プライベートモードか容量不足です）。代わりにリンクをコピーしてください。
cfg-saved-opened = 「{ $name }」を開きました。
cfg-saved-deleted = 「{ $name }」を削除しました。
cfg-saved-compare = { $name } を比較
cfg-saved-open = 開く
cfg-saved-open-named = { $name } を開く
cfg-saved-delete = 削除
cfg-saved-delete-named = { $name } を削除
cfg-saved-tick-two = 2つ選ぶと並べて比較できます。

## Comparing two designs

cfg-compare-label = 比較
cfg-compare-caption = 保存した2つのデザインの比較
cfg-compare-preview = プレビュー
cfg-compare-ring = 指輪
cfg-compare-metal = 地金
cfg-compare-stone = センターストーン
cfg-compare-notes = ジュエラーからの注意点
cfg-compare-weight = 約 { $grams } g
cfg-compare-stone-size = { $length } × { $width } mm
cfg-compare-no-stone = —
cfg-compare-no-notes = なし
cfg-compare-picture = { $name }：{ $summary }
