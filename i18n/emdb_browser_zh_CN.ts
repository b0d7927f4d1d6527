<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DatabaseController</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>A key is 32 bytes (64 hex digits).</source>
        <translation>密钥为 32 字节（64 位十六进制数字）。</translation>
    </message>
    <message>
        <source>The lock is still held by a running process.</source>
        <translation>锁仍由一个正在运行的进程持有。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>expired just now</source>
        <translation>刚刚过期</translation>
    </message>
    <message numerus="yes">
        <source>%Ln d</source>
        <comment>days</comment>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <comment>hours</comment>
        <translation>
            <numerusform>%Ln 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%Ln 分钟</numerusform>
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
        <translation>%1后过期</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <comment>an expiry past: expired 2 h ago</comment>
        <translation>%1前已过期</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The namespace no longer exists.</source>
        <translation>该命名空间已不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Writing %1 failed (disk full?).</source>
        <translation>写入 %1 失败（磁盘已满？）。</translation>
    </message>
</context>
<context>
    <name>KeyScope</name>
    <message>
        <source>hex digits, two for each byte (spaces and colons allowed)</source>
        <translation>十六进制数字,每个字节两位(允许空格和冒号)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>emdb databases (*.emdb);;All files (*)</source>
        <translation>emdb 数据库 (*.emdb);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Past</name>
    <message>
        <source>The namespace no longer exists.</source>
        <translation>该命名空间已不存在。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>The other database is encrypted: open an encrypted database with the same key to compare them.</source>
        <translation>另一个数据库已加密：请打开使用相同密钥加密的数据库以进行比较。</translation>
    </message>
    <message>
        <source>This database no longer has the record.</source>
        <translation>此数据库中已没有该记录。</translation>
    </message>
    <message>
        <source>Compare the databases again: the other one was closed.</source>
        <translation>请重新比较数据库：另一个数据库已关闭。</translation>
    </message>
    <message>
        <source>The other database has no such record.</source>
        <translation>另一个数据库中没有该记录。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>within an hour</source>
        <translation>1 小时内</translation>
    </message>
    <message>
        <source>within a day</source>
        <translation>1 天内</translation>
    </message>
    <message>
        <source>within a week</source>
        <translation>1 周内</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>30 天内</translation>
    </message>
    <message>
        <source>later</source>
        <translation>更晚</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>StructuredValue</name>
    <message>
        <source>at %1</source>
        <translation>位于 %1</translation>
    </message>
    <message>
        <source>at the top level</source>
        <translation>位于顶层</translation>
    </message>
    <message>
        <source>It is longer than %L1 characters as JSON.</source>
        <translation>转为 JSON 后超过 %L1 个字符。</translation>
    </message>
    <message>
        <source>An integer below -2^63 has no JSON form here (%1).</source>
        <translation>小于 -2^63 的整数在此没有 JSON 形式（%1）。</translation>
    </message>
    <message>
        <source>Text that is not UTF-8 has no JSON form (%1).</source>
        <translation>非 UTF-8 的文本没有 JSON 形式（%1）。</translation>
    </message>
    <message>
        <source>A NaN with a payload has no JSON form (%1).</source>
        <translation>带有效载荷的 NaN 没有 JSON 形式（%1）。</translation>
    </message>
    <message>
        <source>The integer %1 is out of range: integers go from -2^63 to 2^64-1.</source>
        <translation>整数 %1 超出范围：整数范围为 -2^63 到 2^64-1。</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>The JSON is nested deeper than %1 levels.</source>
        <translation>JSON 的嵌套深度超过 %1 层。</translation>
    </message>
    <message>
        <source>Nested deeper than %1 levels.</source>
        <translation>嵌套深度超过 %1 层。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice; a map with repeated keys is written {&quot;$map&quot;: [[key, value], …]}.</source>
        <translation>键“%1”出现了两次；含重复键的映射应写为 {"$map": [[键, 值], …]}。</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%2 中没有 %1。</translation>
    </message>
    <message>
        <source>$bytes takes a Base64 string.</source>
        <translation>$bytes 需要一个 Base64 字符串。</translation>
    </message>
    <message>
        <source>%1 takes a number, &quot;NaN&quot;, &quot;Infinity&quot; or &quot;-Infinity&quot;.</source>
        <translation>%1 需要一个数字、"NaN"、"Infinity" 或 "-Infinity"。</translation>
    </message>
    <message>
        <source>$map takes an array of [key, value] pairs.</source>
        <translation>$map 需要一个由 [键, 值] 对组成的数组。</translation>
    </message>
    <message>
        <source>$tag takes [tag number, item].</source>
        <translation>$tag 需要 [标签号, 元素]。</translation>
    </message>
    <message>
        <source>$simple takes 0 to 19 or 32 to 255.</source>
        <translation>$simple 需要 0 到 19 或 32 到 255。</translation>
    </message>
    <message>
        <source>$undefined takes null.</source>
        <translation>$undefined 需要 null。</translation>
    </message>
    <message>
        <source>$ext takes [type from -128 to 127, Base64 string].</source>
        <translation>$ext 需要 [-128 到 127 的类型, Base64 字符串]。</translation>
    </message>
    <message>
        <source>%1 is none of $bytes, $float16, $float32, $float64, $map, $tag, $simple, $undefined and $ext; a map with one key that starts with $ is written {&quot;$map&quot;: [[key, value]]}.</source>
        <translation>%1 不是 $bytes、$float16、$float32、$float64、$map、$tag、$simple、$undefined 或 $ext 中的任何一个；只有一个以 $ 开头的键的映射应写为 {"$map": [[键, 值]]}。</translation>
    </message>
    <message>
        <source>Not valid JSON.</source>
        <translation>不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The value must stay a map or an array (an object, an array or a $map) to be recognised as %1.</source>
        <translation>值必须保持为映射或数组（对象、数组或 $map），才能被识别为 %1。</translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln 字节</numerusform>
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
        <translation>PNG 图像，%1</translation>
    </message>
    <message>
        <source>JPEG image, %1</source>
        <translation>JPEG 图像，%1</translation>
    </message>
</context>
<context>
    <name>browser::AboutDialog</name>
    <message>
        <source>About emdb Browser</source>
        <translation>关于 emdb Browser</translation>
    </message>
    <message>
        <source>&lt;h3&gt;emdb Browser %1&lt;/h3&gt;&lt;p&gt;Inspect and edit emdb databases: their namespaces, keys, values and expiries, with the engine on a worker thread so the window never freezes.&lt;/p&gt;&lt;p&gt;Built with: %2&lt;/p&gt;&lt;p&gt;Free software under the MIT licence: you may use, copy, change and share it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;emdb Browser %1&lt;/h3&gt;&lt;p&gt;查看和编辑 emdb 数据库的命名空间、键、值和过期时间。引擎在工作线程中运行，因此窗口不会卡顿。&lt;/p&gt;&lt;p&gt;构建所用组件：%2&lt;/p&gt;&lt;p&gt;基于 MIT 许可证的自由软件：您可以使用、复制、修改和分享它。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>browser::AddRecordDialog</name>
    <message>
        <source>Add Record</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>Type a new name to create a namespace</source>
        <translation>输入新名称以创建命名空间</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>never (or e.g. 30m, 1h30m, 7d)</source>
        <translation>永不过期（或例如 30m, 1h30m, 7d）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>命名空间(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>键(&amp;K)：</translation>
    </message>
    <message>
        <source>Value &amp;as:</source>
        <translation>值格式(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>在此时长后过期(&amp;E)：</translation>
    </message>
    <message>
        <source>Enter a key.</source>
        <translation>请输入键。</translation>
    </message>
    <message>
        <source>The key is not valid hex.</source>
        <translation>键不是有效的十六进制。</translation>
    </message>
    <message>
        <source>Write the expiry as a duration such as 45s, 30m, 1h30m or 7d.</source>
        <translation>请以时长形式输入过期时间，例如 45s, 30m, 1h30m 或 7d。</translation>
    </message>
    <message>
        <source>The value is not valid %1.</source>
        <translation>值不是有效的 %1。</translation>
    </message>
</context>
<context>
    <name>browser::BackupDialog</name>
    <message>
        <source>Back Up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database to a new file. Writes go on meanwhile; the copy holds the records as they were when the backup began.</source>
        <translation>将数据库的一致性副本写入新文件。在此期间仍可继续写入；副本包含备份开始时的记录。</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Back Up To</source>
        <translation>备份到</translation>
    </message>
    <message>
        <source>Choose a file to back up to.</source>
        <translation>请选择要备份到的文件。</translation>
    </message>
    <message>
        <source>The backup cannot be the database itself. Choose another file.</source>
        <translation>备份不能是数据库本身。请选择其他文件。</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new file.</source>
        <translation>%1 已存在。请选择一个新文件。</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>Cancelled: no backup was written.</source>
        <translation>已取消：未写入备份。</translation>
    </message>
    <message>
        <source>The backup was written but does not open: %1</source>
        <translation>备份已写入，但无法打开：%1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to %1. The backup opens and holds %n record(s), as the database did.</source>
        <translation>
            <numerusform>已备份到 %1。备份可以正常打开，并与数据库一样包含 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up to %1. The backup holds %2 records; the database held %3 when the backup began (writes made meanwhile account for the difference).</source>
        <translation>已备份到 %1。备份包含 %2 条记录；备份开始时数据库包含 %3 条记录（差异来自此期间的写入）。</translation>
    </message>
    <message>
        <source>Replace Backup</source>
        <translation>替换备份</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the new backup?</source>
        <translation>%1 已存在。要用新备份替换它吗？</translation>
    </message>
</context>
<context>
    <name>browser::CompactDialog</name>
    <message>
        <source>Compact</source>
        <translation>压缩</translation>
    </message>
    <message>
        <source>Compact Database</source>
        <translation>压缩数据库</translation>
    </message>
    <message>
        <source>Compaction rewrites the file with only its live records: replaced, removed and expired records are dropped. Reads and writes go on meanwhile.</source>
        <translation>压缩会仅用有效记录重写文件：已被替换、删除和过期的记录将被丢弃。在此期间仍可继续读写。</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;File size now:&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Dead bytes (replaced, removed, expired):&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Size after compaction, about:&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Space reclaimed, about:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;当前文件大小：&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;无效字节数（已替换、已删除、已过期）：&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;压缩后大小（约）：&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;可回收空间（约）：&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Compacting</source>
        <translation>正在压缩</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>Cancelled: the file is unchanged.</source>
        <translation>已取消：文件未更改。</translation>
    </message>
    <message>
        <source>Done: the file is now %1 (it was %2).</source>
        <translation>完成：文件现在为 %1（原为 %2）。</translation>
    </message>
</context>
<context>
    <name>browser::CompareDialog</name>
    <message>
        <source>only in the other</source>
        <translation>仅在另一个数据库中</translation>
    </message>
    <message>
        <source>only in this one</source>
        <translation>仅在此数据库中</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Compare With Another Database</source>
        <translation>与另一个数据库比较</translation>
    </message>
    <message>
        <source>Compares every record of this database with another emdb file (a backup, or a copy from another machine). The other file is only read. An encrypted one opens with this database&apos;s key.</source>
        <translation>将此数据库的每条记录与另一个 emdb 文件（备份，或来自另一台机器的副本）进行比较。另一个文件只会被读取。加密的文件将使用此数据库的密钥打开。</translation>
    </message>
    <message>
        <source>The other database file</source>
        <translation>另一个数据库文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>比较对象</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Size here</source>
        <translation>大小（此数据库）</translation>
    </message>
    <message>
        <source>Size in the other</source>
        <translation>大小（另一个数据库）</translation>
    </message>
    <message>
        <source>&amp;Export as JSON Lines…</source>
        <translation>导出为 JSON Lines(&amp;E)…</translation>
    </message>
    <message>
        <source>Choose the database to compare with.</source>
        <translation>请选择要比较的数据库。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>That is this database: choose another file.</source>
        <translation>这就是此数据库本身：请选择其他文件。</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>正在比较</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>The two databases hold the same records.</source>
        <translation>两个数据库包含相同的记录。</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <translation>%1，%2，%3。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln only in the other</source>
        <translation>
            <numerusform>仅在另一个数据库中 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln only in this one</source>
        <translation>
            <numerusform>仅在此数据库中 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>已更改 %Ln 条</numerusform>
        </translation>
    </message>
    <message>
        <source>This database</source>
        <translation>此数据库</translation>
    </message>
    <message>
        <source>Export Differences</source>
        <translation>导出差异</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln difference(s) written to %1.</source>
        <translation>
            <numerusform>已将 %Ln 项差异写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::DatabaseController</name>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new frame(s) read</source>
        <translation>
            <numerusform>已读取 %n 个新帧</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the sample database</source>
        <translation>正在创建示例数据库</translation>
    </message>
    <message>
        <source>Could not create the sample: %1</source>
        <translation>无法创建示例：%1</translation>
    </message>
    <message>
        <source>Changing the key</source>
        <translation>正在更改密钥</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>正在加密</translation>
    </message>
    <message>
        <source>Decrypting</source>
        <translation>正在解密</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>The record %1 no longer exists (it may have expired).</source>
        <translation>记录 %1 已不存在（可能已过期）。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s)</source>
        <translation>
            <numerusform>已写入 %n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweeping expired records</source>
        <translation>正在清理过期记录</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n expired record(s)</source>
        <translation>
            <numerusform>已删除 %n 条过期记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the value to a file</source>
        <translation>正在将值保存到文件</translation>
    </message>
    <message>
        <source>The record has expired or was removed.</source>
        <translation>该记录已过期或已被删除。</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：未写入任何文件。</translation>
    </message>
    <message>
        <source>Saved the value to %1.</source>
        <translation>已将值保存到 %1。</translation>
    </message>
    <message>
        <source>The value was not saved to %1: %2</source>
        <translation>未能将值保存到 %1：%2</translation>
    </message>
    <message>
        <source>Searching the value</source>
        <translation>正在搜索值</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>搜索已取消。</translation>
    </message>
</context>
<context>
    <name>browser::EncryptionDialog</name>
    <message>
        <source>Encrypt</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Change Key</source>
        <translation>更改密钥</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>解密</translation>
    </message>
    <message>
        <source>Encrypt Database</source>
        <translation>加密数据库</translation>
    </message>
    <message>
        <source>Change Encryption Key</source>
        <translation>更改加密密钥</translation>
    </message>
    <message>
        <source>Decrypt Database</source>
        <translation>解密数据库</translation>
    </message>
    <message>
        <source>Encrypts every record of %1 with a passphrase (through Argon2id) or a 32-byte key.</source>
        <translation>使用密码短语（通过 Argon2id 派生）或 32 字节密钥加密 %1 的所有记录。</translation>
    </message>
    <message>
        <source>Re-encrypts every record of %1 with a new passphrase or key (%2 now).</source>
        <translation>使用新的密码短语或密钥重新加密 %1 的所有记录（当前为 %2）。</translation>
    </message>
    <message>
        <source>Writes every record of %1 back in plain form: anyone who can read the file can read them.</source>
        <translation>将 %1 的所有记录以明文形式写回：任何能读取该文件的人都能读取这些记录。</translation>
    </message>
    <message>
        <source>The database is closed meanwhile and reopened afterwards; the old file is kept until the new one is complete.</source>
        <translation>在此期间数据库将被关闭，完成后重新打开；在新文件完成之前，旧文件会一直保留。</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>密码短语(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Key (64 hex digits)</source>
        <translation>密钥（64 位十六进制数字）(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the current cipher</source>
        <translation>保留当前加密算法</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>加密算法：</translation>
    </message>
    <message>
        <source>Done: the database is no longer encrypted.</source>
        <translation>完成：数据库已不再加密。</translation>
    </message>
    <message>
        <source>Done: only the new passphrase or key opens the database now.</source>
        <translation>完成：现在只有新的密码短语或密钥才能打开数据库。</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未做任何更改：%1</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <source>A key is 32 bytes written as 64 hex digits.</source>
        <translation>密钥为 32 字节，写成 64 个十六进制数字。</translation>
    </message>
</context>
<context>
    <name>browser::ExpiryDelegate</name>
    <message>
        <source>1h30m, 2026-12-31 18:00, or empty for none</source>
        <translation>1h30m、2026-12-31 18:00，或留空表示永不过期</translation>
    </message>
    <message>
        <source>A duration from now, a local date and time, or nothing for no expiry</source>
        <translation>从现在起的时长、本地日期和时间，或留空表示永不过期</translation>
    </message>
</context>
<context>
    <name>browser::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export Records</source>
        <translation>导出记录</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>The whole namespace %1</source>
        <translation>整个命名空间 %1</translation>
    </message>
    <message numerus="yes">
        <source>The selected records (%n)</source>
        <translation>
            <numerusform>所选记录（%n 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>The records the table shows (prefix, range and pattern)</source>
        <translation>表格中显示的记录（前缀、范围和模式）</translation>
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
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>导出到</translation>
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
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::HexBytesDialog</name>
    <message>
        <source>Type hex digits to insert bytes; Insert switches to typing over them; Delete and Backspace remove bytes.</source>
        <translation>输入十六进制数字以插入字节；Insert 键切换为覆盖输入；Delete 和 Backspace 键删除字节。</translation>
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
        <translation>重新读取</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的历史记录</translation>
    </message>
    <message>
        <source>Every version of this record that the file still holds: the journal keeps replaced and removed values until the database is compacted. Select a version to see its value, two to compare them.</source>
        <translation>文件中仍保留的此记录的所有版本：在压缩数据库之前，日志会保留被替换和被删除的值。选择一个版本可查看其值，选择两个版本可进行比较。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation>过期时间 (UTC)</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>恢复此版本(&amp;R)</translation>
    </message>
    <message>
        <source>Stages the selected version&apos;s value (and its expiry, when still ahead) as a pending edit</source>
        <translation>将所选版本的值（以及尚未到期的过期时间）暂存为待写入的编辑</translation>
    </message>
    <message>
        <source>Reading the history of %1</source>
        <translation>正在读取 %1 的历史记录</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>written (current)</source>
        <translation>写入（当前）</translation>
    </message>
    <message>
        <source>written</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>The file holds no version of this record: it was compacted away, or never written.</source>
        <translation>文件中没有此记录的任何版本：它已在压缩时被丢弃，或从未被写入。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s) in the file.</source>
        <translation>
            <numerusform>文件中有 %Ln 个版本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Select one version to see it, or two to compare them.</source>
        <translation>选择一个版本可查看它，选择两个版本可进行比较。</translation>
    </message>
    <message>
        <source>%1 is a removal: it has no value.</source>
        <translation>%1 是一次删除：它没有值。</translation>
    </message>
    <message>
        <source>Restore version %1 of %2</source>
        <translation>恢复 %2 的版本 %1</translation>
    </message>
    <message>
        <source>Version %1 is staged: Write Changes saves it to the file.</source>
        <translation>版本 %1 已暂存：“写入更改”会将其保存到文件。</translation>
    </message>
</context>
<context>
    <name>browser::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import Records</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>By the file&apos;s extension</source>
        <translation>根据文件扩展名</translation>
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
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Import From</source>
        <translation>导入自</translation>
    </message>
    <message>
        <source>Records (*.jsonl *.json *.csv);;All files (*)</source>
        <translation>记录 (*.jsonl *.json *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>已导入 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Reads records from a JSON Lines or CSV file as Export writes them (namespace, key, value, expiry). Preview compares each record with the database; Import then writes the new ones, and those that differ if you choose, in one crash-atomic batch: a bad line is named and nothing is written.</source>
        <translation>从 JSON Lines 或 CSV 文件中读取记录（格式与导出时相同：命名空间、键、值、过期时间）。“预览”会将每条记录与数据库比较；随后“导入”会在一个崩溃安全的原子批次中写入新记录，以及（如果您选择）内容不同的记录：如有错误行，将指出该行且不写入任何内容。</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>不同之处</translation>
    </message>
    <message>
        <source>In the database</source>
        <translation>数据库中</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <source>&amp;Overwrite them with the file&apos;s records</source>
        <translation>用文件中的记录覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Skip them and keep the database&apos;s records</source>
        <translation>跳过并保留数据库中的记录(&amp;S)</translation>
    </message>
    <message>
        <source>Records that hold another value or expiry:</source>
        <translation>值或过期时间不同的记录：</translation>
    </message>
    <message>
        <source>Previewing</source>
        <translation>正在预览</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>无法导入该文件：%1</translation>
    </message>
    <message>
        <source>The file or format changed: preview again.</source>
        <translation>文件或格式已更改：请重新预览。</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>新记录 %1 条</translation>
    </message>
    <message>
        <source>%1 with another value or expiry</source>
        <translation>值或过期时间不同 %1 条</translation>
    </message>
    <message>
        <source>%1 identical (never written)</source>
        <translation>完全相同 %1 条（不会写入）</translation>
    </message>
    <message>
        <source>%1 already expired (never written)</source>
        <translation>已过期 %1 条（不会写入）</translation>
    </message>
    <message>
        <source>Records in the file: %1.</source>
        <translation>文件中的记录：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n of them have edits staged in the window: those stay pending and replace what is imported when the changes are written.</source>
        <translation>
            <numerusform>其中 %n 条在窗口中有已暂存的编辑：这些编辑仍待写入，并会在写入更改时替换导入的内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>无过期时间</translation>
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
过期时间：%3</translation>
    </message>
    <message>
        <source>Value and expiry</source>
        <translation>值和过期时间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed.</source>
        <translation>已列出 %2 条中的前 %1 条。</translation>
    </message>
    <message>
        <source>Nothing to import: the database holds every record of the file as it is.</source>
        <translation>没有要导入的内容：数据库已原样包含文件中的每条记录。</translation>
    </message>
    <message>
        <source>Choose what to do with the records that differ, then Import; Close imports nothing.</source>
        <translation>请选择如何处理内容不同的记录，然后点击“导入”；“关闭”不会导入任何内容。</translation>
    </message>
    <message>
        <source>Import writes the new records; Close imports nothing.</source>
        <translation>“导入”会写入新记录；“关闭”不会导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Left %n record(s) as the database holds them.</source>
        <translation>
            <numerusform>%n 条记录保留为数据库中的原样。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::IntegrityDialog</name>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Check Integrity</source>
        <translation>检查完整性</translation>
    </message>
    <message>
        <source>Reads every frame of the file, checks its checksum, decodes (and decrypts) it, and reports what it found. Nothing is written.</source>
        <translation>读取文件的每一帧，验证其校验和，进行解码（及解密），并报告检查结果。不会写入任何内容。</translation>
    </message>
    <message>
        <source>Checking integrity</source>
        <translation>正在检查完整性</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;File size:&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Valid frames:&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Records (inserts and removes):&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Live records:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Dead records:&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Bytes up to the last valid frame:&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;文件大小：&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;完好的帧：&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;记录（插入和删除）：&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;有效记录：&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;无效记录：&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;截至最后一个完好帧的字节数：&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Every frame is sound.</source>
        <translation>所有帧均完好。</translation>
    </message>
    <message>
        <source>%1 at byte %2: %3</source>
        <translation>在字节 %2 处%1：%3</translation>
    </message>
    <message>
        <source>A torn tail (an interrupted last write) starts</source>
        <translation>开始出现不完整的尾部（最后一次写入被中断）</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <source>Notes on how this file is read:</source>
        <translation>关于如何读取此文件的说明：</translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation>字节 %1：%2</translation>
    </message>
</context>
<context>
    <name>browser::KeyDialog</name>
    <message>
        <source>Encrypted Database</source>
        <translation>加密的数据库</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is encrypted with %2. Enter its passphrase or key.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 已使用 %2 加密。请输入其密码短语或密钥。</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>密码短语(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Key (64 hex digits)</source>
        <translation>密钥（64 位十六进制数字）(&amp;K)</translation>
    </message>
    <message>
        <source>Key &amp;file</source>
        <translation>密钥文件(&amp;F)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>That passphrase or key is wrong. Try again.</source>
        <translation>密码短语或密钥错误。请重试。</translation>
    </message>
    <message>
        <source>Key File</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>A key is 32 bytes written as 64 hex digits.</source>
        <translation>密钥为 32 字节，以 64 位十六进制数字表示。</translation>
    </message>
    <message>
        <source>The key file must hold 32 bytes, raw or as 64 hex digits.</source>
        <translation>密钥文件必须包含 32 字节的原始数据或 64 位十六进制数字。</translation>
    </message>
</context>
<context>
    <name>browser::KeyEdit</name>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Type the key&apos;s bytes as hex digits</source>
        <translation>以十六进制数字输入键的字节</translation>
    </message>
    <message>
        <source>Bytes…</source>
        <translation>字节…</translation>
    </message>
    <message>
        <source>Edit the key&apos;s bytes in a hex editor</source>
        <translation>在十六进制编辑器中编辑键的字节</translation>
    </message>
    <message>
        <source>Key Bytes</source>
        <translation>键的字节</translation>
    </message>
</context>
<context>
    <name>browser::KeyTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>(deleted when written)</source>
        <translation>（写入时删除）</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>（已过期）</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Pending: Write Changes saves this edit to the file</source>
        <translation>待写入：“写入更改”会将此编辑保存到文件</translation>
    </message>
    <message>
        <source>Binary key, shown in hex (%1)</source>
        <translation>二进制键，以十六进制显示（%1）</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>New: Write Changes adds this record to the file</source>
        <translation>新建：“写入更改”会将此记录添加到文件</translation>
    </message>
    <message>
        <source>(the bytes of %1)</source>
        <translation>(%1 的字节)</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln byte(s) typed over)</source>
        <translation>
            <numerusform>(已覆盖 %Ln 个字节)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 UTC
%2 (local)</source>
        <translation>%1 UTC
%2（本地时间）</translation>
    </message>
</context>
<context>
    <name>browser::LockDialog</name>
    <message>
        <source>Database In Use</source>
        <translation>数据库正在使用</translation>
    </message>
    <message>
        <source>It is held by process %1 since %2, using %3.</source>
        <translation>自 %2 起由进程 %1（%3）持有。</translation>
    </message>
    <message>
        <source>The program holding it left no description.</source>
        <translation>持有锁的程序未留下任何说明。</translation>
    </message>
    <message>
        <source>Process %1 is not running on this computer: the lock may be stale.</source>
        <translation>进程 %1 未在此计算机上运行：该锁可能已失效。</translation>
    </message>
    <message>
        <source>Process %1 is running. Breaking the lock of a running program could damage the database.</source>
        <translation>进程 %1 正在运行。强制解除正在运行的程序的锁可能会损坏数据库。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is open in another program.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 已在另一个程序中打开。</translation>
    </message>
    <message>
        <source>You can open it read-only without the lock: you will see the records written so far, and can refresh to see new ones.</source>
        <translation>您可以不加锁以只读方式打开它：您将看到目前已写入的记录，并可刷新以查看新记录。</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Break Lock…</source>
        <translation>强制解锁(&amp;B)…</translation>
    </message>
    <message>
        <source>Only the lock of a program that is no longer running can be broken.</source>
        <translation>只能强制解除已不再运行的程序的锁。</translation>
    </message>
    <message>
        <source>Break Lock</source>
        <translation>强制解锁</translation>
    </message>
    <message>
        <source>Break the lock of %1?</source>
        <translation>要强制解除 %1 的锁吗？</translation>
    </message>
    <message>
        <source>Do this only if no program is using the database any more. If one still is, both may write to it and records can be lost.</source>
        <translation>仅当已没有任何程序在使用该数据库时才执行此操作。如果仍有程序在使用，两者可能同时写入，导致记录丢失。</translation>
    </message>
</context>
<context>
    <name>browser::MainWindow</name>
    <message>
        <source>Pending Changes</source>
        <translation>待写入的更改</translation>
    </message>
    <message>
        <source>(nothing pending)</source>
        <translation>（没有待写入的更改）</translation>
    </message>
    <message>
        <source>Not Written</source>
        <translation>未写入</translation>
    </message>
    <message>
        <source>Nothing of this change was written.</source>
        <translation>此更改的任何部分均未写入。</translation>
    </message>
    <message>
        <source>Edit the value of %1</source>
        <translation>编辑 %1 的值</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only…</source>
        <translation>以只读方式打开(&amp;R)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>打开最近的文件(&amp;R)</translation>
    </message>
    <message>
        <source>Create &amp;Sample Database…</source>
        <translation>创建示例数据库(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>关闭数据库(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Write Changes</source>
        <translation>写入更改(&amp;W)</translation>
    </message>
    <message>
        <source>Write every pending edit to the file, as one crash-atomic batch</source>
        <translation>将所有待写入的编辑作为一个崩溃安全的原子批次写入文件</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>放弃更改(&amp;V)</translation>
    </message>
    <message>
        <source>Drop every pending edit</source>
        <translation>丢弃所有待写入的编辑</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Follow Changes</source>
        <translation>跟踪更改(&amp;F)</translation>
    </message>
    <message>
        <source>Show records another program writes, as they land (read-only views)</source>
        <translation>实时显示其他程序写入的记录（只读视图）</translation>
    </message>
    <message>
        <source>&amp;Group Keys By</source>
        <translation>键分组方式(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>The language changes when emdb Browser starts again.</source>
        <translation>语言将在 emdb Browser 下次启动时更改。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About emdb Browser</source>
        <translation>关于 emdb Browser(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Create Sample Database</source>
        <translation>创建示例数据库</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file for the sample.</source>
        <translation>%1 已存在。请为示例选择一个新文件。</translation>
    </message>
    <message>
        <source>Select a record to see its value.</source>
        <translation>选择一条记录以查看其值。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>This record is deleted when the changes are written.</source>
        <translation>写入更改时将删除此记录。</translation>
    </message>
    <message>
        <source>This record has expired or was removed.</source>
        <translation>此记录已过期或已被删除。</translation>
    </message>
    <message>
        <source>emdb Browser</source>
        <translation>emdb Browser</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[只读]</translation>
    </message>
    <message>
        <source>Unsaved Value</source>
        <translation>未保存的值</translation>
    </message>
    <message>
        <source>The value you edited has not been saved. Quit anyway?</source>
        <translation>您编辑的值尚未保存。仍要退出吗？</translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln 个键</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new when written</source>
        <translation>
            <numerusform>写入时新增 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es), %1% scanned</source>
        <translation>
            <numerusform>%Ln 个匹配，已扫描 %1%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find Keys…</source>
        <translation>查找键(&amp;F)…</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) have not been written to the file. Drop them?</source>
        <translation>
            <numerusform>有 %Ln 项编辑尚未写入文件。要丢弃它们吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>No database is open. Open one (%1), drop a file on the window, or try File &gt; Create Sample Database.</source>
        <translation>没有打开的数据库。请打开一个 (%1)、将文件拖放到窗口上，或试试“文件 &gt; 创建示例数据库”。</translation>
    </message>
    <message>
        <source>Save Value to File</source>
        <translation>将值保存到文件</translation>
    </message>
    <message>
        <source>Waiting for Write Changes to finish…</source>
        <translation>正在等待“写入更改”完成…</translation>
    </message>
    <message>
        <source>Replace Value from File</source>
        <translation>用文件替换值</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 不是可读取的文件。</translation>
    </message>
    <message>
        <source>%1 holds %2: an emdb record holds at most 256 MiB, its key included.</source>
        <translation>%1 有 %2：一条 emdb 记录(含键)最多 256 MiB。</translation>
    </message>
    <message>
        <source>Replace the value of %1 from %2</source>
        <translation>用 %2 替换 %1 的值</translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln byte(s) of %1</source>
        <translation>
            <numerusform>更改 %1 的 %Ln 个字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in &amp;Values…</source>
        <translation>在值中查找(&amp;S)…</translation>
    </message>
    <message>
        <source>Sorting… %1%</source>
        <translation>正在排序… %1%</translation>
    </message>
</context>
<context>
    <name>browser::MaintenanceActions</name>
    <message>
        <source>&amp;Statistics…</source>
        <translation>统计信息(&amp;S)…</translation>
    </message>
    <message>
        <source>Check &amp;Integrity…</source>
        <translation>检查完整性(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Compact…</source>
        <translation>压缩(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Encrypt…</source>
        <translation>加密(&amp;E)…</translation>
    </message>
    <message>
        <source>Change &amp;Key…</source>
        <translation>更改密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Decrypt…</source>
        <translation>解密(&amp;D)…</translation>
    </message>
    <message>
        <source>Sweep E&amp;xpired Records</source>
        <translation>清理过期记录(&amp;X)</translation>
    </message>
</context>
<context>
    <name>browser::NamespaceModel</name>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message numerus="yes">
        <source>The default namespace: %n record(s)</source>
        <translation>
            <numerusform>默认命名空间：%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Namespace %1: %n record(s)</source>
        <translation>
            <numerusform>命名空间 %1：%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keys starting with %1: %n record(s)</source>
        <translation>
            <numerusform>以 %1 开头的键：%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
</context>
<context>
    <name>browser::OpenFlow</name>
    <message>
        <source>Damaged Database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>It is damaged at byte %L1.</source>
        <translation>在字节 %L1 处已损坏。</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing.</source>
        <translation>无法以写入方式打开 %1。</translation>
    </message>
    <message>
        <source>The records before the damage can be read. Open it read-only to look at them or to export them; nothing will be written to the file.</source>
        <translation>损坏位置之前的记录可以读取。以只读方式打开即可查看或导出这些记录；不会向文件写入任何内容。</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>Empty File</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <source>An empty file holds no records; there is nothing to show read-only.</source>
        <translation>空文件不含任何记录；以只读方式没有可显示的内容。</translation>
    </message>
    <message>
        <source>Make it a new emdb database? Its sidecar (%1.meta) and lock file are written beside it.</source>
        <translation>要把它变成新的 emdb 数据库吗？其附属文件 (%1.meta) 和锁文件会写在旁边。</translation>
    </message>
    <message>
        <source>Make It a &amp;Database</source>
        <translation>设为数据库(&amp;D)</translation>
    </message>
</context>
<context>
    <name>browser::PastActions</name>
    <message>
        <source>&amp;History of Record…</source>
        <translation>记录历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Every version of the selected record that the file still holds</source>
        <translation>文件中仍保留的所选记录的所有版本</translation>
    </message>
    <message>
        <source>&amp;Removed Records…</source>
        <translation>已删除的记录(&amp;R)…</translation>
    </message>
    <message>
        <source>Records removed from this namespace whose values the file still holds, to restore</source>
        <translation>从此命名空间中删除、但文件中仍保留其值的记录，可供恢复</translation>
    </message>
    <message>
        <source>Com&amp;pare With…</source>
        <translation>与另一个数据库比较(&amp;P)…</translation>
    </message>
    <message>
        <source>Records added, removed and changed between this database and another file</source>
        <translation>此数据库与另一个文件之间新增、删除和更改的记录</translation>
    </message>
</context>
<context>
    <name>browser::PendingEdits</name>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Edits made while writing</source>
        <translation>写入期间所做的编辑</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln record(s)</source>
        <translation>
            <numerusform>删除 %Ln 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the expiry of %Ln record(s)</source>
        <translation>
            <numerusform>设置 %Ln 条记录的过期时间</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the expiry of %Ln record(s)</source>
        <translation>
            <numerusform>移除 %Ln 条记录的过期时间</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::RangeActions</name>
    <message>
        <source>All &amp;Shown Records</source>
        <translation>全部显示的记录(&amp;O)</translation>
    </message>
    <message>
        <source>Every record the table shows with this filter, loaded or not</source>
        <translation>表格在此筛选下显示的所有记录，无论是否已加载</translation>
    </message>
    <message>
        <source>&amp;Delete All Shown…</source>
        <translation>删除全部显示的记录(&amp;D)…</translation>
    </message>
    <message>
        <source>Set &amp;Expiry of All Shown…</source>
        <translation>设置全部显示记录的过期时间(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Expiry of All Shown…</source>
        <translation>移除全部显示记录的过期时间(&amp;R)…</translation>
    </message>
    <message>
        <source>Collecting the records shown</source>
        <translation>正在收集显示的记录</translation>
    </message>
    <message>
        <source>All Shown Records</source>
        <translation>全部显示的记录</translation>
    </message>
    <message>
        <source>More than %L1 records are shown.</source>
        <translation>显示的记录超过 %L1 条。</translation>
    </message>
    <message>
        <source>The records shown could not be read.</source>
        <translation>无法读取显示的记录。</translation>
    </message>
    <message>
        <source>One edit stages at most %L1 records. Narrow the filter (a prefix, a range or a pattern) and repeat the edit for each part.</source>
        <translation>一次编辑最多暂存 %L1 条记录。请缩小筛选范围（前缀、范围或模式），并对每一部分重复该编辑。</translation>
    </message>
    <message>
        <source>In the default namespace.</source>
        <translation>位于默认命名空间。</translation>
    </message>
    <message>
        <source>In the namespace %1.</source>
        <translation>位于命名空间 %1。</translation>
    </message>
    <message>
        <source>No records are shown.</source>
        <translation>没有显示任何记录。</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln record(s) shown?</source>
        <translation>
            <numerusform>要删除显示的全部 %Ln 条记录吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the expiry of all %Ln record(s) shown?</source>
        <translation>
            <numerusform>要移除显示的全部 %Ln 条记录的过期时间吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>The change is pending until you write the changes; Undo takes it back.</source>
        <translation>在写入更改之前，此更改处于待写入状态；可通过“撤销”取消。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove Expiry</source>
        <translation>移除过期时间</translation>
    </message>
</context>
<context>
    <name>browser::RangeFilter</name>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Only keys that start with this text</source>
        <translation>仅限以此文本开头的键</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Only keys from this one on, in byte order</source>
        <translation>仅限按字节顺序从此键开始的键</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Only keys up to this one, in byte order</source>
        <translation>仅限按字节顺序到此键为止的键</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Glob (user:*:profile, matching the whole key) or regular expression (anywhere in the key)</source>
        <translation>glob（user:*:profile，匹配整个键）或正则表达式（匹配键中的任意位置）</translation>
    </message>
    <message>
        <source>incl.</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Include the From key itself</source>
        <translation>包含起始键本身</translation>
    </message>
    <message>
        <source>Include the To key itself</source>
        <translation>包含结束键本身</translation>
    </message>
    <message>
        <source>Glob</source>
        <translation>Glob</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Hide expired</source>
        <translation>隐藏已过期</translation>
    </message>
    <message>
        <source>Leave out records whose expiry has passed but that are not swept yet</source>
        <translation>排除已过期但尚未清理的记录</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Show every key of the namespace again</source>
        <translation>重新显示命名空间中的所有键</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation>无效的正则表达式：%1</translation>
    </message>
    <message>
        <source>Value contains</source>
        <translation>值包含</translation>
    </message>
    <message>
        <source>Only records whose value holds this: text (letters in either case), a regular expression (over the value as text), or hex bytes. Searched record by record as the table fills.</source>
        <translation>仅显示值中包含此内容的记录:文本(不区分大小写)、正则表达式(将值作为文本匹配)或十六进制字节。在表格填充时逐条记录搜索。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Not hex bytes: %1</source>
        <translation>不是十六进制字节:%1</translation>
    </message>
</context>
<context>
    <name>browser::RecentFiles</name>
    <message>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
</context>
<context>
    <name>browser::RecordActions</name>
    <message>
        <source>&amp;Add Record…</source>
        <translation>添加记录(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename Key…</source>
        <translation>重命名键(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Set &amp;Expiry…</source>
        <translation>设置过期时间(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Expiry</source>
        <translation>移除过期时间(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Copy &amp;Key</source>
        <translation>复制键(&amp;K)</translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation>复制值(&amp;V)</translation>
    </message>
    <message>
        <source>As Text</source>
        <translation>作为文本</translation>
    </message>
    <message>
        <source>As Hex</source>
        <translation>作为十六进制</translation>
    </message>
    <message>
        <source>As Base64</source>
        <translation>作为 Base64</translation>
    </message>
    <message>
        <source>The key %1 already exists.</source>
        <translation>键 %1 已存在。</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Rename Key</source>
        <translation>重命名键</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>New key for %1:</source>
        <translation>%1 的新键：</translation>
    </message>
    <message>
        <source>The key %1 no longer exists.</source>
        <translation>键 %1 已不存在。</translation>
    </message>
    <message>
        <source>%1 is too large to rename here.</source>
        <translation>%1 太大，无法在此重命名。</translation>
    </message>
    <message>
        <source>Delete Records</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Delete the record %1?</source>
        <translation>要删除记录 %1 吗？</translation>
    </message>
    <message>
        <source>The deletion is pending until you write the changes; Undo takes it back.</source>
        <translation>在写入更改之前，删除操作处于待写入状态；可通过“撤销”取消。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Not Staged</source>
        <translation>未暂存</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln record(s)?</source>
        <translation>
            <numerusform>要删除 %Ln 条记录吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>复制值</translation>
    </message>
    <message>
        <source>This value is %1; Copy takes values up to %2.</source>
        <translation>此值为 %1；复制仅支持不超过 %2 的值。</translation>
    </message>
    <message>
        <source>Use Save to File in the value panel: it writes the whole value, as stored.</source>
        <translation>请使用值面板中的“保存到文件”：它会按存储原样写出整个值。</translation>
    </message>
</context>
<context>
    <name>browser::RemovedDialog</name>
    <message>
        <source>Read Again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Removed Records</source>
        <translation>已删除的记录</translation>
    </message>
    <message>
        <source>Removed Records in %1</source>
        <translation>%1 中已删除的记录</translation>
    </message>
    <message>
        <source>Records removed from this namespace whose last value the file still holds (until the database is compacted). Restoring stages them as new records; an expiry that has passed is not restored.</source>
        <translation>从此命名空间中删除、但文件中仍保留其最后一个值的记录（直到压缩数据库为止）。恢复会将它们暂存为新记录；已过去的过期时间不会被恢复。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Expired or expires</source>
        <translation>已过期/过期时间</translation>
    </message>
    <message>
        <source>Removed at offset</source>
        <translation>删除位置（偏移）</translation>
    </message>
    <message>
        <source>Restore &amp;Selected</source>
        <translation>恢复所选(&amp;S)</translation>
    </message>
    <message>
        <source>Restore &amp;All</source>
        <translation>全部恢复(&amp;A)</translation>
    </message>
    <message>
        <source>Reading removed records</source>
        <translation>正在读取已删除的记录</translation>
    </message>
    <message>
        <source>No removed record of this namespace is left in the file.</source>
        <translation>文件中没有留下此命名空间中已删除的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed record(s) can be restored.</source>
        <translation>
            <numerusform>可恢复 %Ln 条已删除的记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The last value of %1</source>
        <translation>%1 的最后一个值</translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln removed record(s)</source>
        <translation>
            <numerusform>恢复 %Ln 条已删除的记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) staged: Write Changes saves them to the file.</source>
        <translation>
            <numerusform>已暂存 %Ln 条记录：“写入更改”会将其保存到文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::SecretField</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide what was typed</source>
        <translation>显示或隐藏输入的内容</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
</context>
<context>
    <name>browser::SortActions</name>
    <message>
        <source>&amp;Sort By</source>
        <translation>排序方式(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>大小(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Expiry</source>
        <translation>过期时间(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>降序(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Natural Key Order</source>
        <translation>自然键顺序(&amp;N)</translation>
    </message>
    <message>
        <source>Compare runs of digits in keys as numbers (user:2 before user:19)</source>
        <translation>将键中的连续数字按数值比较（user:2 排在 user:19 之前）</translation>
    </message>
</context>
<context>
    <name>browser::StagedReader</name>
    <message>
        <source>The record %1 no longer exists (it may have expired).</source>
        <translation>记录 %1 已不存在(可能已过期)。</translation>
    </message>
    <message>
        <source>The value of %1 changed in the file since it was edited here (%2, now %3): nothing was written.</source>
        <translation>%1 的值在此处编辑后已在文件中更改(%2，现为 %3)：未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 changed since it was chosen (%2, now %3).</source>
        <translation>文件 %1 在选择后已更改(%2，现为 %3)。</translation>
    </message>
    <message>
        <source>A read past the end of the value.</source>
        <translation>读取超出了值的末尾。</translation>
    </message>
    <message>
        <source>The value of %1 changed in the file while it was read.</source>
        <translation>%1 的值在读取期间已在文件中更改。</translation>
    </message>
</context>
<context>
    <name>browser::StatisticsDialog</name>
    <message>
        <source>Scan Records</source>
        <translation>扫描记录</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计信息</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Where the bytes go</source>
        <translation>字节分布</translation>
    </message>
    <message>
        <source>Records per namespace</source>
        <translation>各命名空间的记录数</translation>
    </message>
    <message>
        <source>Bytes per namespace</source>
        <translation>各命名空间的字节数</translation>
    </message>
    <message>
        <source>Key sizes (unexpired records)</source>
        <translation>键大小（未过期记录）</translation>
    </message>
    <message>
        <source>Value sizes (unexpired records)</source>
        <translation>值大小（未过期记录）</translation>
    </message>
    <message>
        <source>Expiry timeline (records)</source>
        <translation>过期时间分布（记录数）</translation>
    </message>
    <message>
        <source>Records (every namespace)</source>
        <translation>记录数（所有命名空间）</translation>
    </message>
    <message>
        <source>Records in the default namespace</source>
        <translation>默认命名空间中的记录数</translation>
    </message>
    <message>
        <source>Named namespaces</source>
        <translation>具名命名空间数</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>Journal (bytes holding frames)</source>
        <translation>日志（包含帧的字节数）</translation>
    </message>
    <message>
        <source>Preallocated beyond the frames</source>
        <translation>帧之后的预分配空间</translation>
    </message>
    <message>
        <source>Live bytes</source>
        <translation>有效字节数</translation>
    </message>
    <message>
        <source>Dead bytes (replaced, removed)</source>
        <translation>无效字节数（已替换、已删除）</translation>
    </message>
    <message>
        <source>Expired, not yet swept</source>
        <translation>已过期，尚未清理</translation>
    </message>
    <message>
        <source>%1 in %2 records</source>
        <translation>%1，共 %2 条记录</translation>
    </message>
    <message>
        <source>Compaction would reclaim, about</source>
        <translation>压缩可回收的空间（约）</translation>
    </message>
    <message>
        <source>Range scans</source>
        <translation>范围扫描</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Damaged from byte</source>
        <translation>损坏起始字节</translation>
    </message>
    <message>
        <source>live</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>preallocated</source>
        <translation>预分配</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>Scanning records</source>
        <translation>正在扫描记录</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不过期</translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n record(s).</source>
        <translation>
            <numerusform>已扫描 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>none: the next open replays the whole journal</source>
        <translation>无：下次打开时将重放整个日志</translation>
    </message>
    <message>
        <source>covers %1 of the journal&apos;s %2</source>
        <translation>覆盖日志 %2 中的 %1</translation>
    </message>
</context>
<context>
    <name>browser::StatusPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>取消正在运行的任务</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <source>Encrypted (%1)</source>
        <translation>已加密（%1）</translation>
    </message>
    <message>
        <source>Read-only, not locked</source>
        <translation>只读，未锁定</translation>
    </message>
    <message>
        <source>damaged at byte %L1</source>
        <translation>在字节 %L1 处损坏</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln named namespace(s) and the default one</source>
        <translation>
            <numerusform>%Ln 个命名命名空间和默认命名空间</numerusform>
        </translation>
    </message>
    <message>
        <source>Writable; other writers are locked out</source>
        <translation>可写；其他写入者已被锁定在外</translation>
    </message>
</context>
<context>
    <name>browser::StructuredModel</name>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>float (%1-bit)</source>
        <translation>浮点数（%1 位）</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>simple value</source>
        <translation>简单值</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节串</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>map</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>extension type %1</source>
        <translation>扩展类型 %1</translation>
    </message>
    <message>
        <source>, tag %1</source>
        <translation>，标签 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln 个元素</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln 个条目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::StructuredView</name>
    <message>
        <source>As JSON this %1 value has a line of %L2 characters, more than the editor takes (%L3): edit it in Hex or Base64.</source>
        <translation>此 %1 值转为 JSON 后有一行长达 %L2 个字符，超过编辑器的上限（%L3）：请在十六进制或 Base64 中编辑。</translation>
    </message>
    <message>
        <source>%1 as JSON:</source>
        <translation>%1 的 JSON 形式：</translation>
    </message>
    <message>
        <source>%1 as JSON; Apply writes it back as %1 (byte strings are {&quot;$bytes&quot;: &quot;Base64&quot;}):</source>
        <translation>%1 的 JSON 形式；“应用”会将其写回为 %1（字节串写作 {&quot;$bytes&quot;: &quot;Base64&quot;}）：</translation>
    </message>
    <message>
        <source>This %1 value cannot be edited as JSON: %2 Edit it in Hex or Base64.</source>
        <translation>此 %1 值无法以 JSON 编辑：%2 请在十六进制或 Base64 中编辑。</translation>
    </message>
</context>
<context>
    <name>browser::TaskDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>browser::TtlDialog</name>
    <message>
        <source>Set Expiry</source>
        <translation>设置过期时间</translation>
    </message>
    <message numerus="yes">
        <source>Set the expiry of %n record(s):</source>
        <translation>
            <numerusform>设置 %n 条记录的过期时间：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Never expires</source>
        <translation>永不过期(&amp;N)</translation>
    </message>
    <message>
        <source>Expires &amp;after</source>
        <translation>在此时长后过期(&amp;A)</translation>
    </message>
    <message>
        <source>Expires a&amp;t</source>
        <translation>在此时间过期(&amp;T)</translation>
    </message>
    <message>
        <source>e.g. 45s, 30m, 1h30m, 7d</source>
        <translation>例如：45s, 30m, 1h30m, 7d</translation>
    </message>
    <message>
        <source>UTC: %1</source>
        <translation>UTC：%1</translation>
    </message>
</context>
<context>
    <name>browser::ValueFindBar</name>
    <message>
        <source>Find in value</source>
        <translation>在值中查找</translation>
    </message>
    <message>
        <source>Enter or F3 finds the next match, Shift+Enter or Shift+F3 the one before: bytes in the Hex view (ff 00 1a, 0xdead, de:ad, or &quot;text&quot; in quotes), text in the Text view</source>
        <translation>Enter 或 F3 查找下一个匹配，Shift+Enter 或 Shift+F3 查找上一个：在十六进制视图中查找字节（ff 00 1a、0xdead、de:ad，或用引号括起的 &quot;文本&quot;），在文本视图中查找文本</translation>
    </message>
    <message>
        <source>Find the match before (Shift+F3)</source>
        <translation>查找上一个匹配 (Shift+F3)</translation>
    </message>
    <message>
        <source>Find the next match (F3)</source>
        <translation>查找下一个匹配 (F3)</translation>
    </message>
    <message>
        <source>In the Hex view, find looks for bytes: pairs of digits 0-9 and a-f, such as ff 00 1a, 0xdead or de:ad; text goes in double quotes.</source>
        <translation>在十六进制视图中，查找的是字节：由 0-9 和 a-f 组成的两位数字对，例如 ff 00 1a、0xdead 或 de:ad；文本需放在双引号中。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>The search stopped before it was done.</source>
        <translation>搜索在完成前已停止。</translation>
    </message>
    <message>
        <source>Not found: %1 is nowhere in this value.</source>
        <translation>未找到：此值中没有 %1。</translation>
    </message>
    <message>
        <source>Found at offset %L1 (0x%2). F3 finds the next, Shift+F3 the one before.</source>
        <translation>在偏移 %L1 (0x%2) 处找到。F3 查找下一个，Shift+F3 查找上一个。</translation>
    </message>
</context>
<context>
    <name>browser::ValuePanel</name>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>How the value is shown</source>
        <translation>值的显示方式</translation>
    </message>
    <message>
        <source>Syntax highlighting for text</source>
        <translation>文本语法高亮</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>自动换行</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Select a record to see its value.</source>
        <translation>选择一条记录以查看其值。</translation>
    </message>
    <message>
        <source>default namespace</source>
        <translation>默认命名空间</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>命名空间 %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>过期时间 %1</translation>
    </message>
    <message>
        <source>This is not hex: pairs of digits 0-9 and a-f, with spaces or lines between them.</source>
        <translation>这不是十六进制：应为由 0-9 和 a-f 组成的两位数字对，以空格或换行分隔。</translation>
    </message>
    <message>
        <source>This is not valid Base64.</source>
        <translation>这不是有效的 Base64。</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>Not an image this view can show (PNG, JPEG or SVG): shown in hex.</source>
        <translation>不是此视图可显示的图像（PNG、JPEG 或 SVG）：以十六进制显示。</translation>
    </message>
    <message>
        <source>Not valid JSON: shown as text.</source>
        <translation>不是有效的 JSON：以文本显示。</translation>
    </message>
    <message>
        <source>Not valid UTF-8: shown with replacement characters. Edit it in Hex or Base64.</source>
        <translation>不是有效的 UTF-8：以替换字符显示。请在十六进制或 Base64 视图中编辑。</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2: too large to edit here.</source>
        <translation>显示 %2 中的前 %1：内容过大，无法在此编辑。</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>只读。</translation>
    </message>
    <message>
        <source>Stage this value; Write Changes saves it to the file (Ctrl+Return)</source>
        <translation>暂存此值；“写入更改”会将其保存到文件 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Go to offset</source>
        <translation>转到偏移</translation>
    </message>
    <message>
        <source>A byte offset: decimal, or hex with 0x</source>
        <translation>字节偏移：十进制，或以 0x 开头的十六进制</translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>保存到文件…</translation>
    </message>
    <message>
        <source>Write the whole value to a file, as it is stored</source>
        <translation>将整个值按存储原样写入文件</translation>
    </message>
    <message>
        <source>Not an offset within the value: 0 to %L1 (or 0x…).</source>
        <translation>不是值内的偏移：0 到 %L1（或 0x…）。</translation>
    </message>
    <message>
        <source>Offset %L1 of %L2</source>
        <translation>偏移 %L1 / %L2</translation>
    </message>
    <message>
        <source>%1 is too large to edit here (up to %2): it is shown page by page, as text or hex. Save it to a file to work on it elsewhere.</source>
        <translation>%1 太大，无法在此编辑（上限 %2）：按页以文本或十六进制显示。请将其保存到文件，在别处处理。</translation>
    </message>
    <message>
        <source>This value has a line of %L1 characters, more than the editor takes (%L2): shown read-only, page by page. Edit it in Hex or Base64.</source>
        <translation>此值有一行长达 %L1 个字符，超过编辑器的上限（%L2）：以只读方式按页显示。请在十六进制或 Base64 中编辑。</translation>
    </message>
    <message>
        <source>In this view the value is %L1 characters, more than the editor takes (%L2): shown read-only, page by page.</source>
        <translation>在此视图中该值有 %L1 个字符，超过编辑器的上限（%L2）：以只读方式按页显示。</translation>
    </message>
    <message>
        <source>Replace from File…</source>
        <translation>从文件替换…</translation>
    </message>
    <message>
        <source>Stage a file&apos;s bytes as the new value, read when the changes are written</source>
        <translation>将文件的字节暂存为新值，写入更改时读取</translation>
    </message>
    <message>
        <source>%1 is too large for the text editor (up to %2): it is shown page by page. In Hex, type over bytes to change them; Replace from File takes a whole new value; Save to File takes it elsewhere.</source>
        <translation>%1 对文本编辑器来说太大(最多 %2)：按页显示。在 Hex 中直接输入即可覆盖字节；“从文件替换”可换成全新的值；“保存到文件”可将其导出。</translation>
    </message>
    <message>
        <source>Only part of this value is held here: Apply stages the bytes typed over.</source>
        <translation>此处只加载了该值的一部分：“应用”会暂存已覆盖的字节。</translation>
    </message>
    <message>
        <source>CBOR / MessagePack</source>
        <translation>CBOR / MessagePack</translation>
    </message>
    <message>
        <source>Neither CBOR nor MessagePack (a map or an array that encodes back to its bytes): shown in hex.</source>
        <translation>既不是 CBOR 也不是 MessagePack（即重新编码后与原字节相同的映射或数组）：以十六进制显示。</translation>
    </message>
    <message>
        <source>Type hex digits over bytes; Insert switches to inserting them (Delete and Backspace remove bytes). Shift selects, Ctrl+C copies, Ctrl+F finds.</source>
        <translation>输入十六进制数字覆盖字节；Insert 键切换为插入（Delete 和 Backspace 键删除字节）。Shift 选择，Ctrl+C 复制，Ctrl+F 查找。</translation>
    </message>
</context>
<context>
    <name>browser::ValueView</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Only part of this value is held here, so its length cannot change: bytes can be typed over (overwrite), not inserted or removed.</source>
        <translation>此处只加载了该值的一部分，因此其长度无法改变：字节可以覆盖输入，但不能插入或删除。</translation>
    </message>
    <message>
        <source>Only a selection of up to %1 whose bytes are shown can be copied; Save to File takes the whole value.</source>
        <translation>只能复制字节已显示且不超过 %1 的选区；“保存到文件”可获取整个值。</translation>
    </message>
    <message>
        <source>Cursor 0x%1</source>
        <translation>光标 0x%1</translation>
    </message>
    <message numerus="yes">
        <source>Selected %Ln byte(s) from 0x%1 to 0x%2</source>
        <translation>
            <numerusform>已选择 0x%1 到 0x%2 的 %Ln 个字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>改写</translation>
    </message>
</context>
<context>
    <name>browser::VersionView</name>
    <message>
        <source>%1 (the first %2 of %3)</source>
        <translation>%1 (%3 中的前 %2)</translation>
    </message>
    <message>
        <source>The two values are the same (%1).</source>
        <translation>两个值相同（%1）。</translation>
    </message>
    <message>
        <source>The first %1 are the same; the rest is not shown.</source>
        <translation>前 %1 相同；其余部分未显示。</translation>
    </message>
    <message>
        <source>They first differ at byte %1 (sizes %2 and %3); lines that differ are marked.</source>
        <translation>首个差异位于字节 %1 处（大小分别为 %2 和 %3）；不同的行已标出。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect and edit emdb databases.</source>
        <translation>查看和编辑 emdb 数据库。</translation>
    </message>
    <message>
        <source>The database to open.</source>
        <translation>要打开的数据库。</translation>
    </message>
    <message>
        <source>Open the file read-only, without its lock.</source>
        <translation>以只读方式打开文件，不加锁。</translation>
    </message>
    <message>
        <source>Open &lt;file&gt;, writing a demo database there first if it does not exist.</source>
        <translation>打开 &lt;file&gt;；如果该文件不存在，先在该处写入一个演示数据库。</translation>
    </message>
    <message>
        <source>Open the file, print how many records it holds once the first rows show, and exit (0 on success).</source>
        <translation>打开文件，在首批行显示后输出其包含的记录数，然后退出（成功时返回 0）。</translation>
    </message>
</context>
</TS>
