<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>DatabaseController</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>A key is 32 bytes (64 hex digits).</source>
        <translation>Una clave tiene 32 bytes (64 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>The lock is still held by a running process.</source>
        <translation>Un proceso en ejecución aún mantiene el bloqueo.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>expired just now</source>
        <translation>caducado hace un momento</translation>
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
        <translation>dentro de %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <comment>an expiry past: expired 2 h ago</comment>
        <translation>caducado hace %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The namespace no longer exists.</source>
        <translation>El espacio de nombres ya no existe.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir en %1.</translation>
    </message>
    <message>
        <source>Writing %1 failed (disk full?).</source>
        <translation>Error al escribir en %1 (¿disco lleno?).</translation>
    </message>
</context>
<context>
    <name>KeyScope</name>
    <message>
        <source>hex digits, two for each byte (spaces and colons allowed)</source>
        <translation>dígitos hexadecimales, dos por byte (se admiten espacios y dos puntos)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>emdb databases (*.emdb);;All files (*)</source>
        <translation>Bases de datos emdb (*.emdb);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Past</name>
    <message>
        <source>The namespace no longer exists.</source>
        <translation>El espacio de nombres ya no existe.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <source>The other database is encrypted: open an encrypted database with the same key to compare them.</source>
        <translation>La otra base de datos está cifrada: abra una base de datos cifrada con la misma clave para compararlas.</translation>
    </message>
    <message>
        <source>This database no longer has the record.</source>
        <translation>Esta base de datos ya no contiene el registro.</translation>
    </message>
    <message>
        <source>Compare the databases again: the other one was closed.</source>
        <translation>Vuelva a comparar las bases de datos: la otra se ha cerrado.</translation>
    </message>
    <message>
        <source>The other database has no such record.</source>
        <translation>La otra base de datos no contiene ese registro.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>expired</source>
        <translation>caducados</translation>
    </message>
    <message>
        <source>within an hour</source>
        <translation>en menos de una hora</translation>
    </message>
    <message>
        <source>within a day</source>
        <translation>en menos de un día</translation>
    </message>
    <message>
        <source>within a week</source>
        <translation>en menos de una semana</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>en menos de 30 días</translation>
    </message>
    <message>
        <source>later</source>
        <translation>más adelante</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>StructuredValue</name>
    <message>
        <source>at %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>at the top level</source>
        <translation>en el nivel superior</translation>
    </message>
    <message>
        <source>It is longer than %L1 characters as JSON.</source>
        <translation>Como JSON ocupa más de %L1 caracteres.</translation>
    </message>
    <message>
        <source>An integer below -2^63 has no JSON form here (%1).</source>
        <translation>Un entero menor que -2^63 no tiene forma JSON aquí (%1).</translation>
    </message>
    <message>
        <source>Text that is not UTF-8 has no JSON form (%1).</source>
        <translation>Un texto que no es UTF-8 no tiene forma JSON (%1).</translation>
    </message>
    <message>
        <source>A NaN with a payload has no JSON form (%1).</source>
        <translation>Un NaN con carga útil no tiene forma JSON (%1).</translation>
    </message>
    <message>
        <source>The integer %1 is out of range: integers go from -2^63 to 2^64-1.</source>
        <translation>El entero %1 está fuera de rango: los enteros van de -2^63 a 2^64-1.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>The JSON is nested deeper than %1 levels.</source>
        <translation>El JSON tiene más de %1 niveles de anidamiento.</translation>
    </message>
    <message>
        <source>Nested deeper than %1 levels.</source>
        <translation>Anidado en más de %1 niveles.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice; a map with repeated keys is written {&quot;$map&quot;: [[key, value], …]}.</source>
        <translation>La clave «%1» aparece dos veces; un mapa con claves repetidas se escribe {"$map": [[clave, valor], …]}.</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 no existe en %2.</translation>
    </message>
    <message>
        <source>$bytes takes a Base64 string.</source>
        <translation>$bytes admite una cadena Base64.</translation>
    </message>
    <message>
        <source>%1 takes a number, &quot;NaN&quot;, &quot;Infinity&quot; or &quot;-Infinity&quot;.</source>
        <translation>%1 admite un número, "NaN", "Infinity" o "-Infinity".</translation>
    </message>
    <message>
        <source>$map takes an array of [key, value] pairs.</source>
        <translation>$map admite un array de pares [clave, valor].</translation>
    </message>
    <message>
        <source>$tag takes [tag number, item].</source>
        <translation>$tag admite [número de etiqueta, elemento].</translation>
    </message>
    <message>
        <source>$simple takes 0 to 19 or 32 to 255.</source>
        <translation>$simple admite de 0 a 19 o de 32 a 255.</translation>
    </message>
    <message>
        <source>$undefined takes null.</source>
        <translation>$undefined admite null.</translation>
    </message>
    <message>
        <source>$ext takes [type from -128 to 127, Base64 string].</source>
        <translation>$ext admite [tipo de -128 a 127, cadena Base64].</translation>
    </message>
    <message>
        <source>%1 is none of $bytes, $float16, $float32, $float64, $map, $tag, $simple, $undefined and $ext; a map with one key that starts with $ is written {&quot;$map&quot;: [[key, value]]}.</source>
        <translation>%1 no es ninguno de $bytes, $float16, $float32, $float64, $map, $tag, $simple, $undefined y $ext; un mapa con una sola clave que empieza por $ se escribe {"$map": [[clave, valor]]}.</translation>
    </message>
    <message>
        <source>Not valid JSON.</source>
        <translation>JSON no válido.</translation>
    </message>
    <message>
        <source>The value must stay a map or an array (an object, an array or a $map) to be recognised as %1.</source>
        <translation>El valor debe seguir siendo un mapa o un array (un objeto, un array o un $map) para reconocerse como %1.</translation>
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
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>PNG image, %1</source>
        <translation>Imagen PNG, %1</translation>
    </message>
    <message>
        <source>JPEG image, %1</source>
        <translation>Imagen JPEG, %1</translation>
    </message>
</context>
<context>
    <name>browser::AboutDialog</name>
    <message>
        <source>About emdb Browser</source>
        <translation>Acerca de emdb Browser</translation>
    </message>
    <message>
        <source>&lt;h3&gt;emdb Browser %1&lt;/h3&gt;&lt;p&gt;Inspect and edit emdb databases: their namespaces, keys, values and expiries, with the engine on a worker thread so the window never freezes.&lt;/p&gt;&lt;p&gt;Built with: %2&lt;/p&gt;&lt;p&gt;Free software under the MIT licence: you may use, copy, change and share it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;emdb Browser %1&lt;/h3&gt;&lt;p&gt;Inspeccione y edite bases de datos emdb: sus espacios de nombres, claves, valores y caducidades, con el motor en un hilo de trabajo para que la ventana nunca se bloquee.&lt;/p&gt;&lt;p&gt;Compilado con: %2&lt;/p&gt;&lt;p&gt;Software libre bajo la licencia MIT: puede usarlo, copiarlo, modificarlo y compartirlo.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>browser::AddRecordDialog</name>
    <message>
        <source>Add Record</source>
        <translation>Añadir registro</translation>
    </message>
    <message>
        <source>Type a new name to create a namespace</source>
        <translation>Escriba un nombre nuevo para crear un espacio de nombres</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(predeterminado)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
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
        <translation>nunca (o p. ej. 30m, 1h30m, 7d)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Espacio de nombres:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>Value &amp;as:</source>
        <translation>Valor c&amp;omo:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>Caduca &amp;tras:</translation>
    </message>
    <message>
        <source>Enter a key.</source>
        <translation>Introduzca una clave.</translation>
    </message>
    <message>
        <source>The key is not valid hex.</source>
        <translation>La clave no es hexadecimal válida.</translation>
    </message>
    <message>
        <source>Write the expiry as a duration such as 45s, 30m, 1h30m or 7d.</source>
        <translation>Escriba la caducidad como una duración, por ejemplo 45s, 30m, 1h30m o 7d.</translation>
    </message>
    <message>
        <source>The value is not valid %1.</source>
        <translation>El valor no es %1 válido.</translation>
    </message>
</context>
<context>
    <name>browser::BackupDialog</name>
    <message>
        <source>Back Up</source>
        <translation>Crear copia</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database to a new file. Writes go on meanwhile; the copy holds the records as they were when the backup began.</source>
        <translation>Escribe una copia coherente de la base de datos en un archivo nuevo. Mientras tanto se puede seguir escribiendo; la copia contiene los registros tal como estaban al comenzar la copia de seguridad.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Back Up To</source>
        <translation>Guardar copia de seguridad en</translation>
    </message>
    <message>
        <source>Choose a file to back up to.</source>
        <translation>Elija el archivo en el que guardar la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup cannot be the database itself. Choose another file.</source>
        <translation>La copia de seguridad no puede ser la propia base de datos. Elija otro archivo.</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new file.</source>
        <translation>%1 ya existe. Elija un archivo nuevo.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Creando la copia de seguridad</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <source>Cancelled: no backup was written.</source>
        <translation>Cancelado: no se ha escrito ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup was written but does not open: %1</source>
        <translation>La copia de seguridad se ha escrito, pero no se puede abrir: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to %1. The backup opens and holds %n record(s), as the database did.</source>
        <translation>
            <numerusform>Copia de seguridad guardada en %1. La copia se abre y contiene %n registro, igual que la base de datos.</numerusform>
            <numerusform>Copia de seguridad guardada en %1. La copia se abre y contiene %n registros, igual que la base de datos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up to %1. The backup holds %2 records; the database held %3 when the backup began (writes made meanwhile account for the difference).</source>
        <translation>Copia de seguridad guardada en %1. La copia contiene %2 registros; la base de datos contenía %3 al comenzar la copia (las escrituras realizadas mientras tanto explican la diferencia).</translation>
    </message>
    <message>
        <source>Replace Backup</source>
        <translation>Reemplazar copia de seguridad</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the new backup?</source>
        <translation>%1 ya existe. ¿Reemplazarlo por la nueva copia de seguridad?</translation>
    </message>
</context>
<context>
    <name>browser::CompactDialog</name>
    <message>
        <source>Compact</source>
        <translation>Compactar</translation>
    </message>
    <message>
        <source>Compact Database</source>
        <translation>Compactar base de datos</translation>
    </message>
    <message>
        <source>Compaction rewrites the file with only its live records: replaced, removed and expired records are dropped. Reads and writes go on meanwhile.</source>
        <translation>La compactación reescribe el archivo solo con sus registros activos: se descartan los registros reemplazados, eliminados y caducados. Mientras tanto se puede seguir leyendo y escribiendo.</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;File size now:&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Dead bytes (replaced, removed, expired):&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Size after compaction, about:&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Space reclaimed, about:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Tamaño actual del archivo:&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Bytes muertos (reemplazados, eliminados, caducados):&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tamaño tras la compactación, aprox.:&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Espacio recuperado, aprox.:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Compacting</source>
        <translation>Compactando</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <source>Cancelled: the file is unchanged.</source>
        <translation>Cancelado: el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Done: the file is now %1 (it was %2).</source>
        <translation>Hecho: el archivo ocupa ahora %1 (antes ocupaba %2).</translation>
    </message>
</context>
<context>
    <name>browser::CompareDialog</name>
    <message>
        <source>only in the other</source>
        <translation>solo en la otra</translation>
    </message>
    <message>
        <source>only in this one</source>
        <translation>solo en esta</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Compare With Another Database</source>
        <translation>Comparar con otra base de datos</translation>
    </message>
    <message>
        <source>Compares every record of this database with another emdb file (a backup, or a copy from another machine). The other file is only read. An encrypted one opens with this database&apos;s key.</source>
        <translation>Compara cada registro de esta base de datos con otro archivo emdb (una copia de seguridad o una copia de otro equipo). El otro archivo solo se lee. Si está cifrado, se abre con la clave de esta base de datos.</translation>
    </message>
    <message>
        <source>The other database file</source>
        <translation>El otro archivo de base de datos</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espacio de nombres</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Size here</source>
        <translation>Tamaño aquí</translation>
    </message>
    <message>
        <source>Size in the other</source>
        <translation>Tamaño en la otra</translation>
    </message>
    <message>
        <source>&amp;Export as JSON Lines…</source>
        <translation>&amp;Exportar como JSON Lines…</translation>
    </message>
    <message>
        <source>Choose the database to compare with.</source>
        <translation>Elija la base de datos con la que comparar.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>That is this database: choose another file.</source>
        <translation>Esa es esta misma base de datos: elija otro archivo.</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Comparando</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(predeterminado)</translation>
    </message>
    <message>
        <source>The two databases hold the same records.</source>
        <translation>Las dos bases de datos contienen los mismos registros.</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln only in the other</source>
        <translation>
            <numerusform>%Ln solo en la otra</numerusform>
            <numerusform>%Ln solo en la otra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln only in this one</source>
        <translation>
            <numerusform>%Ln solo en esta</numerusform>
            <numerusform>%Ln solo en esta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln cambiado</numerusform>
            <numerusform>%Ln cambiados</numerusform>
        </translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Esta base de datos</translation>
    </message>
    <message>
        <source>Export Differences</source>
        <translation>Exportar diferencias</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln difference(s) written to %1.</source>
        <translation>
            <numerusform>Se ha escrito %Ln diferencia en %1.</numerusform>
            <numerusform>Se han escrito %Ln diferencias en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::DatabaseController</name>
    <message>
        <source>Opening %1</source>
        <translation>Abriendo %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new frame(s) read</source>
        <translation>
            <numerusform>Se ha leído %n trama nueva</numerusform>
            <numerusform>Se han leído %n tramas nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the sample database</source>
        <translation>Creando la base de datos de ejemplo</translation>
    </message>
    <message>
        <source>Could not create the sample: %1</source>
        <translation>No se pudo crear la base de datos de ejemplo: %1</translation>
    </message>
    <message>
        <source>Changing the key</source>
        <translation>Cambiando la clave de cifrado</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Cifrando</translation>
    </message>
    <message>
        <source>Decrypting</source>
        <translation>Descifrando</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <source>The record %1 no longer exists (it may have expired).</source>
        <translation>El registro %1 ya no existe (puede que haya caducado).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s)</source>
        <translation>
            <numerusform>Se ha escrito %n cambio</numerusform>
            <numerusform>Se han escrito %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweeping expired records</source>
        <translation>Purgando los registros caducados</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n expired record(s)</source>
        <translation>
            <numerusform>Se ha eliminado %n registro caducado</numerusform>
            <numerusform>Se han eliminado %n registros caducados</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the value to a file</source>
        <translation>Guardando el valor en un archivo</translation>
    </message>
    <message>
        <source>The record has expired or was removed.</source>
        <translation>El registro ha caducado o se ha eliminado.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelado: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Saved the value to %1.</source>
        <translation>Se guardó el valor en %1.</translation>
    </message>
    <message>
        <source>The value was not saved to %1: %2</source>
        <translation>El valor no se guardó en %1: %2</translation>
    </message>
    <message>
        <source>Searching the value</source>
        <translation>Buscando en el valor</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>Búsqueda cancelada.</translation>
    </message>
</context>
<context>
    <name>browser::EncryptionDialog</name>
    <message>
        <source>Encrypt</source>
        <translation>Cifrar</translation>
    </message>
    <message>
        <source>Change Key</source>
        <translation>Cambiar clave</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Descifrar</translation>
    </message>
    <message>
        <source>Encrypt Database</source>
        <translation>Cifrar base de datos</translation>
    </message>
    <message>
        <source>Change Encryption Key</source>
        <translation>Cambiar clave de cifrado</translation>
    </message>
    <message>
        <source>Decrypt Database</source>
        <translation>Descifrar base de datos</translation>
    </message>
    <message>
        <source>Encrypts every record of %1 with a passphrase (through Argon2id) or a 32-byte key.</source>
        <translation>Cifra todos los registros de %1 con una frase de contraseña (mediante Argon2id) o una clave de 32 bytes.</translation>
    </message>
    <message>
        <source>Re-encrypts every record of %1 with a new passphrase or key (%2 now).</source>
        <translation>Vuelve a cifrar todos los registros de %1 con una nueva frase de contraseña o clave (actualmente %2).</translation>
    </message>
    <message>
        <source>Writes every record of %1 back in plain form: anyone who can read the file can read them.</source>
        <translation>Vuelve a escribir todos los registros de %1 sin cifrar: cualquiera que pueda leer el archivo podrá leerlos.</translation>
    </message>
    <message>
        <source>The database is closed meanwhile and reopened afterwards; the old file is kept until the new one is complete.</source>
        <translation>Mientras tanto, la base de datos se cierra y después se vuelve a abrir; el archivo antiguo se conserva hasta que el nuevo esté completo.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Key (64 hex digits)</source>
        <translation>&amp;Clave (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>Keep the current cipher</source>
        <translation>Mantener el algoritmo de cifrado actual</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>Algoritmo de cifrado:</translation>
    </message>
    <message>
        <source>Done: the database is no longer encrypted.</source>
        <translation>Hecho: la base de datos ya no está cifrada.</translation>
    </message>
    <message>
        <source>Done: only the new passphrase or key opens the database now.</source>
        <translation>Hecho: ahora la base de datos solo se abre con la nueva frase de contraseña o clave.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se ha cambiado nada: %1</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>A key is 32 bytes written as 64 hex digits.</source>
        <translation>Una clave son 32 bytes escritos como 64 dígitos hexadecimales.</translation>
    </message>
</context>
<context>
    <name>browser::ExpiryDelegate</name>
    <message>
        <source>1h30m, 2026-12-31 18:00, or empty for none</source>
        <translation>1h30m, 2026-12-31 18:00 o vacío para no caducar</translation>
    </message>
    <message>
        <source>A duration from now, a local date and time, or nothing for no expiry</source>
        <translation>Una duración a partir de ahora, una fecha y hora locales, o nada para que no caduque</translation>
    </message>
</context>
<context>
    <name>browser::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export Records</source>
        <translation>Exportar registros</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(predeterminado)</translation>
    </message>
    <message>
        <source>The whole namespace %1</source>
        <translation>Todo el espacio de nombres %1</translation>
    </message>
    <message numerus="yes">
        <source>The selected records (%n)</source>
        <translation>
            <numerusform>El registro seleccionado (%n)</numerusform>
            <numerusform>Los registros seleccionados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The records the table shows (prefix, range and pattern)</source>
        <translation>Los registros que muestra la tabla (prefijo, intervalo y patrón)</translation>
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
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportar a</translation>
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
        <translation>Elija el archivo al que exportar.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>Se ha exportado %n registro a %1.</numerusform>
            <numerusform>Se han exportado %n registros a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::HexBytesDialog</name>
    <message>
        <source>Type hex digits to insert bytes; Insert switches to typing over them; Delete and Backspace remove bytes.</source>
        <translation>Escriba dígitos hexadecimales para insertar bytes; Insert cambia a sobrescribirlos; Supr y Retroceso eliminan bytes.</translation>
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
        <translation>Volver a leer</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>Every version of this record that the file still holds: the journal keeps replaced and removed values until the database is compacted. Select a version to see its value, two to compare them.</source>
        <translation>Todas las versiones de este registro que el archivo aún contiene: el diario conserva los valores reemplazados y eliminados hasta que se compacta la base de datos. Seleccione una versión para ver su valor, o dos para compararlas.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation>Caduca (UTC)</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Restaurar esta versión</translation>
    </message>
    <message>
        <source>Stages the selected version&apos;s value (and its expiry, when still ahead) as a pending edit</source>
        <translation>Prepara el valor de la versión seleccionada (y su caducidad, si aún no ha pasado) como modificación pendiente</translation>
    </message>
    <message>
        <source>Reading the history of %1</source>
        <translation>Leyendo el historial de %1</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminación</translation>
    </message>
    <message>
        <source>written (current)</source>
        <translation>escritura (actual)</translation>
    </message>
    <message>
        <source>written</source>
        <translation>escritura</translation>
    </message>
    <message>
        <source>The file holds no version of this record: it was compacted away, or never written.</source>
        <translation>El archivo no contiene ninguna versión de este registro: se descartó al compactar o nunca se escribió.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s) in the file.</source>
        <translation>
            <numerusform>%Ln versión en el archivo.</numerusform>
            <numerusform>%Ln versiones en el archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Select one version to see it, or two to compare them.</source>
        <translation>Seleccione una versión para verla, o dos para compararlas.</translation>
    </message>
    <message>
        <source>%1 is a removal: it has no value.</source>
        <translation>%1 es una eliminación: no tiene valor.</translation>
    </message>
    <message>
        <source>Restore version %1 of %2</source>
        <translation>Restaurar la versión %1 de %2</translation>
    </message>
    <message>
        <source>Version %1 is staged: Write Changes saves it to the file.</source>
        <translation>La versión %1 está preparada: «Guardar cambios» la escribe en el archivo.</translation>
    </message>
</context>
<context>
    <name>browser::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import Records</source>
        <translation>Importar registros</translation>
    </message>
    <message>
        <source>By the file&apos;s extension</source>
        <translation>Según la extensión del archivo</translation>
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
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Import From</source>
        <translation>Importar desde</translation>
    </message>
    <message>
        <source>Records (*.jsonl *.json *.csv);;All files (*)</source>
        <translation>Registros (*.jsonl *.json *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Elija el archivo que desea importar.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>Se ha importado %n registro.</numerusform>
            <numerusform>Se han importado %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Reads records from a JSON Lines or CSV file as Export writes them (namespace, key, value, expiry). Preview compares each record with the database; Import then writes the new ones, and those that differ if you choose, in one crash-atomic batch: a bad line is named and nothing is written.</source>
        <translation>Lee registros de un archivo JSON Lines o CSV en el formato en que los escribe Exportar (espacio de nombres, clave, valor, caducidad). «Vista previa» compara cada registro con la base de datos; después, «Importar» escribe los nuevos, y los que difieren si así lo elige, en un único lote atómico a prueba de fallos: si una línea es incorrecta, se indica cuál y no se escribe nada.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espacio de nombres</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Difiere en</translation>
    </message>
    <message>
        <source>In the database</source>
        <translation>En la base de datos</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>&amp;Overwrite them with the file&apos;s records</source>
        <translation>&amp;Sobrescribirlos con los registros del archivo</translation>
    </message>
    <message>
        <source>&amp;Skip them and keep the database&apos;s records</source>
        <translation>&amp;Omitirlos y conservar los registros de la base de datos</translation>
    </message>
    <message>
        <source>Records that hold another value or expiry:</source>
        <translation>Registros con otro valor o caducidad:</translation>
    </message>
    <message>
        <source>Previewing</source>
        <translation>Generando vista previa</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>El archivo no se puede importar: %1</translation>
    </message>
    <message>
        <source>The file or format changed: preview again.</source>
        <translation>El archivo o el formato han cambiado: vuelva a generar la vista previa.</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 nuevos</translation>
    </message>
    <message>
        <source>%1 with another value or expiry</source>
        <translation>%1 con otro valor o caducidad</translation>
    </message>
    <message>
        <source>%1 identical (never written)</source>
        <translation>%1 idénticos (no se escriben)</translation>
    </message>
    <message>
        <source>%1 already expired (never written)</source>
        <translation>%1 ya caducados (no se escriben)</translation>
    </message>
    <message>
        <source>Records in the file: %1.</source>
        <translation>Registros del archivo: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have edits staged in the window: those stay pending and replace what is imported when the changes are written.</source>
        <translation>
            <numerusform>%n de ellos tiene modificaciones preparadas en la ventana: siguen pendientes y sustituyen lo importado cuando se guardan los cambios.</numerusform>
            <numerusform>%n de ellos tienen modificaciones preparadas en la ventana: siguen pendientes y sustituyen lo importado cuando se guardan los cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sin caducidad</translation>
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
Caduca: %3</translation>
    </message>
    <message>
        <source>Value and expiry</source>
        <translation>Valor y caducidad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(predeterminado)</translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed.</source>
        <translation>Se muestran los primeros %1 de %2.</translation>
    </message>
    <message>
        <source>Nothing to import: the database holds every record of the file as it is.</source>
        <translation>Nada que importar: la base de datos ya contiene cada registro del archivo tal como está.</translation>
    </message>
    <message>
        <source>Choose what to do with the records that differ, then Import; Close imports nothing.</source>
        <translation>Elija qué hacer con los registros que difieren y después «Importar»; «Cerrar» no importa nada.</translation>
    </message>
    <message>
        <source>Import writes the new records; Close imports nothing.</source>
        <translation>«Importar» escribe los registros nuevos; «Cerrar» no importa nada.</translation>
    </message>
    <message numerus="yes">
        <source>Left %n record(s) as the database holds them.</source>
        <translation>
            <numerusform>Se ha dejado %n registro tal como lo tiene la base de datos.</numerusform>
            <numerusform>Se han dejado %n registros tal como los tiene la base de datos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::IntegrityDialog</name>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Check Integrity</source>
        <translation>Comprobar integridad</translation>
    </message>
    <message>
        <source>Reads every frame of the file, checks its checksum, decodes (and decrypts) it, and reports what it found. Nothing is written.</source>
        <translation>Lee cada trama del archivo, comprueba su suma de verificación, la decodifica (y la descifra) e informa de lo que encuentra. No se escribe nada.</translation>
    </message>
    <message>
        <source>Checking integrity</source>
        <translation>Comprobando la integridad</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;File size:&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Valid frames:&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Records (inserts and removes):&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Live records:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Dead records:&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Bytes up to the last valid frame:&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Tamaño del archivo:&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tramas válidas:&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Registros (inserciones y eliminaciones):&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Registros activos:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Registros muertos:&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Bytes hasta la última trama válida:&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Every frame is sound.</source>
        <translation>Todas las tramas están en buen estado.</translation>
    </message>
    <message>
        <source>%1 at byte %2: %3</source>
        <translation>%1 en el byte %2: %3</translation>
    </message>
    <message>
        <source>A torn tail (an interrupted last write) starts</source>
        <translation>Un final truncado (una última escritura interrumpida) comienza</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>El archivo está dañado</translation>
    </message>
    <message>
        <source>Notes on how this file is read:</source>
        <translation>Notas sobre cómo se lee este archivo:</translation>
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
        <translation>Base de datos cifrada</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is encrypted with %2. Enter its passphrase or key.</source>
        <translation>El archivo &lt;b&gt;%1&lt;/b&gt; está cifrado con %2. Introduzca su frase de contraseña o clave.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Key (64 hex digits)</source>
        <translation>&amp;Clave (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>Key &amp;file</source>
        <translation>&amp;Archivo de clave</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>That passphrase or key is wrong. Try again.</source>
        <translation>La frase de contraseña o la clave no es correcta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Key File</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <source>A key is 32 bytes written as 64 hex digits.</source>
        <translation>Una clave tiene 32 bytes, escritos como 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>The key file must hold 32 bytes, raw or as 64 hex digits.</source>
        <translation>El archivo de clave debe contener 32 bytes, en bruto o como 64 dígitos hexadecimales.</translation>
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
        <translation>Escriba los bytes de la clave como dígitos hexadecimales</translation>
    </message>
    <message>
        <source>Bytes…</source>
        <translation>Bytes…</translation>
    </message>
    <message>
        <source>Edit the key&apos;s bytes in a hex editor</source>
        <translation>Editar los bytes de la clave en un editor hexadecimal</translation>
    </message>
    <message>
        <source>Key Bytes</source>
        <translation>Bytes de la clave</translation>
    </message>
</context>
<context>
    <name>browser::KeyTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>(deleted when written)</source>
        <translation>(se eliminará al escribir)</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(caducado)</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>Pending: Write Changes saves this edit to the file</source>
        <translation>Pendiente: Guardar cambios escribe esta modificación en el archivo</translation>
    </message>
    <message>
        <source>Binary key, shown in hex (%1)</source>
        <translation>Clave binaria, mostrada en hexadecimal (%1)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>New: Write Changes adds this record to the file</source>
        <translation>Nuevo: «Escribir cambios» añade este registro al archivo</translation>
    </message>
    <message>
        <source>(the bytes of %1)</source>
        <translation>(los bytes de %1)</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln byte(s) typed over)</source>
        <translation>
            <numerusform>(%Ln byte sobrescrito)</numerusform>
            <numerusform>(%Ln bytes sobrescritos)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 UTC
%2 (local)</source>
        <translation>%1 UTC
%2 (hora local)</translation>
    </message>
</context>
<context>
    <name>browser::LockDialog</name>
    <message>
        <source>Database In Use</source>
        <translation>Base de datos en uso</translation>
    </message>
    <message>
        <source>It is held by process %1 since %2, using %3.</source>
        <translation>Lo tiene bloqueado el proceso %1 desde %2, con %3.</translation>
    </message>
    <message>
        <source>The program holding it left no description.</source>
        <translation>El programa que lo tiene bloqueado no ha dejado ninguna descripción.</translation>
    </message>
    <message>
        <source>Process %1 is not running on this computer: the lock may be stale.</source>
        <translation>El proceso %1 no se está ejecutando en este equipo: puede que el bloqueo esté obsoleto.</translation>
    </message>
    <message>
        <source>Process %1 is running. Breaking the lock of a running program could damage the database.</source>
        <translation>El proceso %1 se está ejecutando. Romper el bloqueo de un programa en ejecución podría dañar la base de datos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is open in another program.</source>
        <translation>El archivo &lt;b&gt;%1&lt;/b&gt; está abierto en otro programa.</translation>
    </message>
    <message>
        <source>You can open it read-only without the lock: you will see the records written so far, and can refresh to see new ones.</source>
        <translation>Puede abrirlo en modo de solo lectura sin el bloqueo: verá los registros escritos hasta ahora y podrá actualizar para ver los nuevos.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Abrir en solo &amp;lectura</translation>
    </message>
    <message>
        <source>&amp;Break Lock…</source>
        <translation>&amp;Romper bloqueo…</translation>
    </message>
    <message>
        <source>Only the lock of a program that is no longer running can be broken.</source>
        <translation>Solo se puede romper el bloqueo de un programa que ya no se esté ejecutando.</translation>
    </message>
    <message>
        <source>Break Lock</source>
        <translation>Romper bloqueo</translation>
    </message>
    <message>
        <source>Break the lock of %1?</source>
        <translation>¿Desea romper el bloqueo de %1?</translation>
    </message>
    <message>
        <source>Do this only if no program is using the database any more. If one still is, both may write to it and records can be lost.</source>
        <translation>Hágalo solo si ningún programa está usando ya la base de datos. Si alguno la sigue usando, ambos podrían escribir en ella y se podrían perder registros.</translation>
    </message>
</context>
<context>
    <name>browser::MainWindow</name>
    <message>
        <source>Pending Changes</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>(nothing pending)</source>
        <translation>(nada pendiente)</translation>
    </message>
    <message>
        <source>Not Written</source>
        <translation>Sin escribir</translation>
    </message>
    <message>
        <source>Nothing of this change was written.</source>
        <translation>No se ha escrito nada de este cambio.</translation>
    </message>
    <message>
        <source>Edit the value of %1</source>
        <translation>Editar el valor de %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only…</source>
        <translation>Abrir en solo &amp;lectura…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Create &amp;Sample Database…</source>
        <translation>Crear base de datos de e&amp;jemplo…</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>&amp;Cerrar base de datos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Write Changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Write every pending edit to the file, as one crash-atomic batch</source>
        <translation>Escribe todas las modificaciones pendientes en el archivo, en un único lote atómico a prueba de fallos</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>Drop every pending edit</source>
        <translation>Descarta todas las modificaciones pendientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Follow Changes</source>
        <translation>&amp;Seguir los cambios</translation>
    </message>
    <message>
        <source>Show records another program writes, as they land (read-only views)</source>
        <translation>Muestra los registros que escribe otro programa a medida que llegan (vistas de solo lectura)</translation>
    </message>
    <message>
        <source>&amp;Group Keys By</source>
        <translation>A&amp;grupar claves por</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>The language changes when emdb Browser starts again.</source>
        <translation>El idioma cambiará la próxima vez que se inicie emdb Browser.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About emdb Browser</source>
        <translation>&amp;Acerca de emdb Browser</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>Create Sample Database</source>
        <translation>Crear base de datos de ejemplo</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file for the sample.</source>
        <translation>%1 ya existe. Elija un archivo nuevo para la base de datos de ejemplo.</translation>
    </message>
    <message>
        <source>Select a record to see its value.</source>
        <translation>Seleccione un registro para ver su valor.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This record is deleted when the changes are written.</source>
        <translation>Este registro se eliminará cuando se escriban los cambios.</translation>
    </message>
    <message>
        <source>This record has expired or was removed.</source>
        <translation>Este registro ha caducado o se ha eliminado.</translation>
    </message>
    <message>
        <source>emdb Browser</source>
        <translation>emdb Browser</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[solo lectura]</translation>
    </message>
    <message>
        <source>Unsaved Value</source>
        <translation>Valor sin guardar</translation>
    </message>
    <message>
        <source>The value you edited has not been saved. Quit anyway?</source>
        <translation>El valor que ha editado no se ha guardado. ¿Desea salir de todos modos?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln clave</numerusform>
            <numerusform>%Ln claves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new when written</source>
        <translation>
            <numerusform>%Ln nuevo al escribir</numerusform>
            <numerusform>%Ln nuevos al escribir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es), %1% scanned</source>
        <translation>
            <numerusform>%Ln coincidencia, %1% analizado</numerusform>
            <numerusform>%Ln coincidencias, %1% analizado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln coincidencia</numerusform>
            <numerusform>%Ln coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find Keys…</source>
        <translation>&amp;Buscar claves…</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>&amp;Limpiar filtro</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) have not been written to the file. Drop them?</source>
        <translation>
            <numerusform>Hay %Ln modificación que no se ha escrito en el archivo. ¿Desea descartarla?</numerusform>
            <numerusform>Hay %Ln modificaciones que no se han escrito en el archivo. ¿Desea descartarlas?</numerusform>
        </translation>
    </message>
    <message>
        <source>No database is open. Open one (%1), drop a file on the window, or try File &gt; Create Sample Database.</source>
        <translation>No hay ninguna base de datos abierta. Abra una (%1), suelte un archivo en la ventana o pruebe Archivo &gt; Crear base de datos de ejemplo.</translation>
    </message>
    <message>
        <source>Save Value to File</source>
        <translation>Guardar el valor en un archivo</translation>
    </message>
    <message>
        <source>Waiting for Write Changes to finish…</source>
        <translation>Esperando a que termine «Escribir cambios»…</translation>
    </message>
    <message>
        <source>Replace Value from File</source>
        <translation>Reemplazar el valor desde un archivo</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 no es un archivo legible.</translation>
    </message>
    <message>
        <source>%1 holds %2: an emdb record holds at most 256 MiB, its key included.</source>
        <translation>%1 contiene %2: un registro de emdb admite como máximo 256 MiB, clave incluida.</translation>
    </message>
    <message>
        <source>Replace the value of %1 from %2</source>
        <translation>Reemplazar el valor de %1 con %2</translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln byte(s) of %1</source>
        <translation>
            <numerusform>Cambiar %Ln byte de %1</numerusform>
            <numerusform>Cambiar %Ln bytes de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in &amp;Values…</source>
        <translation>Buscar en lo&amp;s valores…</translation>
    </message>
    <message>
        <source>Sorting… %1%</source>
        <translation>Ordenando… %1%</translation>
    </message>
</context>
<context>
    <name>browser::MaintenanceActions</name>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Estadísticas…</translation>
    </message>
    <message>
        <source>Check &amp;Integrity…</source>
        <translation>Comprobar &amp;integridad…</translation>
    </message>
    <message>
        <source>&amp;Compact…</source>
        <translation>&amp;Compactar…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>Copia de &amp;seguridad…</translation>
    </message>
    <message>
        <source>&amp;Encrypt…</source>
        <translation>Ci&amp;frar…</translation>
    </message>
    <message>
        <source>Change &amp;Key…</source>
        <translation>Cambiar c&amp;lave…</translation>
    </message>
    <message>
        <source>&amp;Decrypt…</source>
        <translation>&amp;Descifrar…</translation>
    </message>
    <message>
        <source>Sweep E&amp;xpired Records</source>
        <translation>&amp;Purgar registros caducados</translation>
    </message>
</context>
<context>
    <name>browser::NamespaceModel</name>
    <message>
        <source>(default)</source>
        <translation>(predeterminado)</translation>
    </message>
    <message numerus="yes">
        <source>The default namespace: %n record(s)</source>
        <translation>
            <numerusform>El espacio de nombres predeterminado: %n registro</numerusform>
            <numerusform>El espacio de nombres predeterminado: %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Namespace %1: %n record(s)</source>
        <translation>
            <numerusform>Espacio de nombres %1: %n registro</numerusform>
            <numerusform>Espacio de nombres %1: %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keys starting with %1: %n record(s)</source>
        <translation>
            <numerusform>Claves que empiezan por %1: %n registro</numerusform>
            <numerusform>Claves que empiezan por %1: %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espacio de nombres</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
</context>
<context>
    <name>browser::OpenFlow</name>
    <message>
        <source>Damaged Database</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <source>It is damaged at byte %L1.</source>
        <translation>Está dañado en el byte %L1.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing.</source>
        <translation>No se puede abrir %1 para escritura.</translation>
    </message>
    <message>
        <source>The records before the damage can be read. Open it read-only to look at them or to export them; nothing will be written to the file.</source>
        <translation>Los registros anteriores al daño se pueden leer. Ábralo en modo de solo lectura para consultarlos o exportarlos; no se escribirá nada en el archivo.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Abrir en solo &amp;lectura</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>No se puede abrir %1.</translation>
    </message>
    <message>
        <source>Empty File</source>
        <translation>Archivo vacío</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>An empty file holds no records; there is nothing to show read-only.</source>
        <translation>Un archivo vacío no contiene registros; no hay nada que mostrar en solo lectura.</translation>
    </message>
    <message>
        <source>Make it a new emdb database? Its sidecar (%1.meta) and lock file are written beside it.</source>
        <translation>¿Convertirlo en una nueva base de datos emdb? Su archivo auxiliar (%1.meta) y el archivo de bloqueo se escriben a su lado.</translation>
    </message>
    <message>
        <source>Make It a &amp;Database</source>
        <translation>Convertir en base de &amp;datos</translation>
    </message>
</context>
<context>
    <name>browser::PastActions</name>
    <message>
        <source>&amp;History of Record…</source>
        <translation>&amp;Historial del registro…</translation>
    </message>
    <message>
        <source>Every version of the selected record that the file still holds</source>
        <translation>Todas las versiones del registro seleccionado que el archivo aún contiene</translation>
    </message>
    <message>
        <source>&amp;Removed Records…</source>
        <translation>&amp;Registros eliminados…</translation>
    </message>
    <message>
        <source>Records removed from this namespace whose values the file still holds, to restore</source>
        <translation>Registros eliminados de este espacio de nombres cuyos valores el archivo aún contiene, para restaurarlos</translation>
    </message>
    <message>
        <source>Com&amp;pare With…</source>
        <translation>Co&amp;mparar con…</translation>
    </message>
    <message>
        <source>Records added, removed and changed between this database and another file</source>
        <translation>Registros añadidos, eliminados y cambiados entre esta base de datos y otro archivo</translation>
    </message>
</context>
<context>
    <name>browser::PendingEdits</name>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renombrar %1 como %2</translation>
    </message>
    <message>
        <source>Edits made while writing</source>
        <translation>Cambios hechos durante la escritura</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln record(s)</source>
        <translation>
            <numerusform>Eliminar %Ln registro</numerusform>
            <numerusform>Eliminar %Ln registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the expiry of %Ln record(s)</source>
        <translation>
            <numerusform>Establecer la caducidad de %Ln registro</numerusform>
            <numerusform>Establecer la caducidad de %Ln registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the expiry of %Ln record(s)</source>
        <translation>
            <numerusform>Quitar la caducidad de %Ln registro</numerusform>
            <numerusform>Quitar la caducidad de %Ln registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::RangeActions</name>
    <message>
        <source>All &amp;Shown Records</source>
        <translation>&amp;Todos los registros mostrados</translation>
    </message>
    <message>
        <source>Every record the table shows with this filter, loaded or not</source>
        <translation>Todos los registros que muestra la tabla con este filtro, estén cargados o no</translation>
    </message>
    <message>
        <source>&amp;Delete All Shown…</source>
        <translation>&amp;Eliminar todos los mostrados…</translation>
    </message>
    <message>
        <source>Set &amp;Expiry of All Shown…</source>
        <translation>Establecer &amp;caducidad de todos los mostrados…</translation>
    </message>
    <message>
        <source>&amp;Remove Expiry of All Shown…</source>
        <translation>&amp;Quitar la caducidad de todos los mostrados…</translation>
    </message>
    <message>
        <source>Collecting the records shown</source>
        <translation>Recopilando los registros mostrados</translation>
    </message>
    <message>
        <source>All Shown Records</source>
        <translation>Todos los registros mostrados</translation>
    </message>
    <message>
        <source>More than %L1 records are shown.</source>
        <translation>Se muestran más de %L1 registros.</translation>
    </message>
    <message>
        <source>The records shown could not be read.</source>
        <translation>No se han podido leer los registros mostrados.</translation>
    </message>
    <message>
        <source>One edit stages at most %L1 records. Narrow the filter (a prefix, a range or a pattern) and repeat the edit for each part.</source>
        <translation>Una modificación prepara como máximo %L1 registros. Restrinja el filtro (un prefijo, un intervalo o un patrón) y repita la modificación para cada parte.</translation>
    </message>
    <message>
        <source>In the default namespace.</source>
        <translation>En el espacio de nombres predeterminado.</translation>
    </message>
    <message>
        <source>In the namespace %1.</source>
        <translation>En el espacio de nombres %1.</translation>
    </message>
    <message>
        <source>No records are shown.</source>
        <translation>No se muestra ningún registro.</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln record(s) shown?</source>
        <translation>
            <numerusform>¿Desea eliminar %Ln registro mostrado?</numerusform>
            <numerusform>¿Desea eliminar los %Ln registros mostrados?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the expiry of all %Ln record(s) shown?</source>
        <translation>
            <numerusform>¿Desea quitar la caducidad de %Ln registro mostrado?</numerusform>
            <numerusform>¿Desea quitar la caducidad de los %Ln registros mostrados?</numerusform>
        </translation>
    </message>
    <message>
        <source>The change is pending until you write the changes; Undo takes it back.</source>
        <translation>El cambio queda pendiente hasta que guarde los cambios; Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove Expiry</source>
        <translation>Quitar caducidad</translation>
    </message>
</context>
<context>
    <name>browser::RangeFilter</name>
    <message>
        <source>Prefix</source>
        <translation>Prefijo</translation>
    </message>
    <message>
        <source>Only keys that start with this text</source>
        <translation>Solo las claves que empiezan por este texto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Only keys from this one on, in byte order</source>
        <translation>Solo las claves a partir de esta, en orden de bytes</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Only keys up to this one, in byte order</source>
        <translation>Solo las claves hasta esta, en orden de bytes</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Glob (user:*:profile, matching the whole key) or regular expression (anywhere in the key)</source>
        <translation>Glob (user:*:profile, debe coincidir con la clave completa) o expresión regular (en cualquier parte de la clave)</translation>
    </message>
    <message>
        <source>incl.</source>
        <translation>incl.</translation>
    </message>
    <message>
        <source>Include the From key itself</source>
        <translation>Incluir la propia clave Desde</translation>
    </message>
    <message>
        <source>Include the To key itself</source>
        <translation>Incluir la propia clave Hasta</translation>
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
        <translation>Ocultar caducados</translation>
    </message>
    <message>
        <source>Leave out records whose expiry has passed but that are not swept yet</source>
        <translation>Omitir los registros cuya caducidad ha pasado pero que aún no se han purgado</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Show every key of the namespace again</source>
        <translation>Volver a mostrar todas las claves del espacio de nombres</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation>No es una expresión regular válida: %1</translation>
    </message>
    <message>
        <source>Value contains</source>
        <translation>El valor contiene</translation>
    </message>
    <message>
        <source>Only records whose value holds this: text (letters in either case), a regular expression (over the value as text), or hex bytes. Searched record by record as the table fills.</source>
        <translation>Solo los registros cuyo valor contiene esto: texto (sin distinguir mayúsculas), una expresión regular (sobre el valor como texto) o bytes en hexadecimal. Se busca registro a registro mientras se llena la tabla.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Not hex bytes: %1</source>
        <translation>No son bytes en hexadecimal: %1</translation>
    </message>
</context>
<context>
    <name>browser::RecentFiles</name>
    <message>
        <source>Clear Menu</source>
        <translation>Vaciar menú</translation>
    </message>
</context>
<context>
    <name>browser::RecordActions</name>
    <message>
        <source>&amp;Add Record…</source>
        <translation>&amp;Añadir registro…</translation>
    </message>
    <message>
        <source>&amp;Rename Key…</source>
        <translation>Re&amp;nombrar clave…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Set &amp;Expiry…</source>
        <translation>Establecer &amp;caducidad…</translation>
    </message>
    <message>
        <source>&amp;Remove Expiry</source>
        <translation>&amp;Quitar caducidad</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Copy &amp;Key</source>
        <translation>Copiar c&amp;lave</translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation>Copiar &amp;valor</translation>
    </message>
    <message>
        <source>As Text</source>
        <translation>Como texto</translation>
    </message>
    <message>
        <source>As Hex</source>
        <translation>Como Hex</translation>
    </message>
    <message>
        <source>As Base64</source>
        <translation>Como Base64</translation>
    </message>
    <message>
        <source>The key %1 already exists.</source>
        <translation>La clave %1 ya existe.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Rename Key</source>
        <translation>Renombrar clave</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>New key for %1:</source>
        <translation>Nueva clave para %1:</translation>
    </message>
    <message>
        <source>The key %1 no longer exists.</source>
        <translation>La clave %1 ya no existe.</translation>
    </message>
    <message>
        <source>%1 is too large to rename here.</source>
        <translation>%1 es demasiado grande para renombrarlo aquí.</translation>
    </message>
    <message>
        <source>Delete Records</source>
        <translation>Eliminar registros</translation>
    </message>
    <message>
        <source>Delete the record %1?</source>
        <translation>¿Desea eliminar el registro %1?</translation>
    </message>
    <message>
        <source>The deletion is pending until you write the changes; Undo takes it back.</source>
        <translation>La eliminación queda pendiente hasta que guarde los cambios; Deshacer la revierte.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Not Staged</source>
        <translation>Cambio no añadido</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln record(s)?</source>
        <translation>
            <numerusform>¿Desea eliminar %Ln registro?</numerusform>
            <numerusform>¿Desea eliminar %Ln registros?</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>This value is %1; Copy takes values up to %2.</source>
        <translation>Este valor ocupa %1; Copiar admite valores de hasta %2.</translation>
    </message>
    <message>
        <source>Use Save to File in the value panel: it writes the whole value, as stored.</source>
        <translation>Use «Guardar en archivo» en el panel del valor: escribe el valor completo, tal como está almacenado.</translation>
    </message>
</context>
<context>
    <name>browser::RemovedDialog</name>
    <message>
        <source>Read Again</source>
        <translation>Volver a leer</translation>
    </message>
    <message>
        <source>Removed Records</source>
        <translation>Registros eliminados</translation>
    </message>
    <message>
        <source>Removed Records in %1</source>
        <translation>Registros eliminados en %1</translation>
    </message>
    <message>
        <source>Records removed from this namespace whose last value the file still holds (until the database is compacted). Restoring stages them as new records; an expiry that has passed is not restored.</source>
        <translation>Registros eliminados de este espacio de nombres cuyo último valor el archivo aún contiene (hasta que se compacte la base de datos). Al restaurarlos, se preparan como registros nuevos; una caducidad que ya ha pasado no se restaura.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Expired or expires</source>
        <translation>Caducó o caduca</translation>
    </message>
    <message>
        <source>Removed at offset</source>
        <translation>Eliminado en el desplazamiento</translation>
    </message>
    <message>
        <source>Restore &amp;Selected</source>
        <translation>Restaurar &amp;selección</translation>
    </message>
    <message>
        <source>Restore &amp;All</source>
        <translation>Restaurar &amp;todos</translation>
    </message>
    <message>
        <source>Reading removed records</source>
        <translation>Leyendo los registros eliminados</translation>
    </message>
    <message>
        <source>No removed record of this namespace is left in the file.</source>
        <translation>No queda en el archivo ningún registro eliminado de este espacio de nombres.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed record(s) can be restored.</source>
        <translation>
            <numerusform>Se puede restaurar %Ln registro eliminado.</numerusform>
            <numerusform>Se pueden restaurar %Ln registros eliminados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last value of %1</source>
        <translation>El último valor de %1</translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln removed record(s)</source>
        <translation>
            <numerusform>Restaurar %Ln registro eliminado</numerusform>
            <numerusform>Restaurar %Ln registros eliminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) staged: Write Changes saves them to the file.</source>
        <translation>
            <numerusform>%Ln registro preparado: «Guardar cambios» lo escribe en el archivo.</numerusform>
            <numerusform>%Ln registros preparados: «Guardar cambios» los escribe en el archivo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::SecretField</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide what was typed</source>
        <translation>Mostrar u ocultar lo escrito</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>browser::SortActions</name>
    <message>
        <source>&amp;Sort By</source>
        <translation>&amp;Ordenar por</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Clave</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Tamaño</translation>
    </message>
    <message>
        <source>&amp;Expiry</source>
        <translation>Cad&amp;ucidad</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Descendente</translation>
    </message>
    <message>
        <source>&amp;Natural Key Order</source>
        <translation>Orden &amp;natural de las claves</translation>
    </message>
    <message>
        <source>Compare runs of digits in keys as numbers (user:2 before user:19)</source>
        <translation>Comparar las secuencias de dígitos de las claves como números (user:2 antes que user:19)</translation>
    </message>
</context>
<context>
    <name>browser::StagedReader</name>
    <message>
        <source>The record %1 no longer exists (it may have expired).</source>
        <translation>El registro %1 ya no existe (puede haber caducado).</translation>
    </message>
    <message>
        <source>The value of %1 changed in the file since it was edited here (%2, now %3): nothing was written.</source>
        <translation>El valor de %1 cambió en el archivo desde que se editó aquí (%2, ahora %3): no se escribió nada.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The file %1 changed since it was chosen (%2, now %3).</source>
        <translation>El archivo %1 cambió desde que se eligió (%2, ahora %3).</translation>
    </message>
    <message>
        <source>A read past the end of the value.</source>
        <translation>Una lectura más allá del final del valor.</translation>
    </message>
    <message>
        <source>The value of %1 changed in the file while it was read.</source>
        <translation>El valor de %1 cambió en el archivo mientras se leía.</translation>
    </message>
</context>
<context>
    <name>browser::StatisticsDialog</name>
    <message>
        <source>Scan Records</source>
        <translation>Analizar registros</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Where the bytes go</source>
        <translation>Distribución de los bytes</translation>
    </message>
    <message>
        <source>Records per namespace</source>
        <translation>Registros por espacio de nombres</translation>
    </message>
    <message>
        <source>Bytes per namespace</source>
        <translation>Bytes por espacio de nombres</translation>
    </message>
    <message>
        <source>Key sizes (unexpired records)</source>
        <translation>Tamaños de clave (registros no caducados)</translation>
    </message>
    <message>
        <source>Value sizes (unexpired records)</source>
        <translation>Tamaños de valor (registros no caducados)</translation>
    </message>
    <message>
        <source>Expiry timeline (records)</source>
        <translation>Cronología de caducidad (registros)</translation>
    </message>
    <message>
        <source>Records (every namespace)</source>
        <translation>Registros (todos los espacios de nombres)</translation>
    </message>
    <message>
        <source>Records in the default namespace</source>
        <translation>Registros en el espacio de nombres predeterminado</translation>
    </message>
    <message>
        <source>Named namespaces</source>
        <translation>Espacios de nombres con nombre</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Tamaño del archivo</translation>
    </message>
    <message>
        <source>Journal (bytes holding frames)</source>
        <translation>Diario (bytes que contienen tramas)</translation>
    </message>
    <message>
        <source>Preallocated beyond the frames</source>
        <translation>Preasignado tras las tramas</translation>
    </message>
    <message>
        <source>Live bytes</source>
        <translation>Bytes activos</translation>
    </message>
    <message>
        <source>Dead bytes (replaced, removed)</source>
        <translation>Bytes muertos (reemplazados, eliminados)</translation>
    </message>
    <message>
        <source>Expired, not yet swept</source>
        <translation>Caducados, aún sin purgar</translation>
    </message>
    <message>
        <source>%1 in %2 records</source>
        <translation>%1 en %2 registros</translation>
    </message>
    <message>
        <source>Compaction would reclaim, about</source>
        <translation>La compactación recuperaría, aprox.</translation>
    </message>
    <message>
        <source>Range scans</source>
        <translation>Consultas por intervalo</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activadas</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivadas</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Damaged from byte</source>
        <translation>Dañada a partir del byte</translation>
    </message>
    <message>
        <source>live</source>
        <translation>activos</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducados</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>muertos</translation>
    </message>
    <message>
        <source>preallocated</source>
        <translation>preasignados</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(predeterminado)</translation>
    </message>
    <message>
        <source>Scanning records</source>
        <translation>Analizando registros</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n record(s).</source>
        <translation>
            <numerusform>Se ha analizado %n registro.</numerusform>
            <numerusform>Se han analizado %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Punto de control</translation>
    </message>
    <message>
        <source>none: the next open replays the whole journal</source>
        <translation>ninguno: la próxima apertura vuelve a leer todo el diario</translation>
    </message>
    <message>
        <source>covers %1 of the journal&apos;s %2</source>
        <translation>cubre %1 de los %2 del diario</translation>
    </message>
</context>
<context>
    <name>browser::StatusPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Cancelar la tarea en curso</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <source>Encrypted (%1)</source>
        <translation>Cifrada (%1)</translation>
    </message>
    <message>
        <source>Read-only, not locked</source>
        <translation>Solo lectura, sin bloqueo</translation>
    </message>
    <message>
        <source>damaged at byte %L1</source>
        <translation>dañada en el byte %L1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln named namespace(s) and the default one</source>
        <translation>
            <numerusform>En %Ln espacio de nombres con nombre y el predeterminado</numerusform>
            <numerusform>En %Ln espacios de nombres con nombre y el predeterminado</numerusform>
        </translation>
    </message>
    <message>
        <source>Writable; other writers are locked out</source>
        <translation>Con escritura; otros escritores quedan bloqueados</translation>
    </message>
</context>
<context>
    <name>browser::StructuredModel</name>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>entero</translation>
    </message>
    <message>
        <source>float (%1-bit)</source>
        <translation>coma flotante (%1 bits)</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booleano</translation>
    </message>
    <message>
        <source>simple value</source>
        <translation>valor simple</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <source>extension type %1</source>
        <translation>tipo de extensión %1</translation>
    </message>
    <message>
        <source>, tag %1</source>
        <translation>, etiqueta %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>browser::StructuredView</name>
    <message>
        <source>As JSON this %1 value has a line of %L2 characters, more than the editor takes (%L3): edit it in Hex or Base64.</source>
        <translation>Como JSON, este valor %1 tiene una línea de %L2 caracteres, más de los que admite el editor (%L3): edítelo en hexadecimal o Base64.</translation>
    </message>
    <message>
        <source>%1 as JSON:</source>
        <translation>%1 como JSON:</translation>
    </message>
    <message>
        <source>%1 as JSON; Apply writes it back as %1 (byte strings are {&quot;$bytes&quot;: &quot;Base64&quot;}):</source>
        <translation>%1 como JSON; «Aplicar» lo vuelve a escribir como %1 (las cadenas de bytes son {&quot;$bytes&quot;: &quot;Base64&quot;}):</translation>
    </message>
    <message>
        <source>This %1 value cannot be edited as JSON: %2 Edit it in Hex or Base64.</source>
        <translation>Este valor %1 no se puede editar como JSON: %2 Edítelo en hexadecimal o Base64.</translation>
    </message>
</context>
<context>
    <name>browser::TaskDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>browser::TtlDialog</name>
    <message>
        <source>Set Expiry</source>
        <translation>Establecer caducidad</translation>
    </message>
    <message numerus="yes">
        <source>Set the expiry of %n record(s):</source>
        <translation>
            <numerusform>Establecer la caducidad de %n registro:</numerusform>
            <numerusform>Establecer la caducidad de %n registros:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Never expires</source>
        <translation>&amp;Nunca caduca</translation>
    </message>
    <message>
        <source>Expires &amp;after</source>
        <translation>Caduca &amp;tras</translation>
    </message>
    <message>
        <source>Expires a&amp;t</source>
        <translation>Caduca &amp;el</translation>
    </message>
    <message>
        <source>e.g. 45s, 30m, 1h30m, 7d</source>
        <translation>p. ej. 45s, 30m, 1h30m, 7d</translation>
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
        <translation>Buscar en el valor</translation>
    </message>
    <message>
        <source>Enter or F3 finds the next match, Shift+Enter or Shift+F3 the one before: bytes in the Hex view (ff 00 1a, 0xdead, de:ad, or &quot;text&quot; in quotes), text in the Text view</source>
        <translation>Intro o F3 busca la siguiente coincidencia; Mayús+Intro o Mayús+F3, la anterior: bytes en la vista Hex (ff 00 1a, 0xdead, de:ad, o &quot;texto&quot; entre comillas), texto en la vista Texto</translation>
    </message>
    <message>
        <source>Find the match before (Shift+F3)</source>
        <translation>Buscar la coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Find the next match (F3)</source>
        <translation>Buscar la siguiente coincidencia (F3)</translation>
    </message>
    <message>
        <source>In the Hex view, find looks for bytes: pairs of digits 0-9 and a-f, such as ff 00 1a, 0xdead or de:ad; text goes in double quotes.</source>
        <translation>En la vista Hex, la búsqueda busca bytes: pares de dígitos 0-9 y a-f, como ff 00 1a, 0xdead o de:ad; el texto va entre comillas dobles.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>The search stopped before it was done.</source>
        <translation>La búsqueda se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>Not found: %1 is nowhere in this value.</source>
        <translation>No encontrado: %1 no aparece en este valor.</translation>
    </message>
    <message>
        <source>Found at offset %L1 (0x%2). F3 finds the next, Shift+F3 the one before.</source>
        <translation>Encontrado en el desplazamiento %L1 (0x%2). F3 busca el siguiente; Mayús+F3, el anterior.</translation>
    </message>
</context>
<context>
    <name>browser::ValuePanel</name>
    <message>
        <source>Auto</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
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
        <translation>Imagen</translation>
    </message>
    <message>
        <source>How the value is shown</source>
        <translation>Cómo se muestra el valor</translation>
    </message>
    <message>
        <source>Syntax highlighting for text</source>
        <translation>Resaltado de sintaxis para el texto</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Ajustar líneas</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Select a record to see its value.</source>
        <translation>Seleccione un registro para ver su valor.</translation>
    </message>
    <message>
        <source>default namespace</source>
        <translation>espacio de nombres predeterminado</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>espacio de nombres %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>caduca el %1</translation>
    </message>
    <message>
        <source>This is not hex: pairs of digits 0-9 and a-f, with spaces or lines between them.</source>
        <translation>Esto no es hexadecimal: pares de dígitos 0-9 y a-f, separados por espacios o saltos de línea.</translation>
    </message>
    <message>
        <source>This is not valid Base64.</source>
        <translation>Esto no es Base64 válido.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 píxeles</translation>
    </message>
    <message>
        <source>Not an image this view can show (PNG, JPEG or SVG): shown in hex.</source>
        <translation>No es una imagen que esta vista pueda mostrar (PNG, JPEG o SVG): se muestra en hexadecimal.</translation>
    </message>
    <message>
        <source>Not valid JSON: shown as text.</source>
        <translation>JSON no válido: se muestra como texto.</translation>
    </message>
    <message>
        <source>Not valid UTF-8: shown with replacement characters. Edit it in Hex or Base64.</source>
        <translation>UTF-8 no válido: se muestra con caracteres de sustitución. Edítelo en Hex o Base64.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2: too large to edit here.</source>
        <translation>Se muestran los primeros %1 de %2: es demasiado grande para editarlo aquí.</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>Solo lectura.</translation>
    </message>
    <message>
        <source>Stage this value; Write Changes saves it to the file (Ctrl+Return)</source>
        <translation>Preparar este valor; «Escribir cambios» lo guarda en el archivo (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Go to offset</source>
        <translation>Ir al desplazamiento</translation>
    </message>
    <message>
        <source>A byte offset: decimal, or hex with 0x</source>
        <translation>Un desplazamiento en bytes: decimal, o hexadecimal con 0x</translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>Guardar en archivo…</translation>
    </message>
    <message>
        <source>Write the whole value to a file, as it is stored</source>
        <translation>Escribir el valor completo en un archivo, tal como está almacenado</translation>
    </message>
    <message>
        <source>Not an offset within the value: 0 to %L1 (or 0x…).</source>
        <translation>No es un desplazamiento dentro del valor: de 0 a %L1 (o 0x…).</translation>
    </message>
    <message>
        <source>Offset %L1 of %L2</source>
        <translation>Desplazamiento %L1 de %L2</translation>
    </message>
    <message>
        <source>%1 is too large to edit here (up to %2): it is shown page by page, as text or hex. Save it to a file to work on it elsewhere.</source>
        <translation>%1 es demasiado grande para editarlo aquí (hasta %2): se muestra página a página, como texto o hexadecimal. Guárdelo en un archivo para trabajar con él en otro lugar.</translation>
    </message>
    <message>
        <source>This value has a line of %L1 characters, more than the editor takes (%L2): shown read-only, page by page. Edit it in Hex or Base64.</source>
        <translation>Este valor tiene una línea de %L1 caracteres, más de los que admite el editor (%L2): se muestra en solo lectura, página a página. Edítelo en hexadecimal o Base64.</translation>
    </message>
    <message>
        <source>In this view the value is %L1 characters, more than the editor takes (%L2): shown read-only, page by page.</source>
        <translation>En esta vista el valor tiene %L1 caracteres, más de los que admite el editor (%L2): se muestra en solo lectura, página a página.</translation>
    </message>
    <message>
        <source>Replace from File…</source>
        <translation>Reemplazar desde archivo…</translation>
    </message>
    <message>
        <source>Stage a file&apos;s bytes as the new value, read when the changes are written</source>
        <translation>Preparar los bytes de un archivo como nuevo valor; se leen al escribir los cambios</translation>
    </message>
    <message>
        <source>%1 is too large for the text editor (up to %2): it is shown page by page. In Hex, type over bytes to change them; Replace from File takes a whole new value; Save to File takes it elsewhere.</source>
        <translation>%1 es demasiado grande para el editor de texto (hasta %2): se muestra página a página. En Hex, escriba sobre los bytes para cambiarlos; «Reemplazar desde archivo» toma un valor nuevo completo; «Guardar en archivo» lo lleva a otro sitio.</translation>
    </message>
    <message>
        <source>Only part of this value is held here: Apply stages the bytes typed over.</source>
        <translation>Aquí solo se tiene una parte de este valor: «Aplicar» prepara los bytes sobrescritos.</translation>
    </message>
    <message>
        <source>CBOR / MessagePack</source>
        <translation>CBOR / MessagePack</translation>
    </message>
    <message>
        <source>Neither CBOR nor MessagePack (a map or an array that encodes back to its bytes): shown in hex.</source>
        <translation>Ni CBOR ni MessagePack (un mapa o un array que se vuelve a codificar en sus mismos bytes): se muestra en hexadecimal.</translation>
    </message>
    <message>
        <source>Type hex digits over bytes; Insert switches to inserting them (Delete and Backspace remove bytes). Shift selects, Ctrl+C copies, Ctrl+F finds.</source>
        <translation>Escriba dígitos hexadecimales sobre los bytes; Insert cambia a insertarlos (Supr y Retroceso eliminan bytes). Mayús selecciona, Ctrl+C copia, Ctrl+F busca.</translation>
    </message>
</context>
<context>
    <name>browser::ValueView</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Only part of this value is held here, so its length cannot change: bytes can be typed over (overwrite), not inserted or removed.</source>
        <translation>Aquí solo se tiene una parte de este valor, así que su longitud no puede cambiar: los bytes se pueden sobrescribir, pero no insertar ni eliminar.</translation>
    </message>
    <message>
        <source>Only a selection of up to %1 whose bytes are shown can be copied; Save to File takes the whole value.</source>
        <translation>Solo se puede copiar una selección de hasta %1 cuyos bytes se muestren; «Guardar en archivo» toma el valor completo.</translation>
    </message>
    <message>
        <source>Cursor 0x%1</source>
        <translation>Cursor 0x%1</translation>
    </message>
    <message numerus="yes">
        <source>Selected %Ln byte(s) from 0x%1 to 0x%2</source>
        <translation>
            <numerusform>%Ln byte seleccionado, de 0x%1 a 0x%2</numerusform>
            <numerusform>%Ln bytes seleccionados, de 0x%1 a 0x%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
</context>
<context>
    <name>browser::VersionView</name>
    <message>
        <source>%1 (the first %2 of %3)</source>
        <translation>%1 (los primeros %2 de %3)</translation>
    </message>
    <message>
        <source>The two values are the same (%1).</source>
        <translation>Los dos valores son iguales (%1).</translation>
    </message>
    <message>
        <source>The first %1 are the same; the rest is not shown.</source>
        <translation>Los primeros %1 son iguales; el resto no se muestra.</translation>
    </message>
    <message>
        <source>They first differ at byte %1 (sizes %2 and %3); lines that differ are marked.</source>
        <translation>La primera diferencia está en el byte %1 (tamaños %2 y %3); las líneas que difieren están marcadas.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect and edit emdb databases.</source>
        <translation>Inspecciona y edita bases de datos emdb.</translation>
    </message>
    <message>
        <source>The database to open.</source>
        <translation>La base de datos que se abrirá.</translation>
    </message>
    <message>
        <source>Open the file read-only, without its lock.</source>
        <translation>Abre el archivo en modo de solo lectura, sin su bloqueo.</translation>
    </message>
    <message>
        <source>Open &lt;file&gt;, writing a demo database there first if it does not exist.</source>
        <translation>Abre &lt;file&gt; y, si no existe, escribe primero en él una base de datos de demostración.</translation>
    </message>
    <message>
        <source>Open the file, print how many records it holds once the first rows show, and exit (0 on success).</source>
        <translation>Abre el archivo, muestra cuántos registros contiene en cuanto aparecen las primeras filas y sale (0 si tiene éxito).</translation>
    </message>
</context>
</TS>
