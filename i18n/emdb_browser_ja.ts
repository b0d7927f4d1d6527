<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>DatabaseController</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>A key is 32 bytes (64 hex digits).</source>
        <translation>鍵は 32 バイト（16 進数 64 桁）です。</translation>
    </message>
    <message>
        <source>The lock is still held by a running process.</source>
        <translation>ロックはまだ実行中のプロセスによって保持されています。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 は空です。</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>expired just now</source>
        <translation>たった今期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln d</source>
        <comment>days</comment>
        <translation>
            <numerusform>%Ln 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <comment>hours</comment>
        <translation>
            <numerusform>%Ln 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%Ln 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%Ln 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>an expiry ahead: in 2 h 5 min</comment>
        <translation>あと %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <comment>an expiry past: expired 2 h ago</comment>
        <translation>%1前に期限切れ</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The namespace no longer exists.</source>
        <translation>この名前空間はもう存在しません。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Writing %1 failed (disk full?).</source>
        <translation>%1 への書き込みに失敗しました（ディスクの空き容量が不足している可能性があります）。</translation>
    </message>
</context>
<context>
    <name>KeyScope</name>
    <message>
        <source>hex digits, two for each byte (spaces and colons allowed)</source>
        <translation>16 進数の数字を 1 バイトにつき 2 桁(空白とコロンは使用可)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>emdb databases (*.emdb);;All files (*)</source>
        <translation>emdb データベース (*.emdb);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>Past</name>
    <message>
        <source>The namespace no longer exists.</source>
        <translation>この名前空間はもう存在しません。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>The other database is encrypted: open an encrypted database with the same key to compare them.</source>
        <translation>比較先のデータベースは暗号化されています。比較するには、同じ鍵で暗号化されたデータベースを開いてください。</translation>
    </message>
    <message>
        <source>This database no longer has the record.</source>
        <translation>このデータベースにはもうこのレコードがありません。</translation>
    </message>
    <message>
        <source>Compare the databases again: the other one was closed.</source>
        <translation>データベースをもう一度比較してください。比較先のデータベースは閉じられました。</translation>
    </message>
    <message>
        <source>The other database has no such record.</source>
        <translation>比較先のデータベースにはこのレコードがありません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>within an hour</source>
        <translation>1 時間以内</translation>
    </message>
    <message>
        <source>within a day</source>
        <translation>1 日以内</translation>
    </message>
    <message>
        <source>within a week</source>
        <translation>1 週間以内</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>30 日以内</translation>
    </message>
    <message>
        <source>later</source>
        <translation>それ以降</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>StructuredValue</name>
    <message>
        <source>at %1</source>
        <translation>位置 %1</translation>
    </message>
    <message>
        <source>at the top level</source>
        <translation>最上位</translation>
    </message>
    <message>
        <source>It is longer than %L1 characters as JSON.</source>
        <translation>JSON にすると %L1 文字を超えます。</translation>
    </message>
    <message>
        <source>An integer below -2^63 has no JSON form here (%1).</source>
        <translation>-2^63 未満の整数はここでは JSON で表せません (%1)。</translation>
    </message>
    <message>
        <source>Text that is not UTF-8 has no JSON form (%1).</source>
        <translation>UTF-8 ではないテキストは JSON で表せません (%1)。</translation>
    </message>
    <message>
        <source>A NaN with a payload has no JSON form (%1).</source>
        <translation>ペイロード付きの NaN は JSON で表せません (%1)。</translation>
    </message>
    <message>
        <source>The integer %1 is out of range: integers go from -2^63 to 2^64-1.</source>
        <translation>整数 %1 は範囲外です。整数は -2^63 から 2^64-1 までです。</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>有効な JSON ではありません: %1</translation>
    </message>
    <message>
        <source>The JSON is nested deeper than %1 levels.</source>
        <translation>JSON の入れ子が %1 階層を超えています。</translation>
    </message>
    <message>
        <source>Nested deeper than %1 levels.</source>
        <translation>入れ子が %1 階層を超えています。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice; a map with repeated keys is written {&quot;$map&quot;: [[key, value], …]}.</source>
        <translation>キー「%1」が 2 回出現しています。キーが重複するマップは {"$map": [[キー, 値], …]} と書きます。</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 は %2 にはありません。</translation>
    </message>
    <message>
        <source>$bytes takes a Base64 string.</source>
        <translation>$bytes には Base64 文字列を指定します。</translation>
    </message>
    <message>
        <source>%1 takes a number, &quot;NaN&quot;, &quot;Infinity&quot; or &quot;-Infinity&quot;.</source>
        <translation>%1 には数値、"NaN"、"Infinity"、"-Infinity" のいずれかを指定します。</translation>
    </message>
    <message>
        <source>$map takes an array of [key, value] pairs.</source>
        <translation>$map には [キー, 値] の組の配列を指定します。</translation>
    </message>
    <message>
        <source>$tag takes [tag number, item].</source>
        <translation>$tag には [タグ番号, 要素] を指定します。</translation>
    </message>
    <message>
        <source>$simple takes 0 to 19 or 32 to 255.</source>
        <translation>$simple には 0～19 または 32～255 を指定します。</translation>
    </message>
    <message>
        <source>$undefined takes null.</source>
        <translation>$undefined には null を指定します。</translation>
    </message>
    <message>
        <source>$ext takes [type from -128 to 127, Base64 string].</source>
        <translation>$ext には [-128～127 の型, Base64 文字列] を指定します。</translation>
    </message>
    <message>
        <source>%1 is none of $bytes, $float16, $float32, $float64, $map, $tag, $simple, $undefined and $ext; a map with one key that starts with $ is written {&quot;$map&quot;: [[key, value]]}.</source>
        <translation>%1 は $bytes、$float16、$float32、$float64、$map、$tag、$simple、$undefined、$ext のいずれでもありません。$ で始まるキーを 1 つだけ持つマップは {"$map": [[キー, 値]]} と書きます。</translation>
    </message>
    <message>
        <source>Not valid JSON.</source>
        <translation>有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>The value must stay a map or an array (an object, an array or a $map) to be recognised as %1.</source>
        <translation>%1 として認識されるには、値はマップまたは配列（オブジェクト、配列、または $map）のままである必要があります。</translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln バイト</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>PNG image, %1</source>
        <translation>PNG 画像、%1</translation>
    </message>
    <message>
        <source>JPEG image, %1</source>
        <translation>JPEG 画像、%1</translation>
    </message>
</context>
<context>
    <name>browser::AboutDialog</name>
    <message>
        <source>About emdb Browser</source>
        <translation>emdb Browser について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;emdb Browser %1&lt;/h3&gt;&lt;p&gt;Inspect and edit emdb databases: their namespaces, keys, values and expiries, with the engine on a worker thread so the window never freezes.&lt;/p&gt;&lt;p&gt;Built with: %2&lt;/p&gt;&lt;p&gt;Free software under the MIT licence: you may use, copy, change and share it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;emdb Browser %1&lt;/h3&gt;&lt;p&gt;emdb データベースの名前空間、キー、値、有効期限を確認・編集します。エンジンはワーカースレッドで動作するため、ウィンドウが応答しなくなることはありません。&lt;/p&gt;&lt;p&gt;使用ライブラリ: %2&lt;/p&gt;&lt;p&gt;MIT ライセンスのフリーソフトウェアです。自由に使用、複製、変更、共有できます。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>browser::AddRecordDialog</name>
    <message>
        <source>Add Record</source>
        <translation>レコードの追加</translation>
    </message>
    <message>
        <source>Type a new name to create a namespace</source>
        <translation>新しい名前を入力すると名前空間を作成します</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（既定）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>16 進数</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>never (or e.g. 30m, 1h30m, 7d)</source>
        <translation>無期限（または 30m, 1h30m, 7d など）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>名前空間(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>キー(&amp;K):</translation>
    </message>
    <message>
        <source>Value &amp;as:</source>
        <translation>値の形式(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>値(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>次の期間後に期限切れ(&amp;E):</translation>
    </message>
    <message>
        <source>Enter a key.</source>
        <translation>キーを入力してください。</translation>
    </message>
    <message>
        <source>The key is not valid hex.</source>
        <translation>キーが有効な 16 進数ではありません。</translation>
    </message>
    <message>
        <source>Write the expiry as a duration such as 45s, 30m, 1h30m or 7d.</source>
        <translation>有効期限は 45s, 30m, 1h30m, 7d のような期間で入力してください。</translation>
    </message>
    <message>
        <source>The value is not valid %1.</source>
        <translation>値が有効な %1 ではありません。</translation>
    </message>
</context>
<context>
    <name>browser::BackupDialog</name>
    <message>
        <source>Back Up</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>データベースのバックアップ</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database to a new file. Writes go on meanwhile; the copy holds the records as they were when the backup began.</source>
        <translation>データベースの一貫性のあるコピーを新しいファイルに書き込みます。その間も書き込みは続行できます。コピーには、バックアップ開始時点のレコードが含まれます。</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>バックアップファイル</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Back Up To</source>
        <translation>バックアップ先</translation>
    </message>
    <message>
        <source>Choose a file to back up to.</source>
        <translation>バックアップ先のファイルを選択してください。</translation>
    </message>
    <message>
        <source>The backup cannot be the database itself. Choose another file.</source>
        <translation>データベース自体をバックアップ先にすることはできません。別のファイルを選択してください。</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new file.</source>
        <translation>%1 は既に存在します。新しいファイルを選択してください。</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>バックアップしています</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Cancelled: no backup was written.</source>
        <translation>キャンセルしました。バックアップは書き込まれていません。</translation>
    </message>
    <message>
        <source>The backup was written but does not open: %1</source>
        <translation>バックアップは書き込まれましたが、開くことができません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to %1. The backup opens and holds %n record(s), as the database did.</source>
        <translation>
            <numerusform>%1 にバックアップしました。バックアップは正常に開くことができ、データベースと同じ %n 件のレコードが含まれています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up to %1. The backup holds %2 records; the database held %3 when the backup began (writes made meanwhile account for the difference).</source>
        <translation>%1 にバックアップしました。バックアップには %2 件のレコードが含まれています。バックアップ開始時のデータベースは %3 件でした（差分はその間に行われた書き込みによるものです）。</translation>
    </message>
    <message>
        <source>Replace Backup</source>
        <translation>バックアップを置き換え</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the new backup?</source>
        <translation>%1 は既に存在します。新しいバックアップで置き換えますか?</translation>
    </message>
</context>
<context>
    <name>browser::CompactDialog</name>
    <message>
        <source>Compact</source>
        <translation>最適化</translation>
    </message>
    <message>
        <source>Compact Database</source>
        <translation>データベースの最適化</translation>
    </message>
    <message>
        <source>Compaction rewrites the file with only its live records: replaced, removed and expired records are dropped. Reads and writes go on meanwhile.</source>
        <translation>最適化では、有効なレコードだけでファイルを書き直します。置き換えられたレコード、削除されたレコード、期限切れのレコードは破棄されます。その間も読み書きは続行できます。</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;File size now:&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Dead bytes (replaced, removed, expired):&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Size after compaction, about:&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Space reclaimed, about:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;現在のファイルサイズ:&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;不要なバイト数（置換・削除・期限切れ）:&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;最適化後のサイズ（概算）:&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;解放される容量（概算）:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Compacting</source>
        <translation>最適化しています</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Cancelled: the file is unchanged.</source>
        <translation>キャンセルしました。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>Done: the file is now %1 (it was %2).</source>
        <translation>完了しました。ファイルサイズは %1 になりました（以前は %2）。</translation>
    </message>
</context>
<context>
    <name>browser::CompareDialog</name>
    <message>
        <source>only in the other</source>
        <translation>比較先のみ</translation>
    </message>
    <message>
        <source>only in this one</source>
        <translation>このデータベースのみ</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Compare With Another Database</source>
        <translation>別のデータベースとの比較</translation>
    </message>
    <message>
        <source>Compares every record of this database with another emdb file (a backup, or a copy from another machine). The other file is only read. An encrypted one opens with this database&apos;s key.</source>
        <translation>このデータベースのすべてのレコードを別の emdb ファイル（バックアップや、別のマシンからのコピーなど）と比較します。比較先のファイルは読み取るだけです。暗号化されている場合は、このデータベースの鍵で開きます。</translation>
    </message>
    <message>
        <source>The other database file</source>
        <translation>比較先のデータベースファイル</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>比較先</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>Size here</source>
        <translation>サイズ（こちら）</translation>
    </message>
    <message>
        <source>Size in the other</source>
        <translation>サイズ（比較先）</translation>
    </message>
    <message>
        <source>&amp;Export as JSON Lines…</source>
        <translation>JSON Lines としてエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Choose the database to compare with.</source>
        <translation>比較するデータベースを選択してください。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <source>That is this database: choose another file.</source>
        <translation>それはこのデータベース自体です。別のファイルを選択してください。</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>比較しています</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（既定）</translation>
    </message>
    <message>
        <source>The two databases hold the same records.</source>
        <translation>2 つのデータベースのレコードは同じです。</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <translation>%1、%2、%3。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln only in the other</source>
        <translation>
            <numerusform>比較先のみ %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln only in this one</source>
        <translation>
            <numerusform>このデータベースのみ %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>変更あり %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>This database</source>
        <translation>このデータベース</translation>
    </message>
    <message>
        <source>Export Differences</source>
        <translation>差異のエクスポート</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln difference(s) written to %1.</source>
        <translation>
            <numerusform>%Ln 件の差異を %1 に書き込みました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::DatabaseController</name>
    <message>
        <source>Opening %1</source>
        <translation>%1 を開いています</translation>
    </message>
    <message numerus="yes">
        <source>%n new frame(s) read</source>
        <translation>
            <numerusform>%n 個の新しいフレームを読み込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the sample database</source>
        <translation>サンプルデータベースを作成しています</translation>
    </message>
    <message>
        <source>Could not create the sample: %1</source>
        <translation>サンプルを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>Changing the key</source>
        <translation>鍵を変更しています</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>暗号化しています</translation>
    </message>
    <message>
        <source>Decrypting</source>
        <translation>復号しています</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>The record %1 no longer exists (it may have expired).</source>
        <translation>レコード %1 はもう存在しません（有効期限が切れた可能性があります）。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s)</source>
        <translation>
            <numerusform>%n 件の変更を書き込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweeping expired records</source>
        <translation>期限切れのレコードを一掃しています</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n expired record(s)</source>
        <translation>
            <numerusform>期限切れのレコードを %n 件削除しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the value to a file</source>
        <translation>値をファイルに保存しています</translation>
    </message>
    <message>
        <source>The record has expired or was removed.</source>
        <translation>レコードは期限切れか削除されました。</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>キャンセルしました: ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <source>Saved the value to %1.</source>
        <translation>値を %1 に保存しました。</translation>
    </message>
    <message>
        <source>The value was not saved to %1: %2</source>
        <translation>値を %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Searching the value</source>
        <translation>値を検索中</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>検索を取り消しました。</translation>
    </message>
</context>
<context>
    <name>browser::EncryptionDialog</name>
    <message>
        <source>Encrypt</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>Change Key</source>
        <translation>鍵の変更</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>復号</translation>
    </message>
    <message>
        <source>Encrypt Database</source>
        <translation>データベースの暗号化</translation>
    </message>
    <message>
        <source>Change Encryption Key</source>
        <translation>暗号鍵の変更</translation>
    </message>
    <message>
        <source>Decrypt Database</source>
        <translation>データベースの復号</translation>
    </message>
    <message>
        <source>Encrypts every record of %1 with a passphrase (through Argon2id) or a 32-byte key.</source>
        <translation>%1 のすべてのレコードを、パスフレーズ（Argon2id で鍵を導出）または 32 バイトの鍵で暗号化します。</translation>
    </message>
    <message>
        <source>Re-encrypts every record of %1 with a new passphrase or key (%2 now).</source>
        <translation>%1 のすべてのレコードを新しいパスフレーズまたは鍵で再暗号化します（現在は %2）。</translation>
    </message>
    <message>
        <source>Writes every record of %1 back in plain form: anyone who can read the file can read them.</source>
        <translation>%1 のすべてのレコードを平文で書き戻します。ファイルを読み取れる人は誰でもレコードを読めるようになります。</translation>
    </message>
    <message>
        <source>The database is closed meanwhile and reopened afterwards; the old file is kept until the new one is complete.</source>
        <translation>処理中はデータベースを閉じ、完了後に再び開きます。新しいファイルが完成するまで古いファイルは保持されます。</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>パスフレーズ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Key (64 hex digits)</source>
        <translation>鍵（16 進数 64 桁）(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the current cipher</source>
        <translation>現在の暗号方式を維持</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>再入力:</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>暗号方式:</translation>
    </message>
    <message>
        <source>Done: the database is no longer encrypted.</source>
        <translation>完了しました。データベースの暗号化は解除されました。</translation>
    </message>
    <message>
        <source>Done: only the new passphrase or key opens the database now.</source>
        <translation>完了しました。今後は新しいパスフレーズまたは鍵でのみデータベースを開くことができます。</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>何も変更されませんでした: %1</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2 つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>A key is 32 bytes written as 64 hex digits.</source>
        <translation>鍵は 32 バイトで、16 進数 64 桁で書きます。</translation>
    </message>
</context>
<context>
    <name>browser::ExpiryDelegate</name>
    <message>
        <source>1h30m, 2026-12-31 18:00, or empty for none</source>
        <translation>1h30m、2026-12-31 18:00、または空欄で無期限</translation>
    </message>
    <message>
        <source>A duration from now, a local date and time, or nothing for no expiry</source>
        <translation>現在からの期間、ローカルの日時、または無期限にする場合は空欄</translation>
    </message>
</context>
<context>
    <name>browser::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Export Records</source>
        <translation>レコードのエクスポート</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（既定）</translation>
    </message>
    <message>
        <source>The whole namespace %1</source>
        <translation>名前空間 %1 全体</translation>
    </message>
    <message numerus="yes">
        <source>The selected records (%n)</source>
        <translation>
            <numerusform>選択したレコード（%n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>The records the table shows (prefix, range and pattern)</source>
        <translation>表に表示されているレコード（プレフィックス、範囲、パターン）</translation>
    </message>
    <message>
        <source>JSON Lines (.jsonl)</source>
        <translation>JSON Lines (.jsonl)</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>レコード:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>エクスポート先のファイルを選択してください。</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>エクスポートしています</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>%n 件のレコードを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::HexBytesDialog</name>
    <message>
        <source>Type hex digits to insert bytes; Insert switches to typing over them; Delete and Backspace remove bytes.</source>
        <translation>16 進数を入力するとバイトを挿入します。Insert キーで上書き入力に切り替わります。Delete キーと Backspace キーでバイトを削除します。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>browser::HistoryDialog</name>
    <message>
        <source>Read Again</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 の履歴</translation>
    </message>
    <message>
        <source>Every version of this record that the file still holds: the journal keeps replaced and removed values until the database is compacted. Select a version to see its value, two to compare them.</source>
        <translation>ファイルにまだ残っている、このレコードのすべてのバージョンです。置き換えられた値や削除された値は、データベースを最適化するまでジャーナルに残ります。バージョンを 1 つ選択すると値が表示され、2 つ選択すると比較できます。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation>有効期限 (UTC)</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>オフセット</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>このバージョンを復元(&amp;R)</translation>
    </message>
    <message>
        <source>Stages the selected version&apos;s value (and its expiry, when still ahead) as a pending edit</source>
        <translation>選択したバージョンの値（および、まだ過ぎていなければ有効期限）を保留中の編集として準備します</translation>
    </message>
    <message>
        <source>Reading the history of %1</source>
        <translation>%1 の履歴を読み取っています</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>written (current)</source>
        <translation>書き込み（現在）</translation>
    </message>
    <message>
        <source>written</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>The file holds no version of this record: it was compacted away, or never written.</source>
        <translation>ファイルにはこのレコードのバージョンがありません。最適化で破棄されたか、一度も書き込まれていません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s) in the file.</source>
        <translation>
            <numerusform>ファイル内に %Ln 個のバージョンがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Select one version to see it, or two to compare them.</source>
        <translation>バージョンを 1 つ選択すると表示され、2 つ選択すると比較できます。</translation>
    </message>
    <message>
        <source>%1 is a removal: it has no value.</source>
        <translation>%1 は削除を表すため、値はありません。</translation>
    </message>
    <message>
        <source>Restore version %1 of %2</source>
        <translation>%2 のバージョン %1 を復元</translation>
    </message>
    <message>
        <source>Version %1 is staged: Write Changes saves it to the file.</source>
        <translation>バージョン %1 を保留中の編集にしました。「変更の書き込み」でファイルに保存されます。</translation>
    </message>
</context>
<context>
    <name>browser::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Import Records</source>
        <translation>レコードのインポート</translation>
    </message>
    <message>
        <source>By the file&apos;s extension</source>
        <translation>ファイルの拡張子で判断</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Import From</source>
        <translation>インポート元</translation>
    </message>
    <message>
        <source>Records (*.jsonl *.json *.csv);;All files (*)</source>
        <translation>レコード (*.jsonl *.json *.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>インポートするファイルを選択してください。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>インポートしています</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>何もインポートされませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>%n 件のレコードをインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Reads records from a JSON Lines or CSV file as Export writes them (namespace, key, value, expiry). Preview compares each record with the database; Import then writes the new ones, and those that differ if you choose, in one crash-atomic batch: a bad line is named and nothing is written.</source>
        <translation>エクスポートと同じ形式（名前空間、キー、値、有効期限）の JSON Lines または CSV ファイルからレコードを読み込みます。「プレビュー」で各レコードをデータベースと比較し、「インポート」で新しいレコードと、選択した場合は内容が異なるレコードを、クラッシュ時にも不完全な状態が残らない 1 回のアトミックなバッチで書き込みます。不正な行がある場合はその行を示し、何も書き込みません。</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>相違点</translation>
    </message>
    <message>
        <source>In the database</source>
        <translation>データベース内</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>ファイル内</translation>
    </message>
    <message>
        <source>&amp;Overwrite them with the file&apos;s records</source>
        <translation>ファイルのレコードで上書きする(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Skip them and keep the database&apos;s records</source>
        <translation>スキップしてデータベースのレコードを残す(&amp;S)</translation>
    </message>
    <message>
        <source>Records that hold another value or expiry:</source>
        <translation>値または有効期限が異なるレコード:</translation>
    </message>
    <message>
        <source>Previewing</source>
        <translation>プレビューしています</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>このファイルはインポートできません: %1</translation>
    </message>
    <message>
        <source>The file or format changed: preview again.</source>
        <translation>ファイルまたは形式が変更されました。もう一度プレビューしてください。</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>新規 %1 件</translation>
    </message>
    <message>
        <source>%1 with another value or expiry</source>
        <translation>値または有効期限が異なるもの %1 件</translation>
    </message>
    <message>
        <source>%1 identical (never written)</source>
        <translation>同一 %1 件（書き込まれません）</translation>
    </message>
    <message>
        <source>%1 already expired (never written)</source>
        <translation>期限切れ %1 件（書き込まれません）</translation>
    </message>
    <message>
        <source>Records in the file: %1.</source>
        <translation>ファイル内のレコード: %1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n of them have edits staged in the window: those stay pending and replace what is imported when the changes are written.</source>
        <translation>
            <numerusform>そのうち %n 件には、ウィンドウで保留中の編集があります。これらは保留中のまま残り、変更を書き込むときにインポートした内容を置き換えます。</numerusform>
        </translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>有効期限なし</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1
%2
Expires: %3</source>
        <translation>%1
%2
有効期限: %3</translation>
    </message>
    <message>
        <source>Value and expiry</source>
        <translation>値と有効期限</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（既定）</translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed.</source>
        <translation>%2 件のうち最初の %1 件を表示しています。</translation>
    </message>
    <message>
        <source>Nothing to import: the database holds every record of the file as it is.</source>
        <translation>インポートするものはありません。ファイルのすべてのレコードが、そのままの内容でデータベースにあります。</translation>
    </message>
    <message>
        <source>Choose what to do with the records that differ, then Import; Close imports nothing.</source>
        <translation>内容が異なるレコードの扱いを選んでから「インポート」を押してください。「閉じる」では何もインポートしません。</translation>
    </message>
    <message>
        <source>Import writes the new records; Close imports nothing.</source>
        <translation>「インポート」で新しいレコードを書き込みます。「閉じる」では何もインポートしません。</translation>
    </message>
    <message numerus="yes">
        <source>Left %n record(s) as the database holds them.</source>
        <translation>
            <numerusform>%n 件のレコードはデータベースの内容のまま残しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::IntegrityDialog</name>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Check Integrity</source>
        <translation>整合性チェック</translation>
    </message>
    <message>
        <source>Reads every frame of the file, checks its checksum, decodes (and decrypts) it, and reports what it found. Nothing is written.</source>
        <translation>ファイルのすべてのフレームを読み込んでチェックサムを検証し、デコード（および復号）して結果を報告します。書き込みは一切行いません。</translation>
    </message>
    <message>
        <source>Checking integrity</source>
        <translation>整合性をチェックしています</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;File size:&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Valid frames:&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Records (inserts and removes):&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Live records:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Dead records:&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Bytes up to the last valid frame:&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;ファイルサイズ:&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;正常なフレーム:&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;レコード（挿入と削除）:&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;有効なレコード:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;不要なレコード:&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;最後の正常なフレームまでのバイト数:&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Every frame is sound.</source>
        <translation>すべてのフレームが正常です。</translation>
    </message>
    <message>
        <source>%1 at byte %2: %3</source>
        <translation>バイト %2 の位置で%1: %3</translation>
    </message>
    <message>
        <source>A torn tail (an interrupted last write) starts</source>
        <translation>不完全な末尾（中断された最後の書き込み）が始まっています</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>ファイルが破損しています</translation>
    </message>
    <message>
        <source>Notes on how this file is read:</source>
        <translation>このファイルの読み取りに関する注記:</translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation>バイト %1: %2</translation>
    </message>
</context>
<context>
    <name>browser::KeyDialog</name>
    <message>
        <source>Encrypted Database</source>
        <translation>暗号化されたデータベース</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is encrypted with %2. Enter its passphrase or key.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; は %2 で暗号化されています。パスフレーズまたは鍵を入力してください。</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>パスフレーズ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Key (64 hex digits)</source>
        <translation>鍵（16 進数 64 桁）(&amp;K)</translation>
    </message>
    <message>
        <source>Key &amp;file</source>
        <translation>鍵ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>That passphrase or key is wrong. Try again.</source>
        <translation>パスフレーズまたは鍵が正しくありません。もう一度入力してください。</translation>
    </message>
    <message>
        <source>Key File</source>
        <translation>鍵ファイル</translation>
    </message>
    <message>
        <source>A key is 32 bytes written as 64 hex digits.</source>
        <translation>鍵は 32 バイトで、16 進数 64 桁で入力します。</translation>
    </message>
    <message>
        <source>The key file must hold 32 bytes, raw or as 64 hex digits.</source>
        <translation>鍵ファイルには、32 バイトのバイナリデータ、または 16 進数 64 桁が含まれている必要があります。</translation>
    </message>
</context>
<context>
    <name>browser::KeyEdit</name>
    <message>
        <source>Hex</source>
        <translation>16 進数</translation>
    </message>
    <message>
        <source>Type the key&apos;s bytes as hex digits</source>
        <translation>キーのバイト列を 16 進数で入力します</translation>
    </message>
    <message>
        <source>Bytes…</source>
        <translation>バイト…</translation>
    </message>
    <message>
        <source>Edit the key&apos;s bytes in a hex editor</source>
        <translation>キーのバイト列を 16 進エディターで編集します</translation>
    </message>
    <message>
        <source>Key Bytes</source>
        <translation>キーのバイト列</translation>
    </message>
</context>
<context>
    <name>browser::KeyTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>(deleted when written)</source>
        <translation>（書き込み時に削除）</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>（期限切れ）</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Pending: Write Changes saves this edit to the file</source>
        <translation>保留中: 「変更の書き込み」でこの編集がファイルに保存されます</translation>
    </message>
    <message>
        <source>Binary key, shown in hex (%1)</source>
        <translation>バイナリキー、16 進数で表示（%1）</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>New: Write Changes adds this record to the file</source>
        <translation>新規: 「変更を書き込む」でこのレコードがファイルに追加されます</translation>
    </message>
    <message>
        <source>(the bytes of %1)</source>
        <translation>(%1 のバイト列)</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln byte(s) typed over)</source>
        <translation>
            <numerusform>(%Ln バイトを上書き)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 UTC
%2 (local)</source>
        <translation>%1 UTC
%2（現地時刻）</translation>
    </message>
</context>
<context>
    <name>browser::LockDialog</name>
    <message>
        <source>Database In Use</source>
        <translation>データベース使用中</translation>
    </message>
    <message>
        <source>It is held by process %1 since %2, using %3.</source>
        <translation>%2 からプロセス %1（%3）がロックを保持しています。</translation>
    </message>
    <message>
        <source>The program holding it left no description.</source>
        <translation>ロックを保持しているプログラムは説明を残していません。</translation>
    </message>
    <message>
        <source>Process %1 is not running on this computer: the lock may be stale.</source>
        <translation>プロセス %1 はこのコンピューターで実行されていません。ロックが古くなっている可能性があります。</translation>
    </message>
    <message>
        <source>Process %1 is running. Breaking the lock of a running program could damage the database.</source>
        <translation>プロセス %1 は実行中です。実行中のプログラムのロックを強制解除すると、データベースが破損するおそれがあります。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is open in another program.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; は別のプログラムで開かれています。</translation>
    </message>
    <message>
        <source>You can open it read-only without the lock: you will see the records written so far, and can refresh to see new ones.</source>
        <translation>ロックせずに読み取り専用で開くことができます。これまでに書き込まれたレコードが表示され、更新すると新しいレコードも表示されます。</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>読み取り専用で開く(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Break Lock…</source>
        <translation>ロックの強制解除(&amp;B)…</translation>
    </message>
    <message>
        <source>Only the lock of a program that is no longer running can be broken.</source>
        <translation>強制解除できるのは、既に実行されていないプログラムのロックだけです。</translation>
    </message>
    <message>
        <source>Break Lock</source>
        <translation>ロックの強制解除</translation>
    </message>
    <message>
        <source>Break the lock of %1?</source>
        <translation>%1 のロックを強制解除しますか？</translation>
    </message>
    <message>
        <source>Do this only if no program is using the database any more. If one still is, both may write to it and records can be lost.</source>
        <translation>どのプログラムもデータベースを使用していない場合にのみ実行してください。まだ使用中のプログラムがある場合、両方が書き込みを行い、レコードが失われるおそれがあります。</translation>
    </message>
</context>
<context>
    <name>browser::MainWindow</name>
    <message>
        <source>Pending Changes</source>
        <translation>保留中の変更</translation>
    </message>
    <message>
        <source>(nothing pending)</source>
        <translation>（保留中の変更はありません）</translation>
    </message>
    <message>
        <source>Not Written</source>
        <translation>書き込まれませんでした</translation>
    </message>
    <message>
        <source>Nothing of this change was written.</source>
        <translation>この変更は一切書き込まれていません。</translation>
    </message>
    <message>
        <source>Edit the value of %1</source>
        <translation>%1 の値を編集</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新規データベース(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only…</source>
        <translation>読み取り専用で開く(&amp;R)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイルを開く(&amp;R)</translation>
    </message>
    <message>
        <source>Create &amp;Sample Database…</source>
        <translation>サンプルデータベースの作成(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>データベースを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Write Changes</source>
        <translation>変更の書き込み(&amp;W)</translation>
    </message>
    <message>
        <source>Write every pending edit to the file, as one crash-atomic batch</source>
        <translation>保留中のすべての編集を、クラッシュ時にも不完全な状態が残らない 1 回のアトミックなバッチとしてファイルに書き込みます</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>変更の破棄(&amp;V)</translation>
    </message>
    <message>
        <source>Drop every pending edit</source>
        <translation>保留中のすべての編集を破棄します</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Follow Changes</source>
        <translation>変更の追跡(&amp;F)</translation>
    </message>
    <message>
        <source>Show records another program writes, as they land (read-only views)</source>
        <translation>別のプログラムが書き込んだレコードを随時表示します（読み取り専用で開いている場合）</translation>
    </message>
    <message>
        <source>&amp;Group Keys By</source>
        <translation>キーのグループ化(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>The language changes when emdb Browser starts again.</source>
        <translation>言語は emdb Browser の次回起動時に変更されます。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About emdb Browser</source>
        <translation>emdb Browser について(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>読み取り専用で開く</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新規データベース</translation>
    </message>
    <message>
        <source>Create Sample Database</source>
        <translation>サンプルデータベースの作成</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file for the sample.</source>
        <translation>%1 は既に存在します。サンプル用に新しいファイルを選択してください。</translation>
    </message>
    <message>
        <source>Select a record to see its value.</source>
        <translation>レコードを選択すると値が表示されます。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>This record is deleted when the changes are written.</source>
        <translation>このレコードは変更の書き込み時に削除されます。</translation>
    </message>
    <message>
        <source>This record has expired or was removed.</source>
        <translation>このレコードは期限切れか、削除されました。</translation>
    </message>
    <message>
        <source>emdb Browser</source>
        <translation>emdb Browser</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[読み取り専用]</translation>
    </message>
    <message>
        <source>Unsaved Value</source>
        <translation>未保存の値</translation>
    </message>
    <message>
        <source>The value you edited has not been saved. Quit anyway?</source>
        <translation>編集した値は保存されていません。終了してもよろしいですか？</translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln 個のキー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new when written</source>
        <translation>
            <numerusform>書き込み時に %Ln 件追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es), %1% scanned</source>
        <translation>
            <numerusform>%Ln 件一致、%1% スキャン済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln 件一致</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find Keys…</source>
        <translation>キーを検索(&amp;F)…</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>フィルターをクリア(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) have not been written to the file. Drop them?</source>
        <translation>
            <numerusform>%Ln 件の編集がファイルに書き込まれていません。破棄しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>No database is open. Open one (%1), drop a file on the window, or try File &gt; Create Sample Database.</source>
        <translation>データベースが開かれていません。開く (%1)、ウィンドウにファイルをドロップする、または「ファイル &gt; サンプルデータベースを作成」を試してください。</translation>
    </message>
    <message>
        <source>Save Value to File</source>
        <translation>値をファイルに保存</translation>
    </message>
    <message>
        <source>Waiting for Write Changes to finish…</source>
        <translation>「変更を書き込む」の完了を待っています…</translation>
    </message>
    <message>
        <source>Replace Value from File</source>
        <translation>ファイルから値を置き換え</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 は読み取れるファイルではありません。</translation>
    </message>
    <message>
        <source>%1 holds %2: an emdb record holds at most 256 MiB, its key included.</source>
        <translation>%1 は %2 あります。emdb のレコードはキーを含めて最大 256 MiB です。</translation>
    </message>
    <message>
        <source>Replace the value of %1 from %2</source>
        <translation>%1 の値を %2 で置き換え</translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln byte(s) of %1</source>
        <translation>
            <numerusform>%1 の %Ln バイトを変更</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in &amp;Values…</source>
        <translation>値を検索(&amp;S)…</translation>
    </message>
    <message>
        <source>Sorting… %1%</source>
        <translation>並べ替え中… %1%</translation>
    </message>
</context>
<context>
    <name>browser::MaintenanceActions</name>
    <message>
        <source>&amp;Statistics…</source>
        <translation>統計(&amp;S)…</translation>
    </message>
    <message>
        <source>Check &amp;Integrity…</source>
        <translation>整合性チェック(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Compact…</source>
        <translation>最適化(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Encrypt…</source>
        <translation>暗号化(&amp;E)…</translation>
    </message>
    <message>
        <source>Change &amp;Key…</source>
        <translation>鍵の変更(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Decrypt…</source>
        <translation>復号(&amp;D)…</translation>
    </message>
    <message>
        <source>Sweep E&amp;xpired Records</source>
        <translation>期限切れレコードの一掃(&amp;X)</translation>
    </message>
</context>
<context>
    <name>browser::NamespaceModel</name>
    <message>
        <source>(default)</source>
        <translation>（既定）</translation>
    </message>
    <message numerus="yes">
        <source>The default namespace: %n record(s)</source>
        <translation>
            <numerusform>既定の名前空間: %n 件のレコード</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Namespace %1: %n record(s)</source>
        <translation>
            <numerusform>名前空間 %1: %n 件のレコード</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keys starting with %1: %n record(s)</source>
        <translation>
            <numerusform>%1 で始まるキー: %n 件のレコード</numerusform>
        </translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード数</translation>
    </message>
</context>
<context>
    <name>browser::OpenFlow</name>
    <message>
        <source>Damaged Database</source>
        <translation>破損したデータベース</translation>
    </message>
    <message>
        <source>It is damaged at byte %L1.</source>
        <translation>バイト %L1 の位置で破損しています。</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing.</source>
        <translation>%1 を書き込み用に開くことができません。</translation>
    </message>
    <message>
        <source>The records before the damage can be read. Open it read-only to look at them or to export them; nothing will be written to the file.</source>
        <translation>破損箇所より前のレコードは読み取れます。読み取り専用で開くと、レコードを確認したりエクスポートしたりできます。ファイルには何も書き込まれません。</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>読み取り専用で開く(&amp;R)</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>開けません</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 を開くことができません。</translation>
    </message>
    <message>
        <source>Empty File</source>
        <translation>空のファイル</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 は空です。</translation>
    </message>
    <message>
        <source>An empty file holds no records; there is nothing to show read-only.</source>
        <translation>空のファイルにはレコードがありません。読み取り専用で表示するものはありません。</translation>
    </message>
    <message>
        <source>Make it a new emdb database? Its sidecar (%1.meta) and lock file are written beside it.</source>
        <translation>新しい emdb データベースにしますか？ サイドカー (%1.meta) とロックファイルが隣に書き込まれます。</translation>
    </message>
    <message>
        <source>Make It a &amp;Database</source>
        <translation>データベースにする(&amp;D)</translation>
    </message>
</context>
<context>
    <name>browser::PastActions</name>
    <message>
        <source>&amp;History of Record…</source>
        <translation>レコードの履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>Every version of the selected record that the file still holds</source>
        <translation>ファイルにまだ残っている、選択したレコードのすべてのバージョン</translation>
    </message>
    <message>
        <source>&amp;Removed Records…</source>
        <translation>削除されたレコード(&amp;R)…</translation>
    </message>
    <message>
        <source>Records removed from this namespace whose values the file still holds, to restore</source>
        <translation>この名前空間から削除されたものの、値がまだファイルに残っているレコードを復元します</translation>
    </message>
    <message>
        <source>Com&amp;pare With…</source>
        <translation>別のデータベースと比較(&amp;P)…</translation>
    </message>
    <message>
        <source>Records added, removed and changed between this database and another file</source>
        <translation>このデータベースと別のファイルの間で追加・削除・変更されたレコード</translation>
    </message>
</context>
<context>
    <name>browser::PendingEdits</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更</translation>
    </message>
    <message>
        <source>Edits made while writing</source>
        <translation>書き込み中に行った編集</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln record(s)</source>
        <translation>
            <numerusform>%Ln 件のレコードを削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the expiry of %Ln record(s)</source>
        <translation>
            <numerusform>%Ln 件のレコードの有効期限を設定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the expiry of %Ln record(s)</source>
        <translation>
            <numerusform>%Ln 件のレコードの有効期限を解除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::RangeActions</name>
    <message>
        <source>All &amp;Shown Records</source>
        <translation>表示中のすべてのレコード(&amp;O)</translation>
    </message>
    <message>
        <source>Every record the table shows with this filter, loaded or not</source>
        <translation>このフィルターで表に表示されるすべてのレコード（読み込み済みかどうかを問わず）</translation>
    </message>
    <message>
        <source>&amp;Delete All Shown…</source>
        <translation>表示中のすべてを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Set &amp;Expiry of All Shown…</source>
        <translation>表示中のすべての有効期限を設定(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Expiry of All Shown…</source>
        <translation>表示中のすべての有効期限を解除(&amp;R)…</translation>
    </message>
    <message>
        <source>Collecting the records shown</source>
        <translation>表示中のレコードを集めています</translation>
    </message>
    <message>
        <source>All Shown Records</source>
        <translation>表示中のすべてのレコード</translation>
    </message>
    <message>
        <source>More than %L1 records are shown.</source>
        <translation>%L1 件を超えるレコードが表示されています。</translation>
    </message>
    <message>
        <source>The records shown could not be read.</source>
        <translation>表示中のレコードを読み取れませんでした。</translation>
    </message>
    <message>
        <source>One edit stages at most %L1 records. Narrow the filter (a prefix, a range or a pattern) and repeat the edit for each part.</source>
        <translation>1 回の編集で保留できるレコードは最大 %L1 件です。フィルター（プレフィックス、範囲、パターン）で絞り込み、部分ごとに編集を繰り返してください。</translation>
    </message>
    <message>
        <source>In the default namespace.</source>
        <translation>対象は既定の名前空間です。</translation>
    </message>
    <message>
        <source>In the namespace %1.</source>
        <translation>対象は名前空間 %1 です。</translation>
    </message>
    <message>
        <source>No records are shown.</source>
        <translation>表示されているレコードはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln record(s) shown?</source>
        <translation>
            <numerusform>表示中の %Ln 件のレコードをすべて削除しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the expiry of all %Ln record(s) shown?</source>
        <translation>
            <numerusform>表示中の %Ln 件のレコードすべての有効期限を解除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>The change is pending until you write the changes; Undo takes it back.</source>
        <translation>変更は書き込むまで保留されます。「元に戻す」で取り消すことができます。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove Expiry</source>
        <translation>有効期限の解除</translation>
    </message>
</context>
<context>
    <name>browser::RangeFilter</name>
    <message>
        <source>Prefix</source>
        <translation>プレフィックス</translation>
    </message>
    <message>
        <source>Only keys that start with this text</source>
        <translation>このテキストで始まるキーのみ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Only keys from this one on, in byte order</source>
        <translation>バイト順でこのキー以降のキーのみ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Only keys up to this one, in byte order</source>
        <translation>バイト順でこのキーまでのキーのみ</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>パターン</translation>
    </message>
    <message>
        <source>Glob (user:*:profile, matching the whole key) or regular expression (anywhere in the key)</source>
        <translation>glob（user:*:profile、キー全体に一致）または正規表現（キー内の任意の位置に一致）</translation>
    </message>
    <message>
        <source>incl.</source>
        <translation>含む</translation>
    </message>
    <message>
        <source>Include the From key itself</source>
        <translation>開始キー自体を含めます</translation>
    </message>
    <message>
        <source>Include the To key itself</source>
        <translation>終了キー自体を含めます</translation>
    </message>
    <message>
        <source>Glob</source>
        <translation>Glob</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <source>Hide expired</source>
        <translation>期限切れを非表示</translation>
    </message>
    <message>
        <source>Leave out records whose expiry has passed but that are not swept yet</source>
        <translation>有効期限が過ぎているものの、まだ一掃されていないレコードを除外します</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Show every key of the namespace again</source>
        <translation>名前空間のすべてのキーを再び表示します</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation>有効な正規表現ではありません: %1</translation>
    </message>
    <message>
        <source>Value contains</source>
        <translation>値に含む</translation>
    </message>
    <message>
        <source>Only records whose value holds this: text (letters in either case), a regular expression (over the value as text), or hex bytes. Searched record by record as the table fills.</source>
        <translation>値にこれを含むレコードのみ: テキスト(大文字と小文字を区別しない)、正規表現(値をテキストとして照合)、または 16 進数のバイト列。表が埋まるにつれてレコードごとに検索します。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>16 進</translation>
    </message>
    <message>
        <source>Not hex bytes: %1</source>
        <translation>16 進数のバイト列ではありません: %1</translation>
    </message>
</context>
<context>
    <name>browser::RecentFiles</name>
    <message>
        <source>Clear Menu</source>
        <translation>メニューをクリア</translation>
    </message>
</context>
<context>
    <name>browser::RecordActions</name>
    <message>
        <source>&amp;Add Record…</source>
        <translation>レコードの追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename Key…</source>
        <translation>キー名の変更(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Set &amp;Expiry…</source>
        <translation>有効期限の設定(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Expiry</source>
        <translation>有効期限の解除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Copy &amp;Key</source>
        <translation>キーをコピー(&amp;K)</translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation>値をコピー(&amp;V)</translation>
    </message>
    <message>
        <source>As Text</source>
        <translation>テキストとして</translation>
    </message>
    <message>
        <source>As Hex</source>
        <translation>16 進数として</translation>
    </message>
    <message>
        <source>As Base64</source>
        <translation>Base64 として</translation>
    </message>
    <message>
        <source>The key %1 already exists.</source>
        <translation>キー %1 は既に存在します。</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>Rename Key</source>
        <translation>キー名の変更</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <source>New key for %1:</source>
        <translation>%1 の新しいキー:</translation>
    </message>
    <message>
        <source>The key %1 no longer exists.</source>
        <translation>キー %1 はもう存在しません。</translation>
    </message>
    <message>
        <source>%1 is too large to rename here.</source>
        <translation>%1 は大きすぎるため、ここでは名前を変更できません。</translation>
    </message>
    <message>
        <source>Delete Records</source>
        <translation>レコードの削除</translation>
    </message>
    <message>
        <source>Delete the record %1?</source>
        <translation>レコード %1 を削除しますか？</translation>
    </message>
    <message>
        <source>The deletion is pending until you write the changes; Undo takes it back.</source>
        <translation>削除は変更を書き込むまで保留されます。「元に戻す」で取り消すことができます。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Not Staged</source>
        <translation>保留されませんでした</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln record(s)?</source>
        <translation>
            <numerusform>%Ln 件のレコードを削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>値をコピー</translation>
    </message>
    <message>
        <source>This value is %1; Copy takes values up to %2.</source>
        <translation>この値は %1 です。コピーできるのは %2 までの値です。</translation>
    </message>
    <message>
        <source>Use Save to File in the value panel: it writes the whole value, as stored.</source>
        <translation>値パネルの「ファイルに保存」を使ってください。値全体を保存されているとおりに書き込みます。</translation>
    </message>
</context>
<context>
    <name>browser::RemovedDialog</name>
    <message>
        <source>Read Again</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Removed Records</source>
        <translation>削除されたレコード</translation>
    </message>
    <message>
        <source>Removed Records in %1</source>
        <translation>%1 の削除されたレコード</translation>
    </message>
    <message>
        <source>Records removed from this namespace whose last value the file still holds (until the database is compacted). Restoring stages them as new records; an expiry that has passed is not restored.</source>
        <translation>この名前空間から削除されたものの、最後の値がまだファイルに残っているレコードです（データベースを最適化するまで残ります）。復元すると新しいレコードとして保留中の編集になります。過ぎた有効期限は復元されません。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Expired or expires</source>
        <translation>期限切れ・有効期限</translation>
    </message>
    <message>
        <source>Removed at offset</source>
        <translation>削除位置（オフセット）</translation>
    </message>
    <message>
        <source>Restore &amp;Selected</source>
        <translation>選択したレコードを復元(&amp;S)</translation>
    </message>
    <message>
        <source>Restore &amp;All</source>
        <translation>すべて復元(&amp;A)</translation>
    </message>
    <message>
        <source>Reading removed records</source>
        <translation>削除されたレコードを読み取っています</translation>
    </message>
    <message>
        <source>No removed record of this namespace is left in the file.</source>
        <translation>この名前空間の削除されたレコードはファイルに残っていません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed record(s) can be restored.</source>
        <translation>
            <numerusform>削除された %Ln 件のレコードを復元できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The last value of %1</source>
        <translation>%1 の最後の値</translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln removed record(s)</source>
        <translation>
            <numerusform>削除された %Ln 件のレコードを復元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) staged: Write Changes saves them to the file.</source>
        <translation>
            <numerusform>%Ln 件のレコードを保留中の編集にしました。「変更の書き込み」でファイルに保存されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::SecretField</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show or hide what was typed</source>
        <translation>入力内容を表示または非表示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
</context>
<context>
    <name>browser::SortActions</name>
    <message>
        <source>&amp;Sort By</source>
        <translation>並べ替え(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>キー(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>サイズ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Expiry</source>
        <translation>有効期限(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>降順(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Natural Key Order</source>
        <translation>キーの自然順(&amp;N)</translation>
    </message>
    <message>
        <source>Compare runs of digits in keys as numbers (user:2 before user:19)</source>
        <translation>キー内の連続した数字を数値として比較します (user:2 が user:19 より前)</translation>
    </message>
</context>
<context>
    <name>browser::StagedReader</name>
    <message>
        <source>The record %1 no longer exists (it may have expired).</source>
        <translation>レコード %1 はもう存在しません(期限切れの可能性があります)。</translation>
    </message>
    <message>
        <source>The value of %1 changed in the file since it was edited here (%2, now %3): nothing was written.</source>
        <translation>%1 の値はここで編集した後にファイル内で変更されました(%2、現在 %3)。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The file %1 changed since it was chosen (%2, now %3).</source>
        <translation>ファイル %1 は選択後に変更されました(%2、現在 %3)。</translation>
    </message>
    <message>
        <source>A read past the end of the value.</source>
        <translation>値の末尾を越えた読み取りです。</translation>
    </message>
    <message>
        <source>The value of %1 changed in the file while it was read.</source>
        <translation>%1 の値は読み取り中にファイル内で変更されました。</translation>
    </message>
</context>
<context>
    <name>browser::StatisticsDialog</name>
    <message>
        <source>Scan Records</source>
        <translation>レコードのスキャン</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Where the bytes go</source>
        <translation>バイトの内訳</translation>
    </message>
    <message>
        <source>Records per namespace</source>
        <translation>名前空間ごとのレコード数</translation>
    </message>
    <message>
        <source>Bytes per namespace</source>
        <translation>名前空間ごとのバイト数</translation>
    </message>
    <message>
        <source>Key sizes (unexpired records)</source>
        <translation>キーのサイズ（期限切れでないレコード）</translation>
    </message>
    <message>
        <source>Value sizes (unexpired records)</source>
        <translation>値のサイズ（期限切れでないレコード）</translation>
    </message>
    <message>
        <source>Expiry timeline (records)</source>
        <translation>有効期限の分布（レコード数）</translation>
    </message>
    <message>
        <source>Records (every namespace)</source>
        <translation>レコード数（全名前空間）</translation>
    </message>
    <message>
        <source>Records in the default namespace</source>
        <translation>既定の名前空間のレコード数</translation>
    </message>
    <message>
        <source>Named namespaces</source>
        <translation>名前付き名前空間の数</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>ファイルサイズ</translation>
    </message>
    <message>
        <source>Journal (bytes holding frames)</source>
        <translation>ジャーナル（フレームを含むバイト数）</translation>
    </message>
    <message>
        <source>Preallocated beyond the frames</source>
        <translation>フレーム以降の事前割り当て領域</translation>
    </message>
    <message>
        <source>Live bytes</source>
        <translation>有効なバイト数</translation>
    </message>
    <message>
        <source>Dead bytes (replaced, removed)</source>
        <translation>不要なバイト数（置換・削除）</translation>
    </message>
    <message>
        <source>Expired, not yet swept</source>
        <translation>期限切れ（未一掃）</translation>
    </message>
    <message>
        <source>%1 in %2 records</source>
        <translation>%1（%2 件のレコード）</translation>
    </message>
    <message>
        <source>Compaction would reclaim, about</source>
        <translation>最適化で解放される容量（概算）</translation>
    </message>
    <message>
        <source>Range scans</source>
        <translation>範囲スキャン</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Damaged from byte</source>
        <translation>破損開始位置（バイト）</translation>
    </message>
    <message>
        <source>live</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>preallocated</source>
        <translation>事前割り当て</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（既定）</translation>
    </message>
    <message>
        <source>Scanning records</source>
        <translation>レコードをスキャンしています</translation>
    </message>
    <message>
        <source>never</source>
        <translation>期限なし</translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n record(s).</source>
        <translation>
            <numerusform>%n 件のレコードをスキャンしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>チェックポイント</translation>
    </message>
    <message>
        <source>none: the next open replays the whole journal</source>
        <translation>なし: 次に開くときにジャーナル全体を再生します</translation>
    </message>
    <message>
        <source>covers %1 of the journal&apos;s %2</source>
        <translation>ジャーナル %2 のうち %1 をカバー</translation>
    </message>
</context>
<context>
    <name>browser::StatusPanel</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>実行中のタスクをキャンセルします</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>暗号化なし</translation>
    </message>
    <message>
        <source>Encrypted (%1)</source>
        <translation>暗号化（%1）</translation>
    </message>
    <message>
        <source>Read-only, not locked</source>
        <translation>読み取り専用、ロックなし</translation>
    </message>
    <message>
        <source>damaged at byte %L1</source>
        <translation>バイト %L1 で破損</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln 件のレコード</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln named namespace(s) and the default one</source>
        <translation>
            <numerusform>名前付き名前空間 %Ln 個と既定の名前空間</numerusform>
        </translation>
    </message>
    <message>
        <source>Writable; other writers are locked out</source>
        <translation>書き込み可能。他の書き込みはロックで締め出し中</translation>
    </message>
</context>
<context>
    <name>browser::StructuredModel</name>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>float (%1-bit)</source>
        <translation>浮動小数点数 (%1 ビット)</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>simple value</source>
        <translation>単純値</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>バイト列</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>map</source>
        <translation>マップ</translation>
    </message>
    <message>
        <source>extension type %1</source>
        <translation>拡張型 %1</translation>
    </message>
    <message>
        <source>, tag %1</source>
        <translation>、タグ %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln 個の要素</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln 個のエントリ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::StructuredView</name>
    <message>
        <source>As JSON this %1 value has a line of %L2 characters, more than the editor takes (%L3): edit it in Hex or Base64.</source>
        <translation>この %1 の値は JSON にすると %L2 文字の行があり、エディターの上限 (%L3) を超えています。16 進数または Base64 で編集してください。</translation>
    </message>
    <message>
        <source>%1 as JSON:</source>
        <translation>JSON で表した %1:</translation>
    </message>
    <message>
        <source>%1 as JSON; Apply writes it back as %1 (byte strings are {&quot;$bytes&quot;: &quot;Base64&quot;}):</source>
        <translation>JSON で表した %1。「適用」で %1 として書き戻します（バイト列は {&quot;$bytes&quot;: &quot;Base64&quot;}）:</translation>
    </message>
    <message>
        <source>This %1 value cannot be edited as JSON: %2 Edit it in Hex or Base64.</source>
        <translation>この %1 の値は JSON として編集できません: %2 16 進数または Base64 で編集してください。</translation>
    </message>
</context>
<context>
    <name>browser::TaskDialog</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>browser::TtlDialog</name>
    <message>
        <source>Set Expiry</source>
        <translation>有効期限の設定</translation>
    </message>
    <message numerus="yes">
        <source>Set the expiry of %n record(s):</source>
        <translation>
            <numerusform>%n 件のレコードの有効期限を設定します:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Never expires</source>
        <translation>無期限(&amp;N)</translation>
    </message>
    <message>
        <source>Expires &amp;after</source>
        <translation>次の期間後に期限切れ(&amp;A)</translation>
    </message>
    <message>
        <source>Expires a&amp;t</source>
        <translation>次の日時に期限切れ(&amp;T)</translation>
    </message>
    <message>
        <source>e.g. 45s, 30m, 1h30m, 7d</source>
        <translation>例: 45s, 30m, 1h30m, 7d</translation>
    </message>
    <message>
        <source>UTC: %1</source>
        <translation>UTC: %1</translation>
    </message>
</context>
<context>
    <name>browser::ValueFindBar</name>
    <message>
        <source>Find in value</source>
        <translation>値の中を検索</translation>
    </message>
    <message>
        <source>Enter or F3 finds the next match, Shift+Enter or Shift+F3 the one before: bytes in the Hex view (ff 00 1a, 0xdead, de:ad, or &quot;text&quot; in quotes), text in the Text view</source>
        <translation>Enter または F3 で次の一致、Shift+Enter または Shift+F3 で前の一致を検索します。16 進数表示ではバイト (ff 00 1a、0xdead、de:ad、または引用符で囲んだ &quot;テキスト&quot;)、テキスト表示ではテキストを検索します</translation>
    </message>
    <message>
        <source>Find the match before (Shift+F3)</source>
        <translation>前の一致を検索 (Shift+F3)</translation>
    </message>
    <message>
        <source>Find the next match (F3)</source>
        <translation>次の一致を検索 (F3)</translation>
    </message>
    <message>
        <source>In the Hex view, find looks for bytes: pairs of digits 0-9 and a-f, such as ff 00 1a, 0xdead or de:ad; text goes in double quotes.</source>
        <translation>16 進数表示では、バイトを検索します。0-9 と a-f の 2 桁の組（ff 00 1a、0xdead、de:ad など）で指定し、テキストは二重引用符で囲みます。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <source>The search stopped before it was done.</source>
        <translation>検索は完了する前に停止しました。</translation>
    </message>
    <message>
        <source>Not found: %1 is nowhere in this value.</source>
        <translation>見つかりません: %1 はこの値のどこにもありません。</translation>
    </message>
    <message>
        <source>Found at offset %L1 (0x%2). F3 finds the next, Shift+F3 the one before.</source>
        <translation>オフセット %L1 (0x%2) で見つかりました。F3 で次、Shift+F3 で前を検索します。</translation>
    </message>
</context>
<context>
    <name>browser::ValuePanel</name>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>16 進数</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>How the value is shown</source>
        <translation>値の表示方法</translation>
    </message>
    <message>
        <source>Syntax highlighting for text</source>
        <translation>テキストの構文ハイライト</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>折り返し</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Select a record to see its value.</source>
        <translation>レコードを選択すると値が表示されます。</translation>
    </message>
    <message>
        <source>default namespace</source>
        <translation>既定の名前空間</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>名前空間 %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>有効期限 %1</translation>
    </message>
    <message>
        <source>This is not hex: pairs of digits 0-9 and a-f, with spaces or lines between them.</source>
        <translation>16 進数ではありません。0-9 と a-f の 2 桁の組を、スペースまたは改行で区切って入力してください。</translation>
    </message>
    <message>
        <source>This is not valid Base64.</source>
        <translation>有効な Base64 ではありません。</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 ピクセル</translation>
    </message>
    <message>
        <source>Not an image this view can show (PNG, JPEG or SVG): shown in hex.</source>
        <translation>この表示で扱える画像（PNG、JPEG、SVG）ではないため、16 進数で表示しています。</translation>
    </message>
    <message>
        <source>Not valid JSON: shown as text.</source>
        <translation>有効な JSON ではないため、テキストとして表示しています。</translation>
    </message>
    <message>
        <source>Not valid UTF-8: shown with replacement characters. Edit it in Hex or Base64.</source>
        <translation>有効な UTF-8 ではないため、置換文字を使って表示しています。16 進数または Base64 で編集してください。</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2: too large to edit here.</source>
        <translation>%2 のうち先頭の %1 を表示しています。大きすぎるため、ここでは編集できません。</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>読み取り専用です。</translation>
    </message>
    <message>
        <source>Stage this value; Write Changes saves it to the file (Ctrl+Return)</source>
        <translation>この値をステージします。「変更を書き込む」でファイルに保存されます (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Go to offset</source>
        <translation>オフセットへ移動</translation>
    </message>
    <message>
        <source>A byte offset: decimal, or hex with 0x</source>
        <translation>バイトオフセット: 10 進数、または 0x 付きの 16 進数</translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>ファイルに保存…</translation>
    </message>
    <message>
        <source>Write the whole value to a file, as it is stored</source>
        <translation>値全体を保存されているとおりにファイルへ書き込みます</translation>
    </message>
    <message>
        <source>Not an offset within the value: 0 to %L1 (or 0x…).</source>
        <translation>値の範囲内のオフセットではありません: 0 から %L1 (または 0x…)。</translation>
    </message>
    <message>
        <source>Offset %L1 of %L2</source>
        <translation>オフセット %L1 / %L2</translation>
    </message>
    <message>
        <source>%1 is too large to edit here (up to %2): it is shown page by page, as text or hex. Save it to a file to work on it elsewhere.</source>
        <translation>%1 はここで編集するには大きすぎます (上限 %2)。ページごとにテキストまたは 16 進数で表示します。別の場所で作業するにはファイルに保存してください。</translation>
    </message>
    <message>
        <source>This value has a line of %L1 characters, more than the editor takes (%L2): shown read-only, page by page. Edit it in Hex or Base64.</source>
        <translation>この値には %L1 文字の行があり、エディターの上限 (%L2) を超えています。読み取り専用でページごとに表示します。16 進数または Base64 で編集してください。</translation>
    </message>
    <message>
        <source>In this view the value is %L1 characters, more than the editor takes (%L2): shown read-only, page by page.</source>
        <translation>この表示では値は %L1 文字で、エディターの上限 (%L2) を超えています。読み取り専用でページごとに表示します。</translation>
    </message>
    <message>
        <source>Replace from File…</source>
        <translation>ファイルから置き換え…</translation>
    </message>
    <message>
        <source>Stage a file&apos;s bytes as the new value, read when the changes are written</source>
        <translation>ファイルのバイト列を新しい値として準備します(変更の書き込み時に読み取られます)</translation>
    </message>
    <message>
        <source>%1 is too large for the text editor (up to %2): it is shown page by page. In Hex, type over bytes to change them; Replace from File takes a whole new value; Save to File takes it elsewhere.</source>
        <translation>%1 はテキストエディターには大きすぎます(最大 %2)。ページごとに表示します。Hex ではバイトを上書き入力して変更できます。「ファイルから置き換え」で新しい値全体を、「ファイルに保存」で別の場所へ書き出せます。</translation>
    </message>
    <message>
        <source>Only part of this value is held here: Apply stages the bytes typed over.</source>
        <translation>ここにはこの値の一部しかありません。「適用」で上書きしたバイトを準備します。</translation>
    </message>
    <message>
        <source>CBOR / MessagePack</source>
        <translation>CBOR / MessagePack</translation>
    </message>
    <message>
        <source>Neither CBOR nor MessagePack (a map or an array that encodes back to its bytes): shown in hex.</source>
        <translation>CBOR でも MessagePack（元のバイト列に再エンコードされるマップまたは配列）でもありません。16 進数で表示しています。</translation>
    </message>
    <message>
        <source>Type hex digits over bytes; Insert switches to inserting them (Delete and Backspace remove bytes). Shift selects, Ctrl+C copies, Ctrl+F finds.</source>
        <translation>バイトの上に 16 進数を上書き入力します。Insert キーで挿入入力に切り替わります (Delete キーと Backspace キーでバイトを削除)。Shift で選択、Ctrl+C でコピー、Ctrl+F で検索します。</translation>
    </message>
</context>
<context>
    <name>browser::ValueView</name>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Only part of this value is held here, so its length cannot change: bytes can be typed over (overwrite), not inserted or removed.</source>
        <translation>ここにはこの値の一部しかないため、長さは変えられません。バイトは上書き入力できますが、挿入や削除はできません。</translation>
    </message>
    <message>
        <source>Only a selection of up to %1 whose bytes are shown can be copied; Save to File takes the whole value.</source>
        <translation>コピーできるのは、バイトが表示されている %1 までの選択範囲だけです。値全体は「ファイルに保存」で書き出せます。</translation>
    </message>
    <message>
        <source>Cursor 0x%1</source>
        <translation>カーソル 0x%1</translation>
    </message>
    <message numerus="yes">
        <source>Selected %Ln byte(s) from 0x%1 to 0x%2</source>
        <translation>
            <numerusform>0x%1 から 0x%2 までの %Ln バイトを選択</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>挿入</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>上書き</translation>
    </message>
</context>
<context>
    <name>browser::VersionView</name>
    <message>
        <source>%1 (the first %2 of %3)</source>
        <translation>%1 (%3 のうち先頭の %2)</translation>
    </message>
    <message>
        <source>The two values are the same (%1).</source>
        <translation>2 つの値は同じです（%1）。</translation>
    </message>
    <message>
        <source>The first %1 are the same; the rest is not shown.</source>
        <translation>先頭の %1 は同じです。残りは表示されません。</translation>
    </message>
    <message>
        <source>They first differ at byte %1 (sizes %2 and %3); lines that differ are marked.</source>
        <translation>最初の相違はバイト %1 の位置です（サイズ %2 と %3）。異なる行には印が付いています。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect and edit emdb databases.</source>
        <translation>emdb データベースを確認・編集します。</translation>
    </message>
    <message>
        <source>The database to open.</source>
        <translation>開くデータベース。</translation>
    </message>
    <message>
        <source>Open the file read-only, without its lock.</source>
        <translation>ロックせずに、ファイルを読み取り専用で開きます。</translation>
    </message>
    <message>
        <source>Open &lt;file&gt;, writing a demo database there first if it does not exist.</source>
        <translation>&lt;file&gt; を開きます。存在しない場合は、先にそこへデモ用データベースを書き込みます。</translation>
    </message>
    <message>
        <source>Open the file, print how many records it holds once the first rows show, and exit (0 on success).</source>
        <translation>ファイルを開き、最初の行が表示された時点でレコード数を出力して終了します（成功時は 0）。</translation>
    </message>
</context>
</TS>
