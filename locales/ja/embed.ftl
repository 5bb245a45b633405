# The embed loader's words (public/embed.js) on a shop's own page. Each message is one line of
# text whose only placeables are `{ $name }` and `{ $host }`: the loader reads this file with a few
# lines of JavaScript, not with a Fluent library (the messages check holds every file to that).

embed-loading = ここにリングデザイナーが開きます。
embed-no-shop = このリングデザイナーにはジュエラーのアドレスが設定されていません。
embed-unreachable = ただいまリングデザイナーに接続できません。
embed-refused = このページではリングデザイナーを開けません。{ $name } が { $host } での利用を許可していません。
embed-refused-unnamed = このページではリングデザイナーを開けません。ジュエラーが { $host } での利用を許可していません。
embed-open = リングデザイナーを開く
embed-open-shop = { $name } のサイトでリングをデザインする
embed-slow = 時間がかかっていますか？
embed-frame-title = リングデザイナー
