<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>DatabaseController</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A key is 32 bytes (64 hex digits).</source>
        <translation>Une clé fait 32 octets (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>The lock is still held by a running process.</source>
        <translation>Le verrou est encore détenu par un processus en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>expired just now</source>
        <translation>expiré à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln d</source>
        <comment>days</comment>
        <translation>
            <numerusform>%Ln j</numerusform>
            <numerusform>%Ln j</numerusform>
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
        <translation>dans %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <comment>an expiry past: expired 2 h ago</comment>
        <translation>expiré il y a %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The namespace no longer exists.</source>
        <translation>L&apos;espace de noms n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Writing %1 failed (disk full?).</source>
        <translation>L&apos;écriture de %1 a échoué (disque plein&#xa0;?).</translation>
    </message>
</context>
<context>
    <name>KeyScope</name>
    <message>
        <source>hex digits, two for each byte (spaces and colons allowed)</source>
        <translation>des chiffres hexadécimaux, deux par octet (espaces et deux-points admis)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>emdb databases (*.emdb);;All files (*)</source>
        <translation>Bases de données emdb (*.emdb);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Past</name>
    <message>
        <source>The namespace no longer exists.</source>
        <translation>L&apos;espace de noms n&apos;existe plus.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>The other database is encrypted: open an encrypted database with the same key to compare them.</source>
        <translation>L&apos;autre base de données est chiffrée : ouvrez une base de données chiffrée avec la même clé pour les comparer.</translation>
    </message>
    <message>
        <source>This database no longer has the record.</source>
        <translation>Cette base de données ne contient plus l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Compare the databases again: the other one was closed.</source>
        <translation>Comparez à nouveau les bases de données : l&apos;autre a été fermée.</translation>
    </message>
    <message>
        <source>The other database has no such record.</source>
        <translation>L&apos;autre base de données ne contient pas cet enregistrement.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>expired</source>
        <translation>expirés</translation>
    </message>
    <message>
        <source>within an hour</source>
        <translation>d&apos;ici une heure</translation>
    </message>
    <message>
        <source>within a day</source>
        <translation>d&apos;ici un jour</translation>
    </message>
    <message>
        <source>within a week</source>
        <translation>d&apos;ici une semaine</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>d&apos;ici 30 jours</translation>
    </message>
    <message>
        <source>later</source>
        <translation>plus tard</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>StructuredValue</name>
    <message>
        <source>at %1</source>
        <translation>à l'emplacement %1</translation>
    </message>
    <message>
        <source>at the top level</source>
        <translation>au niveau supérieur</translation>
    </message>
    <message>
        <source>It is longer than %L1 characters as JSON.</source>
        <translation>En JSON, elle dépasse %L1 caractères.</translation>
    </message>
    <message>
        <source>An integer below -2^63 has no JSON form here (%1).</source>
        <translation>Un entier inférieur à -2^63 n'a pas de forme JSON ici (%1).</translation>
    </message>
    <message>
        <source>Text that is not UTF-8 has no JSON form (%1).</source>
        <translation>Un texte qui n'est pas en UTF-8 n'a pas de forme JSON (%1).</translation>
    </message>
    <message>
        <source>A NaN with a payload has no JSON form (%1).</source>
        <translation>Un NaN avec une charge utile n'a pas de forme JSON (%1).</translation>
    </message>
    <message>
        <source>The integer %1 is out of range: integers go from -2^63 to 2^64-1.</source>
        <translation>L'entier %1 est hors limites : les entiers vont de -2^63 à 2^64-1.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>The JSON is nested deeper than %1 levels.</source>
        <translation>Le JSON est imbriqué sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>Nested deeper than %1 levels.</source>
        <translation>Imbriqué sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice; a map with repeated keys is written {&quot;$map&quot;: [[key, value], …]}.</source>
        <translation>La clé « %1 » apparaît deux fois ; une map avec des clés répétées s'écrit {"$map": [[clé, valeur], …]}.</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 n'existe pas en %2.</translation>
    </message>
    <message>
        <source>$bytes takes a Base64 string.</source>
        <translation>$bytes attend une chaîne Base64.</translation>
    </message>
    <message>
        <source>%1 takes a number, &quot;NaN&quot;, &quot;Infinity&quot; or &quot;-Infinity&quot;.</source>
        <translation>%1 attend un nombre, "NaN", "Infinity" ou "-Infinity".</translation>
    </message>
    <message>
        <source>$map takes an array of [key, value] pairs.</source>
        <translation>$map attend un tableau de paires [clé, valeur].</translation>
    </message>
    <message>
        <source>$tag takes [tag number, item].</source>
        <translation>$tag attend [numéro d'étiquette, élément].</translation>
    </message>
    <message>
        <source>$simple takes 0 to 19 or 32 to 255.</source>
        <translation>$simple attend de 0 à 19 ou de 32 à 255.</translation>
    </message>
    <message>
        <source>$undefined takes null.</source>
        <translation>$undefined attend null.</translation>
    </message>
    <message>
        <source>$ext takes [type from -128 to 127, Base64 string].</source>
        <translation>$ext attend [type de -128 à 127, chaîne Base64].</translation>
    </message>
    <message>
        <source>%1 is none of $bytes, $float16, $float32, $float64, $map, $tag, $simple, $undefined and $ext; a map with one key that starts with $ is written {&quot;$map&quot;: [[key, value]]}.</source>
        <translation>%1 n'est aucun de $bytes, $float16, $float32, $float64, $map, $tag, $simple, $undefined et $ext ; une map avec une seule clé qui commence par $ s'écrit {"$map": [[clé, valeur]]}.</translation>
    </message>
    <message>
        <source>Not valid JSON.</source>
        <translation>JSON non valide.</translation>
    </message>
    <message>
        <source>The value must stay a map or an array (an object, an array or a $map) to be recognised as %1.</source>
        <translation>La valeur doit rester une map ou un tableau (un objet, un tableau ou une $map) pour être reconnue comme %1.</translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>PNG image, %1</source>
        <translation>Image PNG, %1</translation>
    </message>
    <message>
        <source>JPEG image, %1</source>
        <translation>Image JPEG, %1</translation>
    </message>
</context>
<context>
    <name>browser::AboutDialog</name>
    <message>
        <source>About emdb Browser</source>
        <translation>À propos d&apos;emdb Browser</translation>
    </message>
    <message>
        <source>&lt;h3&gt;emdb Browser %1&lt;/h3&gt;&lt;p&gt;Inspect and edit emdb databases: their namespaces, keys, values and expiries, with the engine on a worker thread so the window never freezes.&lt;/p&gt;&lt;p&gt;Built with: %2&lt;/p&gt;&lt;p&gt;Free software under the MIT licence: you may use, copy, change and share it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;emdb Browser %1&lt;/h3&gt;&lt;p&gt;Inspectez et modifiez des bases de données emdb&#xa0;: leurs espaces de noms, clés, valeurs et expirations. Le moteur s&apos;exécute dans un thread de travail, si bien que la fenêtre ne se fige jamais.&lt;/p&gt;&lt;p&gt;Construit avec&#xa0;: %2&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence MIT&#xa0;: vous pouvez l&apos;utiliser, le copier, le modifier et le partager.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>browser::AddRecordDialog</name>
    <message>
        <source>Add Record</source>
        <translation>Ajouter un enregistrement</translation>
    </message>
    <message>
        <source>Type a new name to create a namespace</source>
        <translation>Saisissez un nouveau nom pour créer un espace de noms</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
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
        <translation>jamais (ou p.&#xa0;ex. 30m, 1h30m, 7d)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Espace de noms&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Value &amp;as:</source>
        <translation>&amp;Format de la valeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>E&amp;xpire après&#xa0;:</translation>
    </message>
    <message>
        <source>Enter a key.</source>
        <translation>Saisissez une clé.</translation>
    </message>
    <message>
        <source>The key is not valid hex.</source>
        <translation>La clé n&apos;est pas une valeur hexadécimale valide.</translation>
    </message>
    <message>
        <source>Write the expiry as a duration such as 45s, 30m, 1h30m or 7d.</source>
        <translation>Indiquez l&apos;expiration sous forme de durée, par exemple 45s, 30m, 1h30m ou 7d.</translation>
    </message>
    <message>
        <source>The value is not valid %1.</source>
        <translation>La valeur n&apos;est pas du %1 valide.</translation>
    </message>
</context>
<context>
    <name>browser::BackupDialog</name>
    <message>
        <source>Back Up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database to a new file. Writes go on meanwhile; the copy holds the records as they were when the backup began.</source>
        <translation>Écrit une copie cohérente de la base de données dans un nouveau fichier. Les écritures se poursuivent pendant ce temps&#xa0;; la copie contient les enregistrements tels qu&apos;ils étaient au début de la sauvegarde.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Back Up To</source>
        <translation>Sauvegarder vers</translation>
    </message>
    <message>
        <source>Choose a file to back up to.</source>
        <translation>Choisissez un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>The backup cannot be the database itself. Choose another file.</source>
        <translation>La sauvegarde ne peut pas être la base de données elle-même. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new file.</source>
        <translation>%1 existe déjà. Choisissez un nouveau fichier.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Cancelled: no backup was written.</source>
        <translation>Annulé&#xa0;: aucune sauvegarde n&apos;a été écrite.</translation>
    </message>
    <message>
        <source>The backup was written but does not open: %1</source>
        <translation>La sauvegarde a été écrite mais ne s&apos;ouvre pas&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to %1. The backup opens and holds %n record(s), as the database did.</source>
        <translation>
            <numerusform>Sauvegardé vers %1. La sauvegarde s&apos;ouvre et contient %n enregistrement, comme la base de données.</numerusform>
            <numerusform>Sauvegardé vers %1. La sauvegarde s&apos;ouvre et contient %n enregistrements, comme la base de données.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up to %1. The backup holds %2 records; the database held %3 when the backup began (writes made meanwhile account for the difference).</source>
        <translation>Sauvegardé vers %1. La sauvegarde contient %2 enregistrements&#xa0;; la base de données en contenait %3 au début de la sauvegarde (les écritures effectuées entre-temps expliquent la différence).</translation>
    </message>
    <message>
        <source>Replace Backup</source>
        <translation>Remplacer la sauvegarde</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the new backup?</source>
        <translation>%1 existe déjà. Le remplacer par la nouvelle sauvegarde ?</translation>
    </message>
</context>
<context>
    <name>browser::CompactDialog</name>
    <message>
        <source>Compact</source>
        <translation>Compacter</translation>
    </message>
    <message>
        <source>Compact Database</source>
        <translation>Compacter la base de données</translation>
    </message>
    <message>
        <source>Compaction rewrites the file with only its live records: replaced, removed and expired records are dropped. Reads and writes go on meanwhile.</source>
        <translation>Le compactage réécrit le fichier avec ses seuls enregistrements actifs&#xa0;: les enregistrements remplacés, supprimés et expirés sont éliminés. Les lectures et les écritures se poursuivent pendant ce temps.</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;File size now:&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Dead bytes (replaced, removed, expired):&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Size after compaction, about:&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Space reclaimed, about:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Taille actuelle du fichier&#xa0;:&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Octets obsolètes (remplacés, supprimés, expirés)&#xa0;:&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Taille après compactage, environ&#xa0;:&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Espace récupéré, environ&#xa0;:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Compacting</source>
        <translation>Compactage en cours</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Cancelled: the file is unchanged.</source>
        <translation>Annulé&#xa0;: le fichier est inchangé.</translation>
    </message>
    <message>
        <source>Done: the file is now %1 (it was %2).</source>
        <translation>Terminé&#xa0;: le fichier fait maintenant %1 (contre %2 auparavant).</translation>
    </message>
</context>
<context>
    <name>browser::CompareDialog</name>
    <message>
        <source>only in the other</source>
        <translation>seulement dans l&apos;autre</translation>
    </message>
    <message>
        <source>only in this one</source>
        <translation>seulement dans celle-ci</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare With Another Database</source>
        <translation>Comparer avec une autre base de données</translation>
    </message>
    <message>
        <source>Compares every record of this database with another emdb file (a backup, or a copy from another machine). The other file is only read. An encrypted one opens with this database&apos;s key.</source>
        <translation>Compare chaque enregistrement de cette base de données avec un autre fichier emdb (une sauvegarde, ou une copie venant d&apos;une autre machine). L&apos;autre fichier est seulement lu. S&apos;il est chiffré, il s&apos;ouvre avec la clé de cette base de données.</translation>
    </message>
    <message>
        <source>The other database file</source>
        <translation>L&apos;autre fichier de base de données</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espace de noms</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Size here</source>
        <translation>Taille ici</translation>
    </message>
    <message>
        <source>Size in the other</source>
        <translation>Taille dans l&apos;autre</translation>
    </message>
    <message>
        <source>&amp;Export as JSON Lines…</source>
        <translation>&amp;Exporter en JSON Lines…</translation>
    </message>
    <message>
        <source>Choose the database to compare with.</source>
        <translation>Choisissez la base de données à comparer.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>That is this database: choose another file.</source>
        <translation>C&apos;est cette base de données elle-même : choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Comparaison en cours</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>The two databases hold the same records.</source>
        <translation>Les deux bases de données contiennent les mêmes enregistrements.</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln only in the other</source>
        <translation>
            <numerusform>%Ln seulement dans l&apos;autre</numerusform>
            <numerusform>%Ln seulement dans l&apos;autre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln only in this one</source>
        <translation>
            <numerusform>%Ln seulement dans celle-ci</numerusform>
            <numerusform>%Ln seulement dans celle-ci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln modifié</numerusform>
            <numerusform>%Ln modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Cette base de données</translation>
    </message>
    <message>
        <source>Export Differences</source>
        <translation>Exporter les différences</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln difference(s) written to %1.</source>
        <translation>
            <numerusform>%Ln différence écrite dans %1.</numerusform>
            <numerusform>%Ln différences écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::DatabaseController</name>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new frame(s) read</source>
        <translation>
            <numerusform>%n nouvelle trame lue</numerusform>
            <numerusform>%n nouvelles trames lues</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the sample database</source>
        <translation>Création de la base de données d&apos;exemple</translation>
    </message>
    <message>
        <source>Could not create the sample: %1</source>
        <translation>Impossible de créer la base de données d&apos;exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changing the key</source>
        <translation>Changement de la clé</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Chiffrement en cours</translation>
    </message>
    <message>
        <source>Decrypting</source>
        <translation>Déchiffrement en cours</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>The record %1 no longer exists (it may have expired).</source>
        <translation>L&apos;enregistrement %1 n&apos;existe plus (il a peut-être expiré).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s)</source>
        <translation>
            <numerusform>%n modification écrite</numerusform>
            <numerusform>%n modifications écrites</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweeping expired records</source>
        <translation>Purge des enregistrements expirés</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n expired record(s)</source>
        <translation>
            <numerusform>%n enregistrement expiré supprimé</numerusform>
            <numerusform>%n enregistrements expirés supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the value to a file</source>
        <translation>Enregistrement de la valeur dans un fichier</translation>
    </message>
    <message>
        <source>The record has expired or was removed.</source>
        <translation>L’enregistrement a expiré ou a été supprimé.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Saved the value to %1.</source>
        <translation>Valeur enregistrée dans %1.</translation>
    </message>
    <message>
        <source>The value was not saved to %1: %2</source>
        <translation>La valeur n’a pas été enregistrée dans %1 : %2</translation>
    </message>
    <message>
        <source>Searching the value</source>
        <translation>Recherche dans la valeur</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>Recherche annulée.</translation>
    </message>
</context>
<context>
    <name>browser::EncryptionDialog</name>
    <message>
        <source>Encrypt</source>
        <translation>Chiffrer</translation>
    </message>
    <message>
        <source>Change Key</source>
        <translation>Changer la clé</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Déchiffrer</translation>
    </message>
    <message>
        <source>Encrypt Database</source>
        <translation>Chiffrer la base de données</translation>
    </message>
    <message>
        <source>Change Encryption Key</source>
        <translation>Changer la clé de chiffrement</translation>
    </message>
    <message>
        <source>Decrypt Database</source>
        <translation>Déchiffrer la base de données</translation>
    </message>
    <message>
        <source>Encrypts every record of %1 with a passphrase (through Argon2id) or a 32-byte key.</source>
        <translation>Chiffre chaque enregistrement de %1 avec une phrase secrète (via Argon2id) ou une clé de 32 octets.</translation>
    </message>
    <message>
        <source>Re-encrypts every record of %1 with a new passphrase or key (%2 now).</source>
        <translation>Rechiffre chaque enregistrement de %1 avec une nouvelle phrase secrète ou une nouvelle clé (actuellement %2).</translation>
    </message>
    <message>
        <source>Writes every record of %1 back in plain form: anyone who can read the file can read them.</source>
        <translation>Réécrit chaque enregistrement de %1 en clair&#xa0;: toute personne pouvant lire le fichier pourra les lire.</translation>
    </message>
    <message>
        <source>The database is closed meanwhile and reopened afterwards; the old file is kept until the new one is complete.</source>
        <translation>La base de données est fermée pendant l&apos;opération puis rouverte&#xa0;; l&apos;ancien fichier est conservé jusqu&apos;à ce que le nouveau soit complet.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Key (64 hex digits)</source>
        <translation>&amp;Clé (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>Keep the current cipher</source>
        <translation>Conserver l&apos;algorithme de chiffrement actuel</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>Algorithme&#xa0;:</translation>
    </message>
    <message>
        <source>Done: the database is no longer encrypted.</source>
        <translation>Terminé&#xa0;: la base de données n&apos;est plus chiffrée.</translation>
    </message>
    <message>
        <source>Done: only the new passphrase or key opens the database now.</source>
        <translation>Terminé&#xa0;: seule la nouvelle phrase secrète ou la nouvelle clé ouvre désormais la base de données.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n&apos;a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
    <message>
        <source>A key is 32 bytes written as 64 hex digits.</source>
        <translation>Une clé fait 32 octets, écrits en 64 chiffres hexadécimaux.</translation>
    </message>
</context>
<context>
    <name>browser::ExpiryDelegate</name>
    <message>
        <source>1h30m, 2026-12-31 18:00, or empty for none</source>
        <translation>1h30m, 2026-12-31 18:00, ou vide pour aucune expiration</translation>
    </message>
    <message>
        <source>A duration from now, a local date and time, or nothing for no expiry</source>
        <translation>Une durée à partir de maintenant, une date et une heure locales, ou rien pour aucune expiration</translation>
    </message>
</context>
<context>
    <name>browser::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export Records</source>
        <translation>Exporter des enregistrements</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>The whole namespace %1</source>
        <translation>Tout l&apos;espace de noms %1</translation>
    </message>
    <message numerus="yes">
        <source>The selected records (%n)</source>
        <translation>
            <numerusform>L&apos;enregistrement sélectionné (%n)</numerusform>
            <numerusform>Les enregistrements sélectionnés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The records the table shows (prefix, range and pattern)</source>
        <translation>Les enregistrements affichés dans le tableau (préfixe, plage et motif)</translation>
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
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Enregistrements&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exporter vers</translation>
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
        <translation>Choisissez le fichier de destination de l&apos;exportation.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation en cours</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>%n enregistrement exporté vers %1.</numerusform>
            <numerusform>%n enregistrements exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::HexBytesDialog</name>
    <message>
        <source>Type hex digits to insert bytes; Insert switches to typing over them; Delete and Backspace remove bytes.</source>
        <translation>Tapez des chiffres hexadécimaux pour insérer des octets&#xa0;; Inser passe à la frappe par-dessus&#xa0;; Suppr et Retour arrière suppriment des octets.</translation>
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
        <translation>Relire</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>Every version of this record that the file still holds: the journal keeps replaced and removed values until the database is compacted. Select a version to see its value, two to compare them.</source>
        <translation>Toutes les versions de cet enregistrement que le fichier contient encore : le journal conserve les valeurs remplacées et supprimées jusqu&apos;au compactage de la base de données. Sélectionnez une version pour voir sa valeur, ou deux pour les comparer.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation>Expiration (UTC)</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <source>Stages the selected version&apos;s value (and its expiry, when still ahead) as a pending edit</source>
        <translation>Prépare la valeur de la version sélectionnée (et son expiration, si elle est encore à venir) comme modification en attente</translation>
    </message>
    <message>
        <source>Reading the history of %1</source>
        <translation>Lecture de l&apos;historique de %1</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>written (current)</source>
        <translation>écriture (actuelle)</translation>
    </message>
    <message>
        <source>written</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source>The file holds no version of this record: it was compacted away, or never written.</source>
        <translation>Le fichier ne contient aucune version de cet enregistrement : il a été éliminé par un compactage, ou jamais écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s) in the file.</source>
        <translation>
            <numerusform>%Ln version dans le fichier.</numerusform>
            <numerusform>%Ln versions dans le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Select one version to see it, or two to compare them.</source>
        <translation>Sélectionnez une version pour la voir, ou deux pour les comparer.</translation>
    </message>
    <message>
        <source>%1 is a removal: it has no value.</source>
        <translation>%1 est une suppression : elle n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>Restore version %1 of %2</source>
        <translation>Restaurer la version %1 de %2</translation>
    </message>
    <message>
        <source>Version %1 is staged: Write Changes saves it to the file.</source>
        <translation>La version %1 est mise en attente : « Écrire les modifications » l&apos;enregistre dans le fichier.</translation>
    </message>
</context>
<context>
    <name>browser::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import Records</source>
        <translation>Importer des enregistrements</translation>
    </message>
    <message>
        <source>By the file&apos;s extension</source>
        <translation>D&apos;après l&apos;extension du fichier</translation>
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
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Import From</source>
        <translation>Importer depuis</translation>
    </message>
    <message>
        <source>Records (*.jsonl *.json *.csv);;All files (*)</source>
        <translation>Enregistrements (*.jsonl *.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Choisissez un fichier à importer.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation en cours</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>%n enregistrement importé.</numerusform>
            <numerusform>%n enregistrements importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Reads records from a JSON Lines or CSV file as Export writes them (namespace, key, value, expiry). Preview compares each record with the database; Import then writes the new ones, and those that differ if you choose, in one crash-atomic batch: a bad line is named and nothing is written.</source>
        <translation>Lit des enregistrements depuis un fichier JSON Lines ou CSV tel que l&apos;exportation les écrit (espace de noms, clé, valeur, expiration). «&#xa0;Aperçu&#xa0;» compare chaque enregistrement avec la base de données&#xa0;; «&#xa0;Importer&#xa0;» écrit ensuite les nouveaux, et ceux qui diffèrent si vous le choisissez, en un seul lot atomique, résistant aux plantages&#xa0;: une ligne incorrecte est signalée et rien n&apos;est écrit.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espace de noms</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Diffère par</translation>
    </message>
    <message>
        <source>In the database</source>
        <translation>Dans la base de données</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>&amp;Overwrite them with the file&apos;s records</source>
        <translation>Les &amp;remplacer par les enregistrements du fichier</translation>
    </message>
    <message>
        <source>&amp;Skip them and keep the database&apos;s records</source>
        <translation>Les &amp;ignorer et garder les enregistrements de la base de données</translation>
    </message>
    <message>
        <source>Records that hold another value or expiry:</source>
        <translation>Enregistrements ayant une autre valeur ou expiration&#xa0;:</translation>
    </message>
    <message>
        <source>Previewing</source>
        <translation>Aperçu en cours</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Le fichier ne peut pas être importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file or format changed: preview again.</source>
        <translation>Le fichier ou le format a changé&#xa0;: relancez l&apos;aperçu.</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 nouveaux</translation>
    </message>
    <message>
        <source>%1 with another value or expiry</source>
        <translation>%1 avec une autre valeur ou expiration</translation>
    </message>
    <message>
        <source>%1 identical (never written)</source>
        <translation>%1 identiques (jamais écrits)</translation>
    </message>
    <message>
        <source>%1 already expired (never written)</source>
        <translation>%1 déjà expirés (jamais écrits)</translation>
    </message>
    <message>
        <source>Records in the file: %1.</source>
        <translation>Enregistrements du fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have edits staged in the window: those stay pending and replace what is imported when the changes are written.</source>
        <translation>
            <numerusform>%n d&apos;entre eux a des modifications mises en attente dans la fenêtre&#xa0;: elles restent en attente et remplacent ce qui est importé lorsque les modifications sont écrites.</numerusform>
            <numerusform>%n d&apos;entre eux ont des modifications mises en attente dans la fenêtre&#xa0;: elles restent en attente et remplacent ce qui est importé lorsque les modifications sont écrites.</numerusform>
        </translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sans expiration</translation>
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
Expiration&#xa0;: %3</translation>
    </message>
    <message>
        <source>Value and expiry</source>
        <translation>Valeur et expiration</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed.</source>
        <translation>Les %1 premiers sur %2 sont listés.</translation>
    </message>
    <message>
        <source>Nothing to import: the database holds every record of the file as it is.</source>
        <translation>Rien à importer&#xa0;: la base de données contient déjà chaque enregistrement du fichier tel quel.</translation>
    </message>
    <message>
        <source>Choose what to do with the records that differ, then Import; Close imports nothing.</source>
        <translation>Choisissez que faire des enregistrements qui diffèrent, puis «&#xa0;Importer&#xa0;»&#xa0;; «&#xa0;Fermer&#xa0;» n&apos;importe rien.</translation>
    </message>
    <message>
        <source>Import writes the new records; Close imports nothing.</source>
        <translation>«&#xa0;Importer&#xa0;» écrit les nouveaux enregistrements&#xa0;; «&#xa0;Fermer&#xa0;» n&apos;importe rien.</translation>
    </message>
    <message numerus="yes">
        <source>Left %n record(s) as the database holds them.</source>
        <translation>
            <numerusform>%n enregistrement laissé tel que la base de données le contient.</numerusform>
            <numerusform>%n enregistrements laissés tels que la base de données les contient.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::IntegrityDialog</name>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Check Integrity</source>
        <translation>Vérifier l&apos;intégrité</translation>
    </message>
    <message>
        <source>Reads every frame of the file, checks its checksum, decodes (and decrypts) it, and reports what it found. Nothing is written.</source>
        <translation>Lit chaque trame du fichier, vérifie sa somme de contrôle, la décode (et la déchiffre) et rend compte du résultat. Rien n&apos;est écrit.</translation>
    </message>
    <message>
        <source>Checking integrity</source>
        <translation>Vérification de l&apos;intégrité</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;File size:&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Valid frames:&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Records (inserts and removes):&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Live records:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Dead records:&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Bytes up to the last valid frame:&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Taille du fichier&#xa0;:&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Trames valides&#xa0;:&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Enregistrements (insertions et suppressions)&#xa0;:&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Enregistrements actifs&#xa0;:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Enregistrements obsolètes&#xa0;:&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Octets jusqu&apos;à la dernière trame valide&#xa0;:&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Every frame is sound.</source>
        <translation>Toutes les trames sont intactes.</translation>
    </message>
    <message>
        <source>%1 at byte %2: %3</source>
        <translation>%1 à l&apos;octet %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>A torn tail (an interrupted last write) starts</source>
        <translation>Une fin tronquée (dernière écriture interrompue) commence</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>Le fichier est endommagé</translation>
    </message>
    <message>
        <source>Notes on how this file is read:</source>
        <translation>Remarques sur la lecture de ce fichier :</translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation>octet %1 : %2</translation>
    </message>
</context>
<context>
    <name>browser::KeyDialog</name>
    <message>
        <source>Encrypted Database</source>
        <translation>Base de données chiffrée</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is encrypted with %2. Enter its passphrase or key.</source>
        <translation>La base de données &lt;b&gt;%1&lt;/b&gt; est chiffrée avec %2. Saisissez sa phrase secrète ou sa clé.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Key (64 hex digits)</source>
        <translation>&amp;Clé (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>Key &amp;file</source>
        <translation>&amp;Fichier de clé</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>That passphrase or key is wrong. Try again.</source>
        <translation>Cette phrase secrète ou cette clé est incorrecte. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Key File</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>A key is 32 bytes written as 64 hex digits.</source>
        <translation>Une clé fait 32 octets, écrits sous forme de 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>The key file must hold 32 bytes, raw or as 64 hex digits.</source>
        <translation>Le fichier de clé doit contenir 32 octets, bruts ou sous forme de 64 chiffres hexadécimaux.</translation>
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
        <translation>Saisissez les octets de la clé en chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>Bytes…</source>
        <translation>Octets…</translation>
    </message>
    <message>
        <source>Edit the key&apos;s bytes in a hex editor</source>
        <translation>Modifier les octets de la clé dans un éditeur hexadécimal</translation>
    </message>
    <message>
        <source>Key Bytes</source>
        <translation>Octets de la clé</translation>
    </message>
</context>
<context>
    <name>browser::KeyTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>(deleted when written)</source>
        <translation>(supprimé à l&apos;écriture)</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(expiré)</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>Pending: Write Changes saves this edit to the file</source>
        <translation>En attente&#xa0;: «&#xa0;Écrire les modifications&#xa0;» enregistre cette modification dans le fichier</translation>
    </message>
    <message>
        <source>Binary key, shown in hex (%1)</source>
        <translation>Clé binaire, affichée en Hex (%1)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>New: Write Changes adds this record to the file</source>
        <translation>Nouveau : « Écrire les modifications » ajoute cet enregistrement au fichier</translation>
    </message>
    <message>
        <source>(the bytes of %1)</source>
        <translation>(les octets de %1)</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln byte(s) typed over)</source>
        <translation>
            <numerusform>(%Ln octet remplacé)</numerusform>
            <numerusform>(%Ln octets remplacés)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 UTC
%2 (local)</source>
        <translation>%1 UTC
%2 (heure locale)</translation>
    </message>
</context>
<context>
    <name>browser::LockDialog</name>
    <message>
        <source>Database In Use</source>
        <translation>Base de données en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>It is held by process %1 since %2, using %3.</source>
        <translation>Le processus %1 détient le verrou depuis %2, avec %3.</translation>
    </message>
    <message>
        <source>The program holding it left no description.</source>
        <translation>Le programme qui détient le verrou n&apos;a laissé aucune description.</translation>
    </message>
    <message>
        <source>Process %1 is not running on this computer: the lock may be stale.</source>
        <translation>Le processus %1 ne s&apos;exécute pas sur cet ordinateur&#xa0;: le verrou est peut-être obsolète.</translation>
    </message>
    <message>
        <source>Process %1 is running. Breaking the lock of a running program could damage the database.</source>
        <translation>Le processus %1 est en cours d&apos;exécution. Forcer le verrou d&apos;un programme en cours d&apos;exécution pourrait endommager la base de données.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is open in another program.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est ouvert dans un autre programme.</translation>
    </message>
    <message>
        <source>You can open it read-only without the lock: you will see the records written so far, and can refresh to see new ones.</source>
        <translation>Vous pouvez l&apos;ouvrir en lecture seule sans le verrou&#xa0;: vous verrez les enregistrements écrits jusqu&apos;ici et pourrez actualiser pour voir les nouveaux.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>&amp;Break Lock…</source>
        <translation>&amp;Forcer le déverrouillage…</translation>
    </message>
    <message>
        <source>Only the lock of a program that is no longer running can be broken.</source>
        <translation>Seul le verrou d&apos;un programme qui ne s&apos;exécute plus peut être forcé.</translation>
    </message>
    <message>
        <source>Break Lock</source>
        <translation>Forcer le déverrouillage</translation>
    </message>
    <message>
        <source>Break the lock of %1?</source>
        <translation>Forcer le déverrouillage de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Do this only if no program is using the database any more. If one still is, both may write to it and records can be lost.</source>
        <translation>Ne faites cela que si plus aucun programme n&apos;utilise la base de données. Si c&apos;est encore le cas, les deux risquent d&apos;y écrire et des enregistrements peuvent être perdus.</translation>
    </message>
</context>
<context>
    <name>browser::MainWindow</name>
    <message>
        <source>Pending Changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>(nothing pending)</source>
        <translation>(rien en attente)</translation>
    </message>
    <message>
        <source>Not Written</source>
        <translation>Non écrit</translation>
    </message>
    <message>
        <source>Nothing of this change was written.</source>
        <translation>Aucune partie de cette modification n&apos;a été écrite.</translation>
    </message>
    <message>
        <source>Edit the value of %1</source>
        <translation>Modifier la valeur de %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only…</source>
        <translation>Ouvrir en &amp;lecture seule…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Create &amp;Sample Database…</source>
        <translation>Créer une base d&apos;e&amp;xemple…</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>&amp;Fermer la base de données</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Write Changes</source>
        <translation>É&amp;crire les modifications</translation>
    </message>
    <message>
        <source>Write every pending edit to the file, as one crash-atomic batch</source>
        <translation>Écrire toutes les modifications en attente dans le fichier, en un seul lot atomique résistant aux plantages</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>A&amp;bandonner les modifications</translation>
    </message>
    <message>
        <source>Drop every pending edit</source>
        <translation>Abandonner toutes les modifications en attente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Follow Changes</source>
        <translation>&amp;Suivre les modifications</translation>
    </message>
    <message>
        <source>Show records another program writes, as they land (read-only views)</source>
        <translation>Afficher les enregistrements qu&apos;écrit un autre programme, dès leur arrivée (vues en lecture seule)</translation>
    </message>
    <message>
        <source>&amp;Group Keys By</source>
        <translation>&amp;Grouper les clés par</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language changes when emdb Browser starts again.</source>
        <translation>La langue changera au prochain démarrage d&apos;emdb Browser.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About emdb Browser</source>
        <translation>À &amp;propos d&apos;emdb Browser</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Create Sample Database</source>
        <translation>Créer une base de données d&apos;exemple</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file for the sample.</source>
        <translation>%1 existe déjà. Choisissez un nouveau fichier pour la base d&apos;exemple.</translation>
    </message>
    <message>
        <source>Select a record to see its value.</source>
        <translation>Sélectionnez un enregistrement pour voir sa valeur.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This record is deleted when the changes are written.</source>
        <translation>Cet enregistrement sera supprimé à l&apos;écriture des modifications.</translation>
    </message>
    <message>
        <source>This record has expired or was removed.</source>
        <translation>Cet enregistrement a expiré ou a été supprimé.</translation>
    </message>
    <message>
        <source>emdb Browser</source>
        <translation>emdb Browser</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[lecture seule]</translation>
    </message>
    <message>
        <source>Unsaved Value</source>
        <translation>Valeur non enregistrée</translation>
    </message>
    <message>
        <source>The value you edited has not been saved. Quit anyway?</source>
        <translation>La valeur modifiée n&apos;a pas été enregistrée. Quitter quand même&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln clé</numerusform>
            <numerusform>%Ln clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new when written</source>
        <translation>
            <numerusform>%Ln nouveau à l’écriture</numerusform>
            <numerusform>%Ln nouveaux à l’écriture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es), %1% scanned</source>
        <translation>
            <numerusform>%Ln résultat, %1&#xa0;% parcouru</numerusform>
            <numerusform>%Ln résultats, %1&#xa0;% parcouru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find Keys…</source>
        <translation>&amp;Rechercher des clés…</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>&amp;Effacer le filtre</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) have not been written to the file. Drop them?</source>
        <translation>
            <numerusform>%Ln modification n&apos;a pas été écrite dans le fichier. L&apos;abandonner&#xa0;?</numerusform>
            <numerusform>%Ln modifications n&apos;ont pas été écrites dans le fichier. Les abandonner&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>No database is open. Open one (%1), drop a file on the window, or try File &gt; Create Sample Database.</source>
        <translation>Aucune base de données n’est ouverte. Ouvrez-en une (%1), déposez un fichier sur la fenêtre, ou essayez Fichier &gt; Créer une base d’exemple.</translation>
    </message>
    <message>
        <source>Save Value to File</source>
        <translation>Enregistrer la valeur dans un fichier</translation>
    </message>
    <message>
        <source>Waiting for Write Changes to finish…</source>
        <translation>En attente de la fin de « Écrire les modifications »…</translation>
    </message>
    <message>
        <source>Replace Value from File</source>
        <translation>Remplacer la valeur par un fichier</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>%1 holds %2: an emdb record holds at most 256 MiB, its key included.</source>
        <translation>%1 contient %2 : un enregistrement emdb contient au plus 256 Mio, clé comprise.</translation>
    </message>
    <message>
        <source>Replace the value of %1 from %2</source>
        <translation>Remplacer la valeur de %1 par %2</translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln byte(s) of %1</source>
        <translation>
            <numerusform>Modifier %Ln octet de %1</numerusform>
            <numerusform>Modifier %Ln octets de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in &amp;Values…</source>
        <translation>Rechercher dans les vale&amp;urs…</translation>
    </message>
    <message>
        <source>Sorting… %1%</source>
        <translation>Tri en cours… %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>browser::MaintenanceActions</name>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistiques…</translation>
    </message>
    <message>
        <source>Check &amp;Integrity…</source>
        <translation>Vérifier l&apos;&amp;intégrité…</translation>
    </message>
    <message>
        <source>&amp;Compact…</source>
        <translation>&amp;Compacter…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>Sau&amp;vegarder…</translation>
    </message>
    <message>
        <source>&amp;Encrypt…</source>
        <translation>C&amp;hiffrer…</translation>
    </message>
    <message>
        <source>Change &amp;Key…</source>
        <translation>Changer la c&amp;lé…</translation>
    </message>
    <message>
        <source>&amp;Decrypt…</source>
        <translation>&amp;Déchiffrer…</translation>
    </message>
    <message>
        <source>Sweep E&amp;xpired Records</source>
        <translation>&amp;Purger les enregistrements expirés</translation>
    </message>
</context>
<context>
    <name>browser::NamespaceModel</name>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message numerus="yes">
        <source>The default namespace: %n record(s)</source>
        <translation>
            <numerusform>L&apos;espace de noms par défaut&#xa0;: %n enregistrement</numerusform>
            <numerusform>L&apos;espace de noms par défaut&#xa0;: %n enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Namespace %1: %n record(s)</source>
        <translation>
            <numerusform>Espace de noms %1&#xa0;: %n enregistrement</numerusform>
            <numerusform>Espace de noms %1&#xa0;: %n enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keys starting with %1: %n record(s)</source>
        <translation>
            <numerusform>Clés commençant par %1&#xa0;: %n enregistrement</numerusform>
            <numerusform>Clés commençant par %1&#xa0;: %n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espace de noms</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
</context>
<context>
    <name>browser::OpenFlow</name>
    <message>
        <source>Damaged Database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <source>It is damaged at byte %L1.</source>
        <translation>Le fichier est endommagé à partir de l&apos;octet %L1.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing.</source>
        <translation>%1 ne peut pas être ouvert en écriture.</translation>
    </message>
    <message>
        <source>The records before the damage can be read. Open it read-only to look at them or to export them; nothing will be written to the file.</source>
        <translation>Les enregistrements situés avant la zone endommagée sont lisibles. Ouvrez le fichier en lecture seule pour les consulter ou les exporter&#xa0;; rien ne sera écrit dans le fichier.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir %1.</translation>
    </message>
    <message>
        <source>Empty File</source>
        <translation>Fichier vide</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>An empty file holds no records; there is nothing to show read-only.</source>
        <translation>Un fichier vide ne contient aucun enregistrement ; il n’y a rien à montrer en lecture seule.</translation>
    </message>
    <message>
        <source>Make it a new emdb database? Its sidecar (%1.meta) and lock file are written beside it.</source>
        <translation>En faire une nouvelle base emdb ? Son fichier annexe (%1.meta) et le fichier de verrou sont écrits à côté.</translation>
    </message>
    <message>
        <source>Make It a &amp;Database</source>
        <translation>En faire une &amp;base</translation>
    </message>
</context>
<context>
    <name>browser::PastActions</name>
    <message>
        <source>&amp;History of Record…</source>
        <translation>&amp;Historique de l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>Every version of the selected record that the file still holds</source>
        <translation>Toutes les versions de l&apos;enregistrement sélectionné que le fichier contient encore</translation>
    </message>
    <message>
        <source>&amp;Removed Records…</source>
        <translation>&amp;Enregistrements supprimés…</translation>
    </message>
    <message>
        <source>Records removed from this namespace whose values the file still holds, to restore</source>
        <translation>Enregistrements supprimés de cet espace de noms dont le fichier contient encore les valeurs, à restaurer</translation>
    </message>
    <message>
        <source>Com&amp;pare With…</source>
        <translation>Co&amp;mparer avec…</translation>
    </message>
    <message>
        <source>Records added, removed and changed between this database and another file</source>
        <translation>Enregistrements ajoutés, supprimés et modifiés entre cette base de données et un autre fichier</translation>
    </message>
</context>
<context>
    <name>browser::PendingEdits</name>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>Edits made while writing</source>
        <translation>Modifications faites pendant l&apos;écriture</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln record(s)</source>
        <translation>
            <numerusform>Supprimer %Ln enregistrement</numerusform>
            <numerusform>Supprimer %Ln enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the expiry of %Ln record(s)</source>
        <translation>
            <numerusform>Définir l&apos;expiration de %Ln enregistrement</numerusform>
            <numerusform>Définir l&apos;expiration de %Ln enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the expiry of %Ln record(s)</source>
        <translation>
            <numerusform>Supprimer l&apos;expiration de %Ln enregistrement</numerusform>
            <numerusform>Supprimer l&apos;expiration de %Ln enregistrements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::RangeActions</name>
    <message>
        <source>All &amp;Shown Records</source>
        <translation>&amp;Tous les enregistrements affichés</translation>
    </message>
    <message>
        <source>Every record the table shows with this filter, loaded or not</source>
        <translation>Tous les enregistrements que le tableau affiche avec ce filtre, chargés ou non</translation>
    </message>
    <message>
        <source>&amp;Delete All Shown…</source>
        <translation>&amp;Supprimer tout ce qui est affiché…</translation>
    </message>
    <message>
        <source>Set &amp;Expiry of All Shown…</source>
        <translation>Définir l&apos;&amp;expiration de tout ce qui est affiché…</translation>
    </message>
    <message>
        <source>&amp;Remove Expiry of All Shown…</source>
        <translation>Supprimer l&apos;e&amp;xpiration de tout ce qui est affiché…</translation>
    </message>
    <message>
        <source>Collecting the records shown</source>
        <translation>Collecte des enregistrements affichés</translation>
    </message>
    <message>
        <source>All Shown Records</source>
        <translation>Tous les enregistrements affichés</translation>
    </message>
    <message>
        <source>More than %L1 records are shown.</source>
        <translation>Plus de %L1 enregistrements sont affichés.</translation>
    </message>
    <message>
        <source>The records shown could not be read.</source>
        <translation>Les enregistrements affichés n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>One edit stages at most %L1 records. Narrow the filter (a prefix, a range or a pattern) and repeat the edit for each part.</source>
        <translation>Une modification met en attente au plus %L1 enregistrements. Restreignez le filtre (un préfixe, une plage ou un motif) et répétez la modification pour chaque partie.</translation>
    </message>
    <message>
        <source>In the default namespace.</source>
        <translation>Dans l&apos;espace de noms par défaut.</translation>
    </message>
    <message>
        <source>In the namespace %1.</source>
        <translation>Dans l&apos;espace de noms %1.</translation>
    </message>
    <message>
        <source>No records are shown.</source>
        <translation>Aucun enregistrement n&apos;est affiché.</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln record(s) shown?</source>
        <translation>
            <numerusform>Supprimer %Ln enregistrement affiché&#xa0;?</numerusform>
            <numerusform>Supprimer les %Ln enregistrements affichés&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the expiry of all %Ln record(s) shown?</source>
        <translation>
            <numerusform>Supprimer l&apos;expiration de %Ln enregistrement affiché&#xa0;?</numerusform>
            <numerusform>Supprimer l&apos;expiration des %Ln enregistrements affichés&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>The change is pending until you write the changes; Undo takes it back.</source>
        <translation>La modification reste en attente jusqu&apos;à ce que vous écriviez les modifications&#xa0;; «&#xa0;Annuler&#xa0;» la révoque.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove Expiry</source>
        <translation>Supprimer l&apos;expiration</translation>
    </message>
</context>
<context>
    <name>browser::RangeFilter</name>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>Only keys that start with this text</source>
        <translation>Uniquement les clés qui commencent par ce texte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Only keys from this one on, in byte order</source>
        <translation>Uniquement les clés à partir de celle-ci, dans l&apos;ordre des octets</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Only keys up to this one, in byte order</source>
        <translation>Uniquement les clés jusqu&apos;à celle-ci, dans l&apos;ordre des octets</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Glob (user:*:profile, matching the whole key) or regular expression (anywhere in the key)</source>
        <translation>Glob (user:*:profile, correspondance sur la clé entière) ou expression régulière (n&apos;importe où dans la clé)</translation>
    </message>
    <message>
        <source>incl.</source>
        <translation>incl.</translation>
    </message>
    <message>
        <source>Include the From key itself</source>
        <translation>Inclure la clé «&#xa0;De&#xa0;» elle-même</translation>
    </message>
    <message>
        <source>Include the To key itself</source>
        <translation>Inclure la clé «&#xa0;À&#xa0;» elle-même</translation>
    </message>
    <message>
        <source>Glob</source>
        <translation>Glob</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>regex</translation>
    </message>
    <message>
        <source>Hide expired</source>
        <translation>Masquer les expirés</translation>
    </message>
    <message>
        <source>Leave out records whose expiry has passed but that are not swept yet</source>
        <translation>Exclure les enregistrements dont l&apos;expiration est passée mais qui ne sont pas encore purgés</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show every key of the namespace again</source>
        <translation>Afficher à nouveau toutes les clés de l&apos;espace de noms</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation>Expression régulière non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Value contains</source>
        <translation>La valeur contient</translation>
    </message>
    <message>
        <source>Only records whose value holds this: text (letters in either case), a regular expression (over the value as text), or hex bytes. Searched record by record as the table fills.</source>
        <translation>Seulement les enregistrements dont la valeur contient ceci : du texte (sans distinction de casse), une expression régulière (sur la valeur en tant que texte) ou des octets en hexadécimal. Recherché enregistrement par enregistrement à mesure que le tableau se remplit.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Not hex bytes: %1</source>
        <translation>Pas des octets en hexadécimal : %1</translation>
    </message>
</context>
<context>
    <name>browser::RecentFiles</name>
    <message>
        <source>Clear Menu</source>
        <translation>Effacer le menu</translation>
    </message>
</context>
<context>
    <name>browser::RecordActions</name>
    <message>
        <source>&amp;Add Record…</source>
        <translation>A&amp;jouter un enregistrement…</translation>
    </message>
    <message>
        <source>&amp;Rename Key…</source>
        <translation>Re&amp;nommer la clé…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Set &amp;Expiry…</source>
        <translation>Définir l&apos;&amp;expiration…</translation>
    </message>
    <message>
        <source>&amp;Remove Expiry</source>
        <translation>Supprimer l&apos;e&amp;xpiration</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Copy &amp;Key</source>
        <translation>Copier la &amp;clé</translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation>Copier la &amp;valeur</translation>
    </message>
    <message>
        <source>As Text</source>
        <translation>En texte</translation>
    </message>
    <message>
        <source>As Hex</source>
        <translation>En Hex</translation>
    </message>
    <message>
        <source>As Base64</source>
        <translation>En Base64</translation>
    </message>
    <message>
        <source>The key %1 already exists.</source>
        <translation>La clé %1 existe déjà.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Rename Key</source>
        <translation>Renommer la clé</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New key for %1:</source>
        <translation>Nouvelle clé pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>The key %1 no longer exists.</source>
        <translation>La clé %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 is too large to rename here.</source>
        <translation>%1 est trop volumineux pour être renommé ici.</translation>
    </message>
    <message>
        <source>Delete Records</source>
        <translation>Supprimer des enregistrements</translation>
    </message>
    <message>
        <source>Delete the record %1?</source>
        <translation>Supprimer l&apos;enregistrement %1&#xa0;?</translation>
    </message>
    <message>
        <source>The deletion is pending until you write the changes; Undo takes it back.</source>
        <translation>La suppression reste en attente jusqu&apos;à ce que vous écriviez les modifications&#xa0;; «&#xa0;Annuler&#xa0;» la révoque.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Not Staged</source>
        <translation>Non mis en attente</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln record(s)?</source>
        <translation>
            <numerusform>Supprimer %Ln enregistrement&#xa0;?</numerusform>
            <numerusform>Supprimer %Ln enregistrements&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>This value is %1; Copy takes values up to %2.</source>
        <translation>Cette valeur fait %1 ; Copier accepte des valeurs jusqu’à %2.</translation>
    </message>
    <message>
        <source>Use Save to File in the value panel: it writes the whole value, as stored.</source>
        <translation>Utilisez « Enregistrer dans un fichier » dans le panneau de la valeur : il écrit la valeur entière, telle qu’elle est stockée.</translation>
    </message>
</context>
<context>
    <name>browser::RemovedDialog</name>
    <message>
        <source>Read Again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <source>Removed Records</source>
        <translation>Enregistrements supprimés</translation>
    </message>
    <message>
        <source>Removed Records in %1</source>
        <translation>Enregistrements supprimés dans %1</translation>
    </message>
    <message>
        <source>Records removed from this namespace whose last value the file still holds (until the database is compacted). Restoring stages them as new records; an expiry that has passed is not restored.</source>
        <translation>Enregistrements supprimés de cet espace de noms dont le fichier contient encore la dernière valeur (jusqu&apos;au compactage de la base de données). La restauration les prépare comme nouveaux enregistrements ; une expiration déjà passée n&apos;est pas restaurée.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Expired or expires</source>
        <translation>Expiré ou expire</translation>
    </message>
    <message>
        <source>Removed at offset</source>
        <translation>Supprimé au décalage</translation>
    </message>
    <message>
        <source>Restore &amp;Selected</source>
        <translation>Restaurer la &amp;sélection</translation>
    </message>
    <message>
        <source>Restore &amp;All</source>
        <translation>&amp;Tout restaurer</translation>
    </message>
    <message>
        <source>Reading removed records</source>
        <translation>Lecture des enregistrements supprimés</translation>
    </message>
    <message>
        <source>No removed record of this namespace is left in the file.</source>
        <translation>Le fichier ne contient plus aucun enregistrement supprimé de cet espace de noms.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed record(s) can be restored.</source>
        <translation>
            <numerusform>%Ln enregistrement supprimé peut être restauré.</numerusform>
            <numerusform>%Ln enregistrements supprimés peuvent être restaurés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last value of %1</source>
        <translation>La dernière valeur de %1</translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln removed record(s)</source>
        <translation>
            <numerusform>Restaurer %Ln enregistrement supprimé</numerusform>
            <numerusform>Restaurer %Ln enregistrements supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) staged: Write Changes saves them to the file.</source>
        <translation>
            <numerusform>%Ln enregistrement mis en attente : « Écrire les modifications » l&apos;enregistre dans le fichier.</numerusform>
            <numerusform>%Ln enregistrements mis en attente : « Écrire les modifications » les enregistre dans le fichier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::SecretField</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide what was typed</source>
        <translation>Afficher ou masquer la saisie</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>browser::SortActions</name>
    <message>
        <source>&amp;Sort By</source>
        <translation>&amp;Trier par</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Clé</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Taille</translation>
    </message>
    <message>
        <source>&amp;Expiry</source>
        <translation>&amp;Expiration</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Décroissant</translation>
    </message>
    <message>
        <source>&amp;Natural Key Order</source>
        <translation>Ordre &amp;naturel des clés</translation>
    </message>
    <message>
        <source>Compare runs of digits in keys as numbers (user:2 before user:19)</source>
        <translation>Comparer les suites de chiffres des clés comme des nombres (user:2 avant user:19)</translation>
    </message>
</context>
<context>
    <name>browser::StagedReader</name>
    <message>
        <source>The record %1 no longer exists (it may have expired).</source>
        <translation>L&apos;enregistrement %1 n&apos;existe plus (il a peut-être expiré).</translation>
    </message>
    <message>
        <source>The value of %1 changed in the file since it was edited here (%2, now %3): nothing was written.</source>
        <translation>La valeur de %1 a changé dans le fichier depuis sa modification ici (%2, maintenant %3) : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The file %1 changed since it was chosen (%2, now %3).</source>
        <translation>Le fichier %1 a changé depuis qu&apos;il a été choisi (%2, maintenant %3).</translation>
    </message>
    <message>
        <source>A read past the end of the value.</source>
        <translation>Une lecture au-delà de la fin de la valeur.</translation>
    </message>
    <message>
        <source>The value of %1 changed in the file while it was read.</source>
        <translation>La valeur de %1 a changé dans le fichier pendant sa lecture.</translation>
    </message>
</context>
<context>
    <name>browser::StatisticsDialog</name>
    <message>
        <source>Scan Records</source>
        <translation>Analyser les enregistrements</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Where the bytes go</source>
        <translation>Répartition des octets</translation>
    </message>
    <message>
        <source>Records per namespace</source>
        <translation>Enregistrements par espace de noms</translation>
    </message>
    <message>
        <source>Bytes per namespace</source>
        <translation>Octets par espace de noms</translation>
    </message>
    <message>
        <source>Key sizes (unexpired records)</source>
        <translation>Tailles des clés (enregistrements non expirés)</translation>
    </message>
    <message>
        <source>Value sizes (unexpired records)</source>
        <translation>Tailles des valeurs (enregistrements non expirés)</translation>
    </message>
    <message>
        <source>Expiry timeline (records)</source>
        <translation>Chronologie des expirations (enregistrements)</translation>
    </message>
    <message>
        <source>Records (every namespace)</source>
        <translation>Enregistrements (tous les espaces de noms)</translation>
    </message>
    <message>
        <source>Records in the default namespace</source>
        <translation>Enregistrements dans l&apos;espace de noms par défaut</translation>
    </message>
    <message>
        <source>Named namespaces</source>
        <translation>Espaces de noms nommés</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Taille du fichier</translation>
    </message>
    <message>
        <source>Journal (bytes holding frames)</source>
        <translation>Journal (octets occupés par des trames)</translation>
    </message>
    <message>
        <source>Preallocated beyond the frames</source>
        <translation>Préalloué après les trames</translation>
    </message>
    <message>
        <source>Live bytes</source>
        <translation>Octets actifs</translation>
    </message>
    <message>
        <source>Dead bytes (replaced, removed)</source>
        <translation>Octets obsolètes (remplacés, supprimés)</translation>
    </message>
    <message>
        <source>Expired, not yet swept</source>
        <translation>Expirés, pas encore purgés</translation>
    </message>
    <message>
        <source>%1 in %2 records</source>
        <translation>%1 dans %2 enregistrements</translation>
    </message>
    <message>
        <source>Compaction would reclaim, about</source>
        <translation>Le compactage récupérerait environ</translation>
    </message>
    <message>
        <source>Range scans</source>
        <translation>Parcours par plage</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffrée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Damaged from byte</source>
        <translation>Endommagée à partir de l&apos;octet</translation>
    </message>
    <message>
        <source>live</source>
        <translation>actifs</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirés</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>obsolètes</translation>
    </message>
    <message>
        <source>preallocated</source>
        <translation>préalloués</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>Scanning records</source>
        <translation>Analyse des enregistrements</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n record(s).</source>
        <translation>
            <numerusform>%n enregistrement analysé.</numerusform>
            <numerusform>%n enregistrements analysés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <source>none: the next open replays the whole journal</source>
        <translation>aucun : la prochaine ouverture relit tout le journal</translation>
    </message>
    <message>
        <source>covers %1 of the journal&apos;s %2</source>
        <translation>couvre %1 des %2 du journal</translation>
    </message>
</context>
<context>
    <name>browser::StatusPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Annuler la tâche en cours</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Non chiffrée</translation>
    </message>
    <message>
        <source>Encrypted (%1)</source>
        <translation>Chiffrée (%1)</translation>
    </message>
    <message>
        <source>Read-only, not locked</source>
        <translation>Lecture seule, non verrouillée</translation>
    </message>
    <message>
        <source>damaged at byte %L1</source>
        <translation>endommagée à partir de l&apos;octet %L1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln enregistrement</numerusform>
            <numerusform>%Ln enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln named namespace(s) and the default one</source>
        <translation>
            <numerusform>Dans %Ln espace de noms nommé et celui par défaut</numerusform>
            <numerusform>Dans %Ln espaces de noms nommés et celui par défaut</numerusform>
        </translation>
    </message>
    <message>
        <source>Writable; other writers are locked out</source>
        <translation>Accessible en écriture ; les autres écrivains sont exclus</translation>
    </message>
</context>
<context>
    <name>browser::StructuredModel</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>entier</translation>
    </message>
    <message>
        <source>float (%1-bit)</source>
        <translation>flottant (%1 bits)</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <source>simple value</source>
        <translation>valeur simple</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>map</source>
        <translation>map</translation>
    </message>
    <message>
        <source>extension type %1</source>
        <translation>type d&apos;extension %1</translation>
    </message>
    <message>
        <source>, tag %1</source>
        <translation>, étiquette %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::StructuredView</name>
    <message>
        <source>As JSON this %1 value has a line of %L2 characters, more than the editor takes (%L3): edit it in Hex or Base64.</source>
        <translation>En JSON, cette valeur %1 a une ligne de %L2 caractères, plus que l&apos;éditeur n&apos;en accepte (%L3)&#xa0;: modifiez-la en hexadécimal ou en Base64.</translation>
    </message>
    <message>
        <source>%1 as JSON:</source>
        <translation>%1 en JSON&#xa0;:</translation>
    </message>
    <message>
        <source>%1 as JSON; Apply writes it back as %1 (byte strings are {&quot;$bytes&quot;: &quot;Base64&quot;}):</source>
        <translation>%1 en JSON&#xa0;; «&#xa0;Appliquer&#xa0;» le réécrit en %1 (les chaînes d&apos;octets sont {&quot;$bytes&quot;: &quot;Base64&quot;})&#xa0;:</translation>
    </message>
    <message>
        <source>This %1 value cannot be edited as JSON: %2 Edit it in Hex or Base64.</source>
        <translation>Cette valeur %1 ne peut pas être modifiée en JSON&#xa0;: %2 Modifiez-la en hexadécimal ou en Base64.</translation>
    </message>
</context>
<context>
    <name>browser::TaskDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>browser::TtlDialog</name>
    <message>
        <source>Set Expiry</source>
        <translation>Définir l&apos;expiration</translation>
    </message>
    <message numerus="yes">
        <source>Set the expiry of %n record(s):</source>
        <translation>
            <numerusform>Définir l&apos;expiration de %n enregistrement&#xa0;:</numerusform>
            <numerusform>Définir l&apos;expiration de %n enregistrements&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Never expires</source>
        <translation>N&apos;expire &amp;jamais</translation>
    </message>
    <message>
        <source>Expires &amp;after</source>
        <translation>Expire &amp;après</translation>
    </message>
    <message>
        <source>Expires a&amp;t</source>
        <translation>Expire &amp;le</translation>
    </message>
    <message>
        <source>e.g. 45s, 30m, 1h30m, 7d</source>
        <translation>p.&#xa0;ex. 45s, 30m, 1h30m, 7d</translation>
    </message>
    <message>
        <source>UTC: %1</source>
        <translation>UTC&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>browser::ValueFindBar</name>
    <message>
        <source>Find in value</source>
        <translation>Rechercher dans la valeur</translation>
    </message>
    <message>
        <source>Enter or F3 finds the next match, Shift+Enter or Shift+F3 the one before: bytes in the Hex view (ff 00 1a, 0xdead, de:ad, or &quot;text&quot; in quotes), text in the Text view</source>
        <translation>Entrée ou F3 trouve le résultat suivant, Maj+Entrée ou Maj+F3 le précédent&#xa0;: des octets dans la vue Hex (ff 00 1a, 0xdead, de:ad, ou &quot;texte&quot; entre guillemets), du texte dans la vue Texte</translation>
    </message>
    <message>
        <source>Find the match before (Shift+F3)</source>
        <translation>Rechercher le résultat précédent (Maj+F3)</translation>
    </message>
    <message>
        <source>Find the next match (F3)</source>
        <translation>Rechercher le résultat suivant (F3)</translation>
    </message>
    <message>
        <source>In the Hex view, find looks for bytes: pairs of digits 0-9 and a-f, such as ff 00 1a, 0xdead or de:ad; text goes in double quotes.</source>
        <translation>Dans la vue Hex, la recherche porte sur des octets&#xa0;: des paires de chiffres 0-9 et a-f, comme ff 00 1a, 0xdead ou de:ad&#xa0;; le texte se met entre guillemets doubles.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>The search stopped before it was done.</source>
        <translation>La recherche s&apos;est arrêtée avant la fin.</translation>
    </message>
    <message>
        <source>Not found: %1 is nowhere in this value.</source>
        <translation>Introuvable&#xa0;: %1 n&apos;apparaît nulle part dans cette valeur.</translation>
    </message>
    <message>
        <source>Found at offset %L1 (0x%2). F3 finds the next, Shift+F3 the one before.</source>
        <translation>Trouvé au décalage %L1 (0x%2). F3 trouve le suivant, Maj+F3 le précédent.</translation>
    </message>
</context>
<context>
    <name>browser::ValuePanel</name>
    <message>
        <source>Auto</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
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
        <translation>Mode d&apos;affichage de la valeur</translation>
    </message>
    <message>
        <source>Syntax highlighting for text</source>
        <translation>Coloration syntaxique du texte</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Retour à la ligne</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Select a record to see its value.</source>
        <translation>Sélectionnez un enregistrement pour voir sa valeur.</translation>
    </message>
    <message>
        <source>default namespace</source>
        <translation>espace de noms par défaut</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>espace de noms %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <source>This is not hex: pairs of digits 0-9 and a-f, with spaces or lines between them.</source>
        <translation>Ce n&apos;est pas du Hex valide&#xa0;: il faut des paires de chiffres 0-9 et a-f, séparées ou non par des espaces ou des sauts de ligne.</translation>
    </message>
    <message>
        <source>This is not valid Base64.</source>
        <translation>Ce n&apos;est pas du Base64 valide.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Not an image this view can show (PNG, JPEG or SVG): shown in hex.</source>
        <translation>Ce n&apos;est pas une image que cette vue peut afficher (PNG, JPEG ou SVG)&#xa0;: affichage en Hex.</translation>
    </message>
    <message>
        <source>Not valid JSON: shown as text.</source>
        <translation>JSON non valide&#xa0;: affichage en texte.</translation>
    </message>
    <message>
        <source>Not valid UTF-8: shown with replacement characters. Edit it in Hex or Base64.</source>
        <translation>UTF-8 non valide&#xa0;: affichage avec des caractères de remplacement. Modifiez la valeur en Hex ou en Base64.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2: too large to edit here.</source>
        <translation>Affichage des premiers %1 sur %2&#xa0;: trop volumineux pour être modifié ici.</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>Lecture seule.</translation>
    </message>
    <message>
        <source>Stage this value; Write Changes saves it to the file (Ctrl+Return)</source>
        <translation>Préparer cette valeur ; « Écrire les modifications » l’enregistre dans le fichier (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Go to offset</source>
        <translation>Aller au décalage</translation>
    </message>
    <message>
        <source>A byte offset: decimal, or hex with 0x</source>
        <translation>Un décalage en octets : décimal, ou hexadécimal avec 0x</translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>Write the whole value to a file, as it is stored</source>
        <translation>Écrire la valeur entière dans un fichier, telle qu’elle est stockée</translation>
    </message>
    <message>
        <source>Not an offset within the value: 0 to %L1 (or 0x…).</source>
        <translation>Pas un décalage dans la valeur : de 0 à %L1 (ou 0x…).</translation>
    </message>
    <message>
        <source>Offset %L1 of %L2</source>
        <translation>Décalage %L1 sur %L2</translation>
    </message>
    <message>
        <source>%1 is too large to edit here (up to %2): it is shown page by page, as text or hex. Save it to a file to work on it elsewhere.</source>
        <translation>%1 est trop grand pour être modifié ici (jusqu’à %2) : la valeur est affichée page par page, en texte ou en hexadécimal. Enregistrez-la dans un fichier pour la travailler ailleurs.</translation>
    </message>
    <message>
        <source>This value has a line of %L1 characters, more than the editor takes (%L2): shown read-only, page by page. Edit it in Hex or Base64.</source>
        <translation>Cette valeur a une ligne de %L1 caractères, plus que l’éditeur n’en accepte (%L2) : elle est affichée en lecture seule, page par page. Modifiez-la en hexadécimal ou en Base64.</translation>
    </message>
    <message>
        <source>In this view the value is %L1 characters, more than the editor takes (%L2): shown read-only, page by page.</source>
        <translation>Dans cette vue, la valeur fait %L1 caractères, plus que l’éditeur n’en accepte (%L2) : elle est affichée en lecture seule, page par page.</translation>
    </message>
    <message>
        <source>Replace from File…</source>
        <translation>Remplacer par un fichier…</translation>
    </message>
    <message>
        <source>Stage a file&apos;s bytes as the new value, read when the changes are written</source>
        <translation>Préparer les octets d&apos;un fichier comme nouvelle valeur, lus à l&apos;écriture des modifications</translation>
    </message>
    <message>
        <source>%1 is too large for the text editor (up to %2): it is shown page by page. In Hex, type over bytes to change them; Replace from File takes a whole new value; Save to File takes it elsewhere.</source>
        <translation>%1 est trop grand pour l&apos;éditeur de texte (jusqu&apos;à %2) : la valeur est affichée page par page. En Hex, tapez sur les octets pour les modifier ; « Remplacer par un fichier » prend une toute nouvelle valeur ; « Enregistrer dans un fichier » l&apos;emporte ailleurs.</translation>
    </message>
    <message>
        <source>Only part of this value is held here: Apply stages the bytes typed over.</source>
        <translation>Seule une partie de cette valeur est chargée ici : « Appliquer » prépare les octets remplacés.</translation>
    </message>
    <message>
        <source>CBOR / MessagePack</source>
        <translation>CBOR / MessagePack</translation>
    </message>
    <message>
        <source>Neither CBOR nor MessagePack (a map or an array that encodes back to its bytes): shown in hex.</source>
        <translation>Ni CBOR ni MessagePack (une map ou un tableau qui se réencode en ses propres octets)&#xa0;: affichage en hexadécimal.</translation>
    </message>
    <message>
        <source>Type hex digits over bytes; Insert switches to inserting them (Delete and Backspace remove bytes). Shift selects, Ctrl+C copies, Ctrl+F finds.</source>
        <translation>Tapez des chiffres hexadécimaux par-dessus les octets&#xa0;; Inser passe à l&apos;insertion (Suppr et Retour arrière suppriment des octets). Maj sélectionne, Ctrl+C copie, Ctrl+F recherche.</translation>
    </message>
</context>
<context>
    <name>browser::ValueView</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Only part of this value is held here, so its length cannot change: bytes can be typed over (overwrite), not inserted or removed.</source>
        <translation>Seule une partie de cette valeur est chargée ici, sa longueur ne peut donc pas changer&#xa0;: les octets peuvent être remplacés par la frappe (écrasement), mais ni insérés ni supprimés.</translation>
    </message>
    <message>
        <source>Only a selection of up to %1 whose bytes are shown can be copied; Save to File takes the whole value.</source>
        <translation>Seule une sélection d&apos;au plus %1 dont les octets sont affichés peut être copiée&#xa0;; «&#xa0;Enregistrer dans un fichier&#xa0;» prend la valeur entière.</translation>
    </message>
    <message>
        <source>Cursor 0x%1</source>
        <translation>Curseur 0x%1</translation>
    </message>
    <message numerus="yes">
        <source>Selected %Ln byte(s) from 0x%1 to 0x%2</source>
        <translation>
            <numerusform>%Ln octet sélectionné, de 0x%1 à 0x%2</numerusform>
            <numerusform>%Ln octets sélectionnés, de 0x%1 à 0x%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insertion</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Écrasement</translation>
    </message>
</context>
<context>
    <name>browser::VersionView</name>
    <message>
        <source>%1 (the first %2 of %3)</source>
        <translation>%1 (les premiers %2 sur %3)</translation>
    </message>
    <message>
        <source>The two values are the same (%1).</source>
        <translation>Les deux valeurs sont identiques (%1).</translation>
    </message>
    <message>
        <source>The first %1 are the same; the rest is not shown.</source>
        <translation>Les premiers %1 sont identiques ; le reste n&apos;est pas affiché.</translation>
    </message>
    <message>
        <source>They first differ at byte %1 (sizes %2 and %3); lines that differ are marked.</source>
        <translation>La première différence est à l&apos;octet %1 (tailles %2 et %3) ; les lignes qui diffèrent sont signalées.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect and edit emdb databases.</source>
        <translation>Inspecter et modifier des bases de données emdb.</translation>
    </message>
    <message>
        <source>The database to open.</source>
        <translation>La base de données à ouvrir.</translation>
    </message>
    <message>
        <source>Open the file read-only, without its lock.</source>
        <translation>Ouvrir le fichier en lecture seule, sans son verrou.</translation>
    </message>
    <message>
        <source>Open &lt;file&gt;, writing a demo database there first if it does not exist.</source>
        <translation>Ouvrir &lt;file&gt;, en y écrivant d&apos;abord une base de données de démonstration si le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Open the file, print how many records it holds once the first rows show, and exit (0 on success).</source>
        <translation>Ouvrir le fichier, afficher le nombre d&apos;enregistrements qu&apos;il contient dès que les premières lignes apparaissent, puis quitter (0 en cas de succès).</translation>
    </message>
</context>
</TS>
