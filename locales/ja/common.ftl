# Words every part of Atelier shares: the language switch, loading, retry.

common-language = 言語
common-retry = 再試行
common-offline = オフラインのようです。接続を確認して、もう一度お試しください。
common-designer-failed = リングデザイナーを読み込めませんでした。接続を確認して、もう一度お試しください。
common-still-offline = まだオフラインです。接続が戻りしだい、もう一度試します。
common-skip-to-steps = デザインの手順へ移動
