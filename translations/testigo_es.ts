<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name></name>
    <message>
        <source>Savings</source>
        <translation>Ahorro</translation>
    </message>
    <message>
        <source>Savings (%1)</source>
        <translation>Ahorro (%1)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedimientos</translation>
    </message>
    <message>
        <source>Bidders</source>
        <translation>Licitantes</translation>
    </message>
    <message>
        <source>Savings %</source>
        <translation>Ahorro %</translation>
    </message>
    <message numerus="yes">
        <source>Savings %1: %n procedure(s)</source>
        <translation>
            <numerusform>Ahorro %1: %n procedimiento</numerusform>
            <numerusform>Ahorro %1: %n procedimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Mean valid bid</source>
        <translation>Promedio de proposiciones válidas</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Adjudicado</translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation>Partida %1</translation>
    </message>
    <message>
        <source>Reference of awarded lots (%1)</source>
        <translation>Referencia de las partidas adjudicadas (%1)</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Partida</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Lowest valid bid</source>
        <translation>Proposición válida más baja</translation>
    </message>
    <message>
        <source>Winner gap %</source>
        <translation>Diferencia ganador–segundo lugar %</translation>
    </message>
    <message>
        <source>Valid bids</source>
        <translation>Proposiciones válidas</translation>
    </message>
    <message>
        <source>Rejected bids</source>
        <translation>Proposiciones desechadas</translation>
    </message>
    <message>
        <source>Unacceptable price</source>
        <translation>Precio no aceptable</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>Exported from Testigo</source>
        <translation>Exportado desde Testigo</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Millions of %1</source>
        <translation>Millones de %1</translation>
    </message>
    <message>
        <source>%1
Savings: %2
Savings %: %3
Procedures: %4</source>
        <translation>%1
Ahorro: %2
Ahorro %: %3
Procedimientos: %4</translation>
    </message>
    <message>
        <source>%1
Bidders: %2
Savings %: %3</source>
        <translation>%1
Licitantes: %2
Ahorro %: %3</translation>
    </message>
    <message>
        <source>Lot %1 (%2)
Reference: %3
Mean valid bid: %4
Awarded: %5
Savings %: %6</source>
        <translation>Partida %1 (%2)
Referencia: %3
Promedio de proposiciones válidas: %4
Adjudicado: %5
Ahorro %: %6</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot store %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>The evidence file is missing from the case file.</source>
        <translation>Falta el archivo de evidencia en el expediente.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>BiddersPanel</name>
    <message>
        <source>3 or 4 letters, the date (YYMMDD) and a 3-character homoclave</source>
        <translation>3 o 4 letras, la fecha (AAMMDD) y una homoclave de 3 caracteres</translation>
    </message>
    <message>
        <source>Valid RFC: %1</source>
        <translation>RFC válido: %1</translation>
    </message>
    <message>
        <source>Invalid RFC: expected 3 or 4 letters, the date (YYMMDD) and a 3-character homoclave</source>
        <translation>RFC no válido: se esperaban 3 o 4 letras, la fecha (AAMMDD) y una homoclave de 3 caracteres</translation>
    </message>
    <message>
        <source>Add bidder</source>
        <translation>Agregar licitante</translation>
    </message>
    <message>
        <source>Add bid</source>
        <translation>Agregar proposición</translation>
    </message>
    <message>
        <source>Record award</source>
        <translation>Registrar adjudicación</translation>
    </message>
    <message>
        <source>Add contract</source>
        <translation>Agregar contrato</translation>
    </message>
    <message>
        <source>Add amendment</source>
        <translation>Agregar convenio modificatorio</translation>
    </message>
    <message>
        <source>Bidders</source>
        <translation>Licitantes</translation>
    </message>
    <message>
        <source>Bids and award</source>
        <translation>Proposiciones y adjudicación</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Remove bidder</source>
        <translation>Eliminar licitante</translation>
    </message>
    <message>
        <source>Bids for this lot</source>
        <translation>Proposiciones de esta partida</translation>
    </message>
    <message>
        <source>Remove bid</source>
        <translation>Eliminar proposición</translation>
    </message>
    <message>
        <source>Award of this lot</source>
        <translation>Adjudicación de esta partida</translation>
    </message>
    <message>
        <source>Remove award</source>
        <translation>Eliminar adjudicación</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>Remove contract</source>
        <translation>Eliminar contrato</translation>
    </message>
    <message>
        <source>Amendments of the selected contract</source>
        <translation>Convenios modificatorios del contrato seleccionado</translation>
    </message>
    <message>
        <source>Remove amendment</source>
        <translation>Eliminar convenio modificatorio</translation>
    </message>
    <message>
        <source>Selected bidder</source>
        <translation>Licitante seleccionado</translation>
    </message>
    <message>
        <source>e.g. ABC010203XY1</source>
        <translation>p. ej. ABC010203XY1</translation>
    </message>
    <message>
        <source>Signed the Integrity Pact</source>
        <translation>Firmó el Pacto de Integridad</translation>
    </message>
    <message>
        <source>Disclosed ties (manifiesto de vínculos)</source>
        <translation>Presentó manifiesto de vínculos</translation>
    </message>
    <message>
        <source>Declared a conflict of interest</source>
        <translation>Declaró un conflicto de interés</translation>
    </message>
    <message>
        <source>Lot:</source>
        <translation>Partida:</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Partida</translation>
    </message>
    <message>
        <source>Filled in from the lowest valid bid (%1). Check the amount and add the date of the award.</source>
        <translation>Llenada con la propuesta solvente más baja (%1). Revise el monto y agregue la fecha del fallo.</translation>
    </message>
    <message>
        <source>Filled in from the lowest bid (%1), but its technical result is still pending: record the technical evaluation before relying on this award.</source>
        <translation>Llenada con la propuesta más baja (%1), pero su resultado técnico sigue pendiente: registre la evaluación técnica antes de confiar en esta adjudicación.</translation>
    </message>
    <message>
        <source>No valid bid to take the award from: fill it in, or mark the lot as declared void.</source>
        <translation>No hay una propuesta válida de la cual tomar la adjudicación: llénela o marque la partida como desierta.</translation>
    </message>
</context>
<context>
    <name>BilingualPair</name>
    <message>
        <source>ES</source>
        <translation>ES</translation>
    </message>
    <message>
        <source>EN</source>
        <translation>EN</translation>
    </message>
    <message>
        <source>Spanish version</source>
        <translation>Versión en español</translation>
    </message>
    <message>
        <source>English version</source>
        <translation>Versión en inglés</translation>
    </message>
    <message>
        <source>%1 (Spanish)</source>
        <translation>%1 (español)</translation>
    </message>
    <message>
        <source>%1 (English)</source>
        <translation>%1 (inglés)</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <source>“%1” already exists; Testigo will not overwrite it.</source>
        <translation>“%1” ya existe; Testigo no lo sobrescribirá.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” no existe.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” no se puede leer: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Testigo case file.</source>
        <translation>“%1” no es un expediente de Testigo.</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Testigo case file.</source>
        <translation>“%1” es una base de datos, pero no un expediente de Testigo.</translation>
    </message>
    <message>
        <source>“%1” is damaged (the file is shorter than its contents say: it may be truncated). It was not changed.</source>
        <translation>“%1” está dañado (el archivo es más corto de lo que indica su contenido: puede estar truncado). No se modificó.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Testigo (format %2; this version reads up to %3). Update Testigo to open it. The file was not changed.</source>
        <translation>“%1” fue escrito por una versión más reciente de Testigo (formato %2; esta versión lee hasta el %3). Actualice Testigo para abrirlo. El archivo no se modificó.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>“%1” no se puede abrir: %2</translation>
    </message>
    <message>
        <source>“%1” could not be created: %2</source>
        <translation>No se pudo crear “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade but no backup could be written next to it.</source>
        <translation>“%1” necesita actualizarse, pero no se pudo escribir una copia de respaldo junto a él.</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded: %2</source>
        <translation>No se pudo actualizar “%1”: %2</translation>
    </message>
    <message>
        <source>migration %1 is missing</source>
        <translation>falta la migración %1</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>falló la migración %1: %2</translation>
    </message>
    <message>
        <source>This case file is open read-only; the change was not saved.</source>
        <translation>Este expediente está abierto en modo de solo lectura; el cambio no se guardó.</translation>
    </message>
    <message>
        <source>unknown table %1</source>
        <translation>tabla desconocida %1</translation>
    </message>
    <message>
        <source>the new row could not be read back</source>
        <translation>no se pudo volver a leer la fila nueva</translation>
    </message>
    <message>
        <source>no such row %1 in %2</source>
        <translation>no existe la fila %1 en %2</translation>
    </message>
    <message>
        <source>unknown column %1 in %2</source>
        <translation>columna desconocida %1 en %2</translation>
    </message>
    <message>
        <source>bad column name</source>
        <translation>nombre de columna incorrecto</translation>
    </message>
    <message>
        <source>the imported row could not be read back</source>
        <translation>no se pudo volver a leer la fila importada</translation>
    </message>
    <message>
        <source>Entry %1 of the audit trail imported from %2 does not match its hash.</source>
        <translation>La entrada %1 de la bitácora de auditoría importada de %2 no coincide con su hash.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit trail imported from %2 follows an unknown entry.</source>
        <translation>La entrada %1 de la bitácora de auditoría importada de %2 sigue a una entrada desconocida.</translation>
    </message>
    <message>
        <source>SQLite reports the file as damaged.</source>
        <translation>SQLite informa que el archivo está dañado.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not match its hash: the log was altered.</source>
        <translation>La entrada de auditoría %1 no coincide con su hash: la bitácora fue alterada.</translation>
    </message>
    <message>
        <source>A row of “%1” (%2) was added outside Testigo.</source>
        <translation>Se agregó una fila de “%1” (%2) fuera de Testigo.</translation>
    </message>
    <message>
        <source>Field “%1” of a row of “%2” (%3) was changed outside Testigo; the last logged change is entry %4.</source>
        <translation>El campo “%1” de una fila de “%2” (%3) se modificó fuera de Testigo; el último cambio registrado es la entrada %4.</translation>
    </message>
    <message>
        <source>Evidence file %1 no longer matches its SHA-256.</source>
        <translation>El archivo de evidencia %1 ya no coincide con su SHA-256.</translation>
    </message>
    <message>
        <source>A row of “%1” (%2) was removed outside Testigo.</source>
        <translation>Se eliminó una fila de “%1” (%2) fuera de Testigo.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1” ya existe.</translation>
    </message>
    <message>
        <source>The case file is not open.</source>
        <translation>El expediente no está abierto.</translation>
    </message>
    <message>
        <source>migration %1 could not be committed: %2</source>
        <translation>no se pudo confirmar la migración %1: %2</translation>
    </message>
    <message>
        <source>the case file is in use by another program, which kept it locked for more than 5 seconds; try again when it has finished</source>
        <translation>el expediente está en uso por otro programa, que lo mantuvo bloqueado más de 5 segundos; inténtelo de nuevo cuando haya terminado</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>el disco está lleno; libere espacio e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the disk could not be written to or read from (it may be full, removed or failing)</source>
        <translation>no se pudo escribir en el disco ni leer de él (puede estar lleno, desconectado o fallando)</translation>
    </message>
    <message>
        <source>the case file cannot be written to (it or its folder is read-only)</source>
        <translation>no se puede escribir en el expediente (el archivo o su carpeta son de solo lectura)</translation>
    </message>
    <message>
        <source>SQLite reports the file as damaged</source>
        <translation>SQLite informa que el archivo está dañado</translation>
    </message>
    <message>
        <source>a record refers to another record that is not in the case file</source>
        <translation>un registro hace referencia a otro registro que no está en el expediente</translation>
    </message>
    <message>
        <source>the change would break a rule of the case file (%1)</source>
        <translation>el cambio rompería una regla del expediente (%1)</translation>
    </message>
    <message>
        <source>“%1” is not a case file: it is a folder, a pipe or a device, not a regular file.</source>
        <translation>“%1” no es un expediente: es una carpeta, una tubería o un dispositivo, no un archivo normal.</translation>
    </message>
    <message>
        <source>“%1” was interrupted in the middle of a write, and only a program that may write to it can roll that back. Open it where you can write to it (keep the “-journal” file beside it).</source>
        <translation>“%1” se interrumpió a mitad de una escritura, y solo un programa que pueda escribir en él puede revertirla. Ábralo donde pueda escribir en él (conserve junto a él el archivo “-journal”).</translation>
    </message>
    <message>
        <source>“%1”: an operation was interrupted before it finished (the program was stopped or the computer lost power); it has been rolled back and the file is as it was before that operation.</source>
        <translation>“%1”: una operación se interrumpió antes de terminar (el programa se detuvo o el equipo se quedó sin corriente); se revirtió y el archivo está como antes de esa operación.</translation>
    </message>
    <message>
        <source>“%1” is in use by another program that has kept it locked for more than 5 seconds. Try again when it has finished. The file was not changed.</source>
        <translation>“%1” está en uso por otro programa que lo ha mantenido bloqueado más de 5 segundos. Inténtelo de nuevo cuando haya terminado. El archivo no se modificó.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened: SQLite reports the file as damaged. It was not changed.</source>
        <translation>“%1” está dañado y no se puede abrir: SQLite informa que el archivo está dañado. No se modificó.</translation>
    </message>
    <message>
        <source>“%1” uses an older format and could not be upgraded in a temporary copy for reading: %2</source>
        <translation>“%1” usa un formato anterior y no se pudo actualizar en una copia temporal para leerlo: %2</translation>
    </message>
    <message>
        <source>no temporary copy could be written</source>
        <translation>no se pudo escribir una copia temporal</translation>
    </message>
    <message>
        <source>No key of this file has the fingerprint “%1”.</source>
        <translation>Ninguna clave de este archivo tiene la huella “%1”.</translation>
    </message>
    <message>
        <source>Several keys match “%1”; give more of the fingerprint.</source>
        <translation>Varias claves coinciden con “%1”; indique más dígitos de la huella.</translation>
    </message>
    <message>
        <source>The file&apos;s structure was changed outside Testigo: %1 is not Testigo&apos;s.</source>
        <translation>La estructura del archivo se modificó fuera de Testigo: %1 no es de Testigo.</translation>
    </message>
    <message>
        <source>The file&apos;s structure was changed outside Testigo: %1 was altered.</source>
        <translation>La estructura del archivo se modificó fuera de Testigo: %1 fue alterado.</translation>
    </message>
    <message>
        <source>The file&apos;s structure was changed outside Testigo: %1 is missing.</source>
        <translation>La estructura del archivo se modificó fuera de Testigo: falta %1.</translation>
    </message>
    <message>
        <source>The OCDS release kept for %1 no longer matches its SHA-256.</source>
        <translation>La entrega OCDS guardada para %1 ya no coincide con su SHA-256.</translation>
    </message>
    <message>
        <source>The audit log was cut: entry %1, which signature %2 covers, is gone.</source>
        <translation>La bitácora de auditoría fue recortada: falta la entrada %1, que cubre la firma %2.</translation>
    </message>
    <message>
        <source>Signature %1 (entries %2 to %3) does not match the log: the history was rewritten or forged.</source>
        <translation>La firma %1 (entradas %2 a %3) no coincide con la bitácora: el historial fue reescrito o falsificado.</translation>
    </message>
    <message>
        <source>The file&apos;s signatures were removed.</source>
        <translation>Se eliminaron las firmas del archivo.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are not signed: they were added outside Testigo.</source>
        <translation>Las entradas de auditoría %1 a %2 no están firmadas: se agregaron fuera de Testigo.</translation>
    </message>
    <message>
        <source>The audit log was cut: the entries after %1 that signature %2 covers are gone.</source>
        <translation>La bitácora de auditoría fue recortada: faltan las entradas posteriores a la %1 que cubre la firma %2.</translation>
    </message>
    <message>
        <source>Table(s) %1 were changed outside Testigo after the last signature.</source>
        <translation>Las tablas %1 se modificaron fuera de Testigo después de la última firma.</translation>
    </message>
    <message>
        <source>A signature of the history merged from %1 does not verify.</source>
        <translation>Una firma del historial combinado desde %1 no se verifica.</translation>
    </message>
    <message>
        <source>The public key of “%1” does not match its fingerprint.</source>
        <translation>La clave pública de “%1” no coincide con su huella.</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade but its pending changes could not be saved first: %2</source>
        <translation>“%1” debe actualizarse, pero antes no se pudieron guardar sus cambios pendientes: %2</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade but no copy could be written next to it.</source>
        <translation>“%1” debe actualizarse, pero no se pudo escribir una copia junto a él.</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>el archivo está en uso</translation>
    </message>
    <message>
        <source>an import batch needs a transaction of its own</source>
        <translation>un lote de importación necesita una transacción propia</translation>
    </message>
    <message>
        <source>no import batch is under way</source>
        <translation>no hay ningún lote de importación en curso</translation>
    </message>
    <message>
        <source>The rows of “%1” that import %2 wrote (audit entry %3) no longer match its digest: %4 were written, %5 are left, and they were changed, added or removed outside Testigo.</source>
        <translation>Las filas de “%1” que escribió la importación %2 (entrada de auditoría %3) ya no coinciden con su resumen: se escribieron %4, quedan %5, y se cambiaron, añadieron o eliminaron fuera de Testigo.</translation>
    </message>
    <message>
        <source>%1 rows of “%2” claim to come from import %3, which the audit log does not have: they were added outside Testigo.</source>
        <translation>%1 filas de “%2” dicen venir de la importación %3, que el registro de auditoría no tiene: se añadieron fuera de Testigo.</translation>
    </message>
</context>
<context>
    <name>CaseFileHandler</name>
    <message>
        <source>Cannot open the case file</source>
        <translation>No se puede abrir el expediente</translation>
    </message>
    <message>
        <source>Cannot create the case file</source>
        <translation>No se puede crear el expediente</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Exportar una copia</translation>
    </message>
    <message>
        <source>Choose another file name: this is the open file.</source>
        <translation>Elija otro nombre de archivo: este es el archivo abierto.</translation>
    </message>
    <message>
        <source>“%1” exists and cannot be replaced.</source>
        <translation>“%1” existe y no se puede reemplazar.</translation>
    </message>
    <message>
        <source>The copy does not verify.</source>
        <translation>La copia no pasa la verificación.</translation>
    </message>
    <message>
        <source>The case file was recovered</source>
        <translation>Se recuperó el expediente</translation>
    </message>
</context>
<context>
    <name>CaseFileSearch</name>
    <message>
        <source>Search the case file…</source>
        <translation>Buscar en el expediente…</translation>
    </message>
    <message>
        <source>Procedures, agencies, bidders, findings, narratives, stage notes and evidence (%1). Enter opens the selected hit; Up and Down choose another.</source>
        <translation>Procedimientos, dependencias, licitantes, observaciones, narrativas, notas de las etapas y evidencia (%1). Intro abre el resultado elegido; las flechas arriba y abajo eligen otro.</translation>
    </message>
    <message>
        <source>&amp;Find in the case file…</source>
        <translation>&amp;Buscar en el expediente…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>No se encontró nada para “%1”</translation>
    </message>
</context>
<context>
    <name>ChapterEditor</name>
    <message>
        <source>Chapter text</source>
        <translation>Texto del capítulo</translation>
    </message>
    <message>
        <source>Language of the text</source>
        <translation>Idioma del texto</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Subrayado</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>Bullets</source>
        <translation>Viñetas</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Numeración</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Footnote…</source>
        <translation>Nota al pie…</translation>
    </message>
    <message>
        <source>Footnote</source>
        <translation>Nota al pie</translation>
    </message>
    <message>
        <source>Text of the footnote:</source>
        <translation>Texto de la nota al pie:</translation>
    </message>
    <message>
        <source>Live figure or table</source>
        <translation>Figura o cuadro dinámico</translation>
    </message>
    <message>
        <source>Insert figure</source>
        <translation>Insertar figura</translation>
    </message>
    <message>
        <source>Figure caption</source>
        <translation>Leyenda de la figura</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Leyenda:</translation>
    </message>
    <message>
        <source>Edit chapter text</source>
        <translation>Editar el texto del capítulo</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfica</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>Imagen (PNG)…</translation>
    </message>
    <message>
        <source>Vector image (SVG)…</source>
        <translation>Imagen vectorial (SVG)…</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>Datos (CSV)…</translation>
    </message>
    <message>
        <source>Data (Excel XLSX)…</source>
        <translation>Datos (Excel XLSX)…</translation>
    </message>
</context>
<context>
    <name>ClauseMatrixModel</name>
    <message numerus="yes">
        <source>%n finding(s) on clause %1 at %2; worst severity: %3</source>
        <translation>
            <numerusform>%n observación sobre la cláusula %1 en %2; gravedad máxima: %3</numerusform>
            <numerusform>%n observaciones sobre la cláusula %1 en %2; gravedad máxima: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClauseTieModel</name>
    <message>
        <source>Tie finding to clause %1</source>
        <translation>Vincular la observación a la cláusula %1</translation>
    </message>
    <message>
        <source>Untie finding from clause %1</source>
        <translation>Desvincular la observación de la cláusula %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Password of the private key: </source>
        <translation>Contraseña de la clave privada: </translation>
    </message>
    <message>
        <source>Give either --cert X.cer with --key X.key, or --p12 FILE.</source>
        <translation>Indique --cert X.cer con --key X.key, o bien --p12 ARCHIVO.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>sign needs PDF, a key and -o OUT.pdf.</source>
        <translation>sign necesita el PDF, una clave y -o SALIDA.pdf.</translation>
    </message>
    <message>
        <source>Signed %1 as %2.</source>
        <translation>Se firmó %1 como %2.</translation>
    </message>
    <message>
        <source>The PDF is not signed.</source>
        <translation>El PDF no está firmado.</translation>
    </message>
    <message>
        <source>Signature by %1 is NOT valid: %2</source>
        <translation>La firma de %1 NO es válida: %2</translation>
    </message>
    <message>
        <source>Signature by %1 on %2 is valid for the signed part; the file was changed after it was signed.</source>
        <translation>La firma de %1 del %2 es válida para la parte firmada; el archivo se modificó después de firmarse.</translation>
    </message>
    <message>
        <source>Signature by %1 on %2 is valid (certificate number %3).</source>
        <translation>La firma de %1 del %2 es válida (certificado núm. %3).</translation>
    </message>
    <message>
        <source>--%1 needs a date YYYY-MM-DD.</source>
        <translation>--%1 necesita una fecha AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>create needs one FILE.</source>
        <translation>create requiere un argumento FILE.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Se creó %1</translation>
    </message>
    <message>
        <source>info needs one FILE.</source>
        <translation>info requiere un argumento FILE.</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Versión del esquema: %1</translation>
    </message>
    <message>
        <source>Procedures: %1</source>
        <translation>Procedimientos: %1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Observaciones: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Archivos adjuntos: %1</translation>
    </message>
    <message>
        <source>Audit head: %1</source>
        <translation>Cabeza de la cadena de auditoría: %1</translation>
    </message>
    <message>
        <source>list needs one FILE.</source>
        <translation>list requiere un argumento FILE.</translation>
    </message>
    <message>
        <source>verify needs one FILE.</source>
        <translation>verify requiere un argumento FILE.</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>La verificación falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) found.</source>
        <translation>
            <numerusform>Se encontró %n problema más.</numerusform>
            <numerusform>Se encontraron %n problemas más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The case file is intact: %n audit entries verified.</source>
        <translation>
            <numerusform>El expediente está íntegro: se verificó %n entrada de auditoría.</numerusform>
            <numerusform>El expediente está íntegro: se verificaron %n entradas de auditoría.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: testigo-cli COMMAND ...</source>
        <translation>Uso: testigo-cli COMMAND ...</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>La opción --%1 requiere un valor.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando desconocido: “%1”.</translation>
    </message>
    <message>
        <source>demo needs one FILE.</source>
        <translation>demo requiere un argumento FILE.</translation>
    </message>
    <message>
        <source>The demo could not be written: %1</source>
        <translation>No se pudo escribir el expediente de demostración: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the demo case file %1 with %n procedure(s).</source>
        <translation>
            <numerusform>Se escribió el expediente de demostración %1 con %n procedimiento.</numerusform>
            <numerusform>Se escribió el expediente de demostración %1 con %n procedimientos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Dependencia</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Adjudicado</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Ahorro</translation>
    </message>
    <message>
        <source>Savings %</source>
        <translation>Ahorro %</translation>
    </message>
    <message>
        <source>Savings vs budget</source>
        <translation>Ahorro vs. presupuesto</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Convenios modificatorios</translation>
    </message>
    <message>
        <source>Bidders</source>
        <translation>Licitantes</translation>
    </message>
    <message>
        <source>Valid bids</source>
        <translation>Proposiciones válidas</translation>
    </message>
    <message>
        <source>Rejected bids</source>
        <translation>Proposiciones desechadas</translation>
    </message>
    <message>
        <source>Days publication to opening</source>
        <translation>Días de la publicación a la apertura</translation>
    </message>
    <message>
        <source>Days opening to award</source>
        <translation>Días de la apertura al fallo</translation>
    </message>
    <message>
        <source>Savings (%1)</source>
        <translation>Ahorro (%1)</translation>
    </message>
    <message>
        <source>Real savings (%1 of %2)</source>
        <translation>Ahorro real (%1 de %2)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n procedure(s))</source>
        <translation>
            <numerusform>Total (%n procedimiento)</numerusform>
            <numerusform>Total (%n procedimientos)</numerusform>
        </translation>
    </message>
    <message>
        <source>impact needs one FILE.</source>
        <translation>impact requiere un argumento FILE.</translation>
    </message>
    <message>
        <source>--format must be csv or json.</source>
        <translation>--format debe ser csv o json.</translation>
    </message>
    <message>
        <source>--currency must be MXN or USD.</source>
        <translation>--currency debe ser MXN o USD.</translation>
    </message>
    <message>
        <source>--real needs a month as YYYY-MM.</source>
        <translation>--real requiere un mes en formato YYYY-MM.</translation>
    </message>
    <message>
        <source>The INPC for %1 is missing; the series covers %2 to %3 (add it to %4).</source>
        <translation>Falta el INPC de %1; la serie abarca de %2 a %3 (agréguelo a %4).</translation>
    </message>
    <message>
        <source>Banxico FIX of the award date (nearest previous business day; monthly average when no daily value is stored)</source>
        <translation>FIX de Banxico de la fecha del fallo (día hábil anterior más cercano; promedio mensual cuando no hay un valor diario registrado)</translation>
    </message>
    <message>
        <source>merge needs a TARGET file and at least one SOURCE file.</source>
        <translation>merge requiere un archivo TARGET y al menos un archivo SOURCE.</translation>
    </message>
    <message>
        <source>“%1” is the target itself.</source>
        <translation>“%1” es el propio destino.</translation>
    </message>
    <message>
        <source>“%1” is read-only; nothing was merged.</source>
        <translation>“%1” es de solo lectura; no se combinó nada.</translation>
    </message>
    <message>
        <source>%1: nothing new.</source>
        <translation>%1: nada nuevo.</translation>
    </message>
    <message>
        <source>%1: %2 new rows, %3 taken from the source, %4 merged, %5 conflicts, %6 evidence files, %7 audit entries kept.</source>
        <translation>%1: %2 filas nuevas, %3 tomadas del origen, %4 combinadas, %5 conflictos, %6 archivos de evidencia, %7 entradas de auditoría conservadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) await a decision in the target (open it in Testigo: Merge).</source>
        <translation>
            <numerusform>%n conflicto espera una decisión en el destino (ábralo en Testigo: Combinar).</numerusform>
            <numerusform>%n conflictos esperan una decisión en el destino (ábralo en Testigo: Combinar).</numerusform>
        </translation>
    </message>
    <message>
        <source>import needs a case FILE and at least one OCDS-FILE.</source>
        <translation>import requiere un expediente FILE y al menos un OCDS-FILE.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” no existe.</translation>
    </message>
    <message>
        <source>export needs one FILE and -o OUT.json.</source>
        <translation>export requiere un argumento FILE y -o OUT.json.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>No se pudo escribir “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n procedure(s) as an OCDS 1.1 release package to %1</source>
        <translation>
            <numerusform>Se exportó %n procedimiento como paquete de entregas OCDS 1.1 a %1</numerusform>
            <numerusform>Se exportaron %n procedimientos como paquete de entregas OCDS 1.1 a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>flags needs one FILE.</source>
        <translation>flags requiere un argumento FILE.</translation>
    </message>
    <message>
        <source>no red flags</source>
        <translation>sin alertas</translation>
    </message>
    <message>
        <source>No procedure numbered “%1” in this case file.</source>
        <translation>No hay ningún procedimiento con el número “%1” en este expediente.</translation>
    </message>
    <message>
        <source>report needs one FILE.</source>
        <translation>report requiere un argumento FILE.</translation>
    </message>
    <message>
        <source>--lang must be es or en.</source>
        <translation>--lang debe ser es o en.</translation>
    </message>
    <message>
        <source>report needs -o OUT.pdf.</source>
        <translation>report requiere -o OUT.pdf.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Se escribió %1 (%n página).</numerusform>
            <numerusform>Se escribió %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>checklist %1/%2</source>
        <translation>lista de verificación %1/%2</translation>
    </message>
    <message>
        <source>Agency: %1 (%2)</source>
        <translation>Dependencia: %1 (%2)</translation>
    </message>
    <message>
        <source>Regime: %1 · type: %2 · character: %3 · object: %4</source>
        <translation>Régimen: %1 · tipo: %2 · carácter: %3 · objeto: %4</translation>
    </message>
    <message>
        <source>Witness: %1, designated by %2 (letter %3 of %4)</source>
        <translation>Testigo social: %1, designado por %2 (oficio %3 del %4)</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Partidas</translation>
    </message>
    <message>
        <source>budget %1, reference %2</source>
        <translation>presupuesto %1, referencia %2</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Legal clocks</source>
        <translation>Plazos legales</translation>
    </message>
    <message>
        <source>Bidders: %1 · bids: %2 · awards: %3 · contracts: %4 · amendments: %5</source>
        <translation>Licitantes: %1 · proposiciones: %2 · adjudicaciones: %3 · contratos: %4 · convenios modificatorios: %5</translation>
    </message>
    <message>
        <source>Lot %1: %2, %3 on %4</source>
        <translation>Partida %1: %2, %3 el %4</translation>
    </message>
    <message>
        <source>void</source>
        <translation>desierta</translation>
    </message>
    <message>
        <source>Contract %1 with %2: %3, signed %4</source>
        <translation>Contrato %1 con %2: %3, firmado el %4</translation>
    </message>
    <message>
        <source>show needs FILE and --process NUMBER.</source>
        <translation>show requiere FILE y --process NUMBER.</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD.</source>
        <translation>--today requiere una fecha en formato YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>testimony needs FILE, --process NUMBER and -o OUT.pdf.</source>
        <translation>testimony requiere FILE, --process NUMBER y -o OUT.pdf.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>%1 is not a testimony printed by Testigo (no record digest found).</source>
        <translation>%1 no es un testimonio impreso por Testigo (no se encontró la huella del registro).</translation>
    </message>
    <message>
        <source>The testimony matches the current record (digest %1).</source>
        <translation>El testimonio coincide con el registro actual (huella %1).</translation>
    </message>
    <message>
        <source>The testimony&apos;s record digest %1 is unknown to this case file.</source>
        <translation>Este expediente no reconoce la huella del registro del testimonio, %1.</translation>
    </message>
    <message numerus="yes">
        <source>The record changed after the testimony was printed: %n change(s).</source>
        <translation>
            <numerusform>El registro cambió después de imprimirse el testimonio: %n cambio.</numerusform>
            <numerusform>El registro cambió después de imprimirse el testimonio: %n cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing OCDS data… %1 %</source>
        <translation>Importando datos OCDS… %1 %</translation>
    </message>
    <message>
        <source>%1 does not take the option --%2.</source>
        <translation>%1 no acepta la opción --%2.</translation>
    </message>
    <message>
        <source>the disk or device is full</source>
        <translation>el disco o el dispositivo está lleno</translation>
    </message>
    <message>
        <source>“%1” could not be written: the folder “%2” does not exist.</source>
        <translation>No se pudo escribir “%1”: la carpeta “%2” no existe.</translation>
    </message>
    <message>
        <source>“%1” could not be written: it is a folder.</source>
        <translation>No se pudo escribir “%1”: es una carpeta.</translation>
    </message>
    <message>
        <source>“%1” could not be written: the disk is full or cannot be written to.</source>
        <translation>No se pudo escribir “%1”: el disco está lleno o no se puede escribir en él.</translation>
    </message>
    <message>
        <source>your key</source>
        <translation>su clave</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>de confianza</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>sin confianza</translation>
    </message>
    <message numerus="yes">
        <source>Signed by %1 (key %2, %3): %n entries.</source>
        <translation>
            <numerusform>Firmado por %1 (clave %2, %3): %n entrada.</numerusform>
            <numerusform>Firmado por %1 (clave %2, %3): %n entradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsigned (written before signing): %n entries.</source>
        <translation>
            <numerusform>Sin firma (escrito antes de firmar): %n entrada.</numerusform>
            <numerusform>Sin firma (escrito antes de firmar): %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>keys needs one FILE.</source>
        <translation>keys necesita un ARCHIVO.</translation>
    </message>
    <message>
        <source>The keys could not be written to “%1”: %2</source>
        <translation>No se pudieron escribir las claves en “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) written to %1</source>
        <translation>
            <numerusform>%n clave escrita en %1</numerusform>
            <numerusform>%n claves escritas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>trust needs a FILE and a KEYFILE (from keys --export) or a FINGERPRINT.</source>
        <translation>trust necesita un ARCHIVO y un ARCHIVO-DE-CLAVES (de keys --export) o una HUELLA.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” no se puede leer: %2</translation>
    </message>
    <message>
        <source>“%1” is not a key file written by testigo-cli keys --export.</source>
        <translation>“%1” no es un archivo de claves escrito por testigo-cli keys --export.</translation>
    </message>
    <message>
        <source>“%1” is read-only; nothing was changed.</source>
        <translation>“%1” es de solo lectura; no se cambió nada.</translation>
    </message>
    <message>
        <source>“%1” holds a key that is not an Ed25519 public key; nothing was changed.</source>
        <translation>“%1” contiene una clave que no es una clave pública Ed25519; no se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
    <message>
        <source>Marked as trusted; the mark is signed with your key and kept in the file&apos;s log.</source>
        <translation>Marcada como de confianza; la marca está firmada con su clave y queda en la bitácora del archivo.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n open conflict(s); decide them in that file before merging it into another. Nothing was merged.</source>
        <translation>
            <numerusform>“%1” tiene %n conflicto abierto; decídalo en ese archivo antes de combinarlo con otro. No se combinó nada.</numerusform>
            <numerusform>“%1” tiene %n conflictos abiertos; decídalos en ese archivo antes de combinarlo con otro. No se combinó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” failed verification: %2 Nothing was merged; the target was not changed. To merge it anyway (the target&apos;s log records it), add --accept-unverified.</source>
        <translation>“%1” no pasó la verificación: %2 No se combinó nada; el destino no cambió. Para combinarlo de todos modos (la bitácora del destino lo registra), agregue --accept-unverified.</translation>
    </message>
    <message>
        <source>Warning: “%1” failed verification (%2); merged as you asked, and recorded in the target.</source>
        <translation>Advertencia: “%1” no pasó la verificación (%2); se combinó como lo pidió y quedó registrado en el destino.</translation>
    </message>
    <message>
        <source>“%1” is damaged (SQLite&apos;s integrity check fails); nothing was merged and it was not changed.</source>
        <translation>“%1” está dañado (falla la revisión de integridad de SQLite); no se combinó nada y no se modificó.</translation>
    </message>
    <message>
        <source>%1 (%2), %3, on %4: %5</source>
        <translation>%1 (%2), %3, el %4: %5</translation>
    </message>
    <message>
        <source>whole procedure</source>
        <translation>todo el procedimiento</translation>
    </message>
    <message>
        <source>lot %1</source>
        <translation>partida %1</translation>
    </message>
    <message>
        <source>Inconformidad by %1 filed %2 before %3: %4</source>
        <translation>Inconformidad de %1 presentada el %2 ante %3: %4</translation>
    </message>
    <message>
        <source>Dialogue round %1 on %2: %3</source>
        <translation>Ronda del diálogo %1 el %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>search needs a FILE and what to look for.</source>
        <translation>search requiere un argumento FILE y lo que se busca.</translation>
    </message>
    <message>
        <source>--limit takes a number of hits of each kind.</source>
        <translation>--limit recibe un número de resultados de cada tipo.</translation>
    </message>
    <message>
        <source>“%1” holds no word to look for.</source>
        <translation>“%1” no contiene ninguna palabra que buscar.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>No se encontró nada para “%1”.</translation>
    </message>
    <message>
        <source>The procedures could not be read: the file may be damaged.</source>
        <translation>No se pudieron leer los procedimientos: el archivo puede estar dañado.</translation>
    </message>
</context>
<context>
    <name>ClockModel</name>
    <message>
        <source>Legal clock</source>
        <translation>Plazo legal</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>ClockRules</name>
    <message>
        <source>%1 is not a Testigo rules file.</source>
        <translation>%1 no es un archivo de reglas de Testigo.</translation>
    </message>
    <message>
        <source>%1: a clock lacks its code, endpoints or number of days.</source>
        <translation>%1: a un plazo le falta el código, los puntos de inicio y fin o el número de días.</translation>
    </message>
</context>
<context>
    <name>Clocks</name>
    <message>
        <source>On time</source>
        <translation>En tiempo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Does not apply: the act was not held or no date applies.</source>
        <translation>No aplica: el acto no se celebró o no corresponde ninguna fecha.</translation>
    </message>
    <message>
        <source>No start date recorded.</source>
        <translation>No se registró fecha de inicio.</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>días hábiles</translation>
    </message>
    <message>
        <source>natural days</source>
        <translation>días naturales</translation>
    </message>
    <message>
        <source>at least %1 %2 from %3; earliest lawful date %4</source>
        <translation>al menos %1 %2 desde %3; fecha legal más temprana %4</translation>
    </message>
    <message>
        <source>at most %1 %2 from %3; deadline %4</source>
        <translation>como máximo %1 %2 desde %3; fecha límite %4</translation>
    </message>
    <message>
        <source>; with the extension %1</source>
        <translation>; con la prórroga %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2 so far (%3)</source>
        <translation>%1 %2 hasta ahora (%3)</translation>
    </message>
    <message>
        <source>; reduced period, justified</source>
        <translation>; plazo reducido, justificado</translation>
    </message>
    <message>
        <source>; measured on planned dates</source>
        <translation>; medido con fechas programadas</translation>
    </message>
    <message>
        <source>; for reference only</source>
        <translation>; solo como referencia</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>; article and figures unverified for this version of the law</source>
        <translation>; artículo y cifras sin verificar para esta versión de la ley</translation>
    </message>
    <message>
        <source>; WARNING: the holiday calendar does not cover these years, only weekends were left out of the business days</source>
        <translation>; ADVERTENCIA: el calendario de días inhábiles no cubre estos años, solo se descontaron los fines de semana de los días hábiles</translation>
    </message>
    <message>
        <source>%1 (unverified)</source>
        <translation>%1 (sin verificar)</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>LAASSP 2000 (before 17 April 2025)</source>
        <translation>LAASSP 2000 (antes del 17 de abril de 2025)</translation>
    </message>
    <message>
        <source>LAASSP 2025</source>
        <translation>LAASSP 2025</translation>
    </message>
    <message>
        <source>LOPSRM (public works)</source>
        <translation>LOPSRM (obra pública)</translation>
    </message>
    <message>
        <source>State law</source>
        <translation>Ley estatal</translation>
    </message>
    <message>
        <source>Voluntary Integrity Pact</source>
        <translation>Pacto de Integridad voluntario</translation>
    </message>
    <message>
        <source>Open public tender</source>
        <translation>Licitación pública</translation>
    </message>
    <message>
        <source>Invitation to at least three suppliers</source>
        <translation>Invitación a cuando menos tres personas</translation>
    </message>
    <message>
        <source>Direct award</source>
        <translation>Adjudicación directa</translation>
    </message>
    <message>
        <source>Competitive dialogue</source>
        <translation>Diálogo competitivo</translation>
    </message>
    <message>
        <source>Direct award with negotiation</source>
        <translation>Adjudicación directa con negociación</translation>
    </message>
    <message>
        <source>Framework agreement contract</source>
        <translation>Contrato derivado de contrato marco</translation>
    </message>
    <message>
        <source>Catalogue order</source>
        <translation>Pedido por catálogo</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <source>International under trade treaties</source>
        <translation>Internacional bajo la cobertura de tratados</translation>
    </message>
    <message>
        <source>Open international</source>
        <translation>Internacional abierta</translation>
    </message>
    <message>
        <source>Pass/fail (binary)</source>
        <translation>Cumple/no cumple (binario)</translation>
    </message>
    <message>
        <source>Points and percentages</source>
        <translation>Puntos y porcentajes</translation>
    </message>
    <message>
        <source>Cost-benefit</source>
        <translation>Costo-beneficio</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Bienes</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Public works</source>
        <translation>Obra pública</translation>
    </message>
    <message>
        <source>Planning and market research</source>
        <translation>Planeación e investigación de mercado</translation>
    </message>
    <message>
        <source>Draft call for tenders</source>
        <translation>Proyecto de convocatoria</translation>
    </message>
    <message>
        <source>Call for tenders</source>
        <translation>Convocatoria</translation>
    </message>
    <message>
        <source>Changes to the call</source>
        <translation>Modificaciones a la convocatoria</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visita al sitio</translation>
    </message>
    <message>
        <source>Clarification meeting</source>
        <translation>Junta de aclaraciones</translation>
    </message>
    <message>
        <source>Bid submission and opening</source>
        <translation>Acto de presentación y apertura de proposiciones</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Subsequent discount offers</source>
        <translation>Ofertas subsecuentes de descuentos</translation>
    </message>
    <message>
        <source>Award decision</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>Contract signature</source>
        <translation>Firma del contrato</translation>
    </message>
    <message>
        <source>Execution and follow-up</source>
        <translation>Ejecución y seguimiento</translation>
    </message>
    <message>
        <source>Final report delivery</source>
        <translation>Entrega del informe final</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluida</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Not escalated</source>
        <translation>Sin escalar</translation>
    </message>
    <message>
        <source>Internal Control Body (OIC)</source>
        <translation>Órgano Interno de Control (OIC)</translation>
    </message>
    <message>
        <source>The Secretaría (SFP/SABG)</source>
        <translation>La Secretaría (SFP/SABG)</translation>
    </message>
    <message>
        <source>Oversight Committee of the Chamber of Deputies</source>
        <translation>Comisión de Vigilancia de la Cámara de Diputados</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Secretaría de la Función Pública (SFP)</source>
        <translation>Secretaría de la Función Pública (SFP)</translation>
    </message>
    <message>
        <source>Secretaría Anticorrupción y Buen Gobierno (SABG)</source>
        <translation>Secretaría Anticorrupción y Buen Gobierno (SABG)</translation>
    </message>
    <message>
        <source>The entity&apos;s own regime</source>
        <translation>Régimen propio de la entidad</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona física</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Persona moral</translation>
    </message>
    <message>
        <source>Ministry (dependencia)</source>
        <translation>Dependencia</translation>
    </message>
    <message>
        <source>Parastatal entity</source>
        <translation>Entidad paraestatal</translation>
    </message>
    <message>
        <source>State government</source>
        <translation>Gobierno estatal</translation>
    </message>
    <message>
        <source>Municipal government</source>
        <translation>Gobierno municipal</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Transport and infrastructure</source>
        <translation>Transporte e infraestructura</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <source>Financial services and insurance</source>
        <translation>Servicios financieros y seguros</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Telecommunications</source>
        <translation>Telecomunicaciones</translation>
    </message>
    <message>
        <source>Government services</source>
        <translation>Servicios gubernamentales</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Mexican peso (MXN)</source>
        <translation>Peso mexicano (MXN)</translation>
    </message>
    <message>
        <source>US dollar (USD)</source>
        <translation>Dólar estadounidense (USD)</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Cumple</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>No cumple</translation>
    </message>
    <message>
        <source>Agency official</source>
        <translation>Servidor público de la dependencia</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>Licitante</translation>
    </message>
    <message>
        <source>Social witness</source>
        <translation>Testigo social</translation>
    </message>
    <message>
        <source>Contracting authority</source>
        <translation>Convocante</translation>
    </message>
    <message>
        <source>Bidders</source>
        <translation>Licitantes</translation>
    </message>
    <message>
        <source>Sanctions and remedies</source>
        <translation>Sanciones y medios de impugnación</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <source>Partly addressed</source>
        <translation>Parcialmente atendida</translation>
    </message>
    <message>
        <source>Not addressed</source>
        <translation>No atendida</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>Declared void (desierta)</source>
        <translation>Declaración de desierta</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <source>Pending resolution</source>
        <translation>Pendiente de resolución</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Fundada</translation>
    </message>
    <message>
        <source>Unfounded</source>
        <translation>Infundada</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Desechada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Desistida</translation>
    </message>
    <message>
        <source>Deadline for questions (clarification meeting)</source>
        <translation>Fecha límite para preguntas (junta de aclaraciones)</translation>
    </message>
    <message>
        <source>Change to the call</source>
        <translation>Modificación a la convocatoria</translation>
    </message>
    <message>
        <source>Correction of the award (fallo)</source>
        <translation>Corrección del fallo</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>Procedures</source>
        <translation>Procedimientos</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Dependencia</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Adjudicado</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Ahorro</translation>
    </message>
    <message>
        <source>Savings %</source>
        <translation>Ahorro %</translation>
    </message>
    <message>
        <source>Savings vs budget</source>
        <translation>Ahorro vs. presupuesto</translation>
    </message>
    <message>
        <source>Bidders</source>
        <translation>Licitantes</translation>
    </message>
    <message>
        <source>Valid bids</source>
        <translation>Proposiciones válidas</translation>
    </message>
    <message>
        <source>Rejected bids</source>
        <translation>Proposiciones desechadas</translation>
    </message>
    <message>
        <source>Savings (%1)</source>
        <translation>Ahorro (%1)</translation>
    </message>
    <message>
        <source>Real savings (%1)</source>
        <translation>Ahorro real (%1)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Social results</source>
        <translation>Resultados sociales</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Recommendations made</source>
        <translation>Recomendaciones emitidas</translation>
    </message>
    <message>
        <source>Recommendations, agency %1</source>
        <translation>Recomendaciones, dependencia %1</translation>
    </message>
    <message>
        <source>Recommendations, stage: %1</source>
        <translation>Recomendaciones, etapa: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Agency response time, mean days</source>
        <translation>Tiempo de respuesta de la dependencia, días promedio</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message numerus="yes">
        <source>median %1, longest %2, over %n dated response(s)</source>
        <translation>
            <numerusform>mediana %1, máximo %2, sobre %n respuesta con fecha</numerusform>
            <numerusform>mediana %1, máximo %2, sobre %n respuestas con fecha</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalamientos</translation>
    </message>
    <message>
        <source>Bidders who signed the Integrity Pact</source>
        <translation>Licitantes que firmaron el Pacto de Integridad</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Officials who signed the Integrity Pact</source>
        <translation>Servidores públicos que firmaron el Pacto de Integridad</translation>
    </message>
    <message>
        <source>Bidders who disclosed ties</source>
        <translation>Licitantes que manifestaron vínculos</translation>
    </message>
    <message>
        <source>Conflicts of interest declared</source>
        <translation>Conflictos de interés declarados</translation>
    </message>
    <message>
        <source>Bidders per procedure, %1</source>
        <translation>Licitantes por procedimiento, %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n procedimiento</numerusform>
            <numerusform>%n procedimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Año:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Dependencia:</translation>
    </message>
    <message>
        <source>Regime:</source>
        <translation>Régimen:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <source>Filter by year</source>
        <translation>Filtrar por año</translation>
    </message>
    <message>
        <source>Filter by agency</source>
        <translation>Filtrar por dependencia</translation>
    </message>
    <message>
        <source>Filter by regime</source>
        <translation>Filtrar por régimen</translation>
    </message>
    <message>
        <source>Filter by procedure type</source>
        <translation>Filtrar por tipo de procedimiento</translation>
    </message>
    <message>
        <source>Currency of the totals</source>
        <translation>Moneda de los totales</translation>
    </message>
    <message>
        <source>Amount monitored</source>
        <translation>Monto monitoreado</translation>
    </message>
    <message>
        <source>Savings (nominal)</source>
        <translation>Ahorro (nominal)</translation>
    </message>
    <message>
        <source>Savings (real, %1)</source>
        <translation>Ahorro (real, %1)</translation>
    </message>
    <message>
        <source>Social results and Collective Action</source>
        <translation>Resultados sociales y Acción Colectiva</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exportar tabla</translation>
    </message>
    <message>
        <source>Table (CSV)…</source>
        <translation>Tabla (CSV)…</translation>
    </message>
    <message>
        <source>Table (Excel XLSX)…</source>
        <translation>Tabla (Excel XLSX)…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Todas las dependencias</translation>
    </message>
    <message>
        <source>All regimes</source>
        <translation>Todos los regímenes</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) with computable savings</source>
        <translation>
            <numerusform>%n procedimiento con ahorro calculable</numerusform>
            <numerusform>%n procedimientos con ahorro calculable</numerusform>
        </translation>
    </message>
    <message>
        <source>Savings by year</source>
        <translation>Ahorro por año</translation>
    </message>
    <message>
        <source>Savings by agency</source>
        <translation>Ahorro por dependencia</translation>
    </message>
    <message>
        <source>Savings by sector</source>
        <translation>Ahorro por sector</translation>
    </message>
    <message>
        <source>Savings by procedure type</source>
        <translation>Ahorro por tipo de procedimiento</translation>
    </message>
    <message>
        <source>Bidders and savings %</source>
        <translation>Licitantes y ahorro %</translation>
    </message>
    <message>
        <source>Distribution of savings %</source>
        <translation>Distribución del ahorro %</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>%1 addressed, %2 partly, %3 not addressed, %4 pending</source>
        <translation>%1 atendidas, %2 parcialmente, %3 no atendidas, %4 pendientes</translation>
    </message>
    <message>
        <source>Recommendations addressed</source>
        <translation>Recomendaciones atendidas</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid data file: %2 at offset %3</source>
        <translation>%1 no es un archivo de datos válido: %2 en la posición %3</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose the date on a calendar (F4)</source>
        <translation>Elegir la fecha en un calendario (F4)</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as %2. It is not saved.</source>
        <translation>“%1” no es una fecha: escríbala como %2. No se guarda.</translation>
    </message>
    <message>
        <source>Type the date as %1, or press F4 for a calendar; leave it empty for no date.</source>
        <translation>Escriba la fecha como %1 o pulse F4 para abrir un calendario; déjela vacía si no hay fecha.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/aaaa</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
</context>
<context>
    <name>DecreeDaysDialog</name>
    <message>
        <source>Type the date of the decree day, e.g. %1.</source>
        <translation>Escriba la fecha del día de decreto, p. ej. %1.</translation>
    </message>
    <message>
        <source>%1 is already a decree day.</source>
        <translation>%1 ya es un día de decreto.</translation>
    </message>
    <message>
        <source>This case file is read-only: decree days cannot be added.</source>
        <translation>Este expediente es de solo lectura: no se pueden agregar días de decreto.</translation>
    </message>
    <message>
        <source>Add decree day %1</source>
        <translation>Agregar día de decreto %1</translation>
    </message>
    <message>
        <source>%1 added: business-day clocks no longer count it.</source>
        <translation>%1 agregado: los plazos en días hábiles ya no lo cuentan.</translation>
    </message>
    <message>
        <source>Remove decree day %1</source>
        <translation>Quitar día de decreto %1</translation>
    </message>
    <message>
        <source>Decree days</source>
        <translation>Días de decreto</translation>
    </message>
    <message>
        <source>Days declared non-working by decree or by the agency (for example Holy Thursday and Friday). They are saved in this case file and every business-day clock skips them.</source>
        <translation>Días declarados inhábiles por decreto o por la dependencia (por ejemplo, Jueves y Viernes Santo). Se guardan en este expediente y ningún plazo en días hábiles los cuenta.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>e.g. Holy Thursday (agency closed)</source>
        <translation>p. ej. Jueves Santo (dependencia cerrada)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>EditorialPlanView</name>
    <message>
        <source>Drafting</source>
        <translation>En redacción</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Chapters approved</source>
        <translation>Capítulos aprobados</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Avance:</translation>
    </message>
    <message>
        <source>Chapters of the report</source>
        <translation>Capítulos del informe</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title (Spanish)</source>
        <translation>Título (español)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Título (inglés)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autoría</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de entrega</translation>
    </message>
    <message>
        <source>Add chapter</source>
        <translation>Agregar capítulo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Add the default plan</source>
        <translation>Agregar el plan predeterminado</translation>
    </message>
    <message>
        <source>Status of chapter %1</source>
        <translation>Estado del capítulo %1</translation>
    </message>
    <message>
        <source>Change chapter status</source>
        <translation>Cambiar el estado del capítulo</translation>
    </message>
    <message>
        <source>%1 of %2 approved</source>
        <translation>%1 de %2 aprobados</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencido</numerusform>
            <numerusform>%n vencidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>Cambiar la fecha de entrega</translation>
    </message>
    <message>
        <source>Edit chapter</source>
        <translation>Editar el capítulo</translation>
    </message>
    <message>
        <source>Move chapter</source>
        <translation>Mover el capítulo</translation>
    </message>
    <message>
        <source>Remove chapter</source>
        <translation>Eliminar el capítulo</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Add inconformidad</source>
        <translation>Agregar inconformidad</translation>
    </message>
    <message>
        <source>Add dialogue round</source>
        <translation>Agregar ronda del diálogo</translation>
    </message>
    <message>
        <source>This procedure is not a competitive dialogue.</source>
        <translation>Este procedimiento no es un diálogo competitivo.</translation>
    </message>
    <message>
        <source>The version of the law that governs this procedure provides for no competitive dialogue.</source>
        <translation>La versión de la ley que rige este procedimiento no prevé el diálogo competitivo.</translation>
    </message>
    <message>
        <source>Only %1 may run a competitive dialogue (%2): the contracting agency is one of them.</source>
        <translation>Solo %1 puede realizar un diálogo competitivo (%2): la convocante es uno de ellos.</translation>
    </message>
    <message>
        <source>Only %1 may run a competitive dialogue (%2): the contracting agency is not one of them.</source>
        <translation>Solo %1 puede realizar un diálogo competitivo (%2): la convocante no es uno de ellos.</translation>
    </message>
    <message>
        <source>, unverified</source>
        <translation>, sin verificar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Inconformidades (bid protests)</source>
        <translation>Inconformidades</translation>
    </message>
    <message>
        <source>Remove inconformidad</source>
        <translation>Quitar inconformidad</translation>
    </message>
    <message>
        <source>Rounds of the competitive dialogue</source>
        <translation>Rondas del diálogo competitivo</translation>
    </message>
    <message>
        <source>Add round</source>
        <translation>Agregar ronda</translation>
    </message>
    <message>
        <source>Remove dialogue round</source>
        <translation>Quitar ronda del diálogo</translation>
    </message>
    <message>
        <source>Add event of the procedure</source>
        <translation>Agregar evento del procedimiento</translation>
    </message>
    <message>
        <source>Cancellations, void declarations and dated acts (legal clocks)</source>
        <translation>Cancelaciones, desiertas y actos con fecha (plazos legales)</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Agregar evento</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Quitar evento</translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <source>No finding selected</source>
        <translation>Ninguna observación seleccionada</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>Observación %1</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n file(s)</source>
        <translation>
            <numerusform>Adjuntar %n archivo</numerusform>
            <numerusform>Adjuntar %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>No such attachment.</source>
        <translation>No existe ese archivo adjunto.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Adjuntar evidencia</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Ninguna aplicación pudo abrir %1.</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Exportar evidencia</translation>
    </message>
    <message>
        <source>Remove evidence %1</source>
        <translation>Eliminar la evidencia %1</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Archivos de evidencia</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <source>Attach evidence files (you can also drop files here)</source>
        <translation>Adjuntar archivos de evidencia (también puede soltar archivos aquí)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Abrir evidencia</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Eliminar evidencia</translation>
    </message>
    <message>
        <source>What happened, where it is documented, why it matters</source>
        <translation>Qué ocurrió, dónde consta, por qué es relevante</translation>
    </message>
    <message>
        <source>What the agency should do</source>
        <translation>Qué debe hacer la dependencia</translation>
    </message>
    <message>
        <source>What the agency answered</source>
        <translation>Qué respondió la dependencia</translation>
    </message>
    <message>
        <source>The description in English</source>
        <translation>La descripción en inglés</translation>
    </message>
    <message>
        <source>The recommendation in English</source>
        <translation>La recomendación en inglés</translation>
    </message>
    <message>
        <source>The response in English</source>
        <translation>La respuesta en inglés</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>New finding %1</source>
        <translation>Nueva observación %1</translation>
    </message>
    <message>
        <source>Delete finding %1</source>
        <translation>Eliminar la observación %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>New finding…</source>
        <translation>Nueva observación…</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Nueva observación</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>Eliminar observación</translation>
    </message>
    <message>
        <source>Delete finding %1 and renumber the ones after it?
You can undo this with Edit ▸ Undo.</source>
        <translation>¿Eliminar la observación %1 y renumerar las siguientes?
Puede deshacerlo con Edición ▸ Deshacer.</translation>
    </message>
</context>
<context>
    <name>FixSeries</name>
    <message>
        <source>FIX line %1: expected YYYY-MM-DD,rate or YYYY-MM,rate.</source>
        <translation>FIX, línea %1: se esperaba AAAA-MM-DD,valor o AAAA-MM,valor.</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Getting started with Testigo&lt;/h2&gt;&lt;p&gt;A case file (&lt;i&gt;.testigo&lt;/i&gt;) holds everything you record. Every change is saved at once and can be undone with &lt;b&gt;Ctrl+Z&lt;/b&gt;.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Your profile, once:&lt;/b&gt; &lt;i&gt;File ▸ Witness profile…&lt;/i&gt; — person or organisation, RFC, padrón number, legal representative, technical advisers, e-mail. Every procedure and testimony uses it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;A procedure:&lt;/b&gt; &lt;i&gt;Procedure ▸ New procedure…&lt;/i&gt; (&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;) — number, title, object kind, type and start date; the regime is proposed. Its stages, checklists and pact clauses are created for you. Or import published data with &lt;i&gt;File ▸ Import OCDS…&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The overview&lt;/b&gt; (&lt;b&gt;Ctrl+1&lt;/b&gt;): agency, lots and amounts, and your engagement: the letter that designated you and its date.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The stages&lt;/b&gt; (&lt;b&gt;Ctrl+2&lt;/b&gt;): for each stage its status, planned and actual dates, and the checklist. Type dates as dd/mm/yyyy or press &lt;b&gt;F4&lt;/b&gt; in a date field for a calendar.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Findings, bidders and bids, the Integrity Pact&lt;/b&gt; have their own tabs; &lt;b&gt;Tab&lt;/b&gt; moves between fields, &lt;b&gt;Ctrl+Tab&lt;/b&gt; between tabs.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The testimony:&lt;/b&gt; &lt;i&gt;Procedure ▸ Testimony…&lt;/i&gt; (&lt;b&gt;Ctrl+T&lt;/b&gt;) lists what is still missing and writes the PDF in Spanish or English.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The language of the window is under &lt;i&gt;Language&lt;/i&gt;; documents choose theirs separately.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Primeros pasos con Testigo&lt;/h2&gt;&lt;p&gt;Un expediente (&lt;i&gt;.testigo&lt;/i&gt;) guarda todo lo que registra. Cada cambio se guarda al instante y se puede deshacer con &lt;b&gt;Ctrl+Z&lt;/b&gt;.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Su perfil, una sola vez:&lt;/b&gt; &lt;i&gt;Archivo ▸ Perfil del testigo…&lt;/i&gt; — persona u organización, RFC, número de padrón, representante legal, asesores técnicos, correo. Todos los procedimientos y testimonios lo usan.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Un procedimiento:&lt;/b&gt; &lt;i&gt;Procedimiento ▸ Nuevo procedimiento…&lt;/i&gt; (&lt;b&gt;Ctrl+Mayús+N&lt;/b&gt;) — número, título, tipo de objeto, tipo de procedimiento y fecha de inicio; el régimen se propone. Sus etapas, listas de verificación y cláusulas del pacto se crean solas. O importe datos publicados con &lt;i&gt;Archivo ▸ Importar OCDS…&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;El resumen&lt;/b&gt; (&lt;b&gt;Ctrl+1&lt;/b&gt;): dependencia, partidas e importes, y su designación: el oficio que lo designó y su fecha.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Las etapas&lt;/b&gt; (&lt;b&gt;Ctrl+2&lt;/b&gt;): de cada etapa su estado, fechas programada y real, y la lista de verificación. Escriba las fechas como dd/mm/aaaa o pulse &lt;b&gt;F4&lt;/b&gt; en un campo de fecha para ver un calendario.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Observaciones, licitantes y propuestas, y el Pacto de Integridad&lt;/b&gt; tienen sus propias pestañas; &lt;b&gt;Tab&lt;/b&gt; pasa de un campo a otro, &lt;b&gt;Ctrl+Tab&lt;/b&gt; de una pestaña a otra.&lt;/li&gt;&lt;li&gt;&lt;b&gt;El testimonio:&lt;/b&gt; &lt;i&gt;Procedimiento ▸ Testimonio…&lt;/i&gt; (&lt;b&gt;Ctrl+T&lt;/b&gt;) dice lo que aún falta y escribe el PDF en español o en inglés.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;El idioma de la ventana está en &lt;i&gt;Idioma&lt;/i&gt;; los documentos eligen el suyo por separado.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Impact</name>
    <message>
        <source>Lot %1: no authorised budget recorded.</source>
        <translation>Partida %1: no se registró presupuesto autorizado.</translation>
    </message>
    <message>
        <source>Lot %1: no reference price (market-research median) recorded.</source>
        <translation>Partida %1: no se registró precio de referencia (mediana de la investigación de mercado).</translation>
    </message>
    <message>
        <source>Lot %1: no solvent bids.</source>
        <translation>Partida %1: no hay proposiciones solventes.</translation>
    </message>
    <message>
        <source>Lot %1: a single solvent bid, no winner–runner-up gap.</source>
        <translation>Partida %1: una sola proposición solvente, sin diferencia entre el ganador y el segundo lugar.</translation>
    </message>
    <message numerus="yes">
        <source>Lot %1: %n bid(s) still being evaluated, counted neither as solvent nor as rejected.</source>
        <translation>
            <numerusform>Partida %1: %n proposición aún en evaluación, no se cuenta como solvente ni como desechada.</numerusform>
            <numerusform>Partida %1: %n proposiciones aún en evaluación, no se cuentan como solventes ni como desechadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lot %1 was declared void (desierta): no savings.</source>
        <translation>La partida %1 se declaró desierta: sin ahorro.</translation>
    </message>
    <message>
        <source>Lot %1: no award recorded.</source>
        <translation>Partida %1: no se registró adjudicación.</translation>
    </message>
    <message>
        <source>The procedure has no lots: no reference price or budget.</source>
        <translation>El procedimiento no tiene partidas: sin precio de referencia ni presupuesto.</translation>
    </message>
    <message>
        <source>Contract %1 is in %2, the procedure in %3: savings not computed.</source>
        <translation>El contrato %1 está en %2 y el procedimiento en %3: no se calculó el ahorro.</translation>
    </message>
    <message>
        <source>Contract %1 matches no awarded lot (no winner recorded): left out of the savings.</source>
        <translation>El contrato %1 no corresponde a ninguna partida adjudicada (no se registró el ganador): queda fuera del ahorro.</translation>
    </message>
    <message>
        <source>Procedure declared void (desierta): savings cannot be computed.</source>
        <translation>Procedimiento declarado desierto: no se puede calcular el ahorro.</translation>
    </message>
    <message>
        <source>No award or contract recorded: savings cannot be computed.</source>
        <translation>No se registró adjudicación ni contrato: no se puede calcular el ahorro.</translation>
    </message>
    <message>
        <source>Savings against the reference need a reference price on every awarded lot.</source>
        <translation>El ahorro frente a la referencia requiere un precio de referencia en cada partida adjudicada.</translation>
    </message>
    <message>
        <source>Savings against the budget need a budget on every awarded lot.</source>
        <translation>El ahorro frente al presupuesto requiere un presupuesto en cada partida adjudicada.</translation>
    </message>
    <message numerus="yes">
        <source>%n void lot(s) left out of the savings and their base.</source>
        <translation>
            <numerusform>%n partida desierta excluida del ahorro y de su base.</numerusform>
            <numerusform>%n partidas desiertas excluidas del ahorro y de su base.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet awarded, left out of the savings and their base: lot(s) %1.</source>
        <translation>Aún sin adjudicar, fuera del ahorro y de su base: partida(s) %1.</translation>
    </message>
    <message>
        <source>Some stage dates are planned, not actual.</source>
        <translation>Algunas fechas de etapa son programadas, no reales.</translation>
    </message>
    <message>
        <source>Days from publication to opening: a call or opening date is missing.</source>
        <translation>Días de la publicación a la apertura: falta la fecha de la convocatoria o de la apertura.</translation>
    </message>
    <message>
        <source>Days from opening to award: an opening or award date is missing.</source>
        <translation>Días de la apertura al fallo: falta la fecha de la apertura o del fallo.</translation>
    </message>
    <message>
        <source>the monthly average FIX of %1 (%2)</source>
        <translation>el FIX promedio mensual de %1 (%2)</translation>
    </message>
    <message>
        <source>the FIX of %1, the nearest previous business day (%2)</source>
        <translation>el FIX del %1, el día hábil anterior más cercano (%2)</translation>
    </message>
    <message>
        <source>the FIX of %1 (%2)</source>
        <translation>el FIX del %1 (%2)</translation>
    </message>
    <message>
        <source>Unsupported target currency %1.</source>
        <translation>Moneda de destino no admitida: %1.</translation>
    </message>
    <message>
        <source>No exchange rate series for %1.</source>
        <translation>No hay serie de tipo de cambio para %1.</translation>
    </message>
    <message>
        <source>No award date: the amount cannot be converted.</source>
        <translation>Sin fecha de fallo: el monto no se puede convertir.</translation>
    </message>
    <message>
        <source>No Banxico FIX for %1 or the days before it.</source>
        <translation>No hay FIX de Banxico para el %1 ni para los días anteriores.</translation>
    </message>
    <message>
        <source>USD→MXN at %1</source>
        <translation>USD→MXN al %1</translation>
    </message>
    <message>
        <source>The INPC for %1 is missing: no real amount.</source>
        <translation>Falta el INPC de %1: no hay monto real.</translation>
    </message>
    <message>
        <source>pesos of %1 = pesos of %2 × INPC %3 / %4</source>
        <translation>pesos de %1 = pesos de %2 × INPC %3 / %4</translation>
    </message>
    <message>
        <source>MXN→USD at %1</source>
        <translation>MXN→USD al %1</translation>
    </message>
    <message>
        <source>Amounts in %1; other currencies converted at the Banxico FIX of the award date (nearest previous business day, or the month&apos;s average when no daily rate is stored).</source>
        <translation>Montos en %1; las demás monedas se convierten al FIX de Banxico de la fecha del fallo (el día hábil anterior más cercano, o el promedio del mes cuando no hay un tipo de cambio diario registrado).</translation>
    </message>
    <message>
        <source>Real terms: pesos of %1, nominal × INPC(%1) / INPC(month of the award); %2.</source>
        <translation>Términos reales: pesos de %1, nominal × INPC(%1) / INPC(mes del fallo); %2.</translation>
    </message>
    <message>
        <source>&lt; %1 %</source>
        <translation>&lt; %1 %</translation>
    </message>
    <message>
        <source>≥ %1 %</source>
        <translation>≥ %1 %</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
    <message>
        <source>%1: savings left out of the totals (%2)</source>
        <translation>%1: ahorro excluido de los totales (%2)</translation>
    </message>
    <message>
        <source>%1: real savings left out of the totals (%2)</source>
        <translation>%1: ahorro real excluido de los totales (%2)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>Sin dependencia</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>Sin sector</translation>
    </message>
    <message>
        <source>No type</source>
        <translation>Sin tipo</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>“%1” %2. Nothing was imported; the case file was not changed.</source>
        <translation>“%1” %2. No se importó nada; el expediente no se modificó.</translation>
    </message>
    <message>
        <source>Nothing was prepared for import.</source>
        <translation>No se preparó nada para importar.</translation>
    </message>
    <message>
        <source>The case file is open read-only.</source>
        <translation>El expediente está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>The import was cancelled; the case file was not changed.</source>
        <translation>Se canceló la importación; el expediente no se modificó.</translation>
    </message>
    <message>
        <source>The case file could not be written: %1</source>
        <translation>No se pudo escribir el expediente: %1</translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>“%1” %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3 bytes): %4 imported, %5 updated, %6 unchanged, %7 skipped, %8 data-quality warnings</source>
        <translation>%1 (%2, %3 bytes): %4 importados, %5 actualizados, %6 sin cambios, %7 omitidos, %8 advertencias de calidad de datos</translation>
    </message>
    <message>
        <source>  skipped: %1</source>
        <translation>  omitido: %1</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  advertencia: %1</translation>
    </message>
    <message>
        <source>  … and %1 more warnings</source>
        <translation>  … y %1 advertencias más</translation>
    </message>
    <message>
        <source>  kept your edit: %1</source>
        <translation>  se conservó su edición: %1</translation>
    </message>
</context>
<context>
    <name>InpcSeries</name>
    <message>
        <source>INPC line %1: expected YYYY-MM,value.</source>
        <translation>INPC, línea %1: se esperaba AAAA-MM,valor.</translation>
    </message>
    <message>
        <source>INPC (INEGI), base second half of July 2018 = 100</source>
        <translation>INPC (INEGI), base segunda quincena de julio de 2018 = 100</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation>&amp;Procedimiento</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;New case file…</source>
        <translation>&amp;Nuevo expediente…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Export a copy…</source>
        <translation>&amp;Exportar una copia…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Borrar la lista</translation>
    </message>
    <message>
        <source>&amp;New procedure…</source>
        <translation>&amp;Nuevo procedimiento…</translation>
    </message>
    <message>
        <source>D&amp;uplicate procedure</source>
        <translation>D&amp;uplicar procedimiento</translation>
    </message>
    <message>
        <source>&amp;Delete procedure…</source>
        <translation>&amp;Eliminar procedimiento…</translation>
    </message>
    <message>
        <source>&amp;Procedures list</source>
        <translation>&amp;Lista de procedimientos</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Volver a la lista</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation>&amp;Etapas</translation>
    </message>
    <message>
        <source>&amp;About Testigo</source>
        <translation>&amp;Acerca de Testigo</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Opened read-only: changes cannot be saved to this file.</source>
        <translation>Abierto en modo de solo lectura: los cambios no se pueden guardar en este archivo.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>%1 (read-only) — Testigo</source>
        <translation>%1 (solo lectura) — Testigo</translation>
    </message>
    <message>
        <source>%1 — Testigo</source>
        <translation>%1 — Testigo</translation>
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
        <source>New case file</source>
        <translation>Nuevo expediente</translation>
    </message>
    <message>
        <source>Testigo case files (*.testigo)</source>
        <translation>Expedientes de Testigo (*.testigo)</translation>
    </message>
    <message>
        <source>Open a case file</source>
        <translation>Abrir un expediente</translation>
    </message>
    <message>
        <source>Testigo case files (*.testigo);;All files (*)</source>
        <translation>Expedientes de Testigo (*.testigo);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Exportar una copia</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-copia</translation>
    </message>
    <message>
        <source>Copy written to %1</source>
        <translation>Copia guardada en %1</translation>
    </message>
    <message>
        <source>About Testigo</source>
        <translation>Acerca de Testigo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Testigo %1&lt;/h3&gt;&lt;p&gt;A workbench for social witnesses (testigos sociales) who monitor Mexican public procurement under Integrity Pacts.&lt;/p&gt;&lt;p&gt;Every edit is saved at once in the case file, with a verifiable audit log.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Testigo %1&lt;/h3&gt;&lt;p&gt;Una herramienta de trabajo para testigos sociales que vigilan las contrataciones públicas en México conforme a Pactos de Integridad.&lt;/p&gt;&lt;p&gt;Cada edición se guarda de inmediato en el expediente, con una bitácora de auditoría verificable.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Witness profile…</source>
        <translation>&amp;Perfil del testigo…</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Testigo&lt;/h2&gt;&lt;p&gt;Open a case file or create a new one to record a procedure, stage by stage.&lt;/p&gt;&lt;p&gt;New here? &lt;b&gt;Help ▸ Getting started&lt;/b&gt; (F1) walks you from an empty file to a draft testimony.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Testigo&lt;/h2&gt;&lt;p&gt;Abra un expediente o cree uno nuevo para registrar un procedimiento, etapa por etapa.&lt;/p&gt;&lt;p&gt;¿Es su primera vez? &lt;b&gt;Ayuda ▸ Primeros pasos&lt;/b&gt; (F1) lo lleva de un expediente vacío a un borrador de testimonio.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Mapper</name>
    <message>
        <source>%1: %2 “%3” was edited by hand and is kept (the data says “%4”)</source>
        <translation>%1: %2 “%3” se editó a mano y se conserva (los datos dicen “%4”)</translation>
    </message>
    <message>
        <source>no buyer or procuring entity is named</source>
        <translation>no se indica ningún comprador ni entidad convocante</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long; only its first %3 bytes were imported</source>
        <translation>%1 mide %2 bytes; solo se importaron sus primeros %3 bytes</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>procedimiento</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>etapa %1</translation>
    </message>
    <message>
        <source>lot %1</source>
        <translation>partida %1</translation>
    </message>
    <message>
        <source>a supplier or tenderer has no name (identifier “%1”)</source>
        <translation>un proveedor o licitante no tiene nombre (identificador “%1”)</translation>
    </message>
    <message>
        <source>bidder %1</source>
        <translation>licitante %1</translation>
    </message>
    <message>
        <source>bid</source>
        <translation>proposición</translation>
    </message>
    <message>
        <source>award %1 is in %2, not in the procedure&apos;s %3</source>
        <translation>la adjudicación %1 está en %2, no en %3, la moneda del procedimiento</translation>
    </message>
    <message>
        <source>award %1</source>
        <translation>adjudicación %1</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>contrato %1</translation>
    </message>
    <message>
        <source>amendment %1</source>
        <translation>convenio modificatorio %1</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message numerus="yes">
        <source>“%1” has %n open conflict(s); decide them in that file before merging it into another.</source>
        <translation>
            <numerusform>“%1” tiene %n conflicto abierto; decídalo en ese archivo antes de combinarlo con otro.</numerusform>
            <numerusform>“%1” tiene %n conflictos abiertos; decídalos en ese archivo antes de combinarlo con otro.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” failed verification (%2); nothing was merged.</source>
        <translation>“%1” no pasó la verificación (%2); no se combinó nada.</translation>
    </message>
    <message>
        <source>The merge failed.</source>
        <translation>La combinación falló.</translation>
    </message>
    <message>
        <source>No such conflict.</source>
        <translation>No existe ese conflicto.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge case files</source>
        <translation>Combinar expedientes</translation>
    </message>
    <message>
        <source>Add case files…</source>
        <translation>Agregar expedientes…</translation>
    </message>
    <message>
        <source>Add case files to merge</source>
        <translation>Agregar expedientes para combinar</translation>
    </message>
    <message>
        <source>Choose witnesses&apos; case files to bring into this one.</source>
        <translation>Elija los expedientes de los testigos sociales que se incorporarán a este.</translation>
    </message>
    <message>
        <source>Conflicts awaiting a decision</source>
        <translation>Conflictos pendientes de decisión</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Value in this file</source>
        <translation>Valor en este archivo</translation>
    </message>
    <message>
        <source>Value in the source file</source>
        <translation>Valor en el archivo de origen</translation>
    </message>
    <message>
        <source>Keep this file&apos;s value</source>
        <translation>Conservar el valor de este archivo</translation>
    </message>
    <message>
        <source>Take the source&apos;s value</source>
        <translation>Tomar el valor del origen</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Este archivo</translation>
    </message>
    <message>
        <source>Case files to merge</source>
        <translation>Expedientes por combinar</translation>
    </message>
    <message>
        <source>Testigo case files (*.testigo);;All files (*)</source>
        <translation>Expedientes de Testigo (*.testigo);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: nothing new.</source>
        <translation>%1: nada nuevo.</translation>
    </message>
    <message>
        <source>%1: %2 new rows, %3 taken, %4 merged, %5 conflicts, %6 evidence files.</source>
        <translation>%1: %2 filas nuevas, %3 tomadas, %4 combinadas, %5 conflictos, %6 archivos de evidencia.</translation>
    </message>
    <message>
        <source>Before both changes: %1</source>
        <translation>Antes de ambos cambios: %1</translation>
    </message>
    <message>
        <source>No conflicts await a decision.</source>
        <translation>No hay conflictos pendientes de decisión.</translation>
    </message>
    <message>
        <source>Source failed verification</source>
        <translation>El archivo de origen no superó la verificación</translation>
    </message>
    <message>
        <source>%1

Merge “%2” anyway? This file&apos;s merge log will record that you accepted it unverified, and why.</source>
        <translation>%1

¿Combinar “%2” de todos modos? El registro de combinaciones de este archivo hará constar que usted lo aceptó sin verificar, y por qué.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <source>Language of the text</source>
        <translation>Idioma del texto</translation>
    </message>
    <message>
        <source>Narrative language</source>
        <translation>Idioma de la narrativa</translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation>&amp;Antecedentes</translation>
    </message>
    <message>
        <source>&amp;Executive summary</source>
        <translation>&amp;Resumen ejecutivo</translation>
    </message>
    <message>
        <source>&amp;Conclusions</source>
        <translation>&amp;Conclusiones</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Bullets</source>
        <translation>Viñetas</translation>
    </message>
    <message>
        <source>Write testimony text</source>
        <translation>Redactar el texto del testimonio</translation>
    </message>
    <message>
        <source>Edit testimony text</source>
        <translation>Editar el texto del testimonio</translation>
    </message>
</context>
<context>
    <name>NewFindingDialog</name>
    <message>
        <source>Add evidence</source>
        <translation>Agregar evidencia</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Nueva observación</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <source>Pact clauses:</source>
        <translation>Cláusulas del pacto:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Gravedad:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidencia:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Pact clauses</source>
        <translation>Cláusulas del pacto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Archivos de evidencia</translation>
    </message>
    <message>
        <source>What happened, where it is documented, why it matters</source>
        <translation>Qué ocurrió, dónde consta, por qué es relevante</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>Agregar evidencia…</translation>
    </message>
    <message>
        <source>Create finding</source>
        <translation>Crear observación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Describe the finding first: what happened, where it is documented and why it matters.</source>
        <translation>Primero describa la observación: qué pasó, dónde consta y por qué importa.</translation>
    </message>
</context>
<context>
    <name>NewProcedureDialog</name>
    <message>
        <source>New procedure</source>
        <translation>Nuevo procedimiento</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Fecha de inicio:</translation>
    </message>
    <message>
        <source>&amp;Regime:</source>
        <translation>&amp;Régimen:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Régimen</translation>
    </message>
    <message>
        <source>Object &amp;kind:</source>
        <translation>Tipo de ob&amp;jeto:</translation>
    </message>
    <message>
        <source>Object kind</source>
        <translation>Tipo de objeto</translation>
    </message>
    <message>
        <source>Choose or type the contracting agency</source>
        <translation>Elija o escriba la dependencia contratante</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Dependencia:</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Dependencia</translation>
    </message>
</context>
<context>
    <name>Ocds</name>
    <message>
        <source>not well-formed JSON (%1)</source>
        <translation>JSON mal formado (%1)</translation>
    </message>
    <message>
        <source>the JSON text is not an object or an array</source>
        <translation>el texto JSON no es un objeto ni un arreglo</translation>
    </message>
</context>
<context>
    <name>OcdsImportDialog</name>
    <message>
        <source>Import OCDS data</source>
        <translation>Importar datos OCDS</translation>
    </message>
    <message>
        <source>Release packages, record packages, single releases or records and JSON Lines files of any size. A file that is malformed or is not OCDS changes nothing. Fields you edited by hand are never overwritten: they are listed in the report.</source>
        <translation>Paquetes de entregas, paquetes de registros, entregas o registros individuales y archivos JSON Lines de cualquier tamaño. Un archivo mal formado o que no sea OCDS no modifica nada. Los campos que usted editó a mano nunca se sobrescriben: se enumeran en el informe.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Elegir archivos…</translation>
    </message>
    <message>
        <source>Choose OCDS files to import</source>
        <translation>Elegir archivos OCDS para importar</translation>
    </message>
    <message>
        <source>OCDS files</source>
        <translation>Archivos OCDS</translation>
    </message>
    <message>
        <source>OCDS data (*.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Datos OCDS (*.json *.jsonl *.ndjson);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Export as OCDS</source>
        <translation>Exportar como OCDS</translation>
    </message>
    <message>
        <source>OCDS release package (*.json)</source>
        <translation>Paquete de entregas OCDS (*.json)</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>No se pudo escribir “%1”: %2</translation>
    </message>
    <message>
        <source>Importing OCDS data…</source>
        <translation>Importando datos OCDS…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>OcdsImporter</name>
    <message>
        <source>the ocid has no registered prefix (ocds-xxxxxx-); it is kept as published</source>
        <translation>el ocid no tiene un prefijo registrado (ocds-xxxxxx-); se conserva tal como se publicó</translation>
    </message>
    <message>
        <source>procurementMethod “%1” is outside the OCDS codelist</source>
        <translation>procurementMethod “%1” está fuera de la lista de códigos de OCDS</translation>
    </message>
    <message>
        <source>non-standard fields kept only in the raw release: %1</source>
        <translation>campos no estándar conservados solo en la entrega original: %1</translation>
    </message>
    <message>
        <source>the tender period ends (%1) before it starts (%2)</source>
        <translation>el periodo de licitación termina (%1) antes de comenzar (%2)</translation>
    </message>
    <message>
        <source>an award has no id</source>
        <translation>una adjudicación no tiene id</translation>
    </message>
    <message>
        <source>award %1 is dated (%2) before the tender period ends (%3)</source>
        <translation>la adjudicación %1 tiene fecha (%2) anterior al fin del periodo de licitación (%3)</translation>
    </message>
    <message>
        <source>award %1 has only a value with tax</source>
        <translation>la adjudicación %1 solo tiene un valor con impuestos</translation>
    </message>
    <message>
        <source>contract %1 was signed (%2) before its award is dated (%3)</source>
        <translation>el contrato %1 se firmó (%2) antes de la fecha de su adjudicación (%3)</translation>
    </message>
    <message>
        <source>a contract has no id</source>
        <translation>un contrato no tiene id</translation>
    </message>
    <message>
        <source>contract %1 has only a value with tax (valueWithTax); it is used as the contract amount</source>
        <translation>el contrato %1 solo tiene un valor con impuestos (valueWithTax); se usa como monto del contrato</translation>
    </message>
    <message>
        <source>contract %1 is in %2 but the tender estimate is in %3: savings cannot be computed</source>
        <translation>el contrato %1 está en %2, pero el monto estimado de la licitación está en %3: no se puede calcular el ahorro</translation>
    </message>
    <message>
        <source>the tender has no value (estimate): savings cannot be computed</source>
        <translation>la licitación no tiene valor (estimado): no se puede calcular el ahorro</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) lost accented letters before publication (for example “%1”); kept as published</source>
        <translation>
            <numerusform>%n texto perdió letras acentuadas antes de publicarse (por ejemplo “%1”); se conserva como se publicó</numerusform>
            <numerusform>%n textos perdieron letras acentuadas antes de publicarse (por ejemplo “%1”); se conservan como se publicaron</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the amount “%2” is out of range or not a number; it was not imported (left at 0)</source>
        <translation>%1: el monto “%2” está fuera de rango o no es un número; no se importó (quedó en 0)</translation>
    </message>
</context>
<context>
    <name>OcdsRedFlags</name>
    <message>
        <source>Single bid in a competitive procedure</source>
        <translation>Proposición única en un procedimiento competitivo</translation>
    </message>
    <message>
        <source>Short submission period</source>
        <translation>Plazo corto para la presentación de proposiciones</translation>
    </message>
    <message>
        <source>Non-open procedure</source>
        <translation>Procedimiento no abierto</translation>
    </message>
    <message>
        <source>Award at or near the estimate</source>
        <translation>Adjudicación igual o cercana al monto estimado</translation>
    </message>
    <message>
        <source>Contracts above the reference</source>
        <translation>Contratos por encima de la referencia</translation>
    </message>
    <message>
        <source>Contract modified upwards</source>
        <translation>Contrato modificado al alza</translation>
    </message>
    <message>
        <source>Lowest bid disqualified</source>
        <translation>Proposición más baja desechada</translation>
    </message>
    <message>
        <source>All bids but the winner&apos;s disqualified</source>
        <translation>Todas las proposiciones desechadas salvo la ganadora</translation>
    </message>
    <message>
        <source>Identical bid prices</source>
        <translation>Precios idénticos en las proposiciones</translation>
    </message>
    <message>
        <source>Late bid won</source>
        <translation>Ganó una proposición extemporánea</translation>
    </message>
    <message>
        <source>Narrow gap between winner and runner-up</source>
        <translation>Diferencia estrecha entre el ganador y el segundo lugar</translation>
    </message>
    <message>
        <source>Connected bidders</source>
        <translation>Licitantes vinculados</translation>
    </message>
    <message>
        <source>Incoherent dates</source>
        <translation>Fechas incongruentes</translation>
    </message>
    <message>
        <source>Supplier without name or identifier</source>
        <translation>Proveedor sin nombre ni identificador</translation>
    </message>
    <message>
        <source>Missing key documents</source>
        <translation>Faltan documentos clave</translation>
    </message>
    <message>
        <source>one bidder in a competitive procedure (procurementMethod “%1”)</source>
        <translation>un solo licitante en un procedimiento competitivo (procurementMethod “%1”)</translation>
    </message>
    <message>
        <source>%1 days from %2 to %3; the minimum is %4 (%5)</source>
        <translation>%1 días de %2 a %3; el mínimo es %4 (%5)</translation>
    </message>
    <message>
        <source>procurement method “%1”%2</source>
        <translation>método de contratación “%1”%2</translation>
    </message>
    <message>
        <source>awarded %1 against an estimate of %2 (%3 apart)</source>
        <translation>adjudicado %1 frente a un monto estimado de %2 (diferencia de %3)</translation>
    </message>
    <message>
        <source>contracts total %1 against a reference of %2</source>
        <translation>los contratos suman %1 frente a una referencia de %2</translation>
    </message>
    <message>
        <source>the lowest bid (%1, %2) was disqualified</source>
        <translation>la proposición más baja (%1, %2) fue desechada</translation>
    </message>
    <message numerus="yes">
        <source>%n other bidder(s) disqualified</source>
        <translation>
            <numerusform>%n otro licitante descalificado</numerusform>
            <numerusform>%n otros licitantes descalificados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bid on %2, after the deadline %3</source>
        <translation>%1 presentó su proposición el %2, después de la fecha límite %3</translation>
    </message>
    <message>
        <source>runner-up %1 against winner %2</source>
        <translation>segundo lugar %1 frente al ganador %2</translation>
    </message>
    <message numerus="yes">
        <source>%n bidders offered %1</source>
        <translation>
            <numerusform>%n licitante ofreció %1</numerusform>
            <numerusform>%n licitantes ofrecieron %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 share the same %2</source>
        <translation>%1 comparten el mismo dato de contacto (%2)</translation>
    </message>
    <message>
        <source>award %1 (%2) before the tender period ends (%3)</source>
        <translation>adjudicación %1 (%2) antes del fin del periodo de licitación (%3)</translation>
    </message>
    <message>
        <source>contract %1 signed (%2) before its award (%3)</source>
        <translation>contrato %1 firmado (%2) antes de su adjudicación (%3)</translation>
    </message>
    <message>
        <source>contract %1 starts (%2) before its award (%3)</source>
        <translation>el contrato %1 inicia (%2) antes de su adjudicación (%3)</translation>
    </message>
    <message>
        <source>contract %1 starts (%2) before the tender period ends (%3)</source>
        <translation>el contrato %1 inicia (%2) antes del fin del periodo de licitación (%3)</translation>
    </message>
    <message>
        <source>contract %1 paid (%2) before it was signed (%3)</source>
        <translation>el contrato %1 se pagó (%2) antes de firmarse (%3)</translation>
    </message>
    <message>
        <source>the tender period ends (%1) before it starts (%2)</source>
        <translation>el periodo de licitación termina (%1) antes de comenzar (%2)</translation>
    </message>
    <message>
        <source>award %1: supplier “%2” (identifier “%3”)</source>
        <translation>adjudicación %1: proveedor “%2” (identificador “%3”)</translation>
    </message>
    <message>
        <source>tender notice, bidding documents or clarifications</source>
        <translation>convocatoria, documentos de la licitación o aclaraciones</translation>
    </message>
    <message>
        <source>award notice or evaluation report</source>
        <translation>fallo o dictamen de evaluación</translation>
    </message>
    <message>
        <source>signed contract</source>
        <translation>contrato firmado</translation>
    </message>
    <message>
        <source>not published: %1</source>
        <translation>no publicado: %1</translation>
    </message>
    <message>
        <source>Direct award above its cap</source>
        <translation>Adjudicación directa por encima de su monto máximo</translation>
    </message>
    <message>
        <source>Award decided too soon or too late</source>
        <translation>Fallo emitido demasiado pronto o demasiado tarde</translation>
    </message>
    <message>
        <source>direct award of %1 above the %2 cap of %3 (%4); allowed only under an exception other than the amount</source>
        <translation>adjudicación directa de %1 por encima del monto máximo %2 de %3 (%4); solo procede por una excepción distinta del monto</translation>
    </message>
    <message>
        <source>%1, unverified</source>
        <translation>%1, sin verificar</translation>
    </message>
    <message>
        <source>%1 working days from %2 to the award on %3; at least %4 expected</source>
        <translation>%1 días hábiles de %2 al fallo del %3; se esperaban al menos %4</translation>
    </message>
    <message>
        <source>%1 natural days from %2 to the award on %3; the law allows at most %4 (%5)</source>
        <translation>%1 días naturales de %2 al fallo del %3; la ley permite como máximo %4 (%5)</translation>
    </message>
    <message>
        <source>contract %1 (%2) is %3 above the award(s) it covers (%4)</source>
        <translation>el contrato %1 (%2) está %3 por encima de la(s) adjudicación(es) que cubre (%4)</translation>
    </message>
    <message>
        <source>; beyond the legal ceiling of %1 (%2)</source>
        <translation>; rebasa el límite legal de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Add lot</source>
        <translation>Agregar partida</translation>
    </message>
    <message>
        <source>Remove lot</source>
        <translation>Eliminar partida</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>Nueva dependencia</translation>
    </message>
    <message>
        <source>Name of the contracting agency:</source>
        <translation>Nombre de la dependencia convocante:</translation>
    </message>
    <message>
        <source>Add agency</source>
        <translation>Agregar dependencia</translation>
    </message>
    <message>
        <source>Record the engagement</source>
        <translation>Registrar la participación</translation>
    </message>
    <message>
        <source>Not yet recorded: the actual date of the “Final report delivery” stage.</source>
        <translation>Aún sin registrar: es la fecha real de la etapa “Entrega del informe final”.</translation>
    </message>
</context>
<context>
    <name>PactPanel</name>
    <message>
        <source>Select a cell to list its findings.</source>
        <translation>Seleccione una celda para ver sus observaciones.</translation>
    </message>
    <message>
        <source>Findings on clause %1 at %2: %3</source>
        <translation>Observaciones sobre la cláusula %1 en %2: %3</translation>
    </message>
    <message>
        <source>No. %1 (%2): %3</source>
        <translation>N.º %1 (%2): %3</translation>
    </message>
    <message>
        <source>Add signatory</source>
        <translation>Agregar firmante</translation>
    </message>
    <message>
        <source>Remove signatory</source>
        <translation>Eliminar firmante</translation>
    </message>
    <message>
        <source>Add clause</source>
        <translation>Agregar cláusula</translation>
    </message>
    <message>
        <source>Remove clause</source>
        <translation>Eliminar cláusula</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Cláusulas</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <source>Clause × stage matrix</source>
        <translation>Matriz cláusula × etapa</translation>
    </message>
    <message>
        <source>Pact clauses</source>
        <translation>Cláusulas del pacto</translation>
    </message>
    <message>
        <source>Findings by clause and stage</source>
        <translation>Observaciones por cláusula y etapa</translation>
    </message>
    <message>
        <source>Findings of the selected cell</source>
        <translation>Observaciones de la celda seleccionada</translation>
    </message>
    <message>
        <source>New finding here…</source>
        <translation>Nueva observación aquí…</translation>
    </message>
    <message>
        <source>New finding on this clause and stage</source>
        <translation>Nueva observación sobre esta cláusula y etapa</translation>
    </message>
    <message>
        <source>Each cell: number of findings · worst severity. Click a cell to list its findings.</source>
        <translation>Cada celda: número de observaciones · gravedad máxima. Haga clic en una celda para ver sus observaciones.</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>No se pudo escribir “%1”: %2</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist</source>
        <translation>la carpeta “%1” no existe</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>the document could not be laid out</source>
        <translation>no se pudo componer el documento</translation>
    </message>
    <message>
        <source>the disk is full or cannot be written to</source>
        <translation>el disco está lleno o no se puede escribir en él</translation>
    </message>
</context>
<context>
    <name>PdfSignature</name>
    <message>
        <source>The PDF has no page to carry the signature.</source>
        <translation>El PDF no tiene una página que pueda llevar la firma.</translation>
    </message>
    <message>
        <source>The PDF is already signed or carries a form; it is not signed again.</source>
        <translation>El PDF ya está firmado o contiene un formulario; no se vuelve a firmar.</translation>
    </message>
    <message>
        <source>This PDF cannot be signed here (%1).</source>
        <translation>Este PDF no se puede firmar aquí (%1).</translation>
    </message>
    <message>
        <source>The signature could not be computed with this key.</source>
        <translation>No se pudo calcular la firma con esta clave.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>The signature is not a CMS signature.</source>
        <translation>La firma no es una firma CMS.</translation>
    </message>
    <message>
        <source>The document was altered after it was signed: its digest no longer matches.</source>
        <translation>El documento se alteró después de firmarse: su resumen digital ya no coincide.</translation>
    </message>
    <message>
        <source>The signature&apos;s byte range does not match the file.</source>
        <translation>El intervalo de bytes de la firma no corresponde al archivo.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>La clave privada no corresponde al certificado.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>El certificado venció el %1.</translation>
    </message>
    <message>
        <source>The certificate is valid only from %1.</source>
        <translation>El certificado es válido apenas a partir del %1.</translation>
    </message>
    <message>
        <source>%1 is not a certificate (.cer).</source>
        <translation>%1 no es un certificado (.cer).</translation>
    </message>
    <message>
        <source>The password does not open the private key %1, or the file is not a private key (.key).</source>
        <translation>La contraseña no abre la clave privada %1, o el archivo no es una clave privada (.key).</translation>
    </message>
    <message>
        <source>The password does not open %1, or the file is not a PKCS#12 file (.p12, .pfx).</source>
        <translation>La contraseña no abre %1, o el archivo no es un archivo PKCS#12 (.p12, .pfx).</translation>
    </message>
</context>
<context>
    <name>ProcedureActions</name>
    <message>
        <source>New procedure</source>
        <translation>Nuevo procedimiento</translation>
    </message>
    <message>
        <source>Add procedure</source>
        <translation>Agregar procedimiento</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate procedure</source>
        <translation>Duplicar procedimiento</translation>
    </message>
    <message>
        <source>Delete procedure</source>
        <translation>Eliminar procedimiento</translation>
    </message>
</context>
<context>
    <name>ProcedureFactsText</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>En tiempo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
</context>
<context>
    <name>ProcedureImpactPanel</name>
    <message>
        <source>Lots of %1</source>
        <translation>Partidas de %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>No procedure selected.</source>
        <translation>Ningún procedimiento seleccionado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Reference: %3 · Budget: %4 · Awarded: %5&lt;br&gt;Savings vs reference: %6 (%7) · vs budget: %8 · Amendments: %9 (%10)&lt;br&gt;Bidders: %11 · valid bids: %12 · rejected: %13 · days publication→opening: %14 · opening→award: %15</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Referencia: %3 · Presupuesto: %4 · Adjudicado: %5&lt;br&gt;Ahorro vs. referencia: %6 (%7) · vs. presupuesto: %8 · Convenios modificatorios: %9 (%10)&lt;br&gt;Licitantes: %11 · proposiciones válidas: %12 · desechadas: %13 · días publicación→apertura: %14 · apertura→fallo: %15</translation>
    </message>
    <message>
        <source>Lots: reference, mean valid bid and award</source>
        <translation>Partidas: referencia, promedio de proposiciones válidas y monto adjudicado</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Partidas</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export the lots table</source>
        <translation>Exportar la tabla de partidas</translation>
    </message>
    <message>
        <source>Table (CSV)…</source>
        <translation>Tabla (CSV)…</translation>
    </message>
    <message>
        <source>Table (Excel XLSX)…</source>
        <translation>Tabla (Excel XLSX)…</translation>
    </message>
</context>
<context>
    <name>ProcedureListModel</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Dependencia</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Régimen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Etapa actual</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Obs. abiertas</translation>
    </message>
    <message>
        <source>Worst clock</source>
        <translation>Plazo más crítico</translation>
    </message>
    <message>
        <source>Savings %</source>
        <translation>Ahorro %</translation>
    </message>
</context>
<context>
    <name>ProcedureView</name>
    <message>
        <source>Procedures</source>
        <translation>Procedimientos</translation>
    </message>
    <message>
        <source>Back to the procedures list (Alt+Left)</source>
        <translation>Volver a la lista de procedimientos (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Back to the procedures list</source>
        <translation>Volver a la lista de procedimientos</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Nueva observación</translation>
    </message>
    <message>
        <source>The findings panel is not part of this build.</source>
        <translation>El panel de observaciones no forma parte de esta compilación.</translation>
    </message>
</context>
<context>
    <name>ProceduresPage</name>
    <message>
        <source>Delete procedure</source>
        <translation>Eliminar procedimiento</translation>
    </message>
    <message>
        <source>Number, title, agency, stage…</source>
        <translation>Número, título, dependencia, etapa…</translation>
    </message>
    <message>
        <source>Search procedures</source>
        <translation>Buscar procedimientos</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedimientos</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Delete the procedure “%1” with its stages and findings?
You can undo this with Edit ▸ Undo.</source>
        <translation>¿Eliminar el procedimiento “%1” con sus etapas y observaciones?
Puede deshacerlo con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No procedures yet.&lt;/b&gt; Add one with &lt;b&gt;Add…&lt;/b&gt; below (Ctrl+Shift+N), or import published data with &lt;b&gt;File ▸ Import OCDS…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aún no hay procedimientos.&lt;/b&gt; Agregue uno con &lt;b&gt;Agregar…&lt;/b&gt; abajo (Ctrl+Mayús+N) o importe datos publicados con &lt;b&gt;Archivo ▸ Importar OCDS…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Welcome.&lt;/b&gt; First enter your details once with &lt;b&gt;File ▸ Witness profile…&lt;/b&gt;; then add a procedure with &lt;b&gt;Add…&lt;/b&gt; below (Ctrl+Shift+N) or import published data with &lt;b&gt;File ▸ Import OCDS…&lt;/b&gt;. &lt;b&gt;Help ▸ Getting started&lt;/b&gt; (F1) explains the rest.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bienvenida.&lt;/b&gt; Primero capture sus datos una sola vez en &lt;b&gt;Archivo ▸ Perfil del testigo…&lt;/b&gt;; después agregue un procedimiento con &lt;b&gt;Agregar…&lt;/b&gt; abajo (Ctrl+Mayús+N) o importe datos publicados con &lt;b&gt;Archivo ▸ Importar OCDS…&lt;/b&gt;. &lt;b&gt;Ayuda ▸ Primeros pasos&lt;/b&gt; (F1) explica lo demás.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fi&amp;lter the list:</source>
        <translation>Fi&amp;ltrar la lista:</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>is not a regular file (it is a folder, a pipe or a device)</source>
        <translation>no es un archivo normal (es una carpeta, una tubería o un dispositivo)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is not OCDS: its top level is not a JSON object</source>
        <translation>no es OCDS: su nivel superior no es un objeto JSON</translation>
    </message>
    <message>
        <source>is not well-formed JSON (an unexpected “%1”)</source>
        <translation>no es JSON bien formado (un “%1” inesperado)</translation>
    </message>
    <message>
        <source>is not OCDS: it holds something other than JSON objects</source>
        <translation>no es OCDS: contiene algo distinto de objetos JSON</translation>
    </message>
    <message>
        <source>is truncated or not well-formed JSON: it ends inside an unfinished value</source>
        <translation>está truncado o no es JSON bien formado: termina dentro de un valor incompleto</translation>
    </message>
    <message>
        <source>is empty: it holds no JSON value</source>
        <translation>está vacío: no contiene ningún valor JSON</translation>
    </message>
    <message>
        <source>element %1 of top-level value %2 is %3</source>
        <translation>el elemento %1 del valor de nivel superior %2: %3</translation>
    </message>
    <message>
        <source>top-level value %1 is %2</source>
        <translation>el valor de nivel superior %1: %2</translation>
    </message>
    <message>
        <source>is JSON but not OCDS: no release, record or package was found in it</source>
        <translation>es JSON, pero no OCDS: no se encontró en él ninguna entrega, registro ni paquete</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>release package</source>
        <translation>paquete de entregas</translation>
    </message>
    <message>
        <source>record package</source>
        <translation>paquete de registros</translation>
    </message>
    <message>
        <source>record</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>release</source>
        <translation>entrega</translation>
    </message>
    <message>
        <source>record %1: only linked releases and no compiled release; nothing to import</source>
        <translation>registro %1: solo tiene entregas vinculadas y ninguna entrega compilada; no hay nada que importar</translation>
    </message>
    <message>
        <source>(without ocid)</source>
        <translation>(sin ocid)</translation>
    </message>
    <message>
        <source>a record without an ocid was skipped</source>
        <translation>se omitió un registro sin ocid</translation>
    </message>
    <message>
        <source>a release without an ocid was skipped (id “%1”)</source>
        <translation>se omitió una entrega sin ocid (id “%1”)</translation>
    </message>
    <message>
        <source>top-level value %1 is not OCDS and was skipped</source>
        <translation>el valor de nivel superior %1 no es OCDS y se omitió</translation>
    </message>
</context>
<context>
    <name>RecordDelegate</name>
    <message>
        <source>“%1” is not an amount: type digits, with a point before the centavos (1,234.50).</source>
        <translation>“%1” no es un importe: escriba cifras, con punto antes de los centavos (1,234.50).</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
</context>
<context>
    <name>RedFlagsPanel</name>
    <message>
        <source>Red flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Justificación de la decisión</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Justificación (obligatoria)</translation>
    </message>
    <message>
        <source>Confirm as finding</source>
        <translation>Confirmar como observación</translation>
    </message>
    <message>
        <source>Confirm the selected flag as a finding</source>
        <translation>Confirmar la alerta seleccionada como observación</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the selected flag</source>
        <translation>Descartar la alerta seleccionada</translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation>Confirmada: %1</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>Descartada: %1</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Choose a procedure to see its red flags.</source>
        <translation>Elija un procedimiento para ver sus alertas.</translation>
    </message>
    <message>
        <source>No red flags: nothing in this procedure&apos;s data matches a known risk pattern.</source>
        <translation>Sin alertas: nada en los datos de este procedimiento coincide con un patrón de riesgo conocido.</translation>
    </message>
    <message numerus="yes">
        <source>%n red flag(s). They are leads, not conclusions: confirm each one that your own observation supports, and dismiss the others with a reason.</source>
        <translation>
            <numerusform>%n alerta. Es un indicio, no una conclusión: confírmela si su propia observación la respalda o descártela con una justificación.</numerusform>
            <numerusform>%n alertas. Son indicios, no conclusiones: confirme cada una que su propia observación respalde y descarte las demás con una justificación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm red flag</source>
        <translation>Confirmar alerta</translation>
    </message>
    <message>
        <source>Dismiss red flag</source>
        <translation>Descartar alerta</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>No stage</source>
        <translation>Sin etapa</translation>
    </message>
    <message>
        <source>No data recorded yet.</source>
        <translation>Aún no hay datos registrados.</translation>
    </message>
    <message>
        <source>Amounts in MXN</source>
        <translation>Montos en MXN</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Ahorro</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Dependencia</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Savings by year</source>
        <translation>Ahorro por año</translation>
    </message>
    <message>
        <source>Savings are the reference price (median of the market research) minus the awarded amount, added per lot over the procedures awarded in each year; nominal pesos, foreign currencies at the FIX rate of the award date. Procedures without a reference price or award are left out.</source>
        <translation>El ahorro es el precio de referencia (mediana de la investigación de mercado) menos el monto adjudicado, sumado por partida en los procedimientos adjudicados cada año; pesos nominales, monedas extranjeras al tipo de cambio FIX de la fecha del fallo. Se omiten los procedimientos sin precio de referencia o sin fallo.</translation>
    </message>
    <message>
        <source>Findings by category</source>
        <translation>Observaciones por categoría</translation>
    </message>
    <message>
        <source>Count of the findings recorded by the social witnesses, by category of the catalogue (deleted findings excluded).</source>
        <translation>Número de observaciones registradas por los testigos sociales, por categoría del catálogo (sin las observaciones eliminadas).</translation>
    </message>
    <message>
        <source>Findings by stage</source>
        <translation>Observaciones por etapa</translation>
    </message>
    <message>
        <source>Count of the findings by the procedure stage in which they were raised; findings without a stage are shown as “No stage”.</source>
        <translation>Número de observaciones por la etapa del procedimiento en que se formularon; las observaciones sin etapa aparecen como “Sin etapa”.</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>Observaciones por gravedad</translation>
    </message>
    <message>
        <source>Count of the findings by severity as assessed by the witness.</source>
        <translation>Número de observaciones por gravedad, según la valoración del testigo social.</translation>
    </message>
    <message>
        <source>Findings by pact clause and stage</source>
        <translation>Observaciones por cláusula del pacto y etapa</translation>
    </message>
    <message>
        <source>Each cell counts the findings that cite the Integrity Pact clause (row) and were raised in the stage (column); darker cells hold more findings.</source>
        <translation>Cada celda cuenta las observaciones que citan la cláusula del Pacto de Integridad (fila) y se formularon en la etapa (columna); las celdas más oscuras tienen más observaciones.</translation>
    </message>
    <message>
        <source>Monitored procedures</source>
        <translation>Procedimientos monitoreados</translation>
    </message>
    <message>
        <source>One row per monitored procedure: awarded amount and savings against the reference price as recorded in the case files; “—” when not known.</source>
        <translation>Una fila por procedimiento monitoreado: monto adjudicado y ahorro frente al precio de referencia según los expedientes; “—” cuando no se conoce.</translation>
    </message>
    <message>
        <source>Analytical Review Report</source>
        <translation>Informe de Revisión Analítica</translation>
    </message>
    <message>
        <source>Social witnesses in public procurement under Integrity Pacts</source>
        <translation>Testigos sociales en las contrataciones públicas con Pactos de Integridad</translation>
    </message>
    <message>
        <source>%1 procedures · %2 findings</source>
        <translation>%1 procedimientos · %2 observaciones</translation>
    </message>
    <message>
        <source>Printed on %1 from record %2.</source>
        <translation>Impreso el %1 a partir del registro %2.</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Autoría: %1</translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>Revisión: %1</translation>
    </message>
    <message>
        <source>Table %1. %2</source>
        <translation>Cuadro %1. %2</translation>
    </message>
    <message>
        <source>Figure %1. %2</source>
        <translation>Figura %1. %2</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Appendix. Monitored procedures</source>
        <translation>Anexo. Procedimientos monitoreados</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Testimonio</translation>
    </message>
    <message>
        <source>Methodology of the figures and tables</source>
        <translation>Metodología de las figuras y cuadros</translation>
    </message>
    <message>
        <source>Figures and tables are computed from the merged case files when the report is assembled.</source>
        <translation>Las figuras y cuadros se calculan a partir de los expedientes combinados al integrar el informe.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Registro %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <source>Results in figures</source>
        <translation>Resultados en cifras</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>The report covers %n monitored procedure(s).</source>
        <translation>
            <numerusform>El informe abarca %n procedimiento monitoreado.</numerusform>
            <numerusform>El informe abarca %n procedimientos monitoreados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of them have an award or a contract, for %2 in total.</source>
        <translation>%1 de ellos tienen fallo o contrato, por %2 en total.</translation>
    </message>
    <message>
        <source>Savings against the reference price add up to %1 (%2 of the reference of the awarded lots).</source>
        <translation>El ahorro frente al precio de referencia suma %1 (%2 de la referencia de las partidas adjudicadas).</translation>
    </message>
    <message>
        <source>In pesos of %1 (INPC) they are %2.</source>
        <translation>En pesos de %1 (INPC) equivale a %2.</translation>
    </message>
    <message>
        <source>Against the authorised budget, savings add up to %1 (%2).</source>
        <translation>Frente al presupuesto autorizado, el ahorro suma %1 (%2).</translation>
    </message>
    <message>
        <source>No bidders are recorded yet.</source>
        <translation>Aún no hay licitantes registrados.</translation>
    </message>
    <message>
        <source>A procedure had %1 registered bidders on average; %2 of the lots with bids received a single bid.</source>
        <translation>Cada procedimiento tuvo en promedio %1 licitantes registrados; el %2 de las partidas con proposiciones recibió una sola.</translation>
    </message>
    <message numerus="yes">
        <source>The witnesses made %n recommendation(s) to the agencies.</source>
        <translation>
            <numerusform>Los testigos formularon %n recomendación a las convocantes.</numerusform>
            <numerusform>Los testigos formularon %n recomendaciones a las convocantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 were addressed (%2), %3 partly and %4 not.</source>
        <translation>%1 fueron atendidas (%2), %3 parcialmente y %4 no.</translation>
    </message>
    <message>
        <source>The agencies answered in %1 days on average (median %2 days).</source>
        <translation>Las convocantes respondieron en %1 días en promedio (mediana de %2 días).</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) were referred to an oversight body.</source>
        <translation>
            <numerusform>%n hallazgo se turnó a un órgano de control.</numerusform>
            <numerusform>%n hallazgos se turnaron a un órgano de control.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the bidders signed the Integrity Pact; %2 disclosed their ties and %3 declared a conflict of interest.</source>
        <translation>El %1 de los licitantes firmó el Pacto de Integridad; %2 presentaron su manifiesto de vínculos y %3 declararon un conflicto de interés.</translation>
    </message>
    <message>
        <source>With an award or contract</source>
        <translation>Con fallo o contrato</translation>
    </message>
    <message>
        <source>Amount awarded or contracted</source>
        <translation>Monto adjudicado o contratado</translation>
    </message>
    <message>
        <source>Savings against the reference price</source>
        <translation>Ahorro frente al precio de referencia</translation>
    </message>
    <message>
        <source>The same savings in pesos of %1</source>
        <translation>El mismo ahorro en pesos de %1</translation>
    </message>
    <message>
        <source>Savings against the authorised budget</source>
        <translation>Ahorro frente al presupuesto autorizado</translation>
    </message>
    <message>
        <source>Procedures with bidders</source>
        <translation>Procedimientos con licitantes</translation>
    </message>
    <message>
        <source>Registered bidders per procedure (mean)</source>
        <translation>Licitantes registrados por procedimiento (promedio)</translation>
    </message>
    <message>
        <source>Lots that received a single bid</source>
        <translation>Partidas que recibieron una sola proposición</translation>
    </message>
    <message>
        <source>Recommendations made</source>
        <translation>Recomendaciones formuladas</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>Atendidas</translation>
    </message>
    <message>
        <source>Partly addressed</source>
        <translation>Parcialmente atendidas</translation>
    </message>
    <message>
        <source>Not addressed</source>
        <translation>No atendidas</translation>
    </message>
    <message>
        <source>Awaiting a response</source>
        <translation>En espera de respuesta</translation>
    </message>
    <message>
        <source>Agency response time, mean / median / longest</source>
        <translation>Tiempo de respuesta de la convocante: promedio / mediana / máximo</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 days</source>
        <translation>%1 / %2 / %3 días</translation>
    </message>
    <message>
        <source>Findings referred to an oversight body</source>
        <translation>Hallazgos turnados a un órgano de control</translation>
    </message>
    <message>
        <source>Bidders that signed the Integrity Pact</source>
        <translation>Licitantes que firmaron el Pacto de Integridad</translation>
    </message>
    <message>
        <source>Bidders that disclosed their ties</source>
        <translation>Licitantes que presentaron su manifiesto de vínculos</translation>
    </message>
    <message>
        <source>Declared conflicts of interest</source>
        <translation>Conflictos de interés declarados</translation>
    </message>
    <message>
        <source>Officials that signed the Integrity Pact</source>
        <translation>Servidores públicos que firmaron el Pacto de Integridad</translation>
    </message>
    <message>
        <source>Economic impact</source>
        <translation>Impacto económico</translation>
    </message>
    <message>
        <source>Amounts in MXN; other currencies at the Banxico FIX of the award date. Real terms: nominal × INPC(%1) / INPC(month of the award), INPC of INEGI, base second half of July 2018 = 100. Savings and their bases count only the awarded lots.</source>
        <translation>Importes en MXN; las demás monedas al FIX de Banxico de la fecha del fallo. Términos reales: nominal × INPC(%1) / INPC(mes del fallo), INPC del INEGI, base segunda quincena de julio de 2018 = 100. El ahorro y sus bases cuentan solo las partidas adjudicadas.</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Social results</source>
        <translation>Resultados sociales</translation>
    </message>
    <message>
        <source>Response time: days from the date a finding was raised to the date of the agency&apos;s response, over the findings that have both.</source>
        <translation>Tiempo de respuesta: días desde la fecha en que se formuló un hallazgo hasta la fecha de la respuesta de la convocante, en los hallazgos que tienen ambas.</translation>
    </message>
    <message>
        <source>Collective Action</source>
        <translation>Acción Colectiva</translation>
    </message>
    <message numerus="yes">
        <source>Shading: white, no finding; the darkest cell, %n finding(s). Rows: clauses of the Integrity Pact; columns: stages of the procedure.</source>
        <translation>
            <numerusform>Sombreado: blanco, ningún hallazgo; la celda más oscura, %n hallazgo. Filas: cláusulas del Pacto de Integridad; columnas: etapas del procedimiento.</numerusform>
            <numerusform>Sombreado: blanco, ningún hallazgo; la celda más oscura, %n hallazgos. Filas: cláusulas del Pacto de Integridad; columnas: etapas del procedimiento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Cláusula</translation>
    </message>
    <message>
        <source>Text of the clause</source>
        <translation>Texto de la cláusula</translation>
    </message>
    <message>
        <source>New chapter</source>
        <translation>Nuevo capítulo</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Analytical Review Report</source>
        <translation>Informe de Revisión Analítica</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Página mostrada</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Página:</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Vista previa de la página</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Procedures</source>
        <translation>Procedimientos</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Dependencias y entidades</translation>
    </message>
    <message>
        <source>Bidders</source>
        <translation>Licitantes</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Narratives</source>
        <translation>Narrativas</translation>
    </message>
    <message>
        <source>Stage notes</source>
        <translation>Notas de las etapas</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Sign with e.firma</source>
        <translation>Firmar con e.firma</translation>
    </message>
    <message>
        <source>&amp;Certificate (.cer) or PKCS#12 (.p12, .pfx):</source>
        <translation>&amp;Certificado (.cer) o PKCS#12 (.p12, .pfx):</translation>
    </message>
    <message>
        <source>Certificates (*.cer *.p12 *.pfx)</source>
        <translation>Certificados (*.cer *.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Private &amp;key (.key):</source>
        <translation>Clave &amp;privada (.key):</translation>
    </message>
    <message>
        <source>Private keys (*.key)</source>
        <translation>Claves privadas (*.key)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Co&amp;ntraseña:</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <source>The testimony is printed with your name in its signature block and signed with your e.firma. The password is not stored.</source>
        <translation>El testimonio se imprime con su nombre en el bloque de firma y se firma con su e.firma. La contraseña no se guarda.</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>Your signing key “%1” cannot be read; nothing was saved. Restore it from your backup.</source>
        <translation>Su clave de firma “%1” no se puede leer; no se guardó nada. Restáurela desde su respaldo.</translation>
    </message>
    <message>
        <source>Your signing key cannot be created in “%1”; nothing was saved.</source>
        <translation>No se puede crear su clave de firma en “%1”; no se guardó nada.</translation>
    </message>
    <message>
        <source>Your signing key cannot be read back from “%1”; nothing was saved.</source>
        <translation>No se puede volver a leer su clave de firma de “%1”; no se guardó nada.</translation>
    </message>
    <message>
        <source>Your signing key cannot be written to “%1”; nothing was saved.</source>
        <translation>No se puede escribir su clave de firma en “%1”; no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>StageListModel</name>
    <message>
        <source>%1 (round %2)</source>
        <translation>%1 (ronda %2)</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>programada para el %1</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <source>Choose a stage</source>
        <translation>Elija una etapa</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>%1 has no stage sequences.</source>
        <translation>%1 no tiene secuencias de etapas.</translation>
    </message>
    <message>
        <source>%1: sequence “%2” names an unknown stage or checklist “%3”.</source>
        <translation>%1: la secuencia “%2” menciona una etapa o lista de verificación desconocida: “%3”.</translation>
    </message>
    <message>
        <source>%1 has no pact clauses.</source>
        <translation>%1 no tiene cláusulas del pacto.</translation>
    </message>
    <message>
        <source>%1 has no finding categories.</source>
        <translation>%1 no tiene categorías de observaciones.</translation>
    </message>
</context>
<context>
    <name>Testigo::Ui::BiddersPanel</name>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>RFC:</source>
        <translation>RFC:</translation>
    </message>
    <message>
        <source>Legal person (persona moral)</source>
        <translation>Persona moral</translation>
    </message>
    <message>
        <source>Natural person (persona física)</source>
        <translation>Persona física</translation>
    </message>
    <message>
        <source>Invalid RFC</source>
        <translation>RFC no válido</translation>
    </message>
</context>
<context>
    <name>Testigo::Ui::FindingEditor</name>
    <message>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Gravedad:</translation>
    </message>
    <message>
        <source>Raised on:</source>
        <translation>Formulada el:</translation>
    </message>
    <message>
        <source>Pact clauses:</source>
        <translation>Cláusulas del pacto:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>Recomendación:</translation>
    </message>
    <message>
        <source>Agency response:</source>
        <translation>Respuesta de la dependencia:</translation>
    </message>
    <message>
        <source>Response date:</source>
        <translation>Fecha de respuesta:</translation>
    </message>
    <message>
        <source>Follow-up status:</source>
        <translation>Estado del seguimiento:</translation>
    </message>
    <message>
        <source>Escalated to:</source>
        <translation>Escalada a:</translation>
    </message>
    <message>
        <source>Escalation date:</source>
        <translation>Fecha de escalamiento:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidencia:</translation>
    </message>
</context>
<context>
    <name>Testigo::Ui::Record</name>
    <message>
        <source>Lot %1</source>
        <translation>Partida %1</translation>
    </message>
    <message>
        <source>Lot %1: %2</source>
        <translation>Partida %1: %2</translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation>%1 (ronda %2)</translation>
    </message>
</context>
<context>
    <name>Testigo::Ui::RecordTableModel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>RFC</source>
        <translation>RFC</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Signed the pact</source>
        <translation>Firmó el pacto</translation>
    </message>
    <message>
        <source>Ties disclosed</source>
        <translation>Vínculos declarados</translation>
    </message>
    <message>
        <source>Conflict declared</source>
        <translation>Conflicto declarado</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>Licitante</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Technical result</source>
        <translation>Resultado técnico</translation>
    </message>
    <message>
        <source>Economic result</source>
        <translation>Resultado económico</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Desechada</translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation>Motivo del desechamiento</translation>
    </message>
    <message>
        <source>Awarded to</source>
        <translation>Adjudicada a</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Declared void</source>
        <translation>Desierta</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Número de contrato</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <source>Change in amount</source>
        <translation>Cambio en el importe</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Cláusulas</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalamiento</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Text (Spanish)</source>
        <translation>Texto (español)</translation>
    </message>
    <message>
        <source>Text (English)</source>
        <translation>Texto (inglés)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Carácter</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Lot (— whole procedure)</source>
        <translation>Partida (— todo el procedimiento)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Presentada el</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>Procedure suspended</source>
        <translation>Procedimiento suspendido</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Resuelta el</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>Descripción (inglés)</translation>
    </message>
    <message>
        <source>Reason (English)</source>
        <translation>Motivo (inglés)</translation>
    </message>
    <message>
        <source>Notes (English)</source>
        <translation>Notas (inglés)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Reference price</source>
        <translation>Precio de referencia</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Partida</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Acordado el</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Publicada el</translation>
    </message>
</context>
<context>
    <name>Testimony</name>
    <message>
        <source>(round %1)</source>
        <translation>(ronda %1)</translation>
    </message>
    <message>
        <source>Economic results</source>
        <translation>Resultados económicos</translation>
    </message>
    <message>
        <source>Authorised budget</source>
        <translation>Presupuesto autorizado</translation>
    </message>
    <message>
        <source>Reference price (market research)</source>
        <translation>Precio de referencia (investigación de mercado)</translation>
    </message>
    <message>
        <source>Awarded amount</source>
        <translation>Monto adjudicado</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Ahorro</translation>
    </message>
    <message>
        <source>Bidders</source>
        <translation>Licitantes</translation>
    </message>
    <message>
        <source>Compliant proposals</source>
        <translation>Proposiciones solventes</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Montos en %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Partida</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Adjudicado</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Social witness</source>
        <translation>Testigo social</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>Número de registro en el padrón</translation>
    </message>
    <message>
        <source>Record digest at printing: %1</source>
        <translation>Huella del registro al imprimir: %1</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Annex A. Documentary evidence</source>
        <translation>Anexo A. Evidencia documental</translation>
    </message>
    <message>
        <source>No evidence is attached to the record.</source>
        <translation>El expediente no tiene evidencia adjunta.</translation>
    </message>
    <message>
        <source>Each file is kept in the case record; its SHA-256 digest identifies it exactly.</source>
        <translation>Cada archivo se conserva en el expediente; su huella SHA-256 lo identifica con exactitud.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Annex B. Signatories of the Integrity Pact</source>
        <translation>Anexo B. Firmantes del Pacto de Integridad</translation>
    </message>
    <message>
        <source>No signatories are recorded.</source>
        <translation>No hay firmantes registrados.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Carácter</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>No social witness is recorded for this procedure.</source>
        <translation>No hay un testigo social registrado para este procedimiento.</translation>
    </message>
    <message>
        <source>The witness&apos;s registry number is missing.</source>
        <translation>Falta el número de registro del testigo social en el padrón.</translation>
    </message>
    <message>
        <source>The designation letter is not recorded.</source>
        <translation>No se ha registrado el oficio de designación.</translation>
    </message>
    <message>
        <source>The place of the testimony is not recorded.</source>
        <translation>No se ha registrado el lugar del testimonio.</translation>
    </message>
    <message>
        <source>No background written in %1.</source>
        <translation>No se han redactado los antecedentes en %1.</translation>
    </message>
    <message>
        <source>No executive summary written in %1.</source>
        <translation>No se ha redactado el resumen ejecutivo en %1.</translation>
    </message>
    <message>
        <source>No conclusions written in %1.</source>
        <translation>No se han redactado las conclusiones en %1.</translation>
    </message>
    <message>
        <source>Stage “%1” has no actual date.</source>
        <translation>La etapa “%1” no tiene fecha real.</translation>
    </message>
    <message>
        <source>Observations without the agency&apos;s response: %1.</source>
        <translation>Observaciones sin respuesta de la dependencia: %1.</translation>
    </message>
    <message>
        <source>No signatories of the Integrity Pact are recorded.</source>
        <translation>No hay firmantes del Pacto de Integridad registrados.</translation>
    </message>
    <message>
        <source>Budget, reference price and awarded amount per lot</source>
        <translation>Presupuesto, precio de referencia y monto adjudicado por partida</translation>
    </message>
    <message>
        <source>No amounts recorded yet.</source>
        <translation>Aún no hay montos registrados.</translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation>Partida %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Final report of the social witness</source>
        <translation>Informe final del testigo social</translation>
    </message>
    <message>
        <source>Testimony of the social witness</source>
        <translation>Testimonio del testigo social</translation>
    </message>
    <message>
        <source>dated %1</source>
        <translation>de fecha %1</translation>
    </message>
    <message>
        <source>Designation letter</source>
        <translation>Oficio de designación</translation>
    </message>
    <message>
        <source>Designated by</source>
        <translation>Designado por</translation>
    </message>
    <message>
        <source>Contracting agency</source>
        <translation>Convocante</translation>
    </message>
    <message>
        <source>Procedure number</source>
        <translation>Número de procedimiento</translation>
    </message>
    <message>
        <source>Legal regime</source>
        <translation>Régimen jurídico</translation>
    </message>
    <message>
        <source>Procedure type</source>
        <translation>Tipo de procedimiento</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Lugar y fecha</translation>
    </message>
    <message>
        <source>Generated by Testigo from the case record. Record digest (audit chain head at printing): %1</source>
        <translation>Generado por Testigo a partir del expediente. Huella del registro (cabeza de la cadena de auditoría al imprimir): %1</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Antecedentes</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <source>Chronological account</source>
        <translation>Descripción cronológica</translation>
    </message>
    <message>
        <source>No stages are recorded for this procedure.</source>
        <translation>No hay etapas registradas para este procedimiento.</translation>
    </message>
    <message>
        <source>Not applicable to this procedure.</source>
        <translation>No aplica a este procedimiento.</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Fecha programada</translation>
    </message>
    <message>
        <source>Actual date</source>
        <translation>Fecha real</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Minutes (acta)</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>No facts recorded.</source>
        <translation>No se registraron hechos.</translation>
    </message>
    <message>
        <source>Observations raised at this stage</source>
        <translation>Observaciones formuladas en esta etapa</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>Observation %1 (%2): %3</source>
        <translation>Observación %1 (%2): %3</translation>
    </message>
    <message>
        <source>No response recorded.</source>
        <translation>Sin respuesta registrada.</translation>
    </message>
    <message>
        <source>Agency&apos;s response</source>
        <translation>Respuesta de la dependencia</translation>
    </message>
    <message>
        <source>Legal clocks</source>
        <translation>Plazos legales</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Fundamento legal</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>The witness raised no observations in this procedure.</source>
        <translation>El testigo social no formuló observaciones en este procedimiento.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Observation and recommendation</source>
        <translation>Observación y recomendación</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Cláusulas</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Recommendations and follow-up</source>
        <translation>Recomendaciones y seguimiento</translation>
    </message>
    <message>
        <source>Referred to: %1</source>
        <translation>Turnada a: %1</translation>
    </message>
    <message>
        <source>No recommendations were made.</source>
        <translation>No se formularon recomendaciones.</translation>
    </message>
    <message>
        <source>Response date</source>
        <translation>Fecha de respuesta</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>complied with</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>not complied with</source>
        <translation>incumplido</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplica</translation>
    </message>
    <message>
        <source>no start date recorded</source>
        <translation>sin fecha de inicio registrada</translation>
    </message>
    <message>
        <source>%1 of at least %2 business days</source>
        <translation>%1 de un mínimo de %2 días hábiles</translation>
    </message>
    <message>
        <source>%1 of at least %2 natural days</source>
        <translation>%1 de un mínimo de %2 días naturales</translation>
    </message>
    <message>
        <source>%1 of at most %2 business days</source>
        <translation>%1 de un máximo de %2 días hábiles</translation>
    </message>
    <message>
        <source>%1 of at most %2 natural days</source>
        <translation>%1 de un máximo de %2 días naturales</translation>
    </message>
    <message>
        <source>today</source>
        <translation>día de hoy</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>fecha límite %1</translation>
    </message>
    <message>
        <source>(planned dates)</source>
        <translation>(fechas programadas)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>overdue, no actual date recorded</source>
        <translation>vencido, sin fecha real registrada</translation>
    </message>
    <message>
        <source>earliest lawful date %1</source>
        <translation>fecha lícita más temprana: %1</translation>
    </message>
    <message>
        <source>No legal clocks are computed for this procedure: the rules of its regime (%1) set none in Testigo.</source>
        <translation>No se calculan plazos legales para este procedimiento: las reglas de su régimen (%1) no fijan ninguno en Testigo.</translation>
    </message>
    <message>
        <source>(English original)</source>
        <translation>(original en inglés)</translation>
    </message>
    <message>
        <source>(Spanish original)</source>
        <translation>(original en español)</translation>
    </message>
    <message>
        <source>DRAFT. This document is final only when nothing is missing:</source>
        <translation>BORRADOR. Este documento será definitivo solo cuando no falte nada:</translation>
    </message>
    <message>
        <source>… and %1 more (see the list of missing parts).</source>
        <translation>… y %1 más (véase la lista de faltantes).</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>Signed with the e.firma (advanced electronic signature) of %1, certificate no. %2. The signature is embedded in this PDF file.</source>
        <translation>Firmado con la e.firma (firma electrónica avanzada) de %1, certificado núm. %2. La firma va incorporada a este archivo PDF.</translation>
    </message>
    <message>
        <source>The background is not yet written in %1 (the original is printed).</source>
        <translation>Los antecedentes aún no están redactados en %1 (se imprime el original).</translation>
    </message>
    <message>
        <source>The executive summary is not yet written in %1 (the original is printed).</source>
        <translation>El resumen ejecutivo aún no está redactado en %1 (se imprime el original).</translation>
    </message>
    <message>
        <source>The conclusions are not yet written in %1 (the original is printed).</source>
        <translation>Las conclusiones aún no están redactadas en %1 (se imprime el original).</translation>
    </message>
    <message>
        <source>The document has no date: record the actual date of the final report&apos;s delivery.</source>
        <translation>El documento no tiene fecha: registre la fecha real de entrega del informe final.</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>Procedure %1 · Record %2 · Printed on %3</source>
        <translation>Procedimiento %1 · Registro %2 · Impreso el %3</translation>
    </message>
    <message>
        <source>Interim report of the social witness</source>
        <translation>Informe previo del testigo social</translation>
    </message>
    <message>
        <source>Reports up to</source>
        <translation>Informa hasta el</translation>
    </message>
    <message>
        <source>Savings against the reference price</source>
        <translation>Ahorro frente al precio de referencia</translation>
    </message>
    <message>
        <source>Savings against the budget</source>
        <translation>Ahorro frente al presupuesto</translation>
    </message>
    <message>
        <source>Compliant proposals, summed over the lots</source>
        <translation>Proposiciones solventes, sumadas en todas las partidas</translation>
    </message>
    <message>
        <source>The social witness takes part under article 38 of the Law on Acquisitions, Leases and Services of the Public Sector (LAASSP, in force since 17 April 2025).</source>
        <translation>El testigo social participa con fundamento en el artículo 38 de la Ley de Adquisiciones, Arrendamientos y Servicios del Sector Público (LAASSP, vigente desde el 17 de abril de 2025).</translation>
    </message>
    <message>
        <source>The social witness takes part under article 26 Ter of the Law on Acquisitions, Leases and Services of the Public Sector (LAASSP) in force before 17 April 2025.</source>
        <translation>El testigo social participa con fundamento en el artículo 26 Ter de la Ley de Adquisiciones, Arrendamientos y Servicios del Sector Público (LAASSP) vigente antes del 17 de abril de 2025.</translation>
    </message>
    <message>
        <source>The social witness takes part under article 27 Bis of the Law on Public Works and Related Services (LOPSRM).</source>
        <translation>El testigo social participa con fundamento en el artículo 27 Bis de la Ley de Obras Públicas y Servicios Relacionados con las Mismas (LOPSRM).</translation>
    </message>
    <message>
        <source>The social witness takes part under an Integrity Pact that the agency and the bidders signed voluntarily.</source>
        <translation>El testigo social participa en virtud de un Pacto de Integridad que la convocante y los licitantes firmaron de manera voluntaria.</translation>
    </message>
    <message>
        <source>The social witness takes part under the applicable state law.</source>
        <translation>El testigo social participa con fundamento en la ley estatal aplicable.</translation>
    </message>
    <message>
        <source>No stage of the procedure has an actual date yet.</source>
        <translation>Aún ninguna etapa del procedimiento tiene fecha real.</translation>
    </message>
    <message numerus="yes">
        <source>The witness accompanied %n stage(s) of the procedure, from %1 to %2.</source>
        <translation>
            <numerusform>El testigo acompañó %n etapa del procedimiento, del %1 al %2.</numerusform>
            <numerusform>El testigo acompañó %n etapas del procedimiento, del %1 al %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was delivered to the Secretaría on %1.</source>
        <translation>El informe se entregó a la Secretaría el %1.</translation>
    </message>
    <message numerus="yes">
        <source>An Integrity Pact was signed in this procedure (%n signatory(ies), Annex B).</source>
        <translation>
            <numerusform>En este procedimiento se firmó un Pacto de Integridad (%n firmante, anexo B).</numerusform>
            <numerusform>En este procedimiento se firmó un Pacto de Integridad (%n firmantes, anexo B).</numerusform>
        </translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message numerus="yes">
        <source>The witness raised %n observation(s), numbered below in the order they were recorded.</source>
        <translation>
            <numerusform>El testigo formuló %n observación, que se presenta a continuación.</numerusform>
            <numerusform>El testigo formuló %n observaciones, numeradas a continuación en el orden en que se registraron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up of the %n recommendation(s) made to the agency (%1).</source>
        <translation>
            <numerusform>Seguimiento de la recomendación formulada a la convocante (%1).</numerusform>
            <numerusform>Seguimiento de las %n recomendaciones formuladas a la convocante (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 proposals compliant</source>
        <translation>%1 de %2 proposiciones solventes</translation>
    </message>
    <message>
        <source>delivery date not yet recorded</source>
        <translation>fecha de entrega aún no registrada</translation>
    </message>
    <message>
        <source>Minimum periods</source>
        <translation>Plazos mínimos</translation>
    </message>
    <message>
        <source>Maximum periods</source>
        <translation>Plazos máximos</translation>
    </message>
    <message>
        <source>Earliest lawful date</source>
        <translation>Fecha lícita más temprana</translation>
    </message>
    <message>
        <source>Cancellations and void declarations</source>
        <translation>Cancelaciones y declaraciones de desierta</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>sin motivo registrado</translation>
    </message>
    <message>
        <source>%1 (%2) of the whole procedure on %3: %4</source>
        <translation>%1 (%2) de todo el procedimiento el %3: %4</translation>
    </message>
    <message>
        <source>%1 (%2) of lot %3 on %4: %5</source>
        <translation>%1 (%2) de la partida %3 el %4: %5</translation>
    </message>
    <message>
        <source>Inconformidades (bid protests)</source>
        <translation>Inconformidades</translation>
    </message>
    <message>
        <source>an unnamed bidder</source>
        <translation>un licitante sin nombre</translation>
    </message>
    <message>
        <source>Filed by %1 on %2 before %3. Outcome: %4.</source>
        <translation>Presentada por %1 el %2 ante %3. Resultado: %4.</translation>
    </message>
    <message>
        <source>an authority not recorded</source>
        <translation>una autoridad no registrada</translation>
    </message>
    <message>
        <source>Resolved on %1.</source>
        <translation>Resuelta el %1.</translation>
    </message>
    <message>
        <source>The procedure was suspended while it was pending.</source>
        <translation>El procedimiento se suspendió mientras estaba pendiente.</translation>
    </message>
    <message>
        <source>The procedure was not suspended.</source>
        <translation>El procedimiento no se suspendió.</translation>
    </message>
    <message>
        <source>Rounds of the competitive dialogue</source>
        <translation>Rondas del diálogo competitivo</translation>
    </message>
    <message>
        <source>The version of the law that governs this procedure provides for no competitive dialogue.</source>
        <translation>La versión de la ley que rige este procedimiento no prevé el diálogo competitivo.</translation>
    </message>
    <message>
        <source>Only the bodies the law names (%1, %2) may run a competitive dialogue; the contracting agency is not one of them.</source>
        <translation>Solo los entes que la ley señala (%1, %2) pueden realizar un diálogo competitivo; la convocante no es uno de ellos.</translation>
    </message>
    <message>
        <source>(unverified)</source>
        <translation>(sin verificar)</translation>
    </message>
    <message>
        <source>No round of the dialogue is recorded.</source>
        <translation>No hay rondas del diálogo registradas.</translation>
    </message>
    <message>
        <source>Round %1 (%2). Participants: %3.</source>
        <translation>Ronda %1 (%2). Participantes: %3.</translation>
    </message>
    <message>
        <source>Events of the procedure</source>
        <translation>Incidencias del procedimiento</translation>
    </message>
    <message>
        <source>Delivered to the Secretaría</source>
        <translation>Entregado a la Secretaría</translation>
    </message>
    <message>
        <source>Published on the Plataforma (ComprasMX)</source>
        <translation>Publicado en la Plataforma (ComprasMX)</translation>
    </message>
    <message>
        <source>%1 not yet written in %2 (the original is printed): %3.</source>
        <translation>%1 aún sin versión en %2 (se imprime el original): %3.</translation>
    </message>
    <message>
        <source>The procedure&apos;s title and object</source>
        <translation>Título y objeto del procedimiento</translation>
    </message>
    <message>
        <source>Descriptions of lots</source>
        <translation>Descripciones de las partidas</translation>
    </message>
    <message>
        <source>Attendance at stages</source>
        <translation>Asistencia a las etapas</translation>
    </message>
    <message>
        <source>Facts of stages</source>
        <translation>Hechos de las etapas</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Agency&apos;s responses</source>
        <translation>Respuestas de la dependencia</translation>
    </message>
    <message>
        <source>Texts of the procedure&apos;s events</source>
        <translation>Textos de los eventos del procedimiento</translation>
    </message>
</context>
<context>
    <name>TestimonyDialog</name>
    <message>
        <source>Testimony</source>
        <translation>Testimonio</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Idioma del documento:</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <source>Missing parts</source>
        <translation>Partes faltantes</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Still missing (the testimony can be printed as a draft):</source>
        <translation>Aún falta (el testimonio se puede imprimir como borrador):</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>No falta nada.</translation>
    </message>
    <message>
        <source>Export testimony</source>
        <translation>Exportar testimonio</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>&amp;Sign PDF with e.firma…</source>
        <translation>&amp;Firmar PDF con e.firma…</translation>
    </message>
    <message>
        <source>Sign testimony</source>
        <translation>Firmar testimonio</translation>
    </message>
    <message>
        <source>Testimony written to %1</source>
        <translation>Testimonio guardado en %1</translation>
    </message>
    <message>
        <source>Go to the field that fills this part</source>
        <translation>Ir al campo que completa esta parte</translation>
    </message>
</context>
<context>
    <name>WitnessProfileDialog</name>
    <message>
        <source>Witness profile</source>
        <translation>Perfil del testigo</translation>
    </message>
    <message>
        <source>One adviser per line</source>
        <translation>Un asesor por línea</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@ejemplo.org</translation>
    </message>
    <message>
        <source>Enter your details once: every procedure and every testimony of this case file uses them.</source>
        <translation>Capture sus datos una sola vez: todos los procedimientos y testimonios de este expediente los usan.</translation>
    </message>
    <message>
        <source>&amp;Witness is a:</source>
        <translation>El &amp;testigo es:</translation>
    </message>
    <message>
        <source>&amp;Name or organisation:</source>
        <translation>&amp;Nombre u organización:</translation>
    </message>
    <message>
        <source>&amp;RFC:</source>
        <translation>&amp;RFC:</translation>
    </message>
    <message>
        <source>&amp;Padrón number:</source>
        <translation>Número de &amp;padrón:</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>Representante &amp;legal:</translation>
    </message>
    <message>
        <source>&amp;Technical advisers:</source>
        <translation>Asesores &amp;técnicos:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>Witness is a</source>
        <translation>El testigo es</translation>
    </message>
    <message>
        <source>Name or organisation</source>
        <translation>Nombre u organización</translation>
    </message>
    <message>
        <source>Technical advisers</source>
        <translation>Asesores técnicos</translation>
    </message>
    <message>
        <source>Valid RFC of a natural person (persona física).</source>
        <translation>RFC válido de una persona física.</translation>
    </message>
    <message>
        <source>Valid RFC of a legal entity (persona moral).</source>
        <translation>RFC válido de una persona moral.</translation>
    </message>
    <message>
        <source>This is not a valid RFC: 3 or 4 letters, a date YYMMDD and 3 characters.</source>
        <translation>No es un RFC válido: 3 o 4 letras, una fecha AAMMDD y 3 caracteres.</translation>
    </message>
    <message>
        <source>Create the witness profile</source>
        <translation>Crear el perfil del testigo</translation>
    </message>
    <message>
        <source>Edit the witness profile</source>
        <translation>Editar el perfil del testigo</translation>
    </message>
    <message>
        <source>Enter the witness&apos;s name or the organisation&apos;s name.</source>
        <translation>Escriba el nombre del testigo o de la organización.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>No se pudo guardar el perfil: %1</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Observaciones</translation>
    </message>
    <message>
        <source>Integrity &amp;Pact</source>
        <translation>Pa&amp;cto de Integridad</translation>
    </message>
    <message>
        <source>&amp;Bidders and bids</source>
        <translation>&amp;Licitantes y proposiciones</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>I&amp;mpacto</translation>
    </message>
    <message>
        <source>&amp;Red flags</source>
        <translation>Aler&amp;tas</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>&amp;Narrativa</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tablero</translation>
    </message>
    <message>
        <source>&amp;Editorial plan</source>
        <translation>Plan e&amp;ditorial</translation>
    </message>
    <message>
        <source>&amp;Import OCDS…</source>
        <translation>&amp;Importar OCDS…</translation>
    </message>
    <message>
        <source>Export &amp;OCDS…</source>
        <translation>Exportar &amp;OCDS…</translation>
    </message>
    <message>
        <source>&amp;Merge case files…</source>
        <translation>Co&amp;mbinar expedientes…</translation>
    </message>
    <message>
        <source>Analytical &amp;review report…</source>
        <translation>Informe de re&amp;visión analítica…</translation>
    </message>
    <message>
        <source>&amp;Testimony…</source>
        <translation>&amp;Testimonio…</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>New agency…</source>
        <translation>Nueva dependencia…</translation>
    </message>
    <message>
        <source>Reduced period justified (10 days)</source>
        <translation>Plazo reducido justificado (10 días)</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>O&amp;bject:</source>
        <translation>O&amp;bjeto:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Dependencia:</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Dependencia</translation>
    </message>
    <message>
        <source>&amp;Regime:</source>
        <translation>&amp;Régimen:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Character:</source>
        <translation>&amp;Carácter:</translation>
    </message>
    <message>
        <source>&amp;Evaluation:</source>
        <translation>&amp;Evaluación:</translation>
    </message>
    <message>
        <source>Object &amp;kind:</source>
        <translation>Tipo de ob&amp;jeto:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Participation &amp;ends:</source>
        <translation>&amp;Fin de la participación:</translation>
    </message>
    <message>
        <source>Witness&apos;s engagement</source>
        <translation>Participación del testigo social</translation>
    </message>
    <message>
        <source>&amp;Witness:</source>
        <translation>Te&amp;stigo social:</translation>
    </message>
    <message>
        <source>Designated b&amp;y:</source>
        <translation>Desi&amp;gnado por:</translation>
    </message>
    <message>
        <source>&amp;Letter number:</source>
        <translation>Número de &amp;oficio:</translation>
    </message>
    <message>
        <source>Letter &amp;date:</source>
        <translation>Fec&amp;ha del oficio:</translation>
    </message>
    <message>
        <source>Record the engagement</source>
        <translation>Registrar la participación</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Partidas</translation>
    </message>
    <message>
        <source>Add lo&amp;t</source>
        <translation>Agregar part&amp;ida</translation>
    </message>
    <message>
        <source>Remove lot</source>
        <translation>Eliminar partida</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation>&amp;Etapas</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Ac&amp;tual:</source>
        <translation>Rea&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>&amp;Programada:</translation>
    </message>
    <message>
        <source>Atte&amp;ndance:</source>
        <translation>Asis&amp;tentes:</translation>
    </message>
    <message>
        <source>A&amp;cta:</source>
        <translation>A&amp;cta:</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>Findings at this stage</source>
        <translation>Observaciones en esta etapa</translation>
    </message>
    <message>
        <source>&amp;New finding…</source>
        <translation>&amp;Nueva observación…</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Legal clocks</source>
        <translation>Plazos legales</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Witness &amp;profile…</source>
        <translation>&amp;Perfil del testigo…</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Even&amp;ts</source>
        <translation>Inci&amp;dencias</translation>
    </message>
    <message>
        <source>Decree da&amp;ys…</source>
        <translation>Días de &amp;decreto…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Delivery and publication of the testimony</source>
        <translation>Entrega y publicación del testimonio</translation>
    </message>
    <message>
        <source>Delivered to the Secretaría:</source>
        <translation>Entregado a la Secretaría:</translation>
    </message>
    <message>
        <source>Publis&amp;hed on:</source>
        <translation>Publicado &amp;el:</translation>
    </message>
    <message>
        <source>Publication l&amp;ink:</source>
        <translation>En&amp;lace de la publicación:</translation>
    </message>
    <message>
        <source>F&amp;acts:</source>
        <translation>&amp;Hechos:</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Agency response</source>
        <translation>Respuesta de la dependencia</translation>
    </message>
</context>
</TS>
