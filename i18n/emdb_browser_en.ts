<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DatabaseController</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>A key is 32 bytes (64 hex digits).</source>
        <translation>A key is 32 bytes (64 hex digits).</translation>
    </message>
    <message>
        <source>The lock is still held by a running process.</source>
        <translation>The lock is still held by a running process.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>expired just now</source>
        <translation>expired just now</translation>
    </message>
    <message numerus="yes">
        <source>%Ln d</source>
        <comment>days</comment>
        <translation>
            <numerusform>%Ln d</numerusform>
            <numerusform>%Ln d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <comment>hours</comment>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%Ln s</numerusform>
            <numerusform>%Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>an expiry ahead: in 2 h 5 min</comment>
        <translation>in %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <comment>an expiry past: expired 2 h ago</comment>
        <translation>expired %1 ago</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The namespace no longer exists.</source>
        <translation>The namespace no longer exists.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Writing %1 failed (disk full?).</source>
        <translation>Writing %1 failed (disk full?).</translation>
    </message>
</context>
<context>
    <name>KeyScope</name>
    <message>
        <source>hex digits, two for each byte (spaces and colons allowed)</source>
        <translation>hex digits, two for each byte (spaces and colons allowed)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>emdb databases (*.emdb);;All files (*)</source>
        <translation>emdb databases (*.emdb);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Past</name>
    <message>
        <source>The namespace no longer exists.</source>
        <translation>The namespace no longer exists.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>The other database is encrypted: open an encrypted database with the same key to compare them.</source>
        <translation>The other database is encrypted: open an encrypted database with the same key to compare them.</translation>
    </message>
    <message>
        <source>This database no longer has the record.</source>
        <translation>This database no longer has the record.</translation>
    </message>
    <message>
        <source>Compare the databases again: the other one was closed.</source>
        <translation>Compare the databases again: the other one was closed.</translation>
    </message>
    <message>
        <source>The other database has no such record.</source>
        <translation>The other database has no such record.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>within an hour</source>
        <translation>within an hour</translation>
    </message>
    <message>
        <source>within a day</source>
        <translation>within a day</translation>
    </message>
    <message>
        <source>within a week</source>
        <translation>within a week</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>within 30 days</translation>
    </message>
    <message>
        <source>later</source>
        <translation>later</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>StructuredValue</name>
    <message>
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <source>at the top level</source>
        <translation>at the top level</translation>
    </message>
    <message>
        <source>It is longer than %L1 characters as JSON.</source>
        <translation>It is longer than %L1 characters as JSON.</translation>
    </message>
    <message>
        <source>An integer below -2^63 has no JSON form here (%1).</source>
        <translation>An integer below -2^63 has no JSON form here (%1).</translation>
    </message>
    <message>
        <source>Text that is not UTF-8 has no JSON form (%1).</source>
        <translation>Text that is not UTF-8 has no JSON form (%1).</translation>
    </message>
    <message>
        <source>A NaN with a payload has no JSON form (%1).</source>
        <translation>A NaN with a payload has no JSON form (%1).</translation>
    </message>
    <message>
        <source>The integer %1 is out of range: integers go from -2^63 to 2^64-1.</source>
        <translation>The integer %1 is out of range: integers go from -2^63 to 2^64-1.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>Not valid JSON: %1</translation>
    </message>
    <message>
        <source>The JSON is nested deeper than %1 levels.</source>
        <translation>The JSON is nested deeper than %1 levels.</translation>
    </message>
    <message>
        <source>Nested deeper than %1 levels.</source>
        <translation>Nested deeper than %1 levels.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice; a map with repeated keys is written {&quot;$map&quot;: [[key, value], …]}.</source>
        <translation>The key &quot;%1&quot; appears twice; a map with repeated keys is written {&quot;$map&quot;: [[key, value], …]}.</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 is not in %2.</translation>
    </message>
    <message>
        <source>$bytes takes a Base64 string.</source>
        <translation>$bytes takes a Base64 string.</translation>
    </message>
    <message>
        <source>%1 takes a number, &quot;NaN&quot;, &quot;Infinity&quot; or &quot;-Infinity&quot;.</source>
        <translation>%1 takes a number, &quot;NaN&quot;, &quot;Infinity&quot; or &quot;-Infinity&quot;.</translation>
    </message>
    <message>
        <source>$map takes an array of [key, value] pairs.</source>
        <translation>$map takes an array of [key, value] pairs.</translation>
    </message>
    <message>
        <source>$tag takes [tag number, item].</source>
        <translation>$tag takes [tag number, item].</translation>
    </message>
    <message>
        <source>$simple takes 0 to 19 or 32 to 255.</source>
        <translation>$simple takes 0 to 19 or 32 to 255.</translation>
    </message>
    <message>
        <source>$undefined takes null.</source>
        <translation>$undefined takes null.</translation>
    </message>
    <message>
        <source>$ext takes [type from -128 to 127, Base64 string].</source>
        <translation>$ext takes [type from -128 to 127, Base64 string].</translation>
    </message>
    <message>
        <source>%1 is none of $bytes, $float16, $float32, $float64, $map, $tag, $simple, $undefined and $ext; a map with one key that starts with $ is written {&quot;$map&quot;: [[key, value]]}.</source>
        <translation>%1 is none of $bytes, $float16, $float32, $float64, $map, $tag, $simple, $undefined and $ext; a map with one key that starts with $ is written {&quot;$map&quot;: [[key, value]]}.</translation>
    </message>
    <message>
        <source>Not valid JSON.</source>
        <translation>Not valid JSON.</translation>
    </message>
    <message>
        <source>The value must stay a map or an array (an object, an array or a $map) to be recognised as %1.</source>
        <translation>The value must stay a map or an array (an object, an array or a $map) to be recognised as %1.</translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>PNG image, %1</source>
        <translation>PNG image, %1</translation>
    </message>
    <message>
        <source>JPEG image, %1</source>
        <translation>JPEG image, %1</translation>
    </message>
</context>
<context>
    <name>browser::AboutDialog</name>
    <message>
        <source>About emdb Browser</source>
        <translation>About emdb Browser</translation>
    </message>
    <message>
        <source>&lt;h3&gt;emdb Browser %1&lt;/h3&gt;&lt;p&gt;Inspect and edit emdb databases: their namespaces, keys, values and expiries, with the engine on a worker thread so the window never freezes.&lt;/p&gt;&lt;p&gt;Built with: %2&lt;/p&gt;&lt;p&gt;Free software under the MIT licence: you may use, copy, change and share it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;emdb Browser %1&lt;/h3&gt;&lt;p&gt;Inspect and edit emdb databases: their namespaces, keys, values and expiries, with the engine on a worker thread so the window never freezes.&lt;/p&gt;&lt;p&gt;Built with: %2&lt;/p&gt;&lt;p&gt;Free software under the MIT licence: you may use, copy, change and share it.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>browser::AddRecordDialog</name>
    <message>
        <source>Add Record</source>
        <translation>Add Record</translation>
    </message>
    <message>
        <source>Type a new name to create a namespace</source>
        <translation>Type a new name to create a namespace</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>never (or e.g. 30m, 1h30m, 7d)</source>
        <translation>never (or e.g. 30m, 1h30m, 7d)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namespace:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>Value &amp;as:</source>
        <translation>Value &amp;as:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Expires after:</translation>
    </message>
    <message>
        <source>Enter a key.</source>
        <translation>Enter a key.</translation>
    </message>
    <message>
        <source>The key is not valid hex.</source>
        <translation>The key is not valid hex.</translation>
    </message>
    <message>
        <source>Write the expiry as a duration such as 45s, 30m, 1h30m or 7d.</source>
        <translation>Write the expiry as a duration such as 45s, 30m, 1h30m or 7d.</translation>
    </message>
    <message>
        <source>The value is not valid %1.</source>
        <translation>The value is not valid %1.</translation>
    </message>
</context>
<context>
    <name>browser::BackupDialog</name>
    <message>
        <source>Back Up</source>
        <translation>Back Up</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Back Up Database</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database to a new file. Writes go on meanwhile; the copy holds the records as they were when the backup began.</source>
        <translation>Writes a consistent copy of the database to a new file. Writes go on meanwhile; the copy holds the records as they were when the backup began.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Back Up To</source>
        <translation>Back Up To</translation>
    </message>
    <message>
        <source>Choose a file to back up to.</source>
        <translation>Choose a file to back up to.</translation>
    </message>
    <message>
        <source>The backup cannot be the database itself. Choose another file.</source>
        <translation>The backup cannot be the database itself. Choose another file.</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new file.</source>
        <translation>%1 exists already. Choose a new file.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Backing up</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Cancelled: no backup was written.</source>
        <translation>Cancelled: no backup was written.</translation>
    </message>
    <message>
        <source>The backup was written but does not open: %1</source>
        <translation>The backup was written but does not open: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to %1. The backup opens and holds %n record(s), as the database did.</source>
        <translation>
            <numerusform>Backed up to %1. The backup opens and holds %n record, as the database did.</numerusform>
            <numerusform>Backed up to %1. The backup opens and holds %n records, as the database did.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up to %1. The backup holds %2 records; the database held %3 when the backup began (writes made meanwhile account for the difference).</source>
        <translation>Backed up to %1. The backup holds %2 records; the database held %3 when the backup began (writes made meanwhile account for the difference).</translation>
    </message>
    <message>
        <source>Replace Backup</source>
        <translation>Replace Backup</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the new backup?</source>
        <translation>%1 exists already. Replace it with the new backup?</translation>
    </message>
</context>
<context>
    <name>browser::CompactDialog</name>
    <message>
        <source>Compact</source>
        <translation>Compact</translation>
    </message>
    <message>
        <source>Compact Database</source>
        <translation>Compact Database</translation>
    </message>
    <message>
        <source>Compaction rewrites the file with only its live records: replaced, removed and expired records are dropped. Reads and writes go on meanwhile.</source>
        <translation>Compaction rewrites the file with only its live records: replaced, removed and expired records are dropped. Reads and writes go on meanwhile.</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;File size now:&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Dead bytes (replaced, removed, expired):&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Size after compaction, about:&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Space reclaimed, about:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;File size now:&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Dead bytes (replaced, removed, expired):&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Size after compaction, about:&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Space reclaimed, about:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Compacting</source>
        <translation>Compacting</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Cancelled: the file is unchanged.</source>
        <translation>Cancelled: the file is unchanged.</translation>
    </message>
    <message>
        <source>Done: the file is now %1 (it was %2).</source>
        <translation>Done: the file is now %1 (it was %2).</translation>
    </message>
</context>
<context>
    <name>browser::CompareDialog</name>
    <message>
        <source>only in the other</source>
        <translation>only in the other</translation>
    </message>
    <message>
        <source>only in this one</source>
        <translation>only in this one</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Compare With Another Database</source>
        <translation>Compare With Another Database</translation>
    </message>
    <message>
        <source>Compares every record of this database with another emdb file (a backup, or a copy from another machine). The other file is only read. An encrypted one opens with this database&apos;s key.</source>
        <translation>Compares every record of this database with another emdb file (a backup, or a copy from another machine). The other file is only read. An encrypted one opens with this database&apos;s key.</translation>
    </message>
    <message>
        <source>The other database file</source>
        <translation>The other database file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Compare With</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Size here</source>
        <translation>Size here</translation>
    </message>
    <message>
        <source>Size in the other</source>
        <translation>Size in the other</translation>
    </message>
    <message>
        <source>&amp;Export as JSON Lines…</source>
        <translation>&amp;Export as JSON Lines…</translation>
    </message>
    <message>
        <source>Choose the database to compare with.</source>
        <translation>Choose the database to compare with.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>That is this database: choose another file.</source>
        <translation>That is this database: choose another file.</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Comparing</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <source>The two databases hold the same records.</source>
        <translation>The two databases hold the same records.</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln only in the other</source>
        <translation>
            <numerusform>%Ln only in the other</numerusform>
            <numerusform>%Ln only in the other</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln only in this one</source>
        <translation>
            <numerusform>%Ln only in this one</numerusform>
            <numerusform>%Ln only in this one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln changed</numerusform>
            <numerusform>%Ln changed</numerusform>
        </translation>
    </message>
    <message>
        <source>This database</source>
        <translation>This database</translation>
    </message>
    <message>
        <source>Export Differences</source>
        <translation>Export Differences</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln difference(s) written to %1.</source>
        <translation>
            <numerusform>%Ln difference written to %1.</numerusform>
            <numerusform>%Ln differences written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::DatabaseController</name>
    <message>
        <source>Opening %1</source>
        <translation>Opening %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new frame(s) read</source>
        <translation>
            <numerusform>%n new frame read</numerusform>
            <numerusform>%n new frames read</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the sample database</source>
        <translation>Creating the sample database</translation>
    </message>
    <message>
        <source>Could not create the sample: %1</source>
        <translation>Could not create the sample: %1</translation>
    </message>
    <message>
        <source>Changing the key</source>
        <translation>Changing the key</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Encrypting</translation>
    </message>
    <message>
        <source>Decrypting</source>
        <translation>Decrypting</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>The record %1 no longer exists (it may have expired).</source>
        <translation>The record %1 no longer exists (it may have expired).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s)</source>
        <translation>
            <numerusform>Wrote %n change</numerusform>
            <numerusform>Wrote %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweeping expired records</source>
        <translation>Sweeping expired records</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n expired record(s)</source>
        <translation>
            <numerusform>Removed %n expired record</numerusform>
            <numerusform>Removed %n expired records</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the value to a file</source>
        <translation>Saving the value to a file</translation>
    </message>
    <message>
        <source>The record has expired or was removed.</source>
        <translation>The record has expired or was removed.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelled: no file was written.</translation>
    </message>
    <message>
        <source>Saved the value to %1.</source>
        <translation>Saved the value to %1.</translation>
    </message>
    <message>
        <source>The value was not saved to %1: %2</source>
        <translation>The value was not saved to %1: %2</translation>
    </message>
    <message>
        <source>Searching the value</source>
        <translation>Searching the value</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>Search cancelled.</translation>
    </message>
</context>
<context>
    <name>browser::EncryptionDialog</name>
    <message>
        <source>Encrypt</source>
        <translation>Encrypt</translation>
    </message>
    <message>
        <source>Change Key</source>
        <translation>Change Key</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Decrypt</translation>
    </message>
    <message>
        <source>Encrypt Database</source>
        <translation>Encrypt Database</translation>
    </message>
    <message>
        <source>Change Encryption Key</source>
        <translation>Change Encryption Key</translation>
    </message>
    <message>
        <source>Decrypt Database</source>
        <translation>Decrypt Database</translation>
    </message>
    <message>
        <source>Encrypts every record of %1 with a passphrase (through Argon2id) or a 32-byte key.</source>
        <translation>Encrypts every record of %1 with a passphrase (through Argon2id) or a 32-byte key.</translation>
    </message>
    <message>
        <source>Re-encrypts every record of %1 with a new passphrase or key (%2 now).</source>
        <translation>Re-encrypts every record of %1 with a new passphrase or key (%2 now).</translation>
    </message>
    <message>
        <source>Writes every record of %1 back in plain form: anyone who can read the file can read them.</source>
        <translation>Writes every record of %1 back in plain form: anyone who can read the file can read them.</translation>
    </message>
    <message>
        <source>The database is closed meanwhile and reopened afterwards; the old file is kept until the new one is complete.</source>
        <translation>The database is closed meanwhile and reopened afterwards; the old file is kept until the new one is complete.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Key (64 hex digits)</source>
        <translation>&amp;Key (64 hex digits)</translation>
    </message>
    <message>
        <source>Keep the current cipher</source>
        <translation>Keep the current cipher</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Again:</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>Cipher:</translation>
    </message>
    <message>
        <source>Done: the database is no longer encrypted.</source>
        <translation>Done: the database is no longer encrypted.</translation>
    </message>
    <message>
        <source>Done: only the new passphrase or key opens the database now.</source>
        <translation>Done: only the new passphrase or key opens the database now.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>A key is 32 bytes written as 64 hex digits.</source>
        <translation>A key is 32 bytes written as 64 hex digits.</translation>
    </message>
</context>
<context>
    <name>browser::ExpiryDelegate</name>
    <message>
        <source>1h30m, 2026-12-31 18:00, or empty for none</source>
        <translation>1h30m, 2026-12-31 18:00, or empty for none</translation>
    </message>
    <message>
        <source>A duration from now, a local date and time, or nothing for no expiry</source>
        <translation>A duration from now, a local date and time, or nothing for no expiry</translation>
    </message>
</context>
<context>
    <name>browser::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export Records</source>
        <translation>Export Records</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <source>The whole namespace %1</source>
        <translation>The whole namespace %1</translation>
    </message>
    <message numerus="yes">
        <source>The selected records (%n)</source>
        <translation>
            <numerusform>The selected record (%n)</numerusform>
            <numerusform>The selected records (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The records the table shows (prefix, range and pattern)</source>
        <translation>The records the table shows (prefix, range and pattern)</translation>
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
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Records:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Export To</translation>
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
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>Exported %n record to %1.</numerusform>
            <numerusform>Exported %n records to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::HexBytesDialog</name>
    <message>
        <source>Type hex digits to insert bytes; Insert switches to typing over them; Delete and Backspace remove bytes.</source>
        <translation>Type hex digits to insert bytes; Insert switches to typing over them; Delete and Backspace remove bytes.</translation>
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
        <translation>Read Again</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>Every version of this record that the file still holds: the journal keeps replaced and removed values until the database is compacted. Select a version to see its value, two to compare them.</source>
        <translation>Every version of this record that the file still holds: the journal keeps replaced and removed values until the database is compacted. Select a version to see its value, two to compare them.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation>Expires (UTC)</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Restore This Version</translation>
    </message>
    <message>
        <source>Stages the selected version&apos;s value (and its expiry, when still ahead) as a pending edit</source>
        <translation>Stages the selected version&apos;s value (and its expiry, when still ahead) as a pending edit</translation>
    </message>
    <message>
        <source>Reading the history of %1</source>
        <translation>Reading the history of %1</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>written (current)</source>
        <translation>written (current)</translation>
    </message>
    <message>
        <source>written</source>
        <translation>written</translation>
    </message>
    <message>
        <source>The file holds no version of this record: it was compacted away, or never written.</source>
        <translation>The file holds no version of this record: it was compacted away, or never written.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s) in the file.</source>
        <translation>
            <numerusform>%Ln version in the file.</numerusform>
            <numerusform>%Ln versions in the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Select one version to see it, or two to compare them.</source>
        <translation>Select one version to see it, or two to compare them.</translation>
    </message>
    <message>
        <source>%1 is a removal: it has no value.</source>
        <translation>%1 is a removal: it has no value.</translation>
    </message>
    <message>
        <source>Restore version %1 of %2</source>
        <translation>Restore version %1 of %2</translation>
    </message>
    <message>
        <source>Version %1 is staged: Write Changes saves it to the file.</source>
        <translation>Version %1 is staged: Write Changes saves it to the file.</translation>
    </message>
</context>
<context>
    <name>browser::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import Records</source>
        <translation>Import Records</translation>
    </message>
    <message>
        <source>By the file&apos;s extension</source>
        <translation>By the file&apos;s extension</translation>
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
        <translation>Browse…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Import From</source>
        <translation>Import From</translation>
    </message>
    <message>
        <source>Records (*.jsonl *.json *.csv);;All files (*)</source>
        <translation>Records (*.jsonl *.json *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Choose a file to import.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>Imported %n record.</numerusform>
            <numerusform>Imported %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Reads records from a JSON Lines or CSV file as Export writes them (namespace, key, value, expiry). Preview compares each record with the database; Import then writes the new ones, and those that differ if you choose, in one crash-atomic batch: a bad line is named and nothing is written.</source>
        <translation>Reads records from a JSON Lines or CSV file as Export writes them (namespace, key, value, expiry). Preview compares each record with the database; Import then writes the new ones, and those that differ if you choose, in one crash-atomic batch: a bad line is named and nothing is written.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Differs in</translation>
    </message>
    <message>
        <source>In the database</source>
        <translation>In the database</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>&amp;Overwrite them with the file&apos;s records</source>
        <translation>&amp;Overwrite them with the file&apos;s records</translation>
    </message>
    <message>
        <source>&amp;Skip them and keep the database&apos;s records</source>
        <translation>&amp;Skip them and keep the database&apos;s records</translation>
    </message>
    <message>
        <source>Records that hold another value or expiry:</source>
        <translation>Records that hold another value or expiry:</translation>
    </message>
    <message>
        <source>Previewing</source>
        <translation>Previewing</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>The file cannot be imported: %1</translation>
    </message>
    <message>
        <source>The file or format changed: preview again.</source>
        <translation>The file or format changed: preview again.</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 new</translation>
    </message>
    <message>
        <source>%1 with another value or expiry</source>
        <translation>%1 with another value or expiry</translation>
    </message>
    <message>
        <source>%1 identical (never written)</source>
        <translation>%1 identical (never written)</translation>
    </message>
    <message>
        <source>%1 already expired (never written)</source>
        <translation>%1 already expired (never written)</translation>
    </message>
    <message>
        <source>Records in the file: %1.</source>
        <translation>Records in the file: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have edits staged in the window: those stay pending and replace what is imported when the changes are written.</source>
        <translation>
            <numerusform>%n of them has an edit staged in the window: it stays pending and replaces what is imported when the changes are written.</numerusform>
            <numerusform>%n of them have edits staged in the window: those stay pending and replace what is imported when the changes are written.</numerusform>
        </translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>no expiry</translation>
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
Expires: %3</translation>
    </message>
    <message>
        <source>Value and expiry</source>
        <translation>Value and expiry</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed.</source>
        <translation>The first %1 of %2 are listed.</translation>
    </message>
    <message>
        <source>Nothing to import: the database holds every record of the file as it is.</source>
        <translation>Nothing to import: the database holds every record of the file as it is.</translation>
    </message>
    <message>
        <source>Choose what to do with the records that differ, then Import; Close imports nothing.</source>
        <translation>Choose what to do with the records that differ, then Import; Close imports nothing.</translation>
    </message>
    <message>
        <source>Import writes the new records; Close imports nothing.</source>
        <translation>Import writes the new records; Close imports nothing.</translation>
    </message>
    <message numerus="yes">
        <source>Left %n record(s) as the database holds them.</source>
        <translation>
            <numerusform>Left %n record as the database holds it.</numerusform>
            <numerusform>Left %n records as the database holds them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::IntegrityDialog</name>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Check Integrity</source>
        <translation>Check Integrity</translation>
    </message>
    <message>
        <source>Reads every frame of the file, checks its checksum, decodes (and decrypts) it, and reports what it found. Nothing is written.</source>
        <translation>Reads every frame of the file, checks its checksum, decodes (and decrypts) it, and reports what it found. Nothing is written.</translation>
    </message>
    <message>
        <source>Checking integrity</source>
        <translation>Checking integrity</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;File size:&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Valid frames:&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Records (inserts and removes):&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Live records:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Dead records:&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Bytes up to the last valid frame:&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;File size:&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Valid frames:&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Records (inserts and removes):&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Live records:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Dead records:&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Bytes up to the last valid frame:&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Every frame is sound.</source>
        <translation>Every frame is sound.</translation>
    </message>
    <message>
        <source>%1 at byte %2: %3</source>
        <translation>%1 at byte %2: %3</translation>
    </message>
    <message>
        <source>A torn tail (an interrupted last write) starts</source>
        <translation>A torn tail (an interrupted last write) starts</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>The file is damaged</translation>
    </message>
    <message>
        <source>Notes on how this file is read:</source>
        <translation>Notes on how this file is read:</translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation>byte %1: %2</translation>
    </message>
</context>
<context>
    <name>browser::KeyDialog</name>
    <message>
        <source>Encrypted Database</source>
        <translation>Encrypted Database</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is encrypted with %2. Enter its passphrase or key.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; is encrypted with %2. Enter its passphrase or key.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Key (64 hex digits)</source>
        <translation>&amp;Key (64 hex digits)</translation>
    </message>
    <message>
        <source>Key &amp;file</source>
        <translation>Key &amp;file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>That passphrase or key is wrong. Try again.</source>
        <translation>That passphrase or key is wrong. Try again.</translation>
    </message>
    <message>
        <source>Key File</source>
        <translation>Key File</translation>
    </message>
    <message>
        <source>A key is 32 bytes written as 64 hex digits.</source>
        <translation>A key is 32 bytes written as 64 hex digits.</translation>
    </message>
    <message>
        <source>The key file must hold 32 bytes, raw or as 64 hex digits.</source>
        <translation>The key file must hold 32 bytes, raw or as 64 hex digits.</translation>
    </message>
</context>
<context>
    <name>browser::KeyEdit</name>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Type the key&apos;s bytes as hex digits</source>
        <translation>Type the key&apos;s bytes as hex digits</translation>
    </message>
    <message>
        <source>Bytes…</source>
        <translation>Bytes…</translation>
    </message>
    <message>
        <source>Edit the key&apos;s bytes in a hex editor</source>
        <translation>Edit the key&apos;s bytes in a hex editor</translation>
    </message>
    <message>
        <source>Key Bytes</source>
        <translation>Key Bytes</translation>
    </message>
</context>
<context>
    <name>browser::KeyTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>(deleted when written)</source>
        <translation>(deleted when written)</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(expired)</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>Pending: Write Changes saves this edit to the file</source>
        <translation>Pending: Write Changes saves this edit to the file</translation>
    </message>
    <message>
        <source>Binary key, shown in hex (%1)</source>
        <translation>Binary key, shown in hex (%1)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>New: Write Changes adds this record to the file</source>
        <translation>New: Write Changes adds this record to the file</translation>
    </message>
    <message>
        <source>(the bytes of %1)</source>
        <translation>(the bytes of %1)</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln byte(s) typed over)</source>
        <translation>
            <numerusform>(%Ln byte typed over)</numerusform>
            <numerusform>(%Ln bytes typed over)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 UTC
%2 (local)</source>
        <translation>%1 UTC
%2 (local)</translation>
    </message>
</context>
<context>
    <name>browser::LockDialog</name>
    <message>
        <source>Database In Use</source>
        <translation>Database In Use</translation>
    </message>
    <message>
        <source>It is held by process %1 since %2, using %3.</source>
        <translation>It is held by process %1 since %2, using %3.</translation>
    </message>
    <message>
        <source>The program holding it left no description.</source>
        <translation>The program holding it left no description.</translation>
    </message>
    <message>
        <source>Process %1 is not running on this computer: the lock may be stale.</source>
        <translation>Process %1 is not running on this computer: the lock may be stale.</translation>
    </message>
    <message>
        <source>Process %1 is running. Breaking the lock of a running program could damage the database.</source>
        <translation>Process %1 is running. Breaking the lock of a running program could damage the database.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is open in another program.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; is open in another program.</translation>
    </message>
    <message>
        <source>You can open it read-only without the lock: you will see the records written so far, and can refresh to see new ones.</source>
        <translation>You can open it read-only without the lock: you will see the records written so far, and can refresh to see new ones.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Open &amp;Read-Only</translation>
    </message>
    <message>
        <source>&amp;Break Lock…</source>
        <translation>&amp;Break Lock…</translation>
    </message>
    <message>
        <source>Only the lock of a program that is no longer running can be broken.</source>
        <translation>Only the lock of a program that is no longer running can be broken.</translation>
    </message>
    <message>
        <source>Break Lock</source>
        <translation>Break Lock</translation>
    </message>
    <message>
        <source>Break the lock of %1?</source>
        <translation>Break the lock of %1?</translation>
    </message>
    <message>
        <source>Do this only if no program is using the database any more. If one still is, both may write to it and records can be lost.</source>
        <translation>Do this only if no program is using the database any more. If one still is, both may write to it and records can be lost.</translation>
    </message>
</context>
<context>
    <name>browser::MainWindow</name>
    <message>
        <source>Pending Changes</source>
        <translation>Pending Changes</translation>
    </message>
    <message>
        <source>(nothing pending)</source>
        <translation>(nothing pending)</translation>
    </message>
    <message>
        <source>Not Written</source>
        <translation>Not Written</translation>
    </message>
    <message>
        <source>Nothing of this change was written.</source>
        <translation>Nothing of this change was written.</translation>
    </message>
    <message>
        <source>Edit the value of %1</source>
        <translation>Edit the value of %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only…</source>
        <translation>Open &amp;Read-Only…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Create &amp;Sample Database…</source>
        <translation>Create &amp;Sample Database…</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>&amp;Close Database</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Write Changes</source>
        <translation>&amp;Write Changes</translation>
    </message>
    <message>
        <source>Write every pending edit to the file, as one crash-atomic batch</source>
        <translation>Write every pending edit to the file, as one crash-atomic batch</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>Re&amp;vert Changes</translation>
    </message>
    <message>
        <source>Drop every pending edit</source>
        <translation>Drop every pending edit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Follow Changes</source>
        <translation>&amp;Follow Changes</translation>
    </message>
    <message>
        <source>Show records another program writes, as they land (read-only views)</source>
        <translation>Show records another program writes, as they land (read-only views)</translation>
    </message>
    <message>
        <source>&amp;Group Keys By</source>
        <translation>&amp;Group Keys By</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>System Default</translation>
    </message>
    <message>
        <source>The language changes when emdb Browser starts again.</source>
        <translation>The language changes when emdb Browser starts again.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About emdb Browser</source>
        <translation>&amp;About emdb Browser</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Open Read-Only</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <source>Create Sample Database</source>
        <translation>Create Sample Database</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file for the sample.</source>
        <translation>%1 already exists. Choose a new file for the sample.</translation>
    </message>
    <message>
        <source>Select a record to see its value.</source>
        <translation>Select a record to see its value.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>This record is deleted when the changes are written.</source>
        <translation>This record is deleted when the changes are written.</translation>
    </message>
    <message>
        <source>This record has expired or was removed.</source>
        <translation>This record has expired or was removed.</translation>
    </message>
    <message>
        <source>emdb Browser</source>
        <translation>emdb Browser</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[read-only]</translation>
    </message>
    <message>
        <source>Unsaved Value</source>
        <translation>Unsaved Value</translation>
    </message>
    <message>
        <source>The value you edited has not been saved. Quit anyway?</source>
        <translation>The value you edited has not been saved. Quit anyway?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln key</numerusform>
            <numerusform>%Ln keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new when written</source>
        <translation>
            <numerusform>%Ln new when written</numerusform>
            <numerusform>%Ln new when written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es), %1% scanned</source>
        <translation>
            <numerusform>%Ln match, %1% scanned</numerusform>
            <numerusform>%Ln matches, %1% scanned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find Keys…</source>
        <translation>&amp;Find Keys…</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>C&amp;lear Filter</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) have not been written to the file. Drop them?</source>
        <translation>
            <numerusform>%Ln edit has not been written to the file. Drop it?</numerusform>
            <numerusform>%Ln edits have not been written to the file. Drop them?</numerusform>
        </translation>
    </message>
    <message>
        <source>No database is open. Open one (%1), drop a file on the window, or try File &gt; Create Sample Database.</source>
        <translation>No database is open. Open one (%1), drop a file on the window, or try File &gt; Create Sample Database.</translation>
    </message>
    <message>
        <source>Save Value to File</source>
        <translation>Save Value to File</translation>
    </message>
    <message>
        <source>Waiting for Write Changes to finish…</source>
        <translation>Waiting for Write Changes to finish…</translation>
    </message>
    <message>
        <source>Replace Value from File</source>
        <translation>Replace Value from File</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 is not a file that can be read.</translation>
    </message>
    <message>
        <source>%1 holds %2: an emdb record holds at most 256 MiB, its key included.</source>
        <translation>%1 holds %2: an emdb record holds at most 256 MiB, its key included.</translation>
    </message>
    <message>
        <source>Replace the value of %1 from %2</source>
        <translation>Replace the value of %1 from %2</translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln byte(s) of %1</source>
        <translation>
            <numerusform>Change %Ln byte of %1</numerusform>
            <numerusform>Change %Ln bytes of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in &amp;Values…</source>
        <translation>Find in &amp;Values…</translation>
    </message>
    <message>
        <source>Sorting… %1%</source>
        <translation>Sorting… %1%</translation>
    </message>
</context>
<context>
    <name>browser::MaintenanceActions</name>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistics…</translation>
    </message>
    <message>
        <source>Check &amp;Integrity…</source>
        <translation>Check &amp;Integrity…</translation>
    </message>
    <message>
        <source>&amp;Compact…</source>
        <translation>&amp;Compact…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Back Up…</translation>
    </message>
    <message>
        <source>&amp;Encrypt…</source>
        <translation>&amp;Encrypt…</translation>
    </message>
    <message>
        <source>Change &amp;Key…</source>
        <translation>Change &amp;Key…</translation>
    </message>
    <message>
        <source>&amp;Decrypt…</source>
        <translation>&amp;Decrypt…</translation>
    </message>
    <message>
        <source>Sweep E&amp;xpired Records</source>
        <translation>Sweep E&amp;xpired Records</translation>
    </message>
</context>
<context>
    <name>browser::NamespaceModel</name>
    <message>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message numerus="yes">
        <source>The default namespace: %n record(s)</source>
        <translation>
            <numerusform>The default namespace: %n record</numerusform>
            <numerusform>The default namespace: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Namespace %1: %n record(s)</source>
        <translation>
            <numerusform>Namespace %1: %n record</numerusform>
            <numerusform>Namespace %1: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keys starting with %1: %n record(s)</source>
        <translation>
            <numerusform>Keys starting with %1: %n record</numerusform>
            <numerusform>Keys starting with %1: %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
</context>
<context>
    <name>browser::OpenFlow</name>
    <message>
        <source>Damaged Database</source>
        <translation>Damaged Database</translation>
    </message>
    <message>
        <source>It is damaged at byte %L1.</source>
        <translation>It is damaged at byte %L1.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing.</source>
        <translation>%1 cannot be opened for writing.</translation>
    </message>
    <message>
        <source>The records before the damage can be read. Open it read-only to look at them or to export them; nothing will be written to the file.</source>
        <translation>The records before the damage can be read. Open it read-only to look at them or to export them; nothing will be written to the file.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Open &amp;Read-Only</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>Cannot Open</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 cannot be opened.</translation>
    </message>
    <message>
        <source>Empty File</source>
        <translation>Empty File</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>An empty file holds no records; there is nothing to show read-only.</source>
        <translation>An empty file holds no records; there is nothing to show read-only.</translation>
    </message>
    <message>
        <source>Make it a new emdb database? Its sidecar (%1.meta) and lock file are written beside it.</source>
        <translation>Make it a new emdb database? Its sidecar (%1.meta) and lock file are written beside it.</translation>
    </message>
    <message>
        <source>Make It a &amp;Database</source>
        <translation>Make It a &amp;Database</translation>
    </message>
</context>
<context>
    <name>browser::PastActions</name>
    <message>
        <source>&amp;History of Record…</source>
        <translation>&amp;History of Record…</translation>
    </message>
    <message>
        <source>Every version of the selected record that the file still holds</source>
        <translation>Every version of the selected record that the file still holds</translation>
    </message>
    <message>
        <source>&amp;Removed Records…</source>
        <translation>&amp;Removed Records…</translation>
    </message>
    <message>
        <source>Records removed from this namespace whose values the file still holds, to restore</source>
        <translation>Records removed from this namespace whose values the file still holds, to restore</translation>
    </message>
    <message>
        <source>Com&amp;pare With…</source>
        <translation>Com&amp;pare With…</translation>
    </message>
    <message>
        <source>Records added, removed and changed between this database and another file</source>
        <translation>Records added, removed and changed between this database and another file</translation>
    </message>
</context>
<context>
    <name>browser::PendingEdits</name>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Rename %1 to %2</translation>
    </message>
    <message>
        <source>Edits made while writing</source>
        <translation>Edits made while writing</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln record(s)</source>
        <translation>
            <numerusform>Delete %Ln record</numerusform>
            <numerusform>Delete %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the expiry of %Ln record(s)</source>
        <translation>
            <numerusform>Set the expiry of %Ln record</numerusform>
            <numerusform>Set the expiry of %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the expiry of %Ln record(s)</source>
        <translation>
            <numerusform>Remove the expiry of %Ln record</numerusform>
            <numerusform>Remove the expiry of %Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::RangeActions</name>
    <message>
        <source>All &amp;Shown Records</source>
        <translation>All &amp;Shown Records</translation>
    </message>
    <message>
        <source>Every record the table shows with this filter, loaded or not</source>
        <translation>Every record the table shows with this filter, loaded or not</translation>
    </message>
    <message>
        <source>&amp;Delete All Shown…</source>
        <translation>&amp;Delete All Shown…</translation>
    </message>
    <message>
        <source>Set &amp;Expiry of All Shown…</source>
        <translation>Set &amp;Expiry of All Shown…</translation>
    </message>
    <message>
        <source>&amp;Remove Expiry of All Shown…</source>
        <translation>&amp;Remove Expiry of All Shown…</translation>
    </message>
    <message>
        <source>Collecting the records shown</source>
        <translation>Collecting the records shown</translation>
    </message>
    <message>
        <source>All Shown Records</source>
        <translation>All Shown Records</translation>
    </message>
    <message>
        <source>More than %L1 records are shown.</source>
        <translation>More than %L1 records are shown.</translation>
    </message>
    <message>
        <source>The records shown could not be read.</source>
        <translation>The records shown could not be read.</translation>
    </message>
    <message>
        <source>One edit stages at most %L1 records. Narrow the filter (a prefix, a range or a pattern) and repeat the edit for each part.</source>
        <translation>One edit stages at most %L1 records. Narrow the filter (a prefix, a range or a pattern) and repeat the edit for each part.</translation>
    </message>
    <message>
        <source>In the default namespace.</source>
        <translation>In the default namespace.</translation>
    </message>
    <message>
        <source>In the namespace %1.</source>
        <translation>In the namespace %1.</translation>
    </message>
    <message>
        <source>No records are shown.</source>
        <translation>No records are shown.</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln record(s) shown?</source>
        <translation>
            <numerusform>Delete the %Ln record shown?</numerusform>
            <numerusform>Delete all %Ln records shown?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the expiry of all %Ln record(s) shown?</source>
        <translation>
            <numerusform>Remove the expiry of the %Ln record shown?</numerusform>
            <numerusform>Remove the expiry of all %Ln records shown?</numerusform>
        </translation>
    </message>
    <message>
        <source>The change is pending until you write the changes; Undo takes it back.</source>
        <translation>The change is pending until you write the changes; Undo takes it back.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Remove Expiry</source>
        <translation>Remove Expiry</translation>
    </message>
</context>
<context>
    <name>browser::RangeFilter</name>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Only keys that start with this text</source>
        <translation>Only keys that start with this text</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Only keys from this one on, in byte order</source>
        <translation>Only keys from this one on, in byte order</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Only keys up to this one, in byte order</source>
        <translation>Only keys up to this one, in byte order</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <source>Glob (user:*:profile, matching the whole key) or regular expression (anywhere in the key)</source>
        <translation>Glob (user:*:profile, matching the whole key) or regular expression (anywhere in the key)</translation>
    </message>
    <message>
        <source>incl.</source>
        <translation>incl.</translation>
    </message>
    <message>
        <source>Include the From key itself</source>
        <translation>Include the From key itself</translation>
    </message>
    <message>
        <source>Include the To key itself</source>
        <translation>Include the To key itself</translation>
    </message>
    <message>
        <source>Glob</source>
        <translation>Glob</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Hide expired</source>
        <translation>Hide expired</translation>
    </message>
    <message>
        <source>Leave out records whose expiry has passed but that are not swept yet</source>
        <translation>Leave out records whose expiry has passed but that are not swept yet</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Show every key of the namespace again</source>
        <translation>Show every key of the namespace again</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation>Not a valid regular expression: %1</translation>
    </message>
    <message>
        <source>Value contains</source>
        <translation>Value contains</translation>
    </message>
    <message>
        <source>Only records whose value holds this: text (letters in either case), a regular expression (over the value as text), or hex bytes. Searched record by record as the table fills.</source>
        <translation>Only records whose value holds this: text (letters in either case), a regular expression (over the value as text), or hex bytes. Searched record by record as the table fills.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Not hex bytes: %1</source>
        <translation>Not hex bytes: %1</translation>
    </message>
</context>
<context>
    <name>browser::RecentFiles</name>
    <message>
        <source>Clear Menu</source>
        <translation>Clear Menu</translation>
    </message>
</context>
<context>
    <name>browser::RecordActions</name>
    <message>
        <source>&amp;Add Record…</source>
        <translation>&amp;Add Record…</translation>
    </message>
    <message>
        <source>&amp;Rename Key…</source>
        <translation>&amp;Rename Key…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Set &amp;Expiry…</source>
        <translation>Set &amp;Expiry…</translation>
    </message>
    <message>
        <source>&amp;Remove Expiry</source>
        <translation>&amp;Remove Expiry</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Copy &amp;Key</source>
        <translation>Copy &amp;Key</translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation>Copy &amp;Value</translation>
    </message>
    <message>
        <source>As Text</source>
        <translation>As Text</translation>
    </message>
    <message>
        <source>As Hex</source>
        <translation>As Hex</translation>
    </message>
    <message>
        <source>As Base64</source>
        <translation>As Base64</translation>
    </message>
    <message>
        <source>The key %1 already exists.</source>
        <translation>The key %1 already exists.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Rename Key</source>
        <translation>Rename Key</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>New key for %1:</source>
        <translation>New key for %1:</translation>
    </message>
    <message>
        <source>The key %1 no longer exists.</source>
        <translation>The key %1 no longer exists.</translation>
    </message>
    <message>
        <source>%1 is too large to rename here.</source>
        <translation>%1 is too large to rename here.</translation>
    </message>
    <message>
        <source>Delete Records</source>
        <translation>Delete Records</translation>
    </message>
    <message>
        <source>Delete the record %1?</source>
        <translation>Delete the record %1?</translation>
    </message>
    <message>
        <source>The deletion is pending until you write the changes; Undo takes it back.</source>
        <translation>The deletion is pending until you write the changes; Undo takes it back.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Not Staged</source>
        <translation>Not Staged</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln record(s)?</source>
        <translation>
            <numerusform>Delete %Ln record?</numerusform>
            <numerusform>Delete %Ln records?</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copy Value</translation>
    </message>
    <message>
        <source>This value is %1; Copy takes values up to %2.</source>
        <translation>This value is %1; Copy takes values up to %2.</translation>
    </message>
    <message>
        <source>Use Save to File in the value panel: it writes the whole value, as stored.</source>
        <translation>Use Save to File in the value panel: it writes the whole value, as stored.</translation>
    </message>
</context>
<context>
    <name>browser::RemovedDialog</name>
    <message>
        <source>Read Again</source>
        <translation>Read Again</translation>
    </message>
    <message>
        <source>Removed Records</source>
        <translation>Removed Records</translation>
    </message>
    <message>
        <source>Removed Records in %1</source>
        <translation>Removed Records in %1</translation>
    </message>
    <message>
        <source>Records removed from this namespace whose last value the file still holds (until the database is compacted). Restoring stages them as new records; an expiry that has passed is not restored.</source>
        <translation>Records removed from this namespace whose last value the file still holds (until the database is compacted). Restoring stages them as new records; an expiry that has passed is not restored.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Expired or expires</source>
        <translation>Expired or expires</translation>
    </message>
    <message>
        <source>Removed at offset</source>
        <translation>Removed at offset</translation>
    </message>
    <message>
        <source>Restore &amp;Selected</source>
        <translation>Restore &amp;Selected</translation>
    </message>
    <message>
        <source>Restore &amp;All</source>
        <translation>Restore &amp;All</translation>
    </message>
    <message>
        <source>Reading removed records</source>
        <translation>Reading removed records</translation>
    </message>
    <message>
        <source>No removed record of this namespace is left in the file.</source>
        <translation>No removed record of this namespace is left in the file.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed record(s) can be restored.</source>
        <translation>
            <numerusform>%Ln removed record can be restored.</numerusform>
            <numerusform>%Ln removed records can be restored.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last value of %1</source>
        <translation>The last value of %1</translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln removed record(s)</source>
        <translation>
            <numerusform>Restore %Ln removed record</numerusform>
            <numerusform>Restore %Ln removed records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) staged: Write Changes saves them to the file.</source>
        <translation>
            <numerusform>%Ln record staged: Write Changes saves it to the file.</numerusform>
            <numerusform>%Ln records staged: Write Changes saves them to the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::SecretField</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show or hide what was typed</source>
        <translation>Show or hide what was typed</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>browser::SortActions</name>
    <message>
        <source>&amp;Sort By</source>
        <translation>&amp;Sort By</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Key</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Size</translation>
    </message>
    <message>
        <source>&amp;Expiry</source>
        <translation>&amp;Expiry</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Descending</translation>
    </message>
    <message>
        <source>&amp;Natural Key Order</source>
        <translation>&amp;Natural Key Order</translation>
    </message>
    <message>
        <source>Compare runs of digits in keys as numbers (user:2 before user:19)</source>
        <translation>Compare runs of digits in keys as numbers (user:2 before user:19)</translation>
    </message>
</context>
<context>
    <name>browser::StagedReader</name>
    <message>
        <source>The record %1 no longer exists (it may have expired).</source>
        <translation>The record %1 no longer exists (it may have expired).</translation>
    </message>
    <message>
        <source>The value of %1 changed in the file since it was edited here (%2, now %3): nothing was written.</source>
        <translation>The value of %1 changed in the file since it was edited here (%2, now %3): nothing was written.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The file %1 changed since it was chosen (%2, now %3).</source>
        <translation>The file %1 changed since it was chosen (%2, now %3).</translation>
    </message>
    <message>
        <source>A read past the end of the value.</source>
        <translation>A read past the end of the value.</translation>
    </message>
    <message>
        <source>The value of %1 changed in the file while it was read.</source>
        <translation>The value of %1 changed in the file while it was read.</translation>
    </message>
</context>
<context>
    <name>browser::StatisticsDialog</name>
    <message>
        <source>Scan Records</source>
        <translation>Scan Records</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Where the bytes go</source>
        <translation>Where the bytes go</translation>
    </message>
    <message>
        <source>Records per namespace</source>
        <translation>Records per namespace</translation>
    </message>
    <message>
        <source>Bytes per namespace</source>
        <translation>Bytes per namespace</translation>
    </message>
    <message>
        <source>Key sizes (unexpired records)</source>
        <translation>Key sizes (unexpired records)</translation>
    </message>
    <message>
        <source>Value sizes (unexpired records)</source>
        <translation>Value sizes (unexpired records)</translation>
    </message>
    <message>
        <source>Expiry timeline (records)</source>
        <translation>Expiry timeline (records)</translation>
    </message>
    <message>
        <source>Records (every namespace)</source>
        <translation>Records (every namespace)</translation>
    </message>
    <message>
        <source>Records in the default namespace</source>
        <translation>Records in the default namespace</translation>
    </message>
    <message>
        <source>Named namespaces</source>
        <translation>Named namespaces</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>File size</translation>
    </message>
    <message>
        <source>Journal (bytes holding frames)</source>
        <translation>Journal (bytes holding frames)</translation>
    </message>
    <message>
        <source>Preallocated beyond the frames</source>
        <translation>Preallocated beyond the frames</translation>
    </message>
    <message>
        <source>Live bytes</source>
        <translation>Live bytes</translation>
    </message>
    <message>
        <source>Dead bytes (replaced, removed)</source>
        <translation>Dead bytes (replaced, removed)</translation>
    </message>
    <message>
        <source>Expired, not yet swept</source>
        <translation>Expired, not yet swept</translation>
    </message>
    <message>
        <source>%1 in %2 records</source>
        <translation>%1 in %2 records</translation>
    </message>
    <message>
        <source>Compaction would reclaim, about</source>
        <translation>Compaction would reclaim, about</translation>
    </message>
    <message>
        <source>Range scans</source>
        <translation>Range scans</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Damaged from byte</source>
        <translation>Damaged from byte</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>dead</translation>
    </message>
    <message>
        <source>preallocated</source>
        <translation>preallocated</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <source>Scanning records</source>
        <translation>Scanning records</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n record(s).</source>
        <translation>
            <numerusform>Scanned %n record.</numerusform>
            <numerusform>Scanned %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>none: the next open replays the whole journal</source>
        <translation>none: the next open replays the whole journal</translation>
    </message>
    <message>
        <source>covers %1 of the journal&apos;s %2</source>
        <translation>covers %1 of the journal&apos;s %2</translation>
    </message>
</context>
<context>
    <name>browser::StatusPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Cancel the running task</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Not encrypted</translation>
    </message>
    <message>
        <source>Encrypted (%1)</source>
        <translation>Encrypted (%1)</translation>
    </message>
    <message>
        <source>Read-only, not locked</source>
        <translation>Read-only, not locked</translation>
    </message>
    <message>
        <source>damaged at byte %L1</source>
        <translation>damaged at byte %L1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln named namespace(s) and the default one</source>
        <translation>
            <numerusform>In %Ln named namespace and the default one</numerusform>
            <numerusform>In %Ln named namespaces and the default one</numerusform>
        </translation>
    </message>
    <message>
        <source>Writable; other writers are locked out</source>
        <translation>Writable; other writers are locked out</translation>
    </message>
</context>
<context>
    <name>browser::StructuredModel</name>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>integer</translation>
    </message>
    <message>
        <source>float (%1-bit)</source>
        <translation>float (%1-bit)</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>boolean</translation>
    </message>
    <message>
        <source>simple value</source>
        <translation>simple value</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>map</source>
        <translation>map</translation>
    </message>
    <message>
        <source>extension type %1</source>
        <translation>extension type %1</translation>
    </message>
    <message>
        <source>, tag %1</source>
        <translation>, tag %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::StructuredView</name>
    <message>
        <source>As JSON this %1 value has a line of %L2 characters, more than the editor takes (%L3): edit it in Hex or Base64.</source>
        <translation>As JSON this %1 value has a line of %L2 characters, more than the editor takes (%L3): edit it in Hex or Base64.</translation>
    </message>
    <message>
        <source>%1 as JSON:</source>
        <translation>%1 as JSON:</translation>
    </message>
    <message>
        <source>%1 as JSON; Apply writes it back as %1 (byte strings are {&quot;$bytes&quot;: &quot;Base64&quot;}):</source>
        <translation>%1 as JSON; Apply writes it back as %1 (byte strings are {&quot;$bytes&quot;: &quot;Base64&quot;}):</translation>
    </message>
    <message>
        <source>This %1 value cannot be edited as JSON: %2 Edit it in Hex or Base64.</source>
        <translation>This %1 value cannot be edited as JSON: %2 Edit it in Hex or Base64.</translation>
    </message>
</context>
<context>
    <name>browser::TaskDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>browser::TtlDialog</name>
    <message>
        <source>Set Expiry</source>
        <translation>Set Expiry</translation>
    </message>
    <message numerus="yes">
        <source>Set the expiry of %n record(s):</source>
        <translation>
            <numerusform>Set the expiry of %n record:</numerusform>
            <numerusform>Set the expiry of %n records:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Never expires</source>
        <translation>&amp;Never expires</translation>
    </message>
    <message>
        <source>Expires &amp;after</source>
        <translation>Expires &amp;after</translation>
    </message>
    <message>
        <source>Expires a&amp;t</source>
        <translation>Expires a&amp;t</translation>
    </message>
    <message>
        <source>e.g. 45s, 30m, 1h30m, 7d</source>
        <translation>e.g. 45s, 30m, 1h30m, 7d</translation>
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
        <translation>Find in value</translation>
    </message>
    <message>
        <source>Enter or F3 finds the next match, Shift+Enter or Shift+F3 the one before: bytes in the Hex view (ff 00 1a, 0xdead, de:ad, or &quot;text&quot; in quotes), text in the Text view</source>
        <translation>Enter or F3 finds the next match, Shift+Enter or Shift+F3 the one before: bytes in the Hex view (ff 00 1a, 0xdead, de:ad, or &quot;text&quot; in quotes), text in the Text view</translation>
    </message>
    <message>
        <source>Find the match before (Shift+F3)</source>
        <translation>Find the match before (Shift+F3)</translation>
    </message>
    <message>
        <source>Find the next match (F3)</source>
        <translation>Find the next match (F3)</translation>
    </message>
    <message>
        <source>In the Hex view, find looks for bytes: pairs of digits 0-9 and a-f, such as ff 00 1a, 0xdead or de:ad; text goes in double quotes.</source>
        <translation>In the Hex view, find looks for bytes: pairs of digits 0-9 and a-f, such as ff 00 1a, 0xdead or de:ad; text goes in double quotes.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>The search stopped before it was done.</source>
        <translation>The search stopped before it was done.</translation>
    </message>
    <message>
        <source>Not found: %1 is nowhere in this value.</source>
        <translation>Not found: %1 is nowhere in this value.</translation>
    </message>
    <message>
        <source>Found at offset %L1 (0x%2). F3 finds the next, Shift+F3 the one before.</source>
        <translation>Found at offset %L1 (0x%2). F3 finds the next, Shift+F3 the one before.</translation>
    </message>
</context>
<context>
    <name>browser::ValuePanel</name>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>How the value is shown</source>
        <translation>How the value is shown</translation>
    </message>
    <message>
        <source>Syntax highlighting for text</source>
        <translation>Syntax highlighting for text</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Wrap</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Select a record to see its value.</source>
        <translation>Select a record to see its value.</translation>
    </message>
    <message>
        <source>default namespace</source>
        <translation>default namespace</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>namespace %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expires %1</translation>
    </message>
    <message>
        <source>This is not hex: pairs of digits 0-9 and a-f, with spaces or lines between them.</source>
        <translation>This is not hex: pairs of digits 0-9 and a-f, with spaces or lines between them.</translation>
    </message>
    <message>
        <source>This is not valid Base64.</source>
        <translation>This is not valid Base64.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Not an image this view can show (PNG, JPEG or SVG): shown in hex.</source>
        <translation>Not an image this view can show (PNG, JPEG or SVG): shown in hex.</translation>
    </message>
    <message>
        <source>Not valid JSON: shown as text.</source>
        <translation>Not valid JSON: shown as text.</translation>
    </message>
    <message>
        <source>Not valid UTF-8: shown with replacement characters. Edit it in Hex or Base64.</source>
        <translation>Not valid UTF-8: shown with replacement characters. Edit it in Hex or Base64.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2: too large to edit here.</source>
        <translation>Showing the first %1 of %2: too large to edit here.</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>Read-only.</translation>
    </message>
    <message>
        <source>Stage this value; Write Changes saves it to the file (Ctrl+Return)</source>
        <translation>Stage this value; Write Changes saves it to the file (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Go to offset</source>
        <translation>Go to offset</translation>
    </message>
    <message>
        <source>A byte offset: decimal, or hex with 0x</source>
        <translation>A byte offset: decimal, or hex with 0x</translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>Save to File…</translation>
    </message>
    <message>
        <source>Write the whole value to a file, as it is stored</source>
        <translation>Write the whole value to a file, as it is stored</translation>
    </message>
    <message>
        <source>Not an offset within the value: 0 to %L1 (or 0x…).</source>
        <translation>Not an offset within the value: 0 to %L1 (or 0x…).</translation>
    </message>
    <message>
        <source>Offset %L1 of %L2</source>
        <translation>Offset %L1 of %L2</translation>
    </message>
    <message>
        <source>%1 is too large to edit here (up to %2): it is shown page by page, as text or hex. Save it to a file to work on it elsewhere.</source>
        <translation>%1 is too large to edit here (up to %2): it is shown page by page, as text or hex. Save it to a file to work on it elsewhere.</translation>
    </message>
    <message>
        <source>This value has a line of %L1 characters, more than the editor takes (%L2): shown read-only, page by page. Edit it in Hex or Base64.</source>
        <translation>This value has a line of %L1 characters, more than the editor takes (%L2): shown read-only, page by page. Edit it in Hex or Base64.</translation>
    </message>
    <message>
        <source>In this view the value is %L1 characters, more than the editor takes (%L2): shown read-only, page by page.</source>
        <translation>In this view the value is %L1 characters, more than the editor takes (%L2): shown read-only, page by page.</translation>
    </message>
    <message>
        <source>Replace from File…</source>
        <translation>Replace from File…</translation>
    </message>
    <message>
        <source>Stage a file&apos;s bytes as the new value, read when the changes are written</source>
        <translation>Stage a file&apos;s bytes as the new value, read when the changes are written</translation>
    </message>
    <message>
        <source>%1 is too large for the text editor (up to %2): it is shown page by page. In Hex, type over bytes to change them; Replace from File takes a whole new value; Save to File takes it elsewhere.</source>
        <translation>%1 is too large for the text editor (up to %2): it is shown page by page. In Hex, type over bytes to change them; Replace from File takes a whole new value; Save to File takes it elsewhere.</translation>
    </message>
    <message>
        <source>Only part of this value is held here: Apply stages the bytes typed over.</source>
        <translation>Only part of this value is held here: Apply stages the bytes typed over.</translation>
    </message>
    <message>
        <source>CBOR / MessagePack</source>
        <translation>CBOR / MessagePack</translation>
    </message>
    <message>
        <source>Neither CBOR nor MessagePack (a map or an array that encodes back to its bytes): shown in hex.</source>
        <translation>Neither CBOR nor MessagePack (a map or an array that encodes back to its bytes): shown in hex.</translation>
    </message>
    <message>
        <source>Type hex digits over bytes; Insert switches to inserting them (Delete and Backspace remove bytes). Shift selects, Ctrl+C copies, Ctrl+F finds.</source>
        <translation>Type hex digits over bytes; Insert switches to inserting them (Delete and Backspace remove bytes). Shift selects, Ctrl+C copies, Ctrl+F finds.</translation>
    </message>
</context>
<context>
    <name>browser::ValueView</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Only part of this value is held here, so its length cannot change: bytes can be typed over (overwrite), not inserted or removed.</source>
        <translation>Only part of this value is held here, so its length cannot change: bytes can be typed over (overwrite), not inserted or removed.</translation>
    </message>
    <message>
        <source>Only a selection of up to %1 whose bytes are shown can be copied; Save to File takes the whole value.</source>
        <translation>Only a selection of up to %1 whose bytes are shown can be copied; Save to File takes the whole value.</translation>
    </message>
    <message>
        <source>Cursor 0x%1</source>
        <translation>Cursor 0x%1</translation>
    </message>
    <message numerus="yes">
        <source>Selected %Ln byte(s) from 0x%1 to 0x%2</source>
        <translation>
            <numerusform>Selected %Ln byte from 0x%1 to 0x%2</numerusform>
            <numerusform>Selected %Ln bytes from 0x%1 to 0x%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Overwrite</translation>
    </message>
</context>
<context>
    <name>browser::VersionView</name>
    <message>
        <source>%1 (the first %2 of %3)</source>
        <translation>%1 (the first %2 of %3)</translation>
    </message>
    <message>
        <source>The two values are the same (%1).</source>
        <translation>The two values are the same (%1).</translation>
    </message>
    <message>
        <source>The first %1 are the same; the rest is not shown.</source>
        <translation>The first %1 are the same; the rest is not shown.</translation>
    </message>
    <message>
        <source>They first differ at byte %1 (sizes %2 and %3); lines that differ are marked.</source>
        <translation>They first differ at byte %1 (sizes %2 and %3); lines that differ are marked.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect and edit emdb databases.</source>
        <translation>Inspect and edit emdb databases.</translation>
    </message>
    <message>
        <source>The database to open.</source>
        <translation>The database to open.</translation>
    </message>
    <message>
        <source>Open the file read-only, without its lock.</source>
        <translation>Open the file read-only, without its lock.</translation>
    </message>
    <message>
        <source>Open &lt;file&gt;, writing a demo database there first if it does not exist.</source>
        <translation>Open &lt;file&gt;, writing a demo database there first if it does not exist.</translation>
    </message>
    <message>
        <source>Open the file, print how many records it holds once the first rows show, and exit (0 on success).</source>
        <translation>Open the file, print how many records it holds once the first rows show, and exit (0 on success).</translation>
    </message>
</context>
</TS>
