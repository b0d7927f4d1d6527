<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>DatabaseController</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>A key is 32 bytes (64 hex digits).</source>
        <translation>Ein Schlüssel besteht aus 32 Bytes (64 Hexziffern).</translation>
    </message>
    <message>
        <source>The lock is still held by a running process.</source>
        <translation>Die Sperre wird noch von einem laufenden Prozess gehalten.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>expired just now</source>
        <translation>gerade abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln d</source>
        <comment>days</comment>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <comment>hours</comment>
        <translation>
            <numerusform>%Ln Std.</numerusform>
            <numerusform>%Ln Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%Ln Min.</numerusform>
            <numerusform>%Ln Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%Ln Sek.</numerusform>
            <numerusform>%Ln Sek.</numerusform>
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
        <translation>vor %1 abgelaufen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The namespace no longer exists.</source>
        <translation>Der Namensraum existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Writing %1 failed (disk full?).</source>
        <translation>Schreiben von %1 fehlgeschlagen (Datenträger voll?).</translation>
    </message>
</context>
<context>
    <name>KeyScope</name>
    <message>
        <source>hex digits, two for each byte (spaces and colons allowed)</source>
        <translation>Hexadezimalziffern, zwei je Byte (Leerzeichen und Doppelpunkte erlaubt)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>emdb databases (*.emdb);;All files (*)</source>
        <translation>emdb-Datenbanken (*.emdb);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Past</name>
    <message>
        <source>The namespace no longer exists.</source>
        <translation>Der Namensraum existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>The other database is encrypted: open an encrypted database with the same key to compare them.</source>
        <translation>Die andere Datenbank ist verschlüsselt: Öffnen Sie eine verschlüsselte Datenbank mit demselben Schlüssel, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>This database no longer has the record.</source>
        <translation>Diese Datenbank enthält den Datensatz nicht mehr.</translation>
    </message>
    <message>
        <source>Compare the databases again: the other one was closed.</source>
        <translation>Vergleichen Sie die Datenbanken erneut: Die andere wurde geschlossen.</translation>
    </message>
    <message>
        <source>The other database has no such record.</source>
        <translation>Die andere Datenbank enthält diesen Datensatz nicht.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>within an hour</source>
        <translation>innerhalb einer Stunde</translation>
    </message>
    <message>
        <source>within a day</source>
        <translation>innerhalb eines Tages</translation>
    </message>
    <message>
        <source>within a week</source>
        <translation>innerhalb einer Woche</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>innerhalb von 30 Tagen</translation>
    </message>
    <message>
        <source>later</source>
        <translation>später</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>StructuredValue</name>
    <message>
        <source>at %1</source>
        <translation>an der Stelle %1</translation>
    </message>
    <message>
        <source>at the top level</source>
        <translation>auf oberster Ebene</translation>
    </message>
    <message>
        <source>It is longer than %L1 characters as JSON.</source>
        <translation>Als JSON ist er länger als %L1 Zeichen.</translation>
    </message>
    <message>
        <source>An integer below -2^63 has no JSON form here (%1).</source>
        <translation>Eine Ganzzahl unter -2^63 hat hier keine JSON-Form (%1).</translation>
    </message>
    <message>
        <source>Text that is not UTF-8 has no JSON form (%1).</source>
        <translation>Text, der kein UTF-8 ist, hat keine JSON-Form (%1).</translation>
    </message>
    <message>
        <source>A NaN with a payload has no JSON form (%1).</source>
        <translation>Ein NaN mit Nutzdaten hat keine JSON-Form (%1).</translation>
    </message>
    <message>
        <source>The integer %1 is out of range: integers go from -2^63 to 2^64-1.</source>
        <translation>Die Ganzzahl %1 liegt außerhalb des Bereichs: Ganzzahlen reichen von -2^63 bis 2^64-1.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The JSON is nested deeper than %1 levels.</source>
        <translation>Das JSON ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>Nested deeper than %1 levels.</source>
        <translation>Tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice; a map with repeated keys is written {&quot;$map&quot;: [[key, value], …]}.</source>
        <translation>Der Schlüssel „%1“ kommt zweimal vor; eine Map mit wiederholten Schlüsseln wird als {"$map": [[Schlüssel, Wert], …]} geschrieben.</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 gibt es in %2 nicht.</translation>
    </message>
    <message>
        <source>$bytes takes a Base64 string.</source>
        <translation>$bytes erwartet eine Base64-Zeichenkette.</translation>
    </message>
    <message>
        <source>%1 takes a number, &quot;NaN&quot;, &quot;Infinity&quot; or &quot;-Infinity&quot;.</source>
        <translation>%1 erwartet eine Zahl, "NaN", "Infinity" oder "-Infinity".</translation>
    </message>
    <message>
        <source>$map takes an array of [key, value] pairs.</source>
        <translation>$map erwartet ein Array von Paaren [Schlüssel, Wert].</translation>
    </message>
    <message>
        <source>$tag takes [tag number, item].</source>
        <translation>$tag erwartet [Tag-Nummer, Element].</translation>
    </message>
    <message>
        <source>$simple takes 0 to 19 or 32 to 255.</source>
        <translation>$simple erwartet 0 bis 19 oder 32 bis 255.</translation>
    </message>
    <message>
        <source>$undefined takes null.</source>
        <translation>$undefined erwartet null.</translation>
    </message>
    <message>
        <source>$ext takes [type from -128 to 127, Base64 string].</source>
        <translation>$ext erwartet [Typ von -128 bis 127, Base64-Zeichenkette].</translation>
    </message>
    <message>
        <source>%1 is none of $bytes, $float16, $float32, $float64, $map, $tag, $simple, $undefined and $ext; a map with one key that starts with $ is written {&quot;$map&quot;: [[key, value]]}.</source>
        <translation>%1 ist keines von $bytes, $float16, $float32, $float64, $map, $tag, $simple, $undefined und $ext; eine Map mit einem einzigen Schlüssel, der mit $ beginnt, wird als {"$map": [[Schlüssel, Wert]]} geschrieben.</translation>
    </message>
    <message>
        <source>Not valid JSON.</source>
        <translation>Kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The value must stay a map or an array (an object, an array or a $map) to be recognised as %1.</source>
        <translation>Der Wert muss eine Map oder ein Array bleiben (ein Objekt, ein Array oder eine $map), um als %1 erkannt zu werden.</translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>PNG image, %1</source>
        <translation>PNG-Bild, %1</translation>
    </message>
    <message>
        <source>JPEG image, %1</source>
        <translation>JPEG-Bild, %1</translation>
    </message>
</context>
<context>
    <name>browser::AboutDialog</name>
    <message>
        <source>About emdb Browser</source>
        <translation>Über emdb Browser</translation>
    </message>
    <message>
        <source>&lt;h3&gt;emdb Browser %1&lt;/h3&gt;&lt;p&gt;Inspect and edit emdb databases: their namespaces, keys, values and expiries, with the engine on a worker thread so the window never freezes.&lt;/p&gt;&lt;p&gt;Built with: %2&lt;/p&gt;&lt;p&gt;Free software under the MIT licence: you may use, copy, change and share it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;emdb Browser %1&lt;/h3&gt;&lt;p&gt;Untersuchen und bearbeiten Sie emdb-Datenbanken: ihre Namensräume, Schlüssel, Werte und Ablaufzeiten. Die Datenbank-Engine läuft in einem eigenen Thread, sodass das Fenster nie einfriert.&lt;/p&gt;&lt;p&gt;Erstellt mit: %2&lt;/p&gt;&lt;p&gt;Freie Software unter der MIT-Lizenz: Sie dürfen sie verwenden, kopieren, verändern und weitergeben.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>browser::AddRecordDialog</name>
    <message>
        <source>Add Record</source>
        <translation>Datensatz hinzufügen</translation>
    </message>
    <message>
        <source>Type a new name to create a namespace</source>
        <translation>Geben Sie einen neuen Namen ein, um einen Namensraum anzulegen</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
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
        <translation>nie (oder z.&#xa0;B. 30m, 1h30m, 7d)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namensraum:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Value &amp;as:</source>
        <translation>Wert &amp;als:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Läuft ab nach:</translation>
    </message>
    <message>
        <source>Enter a key.</source>
        <translation>Geben Sie einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>The key is not valid hex.</source>
        <translation>Der Schlüssel ist kein gültiger Hex-Wert.</translation>
    </message>
    <message>
        <source>Write the expiry as a duration such as 45s, 30m, 1h30m or 7d.</source>
        <translation>Geben Sie den Ablauf als Dauer an, etwa 45s, 30m, 1h30m oder 7d.</translation>
    </message>
    <message>
        <source>The value is not valid %1.</source>
        <translation>Der Wert ist kein gültiges %1.</translation>
    </message>
</context>
<context>
    <name>browser::BackupDialog</name>
    <message>
        <source>Back Up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database to a new file. Writes go on meanwhile; the copy holds the records as they were when the backup began.</source>
        <translation>Schreibt eine konsistente Kopie der Datenbank in eine neue Datei. Schreibvorgänge laufen währenddessen weiter; die Kopie enthält die Datensätze im Zustand zu Beginn der Sicherung.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Back Up To</source>
        <translation>Sichern nach</translation>
    </message>
    <message>
        <source>Choose a file to back up to.</source>
        <translation>Wählen Sie eine Datei für die Sicherung.</translation>
    </message>
    <message>
        <source>The backup cannot be the database itself. Choose another file.</source>
        <translation>Die Sicherung darf nicht die Datenbank selbst sein. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new file.</source>
        <translation>%1 existiert bereits. Wählen Sie eine neue Datei.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Cancelled: no backup was written.</source>
        <translation>Abgebrochen: Es wurde keine Sicherung geschrieben.</translation>
    </message>
    <message>
        <source>The backup was written but does not open: %1</source>
        <translation>Die Sicherung wurde geschrieben, lässt sich aber nicht öffnen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to %1. The backup opens and holds %n record(s), as the database did.</source>
        <translation>
            <numerusform>Gesichert nach %1. Die Sicherung lässt sich öffnen und enthält %n Datensatz, wie die Datenbank.</numerusform>
            <numerusform>Gesichert nach %1. Die Sicherung lässt sich öffnen und enthält %n Datensätze, wie die Datenbank.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up to %1. The backup holds %2 records; the database held %3 when the backup began (writes made meanwhile account for the difference).</source>
        <translation>Gesichert nach %1. Die Sicherung enthält %2 Datensätze; die Datenbank enthielt zu Beginn der Sicherung %3 (währenddessen vorgenommene Schreibvorgänge erklären den Unterschied).</translation>
    </message>
    <message>
        <source>Replace Backup</source>
        <translation>Sicherung ersetzen</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the new backup?</source>
        <translation>%1 existiert bereits. Durch die neue Sicherung ersetzen?</translation>
    </message>
</context>
<context>
    <name>browser::CompactDialog</name>
    <message>
        <source>Compact</source>
        <translation>Komprimieren</translation>
    </message>
    <message>
        <source>Compact Database</source>
        <translation>Datenbank komprimieren</translation>
    </message>
    <message>
        <source>Compaction rewrites the file with only its live records: replaced, removed and expired records are dropped. Reads and writes go on meanwhile.</source>
        <translation>Beim Komprimieren wird die Datei nur mit ihren aktuellen Datensätzen neu geschrieben: Ersetzte, entfernte und abgelaufene Datensätze entfallen. Lese- und Schreibzugriffe laufen währenddessen weiter.</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;File size now:&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Dead bytes (replaced, removed, expired):&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Size after compaction, about:&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Space reclaimed, about:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Aktuelle Dateigröße:&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Veraltete Bytes (ersetzt, entfernt, abgelaufen):&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Größe nach dem Komprimieren, etwa:&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Freigegebener Speicher, etwa:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Compacting</source>
        <translation>Komprimierung läuft</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Cancelled: the file is unchanged.</source>
        <translation>Abgebrochen: Die Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Done: the file is now %1 (it was %2).</source>
        <translation>Fertig: Die Datei ist jetzt %1 groß (vorher %2).</translation>
    </message>
</context>
<context>
    <name>browser::CompareDialog</name>
    <message>
        <source>only in the other</source>
        <translation>nur in der anderen</translation>
    </message>
    <message>
        <source>only in this one</source>
        <translation>nur in dieser</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare With Another Database</source>
        <translation>Mit einer anderen Datenbank vergleichen</translation>
    </message>
    <message>
        <source>Compares every record of this database with another emdb file (a backup, or a copy from another machine). The other file is only read. An encrypted one opens with this database&apos;s key.</source>
        <translation>Vergleicht jeden Datensatz dieser Datenbank mit einer anderen emdb-Datei (einer Sicherung oder einer Kopie von einem anderen Rechner). Die andere Datei wird nur gelesen. Eine verschlüsselte Datei wird mit dem Schlüssel dieser Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>The other database file</source>
        <translation>Die andere Datenbankdatei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namensraum</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Size here</source>
        <translation>Größe hier</translation>
    </message>
    <message>
        <source>Size in the other</source>
        <translation>Größe in der anderen</translation>
    </message>
    <message>
        <source>&amp;Export as JSON Lines…</source>
        <translation>Als JSON Lines &amp;exportieren…</translation>
    </message>
    <message>
        <source>Choose the database to compare with.</source>
        <translation>Wählen Sie die Datenbank, mit der verglichen werden soll.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>That is this database: choose another file.</source>
        <translation>Das ist diese Datenbank selbst: Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Vergleich läuft</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>The two databases hold the same records.</source>
        <translation>Die beiden Datenbanken enthalten dieselben Datensätze.</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln only in the other</source>
        <translation>
            <numerusform>%Ln nur in der anderen</numerusform>
            <numerusform>%Ln nur in der anderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln only in this one</source>
        <translation>
            <numerusform>%Ln nur in dieser</numerusform>
            <numerusform>%Ln nur in dieser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln geändert</numerusform>
            <numerusform>%Ln geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Diese Datenbank</translation>
    </message>
    <message>
        <source>Export Differences</source>
        <translation>Unterschiede exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln difference(s) written to %1.</source>
        <translation>
            <numerusform>%Ln Unterschied nach %1 geschrieben.</numerusform>
            <numerusform>%Ln Unterschiede nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::DatabaseController</name>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%n new frame(s) read</source>
        <translation>
            <numerusform>%n neuer Frame gelesen</numerusform>
            <numerusform>%n neue Frames gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the sample database</source>
        <translation>Beispieldatenbank wird erstellt</translation>
    </message>
    <message>
        <source>Could not create the sample: %1</source>
        <translation>Die Beispieldatenbank konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Changing the key</source>
        <translation>Schlüssel wird geändert</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Verschlüsselung läuft</translation>
    </message>
    <message>
        <source>Decrypting</source>
        <translation>Entschlüsselung läuft</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>The record %1 no longer exists (it may have expired).</source>
        <translation>Der Datensatz %1 existiert nicht mehr (möglicherweise ist er abgelaufen).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s)</source>
        <translation>
            <numerusform>%n Änderung geschrieben</numerusform>
            <numerusform>%n Änderungen geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweeping expired records</source>
        <translation>Abgelaufene Datensätze werden bereinigt</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n expired record(s)</source>
        <translation>
            <numerusform>%n abgelaufener Datensatz entfernt</numerusform>
            <numerusform>%n abgelaufene Datensätze entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the value to a file</source>
        <translation>Wert wird in eine Datei gespeichert</translation>
    </message>
    <message>
        <source>The record has expired or was removed.</source>
        <translation>Der Datensatz ist abgelaufen oder wurde entfernt.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Saved the value to %1.</source>
        <translation>Der Wert wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The value was not saved to %1: %2</source>
        <translation>Der Wert wurde nicht in %1 gespeichert: %2</translation>
    </message>
    <message>
        <source>Searching the value</source>
        <translation>Wert wird durchsucht</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>Suche abgebrochen.</translation>
    </message>
</context>
<context>
    <name>browser::EncryptionDialog</name>
    <message>
        <source>Encrypt</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <source>Change Key</source>
        <translation>Schlüssel ändern</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Entschlüsseln</translation>
    </message>
    <message>
        <source>Encrypt Database</source>
        <translation>Datenbank verschlüsseln</translation>
    </message>
    <message>
        <source>Change Encryption Key</source>
        <translation>Verschlüsselungsschlüssel ändern</translation>
    </message>
    <message>
        <source>Decrypt Database</source>
        <translation>Datenbank entschlüsseln</translation>
    </message>
    <message>
        <source>Encrypts every record of %1 with a passphrase (through Argon2id) or a 32-byte key.</source>
        <translation>Verschlüsselt jeden Datensatz von %1 mit einer Passphrase (über Argon2id) oder einem 32-Byte-Schlüssel.</translation>
    </message>
    <message>
        <source>Re-encrypts every record of %1 with a new passphrase or key (%2 now).</source>
        <translation>Verschlüsselt jeden Datensatz von %1 neu, mit einer neuen Passphrase oder einem neuen Schlüssel (derzeit %2).</translation>
    </message>
    <message>
        <source>Writes every record of %1 back in plain form: anyone who can read the file can read them.</source>
        <translation>Schreibt jeden Datensatz von %1 unverschlüsselt zurück: Jeder, der die Datei lesen kann, kann dann auch die Datensätze lesen.</translation>
    </message>
    <message>
        <source>The database is closed meanwhile and reopened afterwards; the old file is kept until the new one is complete.</source>
        <translation>Die Datenbank wird währenddessen geschlossen und anschließend wieder geöffnet; die alte Datei bleibt erhalten, bis die neue vollständig ist.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Key (64 hex digits)</source>
        <translation>&amp;Schlüssel (64 Hexziffern)</translation>
    </message>
    <message>
        <source>Keep the current cipher</source>
        <translation>Aktuelles Verschlüsselungsverfahren beibehalten</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>Verfahren:</translation>
    </message>
    <message>
        <source>Done: the database is no longer encrypted.</source>
        <translation>Fertig: Die Datenbank ist nicht mehr verschlüsselt.</translation>
    </message>
    <message>
        <source>Done: only the new passphrase or key opens the database now.</source>
        <translation>Fertig: Die Datenbank lässt sich jetzt nur noch mit der neuen Passphrase bzw. dem neuen Schlüssel öffnen.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>A key is 32 bytes written as 64 hex digits.</source>
        <translation>Ein Schlüssel besteht aus 32 Bytes, geschrieben als 64 Hexadezimalziffern.</translation>
    </message>
</context>
<context>
    <name>browser::ExpiryDelegate</name>
    <message>
        <source>1h30m, 2026-12-31 18:00, or empty for none</source>
        <translation>1h30m, 2026-12-31 18:00 oder leer für keinen Ablauf</translation>
    </message>
    <message>
        <source>A duration from now, a local date and time, or nothing for no expiry</source>
        <translation>Eine Dauer ab jetzt, ein lokales Datum mit Uhrzeit oder nichts für keinen Ablauf</translation>
    </message>
</context>
<context>
    <name>browser::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export Records</source>
        <translation>Datensätze exportieren</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>The whole namespace %1</source>
        <translation>Der gesamte Namensraum %1</translation>
    </message>
    <message numerus="yes">
        <source>The selected records (%n)</source>
        <translation>
            <numerusform>Der ausgewählte Datensatz (%n)</numerusform>
            <numerusform>Die ausgewählten Datensätze (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The records the table shows (prefix, range and pattern)</source>
        <translation>Die in der Tabelle angezeigten Datensätze (Präfix, Bereich und Muster)</translation>
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
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Datensätze:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
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
        <translation>Wählen Sie eine Zieldatei für den Export.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>%n Datensatz nach %1 exportiert.</numerusform>
            <numerusform>%n Datensätze nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::HexBytesDialog</name>
    <message>
        <source>Type hex digits to insert bytes; Insert switches to typing over them; Delete and Backspace remove bytes.</source>
        <translation>Geben Sie Hexziffern ein, um Bytes einzufügen; Einfg schaltet auf Überschreiben um; Entf und Rücktaste entfernen Bytes.</translation>
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
        <translation>Erneut lesen</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Every version of this record that the file still holds: the journal keeps replaced and removed values until the database is compacted. Select a version to see its value, two to compare them.</source>
        <translation>Jede Version dieses Datensatzes, die die Datei noch enthält: Das Journal bewahrt ersetzte und entfernte Werte auf, bis die Datenbank komprimiert wird. Wählen Sie eine Version aus, um ihren Wert zu sehen, oder zwei, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation>Läuft ab (UTC)</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>Diese Version &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Stages the selected version&apos;s value (and its expiry, when still ahead) as a pending edit</source>
        <translation>Merkt den Wert der ausgewählten Version (und ihren Ablauf, sofern er noch bevorsteht) als ausstehende Bearbeitung vor</translation>
    </message>
    <message>
        <source>Reading the history of %1</source>
        <translation>Verlauf von %1 wird gelesen</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>written (current)</source>
        <translation>geschrieben (aktuell)</translation>
    </message>
    <message>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <source>The file holds no version of this record: it was compacted away, or never written.</source>
        <translation>Die Datei enthält keine Version dieses Datensatzes: Er wurde beim Komprimieren verworfen oder nie geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s) in the file.</source>
        <translation>
            <numerusform>%Ln Version in der Datei.</numerusform>
            <numerusform>%Ln Versionen in der Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Select one version to see it, or two to compare them.</source>
        <translation>Wählen Sie eine Version aus, um sie zu sehen, oder zwei, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>%1 is a removal: it has no value.</source>
        <translation>%1 ist eine Löschung und hat keinen Wert.</translation>
    </message>
    <message>
        <source>Restore version %1 of %2</source>
        <translation>Version %1 von %2 wiederherstellen</translation>
    </message>
    <message>
        <source>Version %1 is staged: Write Changes saves it to the file.</source>
        <translation>Version %1 ist vorgemerkt: „Änderungen schreiben“ speichert sie in der Datei.</translation>
    </message>
</context>
<context>
    <name>browser::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import Records</source>
        <translation>Datensätze importieren</translation>
    </message>
    <message>
        <source>By the file&apos;s extension</source>
        <translation>Anhand der Dateiendung</translation>
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
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Import From</source>
        <translation>Importieren aus</translation>
    </message>
    <message>
        <source>Records (*.jsonl *.json *.csv);;All files (*)</source>
        <translation>Datensätze (*.jsonl *.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Wählen Sie eine Datei zum Importieren.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>%n Datensatz importiert.</numerusform>
            <numerusform>%n Datensätze importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Reads records from a JSON Lines or CSV file as Export writes them (namespace, key, value, expiry). Preview compares each record with the database; Import then writes the new ones, and those that differ if you choose, in one crash-atomic batch: a bad line is named and nothing is written.</source>
        <translation>Liest Datensätze aus einer JSON-Lines- oder CSV-Datei im Format des Exports (Namensraum, Schlüssel, Wert, Ablauf). „Vorschau“ vergleicht jeden Datensatz mit der Datenbank; „Importieren“ schreibt dann die neuen und, wenn Sie es wählen, die abweichenden in einem einzigen absturzsicheren, atomaren Stapel: Eine fehlerhafte Zeile wird benannt, und es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namensraum</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Unterschied in</translation>
    </message>
    <message>
        <source>In the database</source>
        <translation>In der Datenbank</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>&amp;Overwrite them with the file&apos;s records</source>
        <translation>&amp;Überschreiben mit den Datensätzen der Datei</translation>
    </message>
    <message>
        <source>&amp;Skip them and keep the database&apos;s records</source>
        <translation>Über&amp;springen und die Datensätze der Datenbank behalten</translation>
    </message>
    <message>
        <source>Records that hold another value or expiry:</source>
        <translation>Datensätze mit anderem Wert oder Ablauf:</translation>
    </message>
    <message>
        <source>Previewing</source>
        <translation>Vorschau wird erstellt</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Die Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>The file or format changed: preview again.</source>
        <translation>Datei oder Format wurden geändert: Erstellen Sie die Vorschau erneut.</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 neu</translation>
    </message>
    <message>
        <source>%1 with another value or expiry</source>
        <translation>%1 mit anderem Wert oder Ablauf</translation>
    </message>
    <message>
        <source>%1 identical (never written)</source>
        <translation>%1 identisch (werden nicht geschrieben)</translation>
    </message>
    <message>
        <source>%1 already expired (never written)</source>
        <translation>%1 bereits abgelaufen (werden nicht geschrieben)</translation>
    </message>
    <message>
        <source>Records in the file: %1.</source>
        <translation>Datensätze in der Datei: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have edits staged in the window: those stay pending and replace what is imported when the changes are written.</source>
        <translation>
            <numerusform>%n davon hat eine im Fenster vorgemerkte Bearbeitung: Sie bleibt ausstehend und ersetzt das Importierte, wenn die Änderungen geschrieben werden.</numerusform>
            <numerusform>%n davon haben im Fenster vorgemerkte Bearbeitungen: Diese bleiben ausstehend und ersetzen das Importierte, wenn die Änderungen geschrieben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>kein Ablauf</translation>
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
Läuft ab: %3</translation>
    </message>
    <message>
        <source>Value and expiry</source>
        <translation>Wert und Ablauf</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed.</source>
        <translation>Die ersten %1 von %2 sind aufgeführt.</translation>
    </message>
    <message>
        <source>Nothing to import: the database holds every record of the file as it is.</source>
        <translation>Nichts zu importieren: Die Datenbank enthält jeden Datensatz der Datei unverändert.</translation>
    </message>
    <message>
        <source>Choose what to do with the records that differ, then Import; Close imports nothing.</source>
        <translation>Wählen Sie, was mit den abweichenden Datensätzen geschehen soll, dann „Importieren“; „Schließen“ importiert nichts.</translation>
    </message>
    <message>
        <source>Import writes the new records; Close imports nothing.</source>
        <translation>„Importieren“ schreibt die neuen Datensätze; „Schließen“ importiert nichts.</translation>
    </message>
    <message numerus="yes">
        <source>Left %n record(s) as the database holds them.</source>
        <translation>
            <numerusform>%n Datensatz blieb, wie die Datenbank ihn enthält.</numerusform>
            <numerusform>%n Datensätze blieben, wie die Datenbank sie enthält.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::IntegrityDialog</name>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check Integrity</source>
        <translation>Integrität prüfen</translation>
    </message>
    <message>
        <source>Reads every frame of the file, checks its checksum, decodes (and decrypts) it, and reports what it found. Nothing is written.</source>
        <translation>Liest jeden Frame der Datei, prüft seine Prüfsumme, dekodiert (und entschlüsselt) ihn und meldet das Ergebnis. Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Checking integrity</source>
        <translation>Integrität wird geprüft</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;File size:&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Valid frames:&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Records (inserts and removes):&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Live records:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Dead records:&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Bytes up to the last valid frame:&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Dateigröße:&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Gültige Frames:&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Datensätze (Einfügungen und Entfernungen):&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Aktuelle Datensätze:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Veraltete Datensätze:&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Bytes bis zum letzten gültigen Frame:&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Every frame is sound.</source>
        <translation>Alle Frames sind intakt.</translation>
    </message>
    <message>
        <source>%1 at byte %2: %3</source>
        <translation>%1 ab Byte %2: %3</translation>
    </message>
    <message>
        <source>A torn tail (an interrupted last write) starts</source>
        <translation>Unvollständiges Dateiende (unterbrochener letzter Schreibvorgang)</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>Beschädigung</translation>
    </message>
    <message>
        <source>Notes on how this file is read:</source>
        <translation>Hinweise dazu, wie diese Datei gelesen wird:</translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation>Byte %1: %2</translation>
    </message>
</context>
<context>
    <name>browser::KeyDialog</name>
    <message>
        <source>Encrypted Database</source>
        <translation>Verschlüsselte Datenbank</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is encrypted with %2. Enter its passphrase or key.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist mit %2 verschlüsselt. Geben Sie die Passphrase oder den Schlüssel ein.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Key (64 hex digits)</source>
        <translation>&amp;Schlüssel (64 Hexziffern)</translation>
    </message>
    <message>
        <source>Key &amp;file</source>
        <translation>Schlüssel&amp;datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>That passphrase or key is wrong. Try again.</source>
        <translation>Die Passphrase oder der Schlüssel ist falsch. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Key File</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>A key is 32 bytes written as 64 hex digits.</source>
        <translation>Ein Schlüssel besteht aus 32 Bytes, geschrieben als 64 Hexziffern.</translation>
    </message>
    <message>
        <source>The key file must hold 32 bytes, raw or as 64 hex digits.</source>
        <translation>Die Schlüsseldatei muss 32 Bytes enthalten, roh oder als 64 Hexziffern.</translation>
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
        <translation>Geben Sie die Bytes des Schlüssels als Hexziffern ein</translation>
    </message>
    <message>
        <source>Bytes…</source>
        <translation>Bytes…</translation>
    </message>
    <message>
        <source>Edit the key&apos;s bytes in a hex editor</source>
        <translation>Die Bytes des Schlüssels in einem Hex-Editor bearbeiten</translation>
    </message>
    <message>
        <source>Key Bytes</source>
        <translation>Schlüssel-Bytes</translation>
    </message>
</context>
<context>
    <name>browser::KeyTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>(deleted when written)</source>
        <translation>(wird beim Schreiben gelöscht)</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(abgelaufen)</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Pending: Write Changes saves this edit to the file</source>
        <translation>Ausstehend: „Änderungen schreiben“ speichert diese Bearbeitung in der Datei</translation>
    </message>
    <message>
        <source>Binary key, shown in hex (%1)</source>
        <translation>Binärer Schlüssel, als Hex angezeigt (%1)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>New: Write Changes adds this record to the file</source>
        <translation>Neu: „Änderungen schreiben“ fügt diesen Datensatz der Datei hinzu</translation>
    </message>
    <message>
        <source>(the bytes of %1)</source>
        <translation>(die Bytes von %1)</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln byte(s) typed over)</source>
        <translation>
            <numerusform>(%Ln Byte überschrieben)</numerusform>
            <numerusform>(%Ln Bytes überschrieben)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 UTC
%2 (local)</source>
        <translation>%1 UTC
%2 (Ortszeit)</translation>
    </message>
</context>
<context>
    <name>browser::LockDialog</name>
    <message>
        <source>Database In Use</source>
        <translation>Datenbank wird verwendet</translation>
    </message>
    <message>
        <source>It is held by process %1 since %2, using %3.</source>
        <translation>Prozess %1 hält die Sperre seit %2 und verwendet %3.</translation>
    </message>
    <message>
        <source>The program holding it left no description.</source>
        <translation>Das Programm, das die Sperre hält, hat keine Beschreibung hinterlassen.</translation>
    </message>
    <message>
        <source>Process %1 is not running on this computer: the lock may be stale.</source>
        <translation>Prozess %1 läuft nicht auf diesem Computer: Die Sperre ist möglicherweise verwaist.</translation>
    </message>
    <message>
        <source>Process %1 is running. Breaking the lock of a running program could damage the database.</source>
        <translation>Prozess %1 läuft. Das Aufheben der Sperre eines laufenden Programms könnte die Datenbank beschädigen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is open in another program.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist in einem anderen Programm geöffnet.</translation>
    </message>
    <message>
        <source>You can open it read-only without the lock: you will see the records written so far, and can refresh to see new ones.</source>
        <translation>Sie können die Datenbank ohne Sperre schreibgeschützt öffnen: Sie sehen die bisher geschriebenen Datensätze und können aktualisieren, um neue zu sehen.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>&amp;Break Lock…</source>
        <translation>Sperre &amp;aufheben…</translation>
    </message>
    <message>
        <source>Only the lock of a program that is no longer running can be broken.</source>
        <translation>Nur die Sperre eines Programms, das nicht mehr läuft, kann aufgehoben werden.</translation>
    </message>
    <message>
        <source>Break Lock</source>
        <translation>Sperre aufheben</translation>
    </message>
    <message>
        <source>Break the lock of %1?</source>
        <translation>Sperre von %1 aufheben?</translation>
    </message>
    <message>
        <source>Do this only if no program is using the database any more. If one still is, both may write to it and records can be lost.</source>
        <translation>Tun Sie dies nur, wenn kein Programm die Datenbank mehr verwendet. Andernfalls könnten beide in sie schreiben, und Datensätze können verloren gehen.</translation>
    </message>
</context>
<context>
    <name>browser::MainWindow</name>
    <message>
        <source>Pending Changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>(nothing pending)</source>
        <translation>(nichts ausstehend)</translation>
    </message>
    <message>
        <source>Not Written</source>
        <translation>Nicht geschrieben</translation>
    </message>
    <message>
        <source>Nothing of this change was written.</source>
        <translation>Von dieser Änderung wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Edit the value of %1</source>
        <translation>Wert von %1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only…</source>
        <translation>&amp;Schreibgeschützt öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Create &amp;Sample Database…</source>
        <translation>Beis&amp;pieldatenbank erstellen…</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>Datenbank s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Write Changes</source>
        <translation>&amp;Änderungen schreiben</translation>
    </message>
    <message>
        <source>Write every pending edit to the file, as one crash-atomic batch</source>
        <translation>Alle ausstehenden Bearbeitungen als einen absturzsicheren, atomaren Stapel in die Datei schreiben</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Drop every pending edit</source>
        <translation>Alle ausstehenden Bearbeitungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Follow Changes</source>
        <translation>Änderungen &amp;verfolgen</translation>
    </message>
    <message>
        <source>Show records another program writes, as they land (read-only views)</source>
        <translation>Datensätze anzeigen, die ein anderes Programm schreibt, sobald sie eintreffen (schreibgeschützte Ansichten)</translation>
    </message>
    <message>
        <source>&amp;Group Keys By</source>
        <translation>Schlüssel &amp;gruppieren nach</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The language changes when emdb Browser starts again.</source>
        <translation>Die Sprache wird beim nächsten Start von emdb Browser geändert.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About emdb Browser</source>
        <translation>&amp;Über emdb Browser</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Create Sample Database</source>
        <translation>Beispieldatenbank erstellen</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file for the sample.</source>
        <translation>%1 existiert bereits. Wählen Sie eine neue Datei für die Beispieldatenbank.</translation>
    </message>
    <message>
        <source>Select a record to see its value.</source>
        <translation>Wählen Sie einen Datensatz aus, um seinen Wert zu sehen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This record is deleted when the changes are written.</source>
        <translation>Dieser Datensatz wird beim Schreiben der Änderungen gelöscht.</translation>
    </message>
    <message>
        <source>This record has expired or was removed.</source>
        <translation>Dieser Datensatz ist abgelaufen oder wurde entfernt.</translation>
    </message>
    <message>
        <source>emdb Browser</source>
        <translation>emdb Browser</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[schreibgeschützt]</translation>
    </message>
    <message>
        <source>Unsaved Value</source>
        <translation>Nicht gespeicherter Wert</translation>
    </message>
    <message>
        <source>The value you edited has not been saved. Quit anyway?</source>
        <translation>Der bearbeitete Wert wurde nicht gespeichert. Trotzdem beenden?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln Schlüssel</numerusform>
            <numerusform>%Ln Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new when written</source>
        <translation>
            <numerusform>%Ln neu beim Schreiben</numerusform>
            <numerusform>%Ln neu beim Schreiben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es), %1% scanned</source>
        <translation>
            <numerusform>%Ln Treffer, %1&#xa0;% durchsucht</numerusform>
            <numerusform>%Ln Treffer, %1&#xa0;% durchsucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find Keys…</source>
        <translation>Schlüssel &amp;finden…</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>Filter &amp;leeren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) have not been written to the file. Drop them?</source>
        <translation>
            <numerusform>%Ln Bearbeitung wurde nicht in die Datei geschrieben. Verwerfen?</numerusform>
            <numerusform>%Ln Bearbeitungen wurden nicht in die Datei geschrieben. Verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <source>No database is open. Open one (%1), drop a file on the window, or try File &gt; Create Sample Database.</source>
        <translation>Keine Datenbank ist geöffnet. Öffnen Sie eine (%1), ziehen Sie eine Datei auf das Fenster, oder versuchen Sie Datei &gt; Beispieldatenbank erstellen.</translation>
    </message>
    <message>
        <source>Save Value to File</source>
        <translation>Wert in Datei speichern</translation>
    </message>
    <message>
        <source>Waiting for Write Changes to finish…</source>
        <translation>Warten, bis „Änderungen schreiben“ fertig ist…</translation>
    </message>
    <message>
        <source>Replace Value from File</source>
        <translation>Wert aus Datei ersetzen</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>%1 holds %2: an emdb record holds at most 256 MiB, its key included.</source>
        <translation>%1 enthält %2: Ein emdb-Datensatz fasst höchstens 256 MiB, sein Schlüssel eingeschlossen.</translation>
    </message>
    <message>
        <source>Replace the value of %1 from %2</source>
        <translation>Wert von %1 durch %2 ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln byte(s) of %1</source>
        <translation>
            <numerusform>%Ln Byte von %1 ändern</numerusform>
            <numerusform>%Ln Bytes von %1 ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in &amp;Values…</source>
        <translation>In Werten &amp;suchen…</translation>
    </message>
    <message>
        <source>Sorting… %1%</source>
        <translation>Sortieren… %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>browser::MaintenanceActions</name>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistik…</translation>
    </message>
    <message>
        <source>Check &amp;Integrity…</source>
        <translation>&amp;Integrität prüfen…</translation>
    </message>
    <message>
        <source>&amp;Compact…</source>
        <translation>&amp;Komprimieren…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>Si&amp;chern…</translation>
    </message>
    <message>
        <source>&amp;Encrypt…</source>
        <translation>&amp;Verschlüsseln…</translation>
    </message>
    <message>
        <source>Change &amp;Key…</source>
        <translation>Schlüssel &amp;ändern…</translation>
    </message>
    <message>
        <source>&amp;Decrypt…</source>
        <translation>&amp;Entschlüsseln…</translation>
    </message>
    <message>
        <source>Sweep E&amp;xpired Records</source>
        <translation>Abgelaufene Datensätze &amp;bereinigen</translation>
    </message>
</context>
<context>
    <name>browser::NamespaceModel</name>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message numerus="yes">
        <source>The default namespace: %n record(s)</source>
        <translation>
            <numerusform>Der Standardnamensraum: %n Datensatz</numerusform>
            <numerusform>Der Standardnamensraum: %n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Namespace %1: %n record(s)</source>
        <translation>
            <numerusform>Namensraum %1: %n Datensatz</numerusform>
            <numerusform>Namensraum %1: %n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keys starting with %1: %n record(s)</source>
        <translation>
            <numerusform>Schlüssel, die mit %1 beginnen: %n Datensatz</numerusform>
            <numerusform>Schlüssel, die mit %1 beginnen: %n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namensraum</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
</context>
<context>
    <name>browser::OpenFlow</name>
    <message>
        <source>Damaged Database</source>
        <translation>Beschädigte Datenbank</translation>
    </message>
    <message>
        <source>It is damaged at byte %L1.</source>
        <translation>Die Datei ist ab Byte %L1 beschädigt.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing.</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden.</translation>
    </message>
    <message>
        <source>The records before the damage can be read. Open it read-only to look at them or to export them; nothing will be written to the file.</source>
        <translation>Die Datensätze vor der beschädigten Stelle sind lesbar. Öffnen Sie die Datei schreibgeschützt, um sie anzusehen oder zu exportieren; es wird nichts in die Datei geschrieben.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Empty File</source>
        <translation>Leere Datei</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>An empty file holds no records; there is nothing to show read-only.</source>
        <translation>Eine leere Datei enthält keine Datensätze; schreibgeschützt gibt es nichts zu zeigen.</translation>
    </message>
    <message>
        <source>Make it a new emdb database? Its sidecar (%1.meta) and lock file are written beside it.</source>
        <translation>Eine neue emdb-Datenbank daraus machen? Ihre Begleitdatei (%1.meta) und die Sperrdatei werden daneben geschrieben.</translation>
    </message>
    <message>
        <source>Make It a &amp;Database</source>
        <translation>Zur &amp;Datenbank machen</translation>
    </message>
</context>
<context>
    <name>browser::PastActions</name>
    <message>
        <source>&amp;History of Record…</source>
        <translation>&amp;Verlauf des Datensatzes…</translation>
    </message>
    <message>
        <source>Every version of the selected record that the file still holds</source>
        <translation>Jede Version des ausgewählten Datensatzes, die die Datei noch enthält</translation>
    </message>
    <message>
        <source>&amp;Removed Records…</source>
        <translation>Entfernte &amp;Datensätze…</translation>
    </message>
    <message>
        <source>Records removed from this namespace whose values the file still holds, to restore</source>
        <translation>Aus diesem Namensraum entfernte Datensätze, deren Werte die Datei noch enthält, zum Wiederherstellen</translation>
    </message>
    <message>
        <source>Com&amp;pare With…</source>
        <translation>Ver&amp;gleichen mit…</translation>
    </message>
    <message>
        <source>Records added, removed and changed between this database and another file</source>
        <translation>Hinzugefügte, entfernte und geänderte Datensätze zwischen dieser Datenbank und einer anderen Datei</translation>
    </message>
</context>
<context>
    <name>browser::PendingEdits</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Edits made while writing</source>
        <translation>Während des Schreibens vorgenommene Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln record(s)</source>
        <translation>
            <numerusform>%Ln Datensatz löschen</numerusform>
            <numerusform>%Ln Datensätze löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the expiry of %Ln record(s)</source>
        <translation>
            <numerusform>Ablauf von %Ln Datensatz festlegen</numerusform>
            <numerusform>Ablauf von %Ln Datensätzen festlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the expiry of %Ln record(s)</source>
        <translation>
            <numerusform>Ablauf von %Ln Datensatz entfernen</numerusform>
            <numerusform>Ablauf von %Ln Datensätzen entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::RangeActions</name>
    <message>
        <source>All &amp;Shown Records</source>
        <translation>Alle angezeigten &amp;Datensätze</translation>
    </message>
    <message>
        <source>Every record the table shows with this filter, loaded or not</source>
        <translation>Jeder Datensatz, den die Tabelle mit diesem Filter zeigt, ob geladen oder nicht</translation>
    </message>
    <message>
        <source>&amp;Delete All Shown…</source>
        <translation>Alle angezeigten &amp;löschen…</translation>
    </message>
    <message>
        <source>Set &amp;Expiry of All Shown…</source>
        <translation>&amp;Ablauf aller angezeigten festlegen…</translation>
    </message>
    <message>
        <source>&amp;Remove Expiry of All Shown…</source>
        <translation>Ablauf aller angezeigten &amp;entfernen…</translation>
    </message>
    <message>
        <source>Collecting the records shown</source>
        <translation>Angezeigte Datensätze werden gesammelt</translation>
    </message>
    <message>
        <source>All Shown Records</source>
        <translation>Alle angezeigten Datensätze</translation>
    </message>
    <message>
        <source>More than %L1 records are shown.</source>
        <translation>Es werden mehr als %L1 Datensätze angezeigt.</translation>
    </message>
    <message>
        <source>The records shown could not be read.</source>
        <translation>Die angezeigten Datensätze konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>One edit stages at most %L1 records. Narrow the filter (a prefix, a range or a pattern) and repeat the edit for each part.</source>
        <translation>Eine Bearbeitung merkt höchstens %L1 Datensätze vor. Schränken Sie den Filter ein (ein Präfix, einen Bereich oder ein Muster) und wiederholen Sie die Bearbeitung für jeden Teil.</translation>
    </message>
    <message>
        <source>In the default namespace.</source>
        <translation>Im Standardnamensraum.</translation>
    </message>
    <message>
        <source>In the namespace %1.</source>
        <translation>Im Namensraum %1.</translation>
    </message>
    <message>
        <source>No records are shown.</source>
        <translation>Es werden keine Datensätze angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln record(s) shown?</source>
        <translation>
            <numerusform>%Ln angezeigten Datensatz löschen?</numerusform>
            <numerusform>Alle %Ln angezeigten Datensätze löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the expiry of all %Ln record(s) shown?</source>
        <translation>
            <numerusform>Ablauf von %Ln angezeigtem Datensatz entfernen?</numerusform>
            <numerusform>Ablauf aller %Ln angezeigten Datensätze entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The change is pending until you write the changes; Undo takes it back.</source>
        <translation>Die Änderung bleibt vorgemerkt, bis Sie die Änderungen schreiben; „Rückgängig“ nimmt sie zurück.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove Expiry</source>
        <translation>Ablauf entfernen</translation>
    </message>
</context>
<context>
    <name>browser::RangeFilter</name>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Only keys that start with this text</source>
        <translation>Nur Schlüssel, die mit diesem Text beginnen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Only keys from this one on, in byte order</source>
        <translation>Nur Schlüssel ab diesem, in Byte-Reihenfolge</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Only keys up to this one, in byte order</source>
        <translation>Nur Schlüssel bis zu diesem, in Byte-Reihenfolge</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Glob (user:*:profile, matching the whole key) or regular expression (anywhere in the key)</source>
        <translation>Glob (user:*:profile, passend auf den ganzen Schlüssel) oder regulärer Ausdruck (an beliebiger Stelle im Schlüssel)</translation>
    </message>
    <message>
        <source>incl.</source>
        <translation>inkl.</translation>
    </message>
    <message>
        <source>Include the From key itself</source>
        <translation>Den Von-Schlüssel selbst einschließen</translation>
    </message>
    <message>
        <source>Include the To key itself</source>
        <translation>Den Bis-Schlüssel selbst einschließen</translation>
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
        <translation>Abgelaufene ausblenden</translation>
    </message>
    <message>
        <source>Leave out records whose expiry has passed but that are not swept yet</source>
        <translation>Datensätze auslassen, deren Ablaufzeit verstrichen ist, die aber noch nicht bereinigt wurden</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Show every key of the namespace again</source>
        <translation>Wieder alle Schlüssel des Namensraums anzeigen</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation>Kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>Value contains</source>
        <translation>Wert enthält</translation>
    </message>
    <message>
        <source>Only records whose value holds this: text (letters in either case), a regular expression (over the value as text), or hex bytes. Searched record by record as the table fills.</source>
        <translation>Nur Datensätze, deren Wert dies enthält: Text (Groß- und Kleinbuchstaben gleich), ein regulärer Ausdruck (über den Wert als Text) oder Hex-Bytes. Wird Datensatz für Datensatz durchsucht, während sich die Tabelle füllt.</translation>
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
        <translation>Keine Hex-Bytes: %1</translation>
    </message>
</context>
<context>
    <name>browser::RecentFiles</name>
    <message>
        <source>Clear Menu</source>
        <translation>Menü leeren</translation>
    </message>
</context>
<context>
    <name>browser::RecordActions</name>
    <message>
        <source>&amp;Add Record…</source>
        <translation>Datensatz &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Rename Key…</source>
        <translation>Schlüssel &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Set &amp;Expiry…</source>
        <translation>&amp;Ablauf festlegen…</translation>
    </message>
    <message>
        <source>&amp;Remove Expiry</source>
        <translation>Ablauf &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Copy &amp;Key</source>
        <translation>Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation>Wer&amp;t kopieren</translation>
    </message>
    <message>
        <source>As Text</source>
        <translation>Als Text</translation>
    </message>
    <message>
        <source>As Hex</source>
        <translation>Als Hex</translation>
    </message>
    <message>
        <source>As Base64</source>
        <translation>Als Base64</translation>
    </message>
    <message>
        <source>The key %1 already exists.</source>
        <translation>Der Schlüssel %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Rename Key</source>
        <translation>Schlüssel umbenennen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New key for %1:</source>
        <translation>Neuer Schlüssel für %1:</translation>
    </message>
    <message>
        <source>The key %1 no longer exists.</source>
        <translation>Der Schlüssel %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is too large to rename here.</source>
        <translation>%1 ist zu groß, um hier umbenannt zu werden.</translation>
    </message>
    <message>
        <source>Delete Records</source>
        <translation>Datensätze löschen</translation>
    </message>
    <message>
        <source>Delete the record %1?</source>
        <translation>Den Datensatz %1 löschen?</translation>
    </message>
    <message>
        <source>The deletion is pending until you write the changes; Undo takes it back.</source>
        <translation>Das Löschen bleibt vorgemerkt, bis Sie die Änderungen schreiben; „Rückgängig“ nimmt es zurück.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Not Staged</source>
        <translation>Nicht vorgemerkt</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln record(s)?</source>
        <translation>
            <numerusform>%Ln Datensatz löschen?</numerusform>
            <numerusform>%Ln Datensätze löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>This value is %1; Copy takes values up to %2.</source>
        <translation>Dieser Wert ist %1 groß; Kopieren nimmt Werte bis %2.</translation>
    </message>
    <message>
        <source>Use Save to File in the value panel: it writes the whole value, as stored.</source>
        <translation>Verwenden Sie „In Datei speichern“ im Wertebereich: Es schreibt den ganzen Wert so, wie er gespeichert ist.</translation>
    </message>
</context>
<context>
    <name>browser::RemovedDialog</name>
    <message>
        <source>Read Again</source>
        <translation>Erneut lesen</translation>
    </message>
    <message>
        <source>Removed Records</source>
        <translation>Entfernte Datensätze</translation>
    </message>
    <message>
        <source>Removed Records in %1</source>
        <translation>Entfernte Datensätze in %1</translation>
    </message>
    <message>
        <source>Records removed from this namespace whose last value the file still holds (until the database is compacted). Restoring stages them as new records; an expiry that has passed is not restored.</source>
        <translation>Aus diesem Namensraum entfernte Datensätze, deren letzten Wert die Datei noch enthält (bis die Datenbank komprimiert wird). Beim Wiederherstellen werden sie als neue Datensätze vorgemerkt; ein bereits verstrichener Ablauf wird nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Expired or expires</source>
        <translation>Abgelaufen / läuft ab</translation>
    </message>
    <message>
        <source>Removed at offset</source>
        <translation>Entfernt bei Offset</translation>
    </message>
    <message>
        <source>Restore &amp;Selected</source>
        <translation>Auswahl &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore &amp;All</source>
        <translation>&amp;Alle wiederherstellen</translation>
    </message>
    <message>
        <source>Reading removed records</source>
        <translation>Entfernte Datensätze werden gelesen</translation>
    </message>
    <message>
        <source>No removed record of this namespace is left in the file.</source>
        <translation>In der Datei ist kein entfernter Datensatz dieses Namensraums mehr vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed record(s) can be restored.</source>
        <translation>
            <numerusform>%Ln entfernter Datensatz kann wiederhergestellt werden.</numerusform>
            <numerusform>%Ln entfernte Datensätze können wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last value of %1</source>
        <translation>Der letzte Wert von %1</translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln removed record(s)</source>
        <translation>
            <numerusform>%Ln entfernten Datensatz wiederherstellen</numerusform>
            <numerusform>%Ln entfernte Datensätze wiederherstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) staged: Write Changes saves them to the file.</source>
        <translation>
            <numerusform>%Ln Datensatz vorgemerkt: „Änderungen schreiben“ speichert ihn in der Datei.</numerusform>
            <numerusform>%Ln Datensätze vorgemerkt: „Änderungen schreiben“ speichert sie in der Datei.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::SecretField</name>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show or hide what was typed</source>
        <translation>Eingabe zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>browser::SortActions</name>
    <message>
        <source>&amp;Sort By</source>
        <translation>S&amp;ortieren nach</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Größe</translation>
    </message>
    <message>
        <source>&amp;Expiry</source>
        <translation>&amp;Ablauf</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>Abs&amp;teigend</translation>
    </message>
    <message>
        <source>&amp;Natural Key Order</source>
        <translation>&amp;Natürliche Schlüsselreihenfolge</translation>
    </message>
    <message>
        <source>Compare runs of digits in keys as numbers (user:2 before user:19)</source>
        <translation>Ziffernfolgen in Schlüsseln als Zahlen vergleichen (user:2 vor user:19)</translation>
    </message>
</context>
<context>
    <name>browser::StagedReader</name>
    <message>
        <source>The record %1 no longer exists (it may have expired).</source>
        <translation>Der Datensatz %1 existiert nicht mehr (möglicherweise ist er abgelaufen).</translation>
    </message>
    <message>
        <source>The value of %1 changed in the file since it was edited here (%2, now %3): nothing was written.</source>
        <translation>Der Wert von %1 hat sich in der Datei geändert, seit er hier bearbeitet wurde (%2, jetzt %3): Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 changed since it was chosen (%2, now %3).</source>
        <translation>Die Datei %1 hat sich geändert, seit sie gewählt wurde (%2, jetzt %3).</translation>
    </message>
    <message>
        <source>A read past the end of the value.</source>
        <translation>Ein Lesezugriff hinter das Ende des Werts.</translation>
    </message>
    <message>
        <source>The value of %1 changed in the file while it was read.</source>
        <translation>Der Wert von %1 hat sich in der Datei geändert, während er gelesen wurde.</translation>
    </message>
</context>
<context>
    <name>browser::StatisticsDialog</name>
    <message>
        <source>Scan Records</source>
        <translation>Datensätze analysieren</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Where the bytes go</source>
        <translation>Verteilung der Bytes</translation>
    </message>
    <message>
        <source>Records per namespace</source>
        <translation>Datensätze pro Namensraum</translation>
    </message>
    <message>
        <source>Bytes per namespace</source>
        <translation>Bytes pro Namensraum</translation>
    </message>
    <message>
        <source>Key sizes (unexpired records)</source>
        <translation>Schlüsselgrößen (nicht abgelaufene Datensätze)</translation>
    </message>
    <message>
        <source>Value sizes (unexpired records)</source>
        <translation>Wertgrößen (nicht abgelaufene Datensätze)</translation>
    </message>
    <message>
        <source>Expiry timeline (records)</source>
        <translation>Ablauf-Zeitleiste (Datensätze)</translation>
    </message>
    <message>
        <source>Records (every namespace)</source>
        <translation>Datensätze (alle Namensräume)</translation>
    </message>
    <message>
        <source>Records in the default namespace</source>
        <translation>Datensätze im Standardnamensraum</translation>
    </message>
    <message>
        <source>Named namespaces</source>
        <translation>Benannte Namensräume</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>Journal (bytes holding frames)</source>
        <translation>Journal (Bytes mit Frames)</translation>
    </message>
    <message>
        <source>Preallocated beyond the frames</source>
        <translation>Vorab reserviert nach den Frames</translation>
    </message>
    <message>
        <source>Live bytes</source>
        <translation>Aktuelle Bytes</translation>
    </message>
    <message>
        <source>Dead bytes (replaced, removed)</source>
        <translation>Veraltete Bytes (ersetzt, entfernt)</translation>
    </message>
    <message>
        <source>Expired, not yet swept</source>
        <translation>Abgelaufen, noch nicht bereinigt</translation>
    </message>
    <message>
        <source>%1 in %2 records</source>
        <translation>%1 in %2 Datensätzen</translation>
    </message>
    <message>
        <source>Compaction would reclaim, about</source>
        <translation>Komprimieren würde freigeben, etwa</translation>
    </message>
    <message>
        <source>Range scans</source>
        <translation>Bereichsabfragen</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Damaged from byte</source>
        <translation>Beschädigt ab Byte</translation>
    </message>
    <message>
        <source>live</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>preallocated</source>
        <translation>vorab reserviert</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>Scanning records</source>
        <translation>Datensätze werden analysiert</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n record(s).</source>
        <translation>
            <numerusform>%n Datensatz analysiert.</numerusform>
            <numerusform>%n Datensätze analysiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>none: the next open replays the whole journal</source>
        <translation>keiner: das nächste Öffnen liest das ganze Journal erneut ein</translation>
    </message>
    <message>
        <source>covers %1 of the journal&apos;s %2</source>
        <translation>deckt %1 der %2 des Journals ab</translation>
    </message>
</context>
<context>
    <name>browser::StatusPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Die laufende Aufgabe abbrechen</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Encrypted (%1)</source>
        <translation>Verschlüsselt (%1)</translation>
    </message>
    <message>
        <source>Read-only, not locked</source>
        <translation>Schreibgeschützt, nicht gesperrt</translation>
    </message>
    <message>
        <source>damaged at byte %L1</source>
        <translation>beschädigt ab Byte %L1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln Datensatz</numerusform>
            <numerusform>%Ln Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln named namespace(s) and the default one</source>
        <translation>
            <numerusform>In %Ln benannten Namensraum und dem Standard-Namensraum</numerusform>
            <numerusform>In %Ln benannten Namensräumen und dem Standard-Namensraum</numerusform>
        </translation>
    </message>
    <message>
        <source>Writable; other writers are locked out</source>
        <translation>Beschreibbar; andere Schreiber sind ausgesperrt</translation>
    </message>
</context>
<context>
    <name>browser::StructuredModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>float (%1-bit)</source>
        <translation>Gleitkommazahl (%1 Bit)</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Boolescher Wert</translation>
    </message>
    <message>
        <source>simple value</source>
        <translation>einfacher Wert</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>extension type %1</source>
        <translation>Erweiterungstyp %1</translation>
    </message>
    <message>
        <source>, tag %1</source>
        <translation>, Tag %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Element</numerusform>
            <numerusform>%Ln Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::StructuredView</name>
    <message>
        <source>As JSON this %1 value has a line of %L2 characters, more than the editor takes (%L3): edit it in Hex or Base64.</source>
        <translation>Als JSON hat dieser %1-Wert eine Zeile mit %L2 Zeichen, mehr als der Editor verarbeitet (%L3): Bearbeiten Sie ihn hexadezimal oder als Base64.</translation>
    </message>
    <message>
        <source>%1 as JSON:</source>
        <translation>%1 als JSON:</translation>
    </message>
    <message>
        <source>%1 as JSON; Apply writes it back as %1 (byte strings are {&quot;$bytes&quot;: &quot;Base64&quot;}):</source>
        <translation>%1 als JSON; „Übernehmen“ schreibt es als %1 zurück (Bytefolgen sind {&quot;$bytes&quot;: &quot;Base64&quot;}):</translation>
    </message>
    <message>
        <source>This %1 value cannot be edited as JSON: %2 Edit it in Hex or Base64.</source>
        <translation>Dieser %1-Wert kann nicht als JSON bearbeitet werden: %2 Bearbeiten Sie ihn hexadezimal oder als Base64.</translation>
    </message>
</context>
<context>
    <name>browser::TaskDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>browser::TtlDialog</name>
    <message>
        <source>Set Expiry</source>
        <translation>Ablauf festlegen</translation>
    </message>
    <message numerus="yes">
        <source>Set the expiry of %n record(s):</source>
        <translation>
            <numerusform>Ablauf für %n Datensatz festlegen:</numerusform>
            <numerusform>Ablauf für %n Datensätze festlegen:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Never expires</source>
        <translation>Läuft &amp;nie ab</translation>
    </message>
    <message>
        <source>Expires &amp;after</source>
        <translation>Läuft &amp;ab nach</translation>
    </message>
    <message>
        <source>Expires a&amp;t</source>
        <translation>Läuft ab a&amp;m</translation>
    </message>
    <message>
        <source>e.g. 45s, 30m, 1h30m, 7d</source>
        <translation>z.&#xa0;B. 45s, 30m, 1h30m, 7d</translation>
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
        <translation>Im Wert suchen</translation>
    </message>
    <message>
        <source>Enter or F3 finds the next match, Shift+Enter or Shift+F3 the one before: bytes in the Hex view (ff 00 1a, 0xdead, de:ad, or &quot;text&quot; in quotes), text in the Text view</source>
        <translation>Eingabe oder F3 findet den nächsten Treffer, Umschalt+Eingabe oder Umschalt+F3 den vorherigen: Bytes in der Hex-Ansicht (ff 00 1a, 0xdead, de:ad oder &quot;Text&quot; in Anführungszeichen), Text in der Text-Ansicht</translation>
    </message>
    <message>
        <source>Find the match before (Shift+F3)</source>
        <translation>Vorherigen Treffer suchen (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Find the next match (F3)</source>
        <translation>Nächsten Treffer suchen (F3)</translation>
    </message>
    <message>
        <source>In the Hex view, find looks for bytes: pairs of digits 0-9 and a-f, such as ff 00 1a, 0xdead or de:ad; text goes in double quotes.</source>
        <translation>In der Hex-Ansicht wird nach Bytes gesucht: Paare aus den Ziffern 0-9 und a-f, etwa ff 00 1a, 0xdead oder de:ad; Text steht in doppelten Anführungszeichen.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>The search stopped before it was done.</source>
        <translation>Die Suche wurde vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <source>Not found: %1 is nowhere in this value.</source>
        <translation>Nicht gefunden: %1 kommt in diesem Wert nicht vor.</translation>
    </message>
    <message>
        <source>Found at offset %L1 (0x%2). F3 finds the next, Shift+F3 the one before.</source>
        <translation>Gefunden bei Offset %L1 (0x%2). F3 findet den nächsten, Umschalt+F3 den vorherigen.</translation>
    </message>
</context>
<context>
    <name>browser::ValuePanel</name>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
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
        <translation>Bild</translation>
    </message>
    <message>
        <source>How the value is shown</source>
        <translation>Darstellung des Werts</translation>
    </message>
    <message>
        <source>Syntax highlighting for text</source>
        <translation>Syntaxhervorhebung für Text</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Umbrechen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Select a record to see its value.</source>
        <translation>Wählen Sie einen Datensatz aus, um seinen Wert zu sehen.</translation>
    </message>
    <message>
        <source>default namespace</source>
        <translation>Standardnamensraum</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>Namensraum %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft am %1 ab</translation>
    </message>
    <message>
        <source>This is not hex: pairs of digits 0-9 and a-f, with spaces or lines between them.</source>
        <translation>Das ist kein Hex: Ziffernpaare aus 0–9 und a–f, optional getrennt durch Leerzeichen oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>This is not valid Base64.</source>
        <translation>Das ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Not an image this view can show (PNG, JPEG or SVG): shown in hex.</source>
        <translation>Kein Bild, das diese Ansicht anzeigen kann (PNG, JPEG oder SVG): als Hex angezeigt.</translation>
    </message>
    <message>
        <source>Not valid JSON: shown as text.</source>
        <translation>Kein gültiges JSON: als Text angezeigt.</translation>
    </message>
    <message>
        <source>Not valid UTF-8: shown with replacement characters. Edit it in Hex or Base64.</source>
        <translation>Kein gültiges UTF-8: mit Ersatzzeichen angezeigt. Bearbeiten Sie den Wert als Hex oder Base64.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2: too large to edit here.</source>
        <translation>Die ersten %1 von %2 werden angezeigt: zu groß zum Bearbeiten an dieser Stelle.</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>Schreibgeschützt.</translation>
    </message>
    <message>
        <source>Stage this value; Write Changes saves it to the file (Ctrl+Return)</source>
        <translation>Diesen Wert vormerken; „Änderungen schreiben“ speichert ihn in der Datei (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Go to offset</source>
        <translation>Gehe zu Offset</translation>
    </message>
    <message>
        <source>A byte offset: decimal, or hex with 0x</source>
        <translation>Ein Byte-Offset: dezimal, oder hexadezimal mit 0x</translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>In Datei speichern…</translation>
    </message>
    <message>
        <source>Write the whole value to a file, as it is stored</source>
        <translation>Den ganzen Wert so, wie er gespeichert ist, in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Not an offset within the value: 0 to %L1 (or 0x…).</source>
        <translation>Kein Offset innerhalb des Werts: 0 bis %L1 (oder 0x…).</translation>
    </message>
    <message>
        <source>Offset %L1 of %L2</source>
        <translation>Offset %L1 von %L2</translation>
    </message>
    <message>
        <source>%1 is too large to edit here (up to %2): it is shown page by page, as text or hex. Save it to a file to work on it elsewhere.</source>
        <translation>%1 ist zu groß, um hier bearbeitet zu werden (bis %2): Der Wert wird seitenweise als Text oder hexadezimal gezeigt. Speichern Sie ihn in eine Datei, um anderswo damit zu arbeiten.</translation>
    </message>
    <message>
        <source>This value has a line of %L1 characters, more than the editor takes (%L2): shown read-only, page by page. Edit it in Hex or Base64.</source>
        <translation>Dieser Wert hat eine Zeile mit %L1 Zeichen, mehr als der Editor verarbeitet (%L2): Er wird schreibgeschützt seitenweise gezeigt. Bearbeiten Sie ihn hexadezimal oder als Base64.</translation>
    </message>
    <message>
        <source>In this view the value is %L1 characters, more than the editor takes (%L2): shown read-only, page by page.</source>
        <translation>In dieser Ansicht hat der Wert %L1 Zeichen, mehr als der Editor verarbeitet (%L2): Er wird schreibgeschützt seitenweise gezeigt.</translation>
    </message>
    <message>
        <source>Replace from File…</source>
        <translation>Aus Datei ersetzen…</translation>
    </message>
    <message>
        <source>Stage a file&apos;s bytes as the new value, read when the changes are written</source>
        <translation>Die Bytes einer Datei als neuen Wert vormerken; sie werden beim Schreiben der Änderungen gelesen</translation>
    </message>
    <message>
        <source>%1 is too large for the text editor (up to %2): it is shown page by page. In Hex, type over bytes to change them; Replace from File takes a whole new value; Save to File takes it elsewhere.</source>
        <translation>%1 ist zu groß für den Texteditor (bis %2): Der Wert wird seitenweise gezeigt. In Hex überschreiben Sie Bytes durch Tippen; „Aus Datei ersetzen“ übernimmt einen ganz neuen Wert; „In Datei speichern“ bringt ihn anderswohin.</translation>
    </message>
    <message>
        <source>Only part of this value is held here: Apply stages the bytes typed over.</source>
        <translation>Hier ist nur ein Teil dieses Werts geladen: „Übernehmen“ merkt die überschriebenen Bytes vor.</translation>
    </message>
    <message>
        <source>CBOR / MessagePack</source>
        <translation>CBOR / MessagePack</translation>
    </message>
    <message>
        <source>Neither CBOR nor MessagePack (a map or an array that encodes back to its bytes): shown in hex.</source>
        <translation>Weder CBOR noch MessagePack (eine Map oder ein Array, das wieder zu denselben Bytes kodiert): hexadezimal angezeigt.</translation>
    </message>
    <message>
        <source>Type hex digits over bytes; Insert switches to inserting them (Delete and Backspace remove bytes). Shift selects, Ctrl+C copies, Ctrl+F finds.</source>
        <translation>Tippen Sie Hexziffern über die Bytes; Einfg schaltet auf Einfügen um (Entf und Rücktaste entfernen Bytes). Umschalt wählt aus, Strg+C kopiert, Strg+F sucht.</translation>
    </message>
</context>
<context>
    <name>browser::ValueView</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Only part of this value is held here, so its length cannot change: bytes can be typed over (overwrite), not inserted or removed.</source>
        <translation>Hier ist nur ein Teil dieses Werts geladen, daher kann sich seine Länge nicht ändern: Bytes können überschrieben, aber nicht eingefügt oder entfernt werden.</translation>
    </message>
    <message>
        <source>Only a selection of up to %1 whose bytes are shown can be copied; Save to File takes the whole value.</source>
        <translation>Kopieren lässt sich nur eine Auswahl von bis zu %1, deren Bytes angezeigt werden; „In Datei speichern“ nimmt den ganzen Wert.</translation>
    </message>
    <message>
        <source>Cursor 0x%1</source>
        <translation>Cursor 0x%1</translation>
    </message>
    <message numerus="yes">
        <source>Selected %Ln byte(s) from 0x%1 to 0x%2</source>
        <translation>
            <numerusform>%Ln Byte ausgewählt, von 0x%1 bis 0x%2</numerusform>
            <numerusform>%Ln Bytes ausgewählt, von 0x%1 bis 0x%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
</context>
<context>
    <name>browser::VersionView</name>
    <message>
        <source>%1 (the first %2 of %3)</source>
        <translation>%1 (die ersten %2 von %3)</translation>
    </message>
    <message>
        <source>The two values are the same (%1).</source>
        <translation>Die beiden Werte sind gleich (%1).</translation>
    </message>
    <message>
        <source>The first %1 are the same; the rest is not shown.</source>
        <translation>Die ersten %1 sind gleich; der Rest wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>They first differ at byte %1 (sizes %2 and %3); lines that differ are marked.</source>
        <translation>Der erste Unterschied liegt bei Byte %1 (Größen %2 und %3); abweichende Zeilen sind markiert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect and edit emdb databases.</source>
        <translation>emdb-Datenbanken untersuchen und bearbeiten.</translation>
    </message>
    <message>
        <source>The database to open.</source>
        <translation>Die zu öffnende Datenbank.</translation>
    </message>
    <message>
        <source>Open the file read-only, without its lock.</source>
        <translation>Die Datei schreibgeschützt und ohne ihre Sperre öffnen.</translation>
    </message>
    <message>
        <source>Open &lt;file&gt;, writing a demo database there first if it does not exist.</source>
        <translation>&lt;file&gt; öffnen und dort zuvor eine Demo-Datenbank anlegen, falls sie nicht existiert.</translation>
    </message>
    <message>
        <source>Open the file, print how many records it holds once the first rows show, and exit (0 on success).</source>
        <translation>Die Datei öffnen, die Anzahl ihrer Datensätze ausgeben, sobald die ersten Zeilen angezeigt werden, und beenden (0 bei Erfolg).</translation>
    </message>
</context>
</TS>
