<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Savings</source>
        <translation>Savings</translation>
    </message>
    <message>
        <source>Savings (%1)</source>
        <translation>Savings (%1)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Bidders</source>
        <translation>Bidders</translation>
    </message>
    <message>
        <source>Savings %</source>
        <translation>Savings %</translation>
    </message>
    <message numerus="yes">
        <source>Savings %1: %n procedure(s)</source>
        <translation>
            <numerusform>Savings %1: %n procedure(s)</numerusform>
            <numerusform>Savings %1: %n procedure(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Mean valid bid</source>
        <translation>Mean valid bid</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation>Lot %1</translation>
    </message>
    <message>
        <source>Reference of awarded lots (%1)</source>
        <translation>Reference of awarded lots (%1)</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Lowest valid bid</source>
        <translation>Lowest valid bid</translation>
    </message>
    <message>
        <source>Winner gap %</source>
        <translation>Winner gap %</translation>
    </message>
    <message>
        <source>Valid bids</source>
        <translation>Valid bids</translation>
    </message>
    <message>
        <source>Rejected bids</source>
        <translation>Rejected bids</translation>
    </message>
    <message>
        <source>Unacceptable price</source>
        <translation>Unacceptable price</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Exported from Testigo</source>
        <translation>Exported from Testigo</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Millions of %1</source>
        <translation>Millions of %1</translation>
    </message>
    <message>
        <source>%1
Savings: %2
Savings %: %3
Procedures: %4</source>
        <translation>%1
Savings: %2
Savings %: %3
Procedures: %4</translation>
    </message>
    <message>
        <source>%1
Bidders: %2
Savings %: %3</source>
        <translation>%1
Bidders: %2
Savings %: %3</translation>
    </message>
    <message>
        <source>Lot %1 (%2)
Reference: %3
Mean valid bid: %4
Awarded: %5
Savings %: %6</source>
        <translation>Lot %1 (%2)
Reference: %3
Mean valid bid: %4
Awarded: %5
Savings %: %6</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot store %1: %2</source>
        <translation>Cannot store %1: %2</translation>
    </message>
    <message>
        <source>The evidence file is missing from the case file.</source>
        <translation>The evidence file is missing from the case file.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
</context>
<context>
    <name>BiddersPanel</name>
    <message>
        <source>3 or 4 letters, the date (YYMMDD) and a 3-character homoclave</source>
        <translation>3 or 4 letters, the date (YYMMDD) and a 3-character homoclave</translation>
    </message>
    <message>
        <source>Valid RFC: %1</source>
        <translation>Valid RFC: %1</translation>
    </message>
    <message>
        <source>Invalid RFC: expected 3 or 4 letters, the date (YYMMDD) and a 3-character homoclave</source>
        <translation>Invalid RFC: expected 3 or 4 letters, the date (YYMMDD) and a 3-character homoclave</translation>
    </message>
    <message>
        <source>Add bidder</source>
        <translation>Add bidder</translation>
    </message>
    <message>
        <source>Add bid</source>
        <translation>Add bid</translation>
    </message>
    <message>
        <source>Record award</source>
        <translation>Record award</translation>
    </message>
    <message>
        <source>Add contract</source>
        <translation>Add contract</translation>
    </message>
    <message>
        <source>Add amendment</source>
        <translation>Add amendment</translation>
    </message>
    <message>
        <source>Bidders</source>
        <translation>Bidders</translation>
    </message>
    <message>
        <source>Bids and award</source>
        <translation>Bids and award</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Remove bidder</source>
        <translation>Remove bidder</translation>
    </message>
    <message>
        <source>Bids for this lot</source>
        <translation>Bids for this lot</translation>
    </message>
    <message>
        <source>Remove bid</source>
        <translation>Remove bid</translation>
    </message>
    <message>
        <source>Award of this lot</source>
        <translation>Award of this lot</translation>
    </message>
    <message>
        <source>Remove award</source>
        <translation>Remove award</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>Remove contract</source>
        <translation>Remove contract</translation>
    </message>
    <message>
        <source>Amendments of the selected contract</source>
        <translation>Amendments of the selected contract</translation>
    </message>
    <message>
        <source>Remove amendment</source>
        <translation>Remove amendment</translation>
    </message>
    <message>
        <source>Selected bidder</source>
        <translation>Selected bidder</translation>
    </message>
    <message>
        <source>e.g. ABC010203XY1</source>
        <translation>e.g. ABC010203XY1</translation>
    </message>
    <message>
        <source>Signed the Integrity Pact</source>
        <translation>Signed the Integrity Pact</translation>
    </message>
    <message>
        <source>Disclosed ties (manifiesto de vínculos)</source>
        <translation>Disclosed ties (manifiesto de vínculos)</translation>
    </message>
    <message>
        <source>Declared a conflict of interest</source>
        <translation>Declared a conflict of interest</translation>
    </message>
    <message>
        <source>Lot:</source>
        <translation>Lot:</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Filled in from the lowest valid bid (%1). Check the amount and add the date of the award.</source>
        <translation>Filled in from the lowest valid bid (%1). Check the amount and add the date of the award.</translation>
    </message>
    <message>
        <source>Filled in from the lowest bid (%1), but its technical result is still pending: record the technical evaluation before relying on this award.</source>
        <translation>Filled in from the lowest bid (%1), but its technical result is still pending: record the technical evaluation before relying on this award.</translation>
    </message>
    <message>
        <source>No valid bid to take the award from: fill it in, or mark the lot as declared void.</source>
        <translation>No valid bid to take the award from: fill it in, or mark the lot as declared void.</translation>
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
        <translation>Spanish version</translation>
    </message>
    <message>
        <source>English version</source>
        <translation>English version</translation>
    </message>
    <message>
        <source>%1 (Spanish)</source>
        <translation>%1 (Spanish)</translation>
    </message>
    <message>
        <source>%1 (English)</source>
        <translation>%1 (English)</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <source>“%1” already exists; Testigo will not overwrite it.</source>
        <translation>“%1” already exists; Testigo will not overwrite it.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” does not exist.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Testigo case file.</source>
        <translation>“%1” is not a Testigo case file.</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Testigo case file.</source>
        <translation>“%1” is a database, but not a Testigo case file.</translation>
    </message>
    <message>
        <source>“%1” is damaged (the file is shorter than its contents say: it may be truncated). It was not changed.</source>
        <translation>“%1” is damaged (the file is shorter than its contents say: it may be truncated). It was not changed.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Testigo (format %2; this version reads up to %3). Update Testigo to open it. The file was not changed.</source>
        <translation>“%1” was written by a newer version of Testigo (format %2; this version reads up to %3). Update Testigo to open it. The file was not changed.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>“%1” cannot be opened: %2</translation>
    </message>
    <message>
        <source>“%1” could not be created: %2</source>
        <translation>“%1” could not be created: %2</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade but no backup could be written next to it.</source>
        <translation>“%1” needs an upgrade but no backup could be written next to it.</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded: %2</source>
        <translation>“%1” could not be upgraded: %2</translation>
    </message>
    <message>
        <source>migration %1 is missing</source>
        <translation>migration %1 is missing</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>migration %1 failed: %2</translation>
    </message>
    <message>
        <source>This case file is open read-only; the change was not saved.</source>
        <translation>This case file is open read-only; the change was not saved.</translation>
    </message>
    <message>
        <source>unknown table %1</source>
        <translation>unknown table %1</translation>
    </message>
    <message>
        <source>the new row could not be read back</source>
        <translation>the new row could not be read back</translation>
    </message>
    <message>
        <source>no such row %1 in %2</source>
        <translation>no such row %1 in %2</translation>
    </message>
    <message>
        <source>unknown column %1 in %2</source>
        <translation>unknown column %1 in %2</translation>
    </message>
    <message>
        <source>bad column name</source>
        <translation>bad column name</translation>
    </message>
    <message>
        <source>the imported row could not be read back</source>
        <translation>the imported row could not be read back</translation>
    </message>
    <message>
        <source>Entry %1 of the audit trail imported from %2 does not match its hash.</source>
        <translation>Entry %1 of the audit trail imported from %2 does not match its hash.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit trail imported from %2 follows an unknown entry.</source>
        <translation>Entry %1 of the audit trail imported from %2 follows an unknown entry.</translation>
    </message>
    <message>
        <source>SQLite reports the file as damaged.</source>
        <translation>SQLite reports the file as damaged.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not match its hash: the log was altered.</source>
        <translation>Audit entry %1 does not match its hash: the log was altered.</translation>
    </message>
    <message>
        <source>A row of “%1” (%2) was added outside Testigo.</source>
        <translation>A row of “%1” (%2) was added outside Testigo.</translation>
    </message>
    <message>
        <source>Field “%1” of a row of “%2” (%3) was changed outside Testigo; the last logged change is entry %4.</source>
        <translation>Field “%1” of a row of “%2” (%3) was changed outside Testigo; the last logged change is entry %4.</translation>
    </message>
    <message>
        <source>Evidence file %1 no longer matches its SHA-256.</source>
        <translation>Evidence file %1 no longer matches its SHA-256.</translation>
    </message>
    <message>
        <source>A row of “%1” (%2) was removed outside Testigo.</source>
        <translation>A row of “%1” (%2) was removed outside Testigo.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1” already exists.</translation>
    </message>
    <message>
        <source>The case file is not open.</source>
        <translation>The case file is not open.</translation>
    </message>
    <message>
        <source>migration %1 could not be committed: %2</source>
        <translation>migration %1 could not be committed: %2</translation>
    </message>
    <message>
        <source>the case file is in use by another program, which kept it locked for more than 5 seconds; try again when it has finished</source>
        <translation>the case file is in use by another program, which kept it locked for more than 5 seconds; try again when it has finished</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>the disk is full; free some space and try again</translation>
    </message>
    <message>
        <source>the disk could not be written to or read from (it may be full, removed or failing)</source>
        <translation>the disk could not be written to or read from (it may be full, removed or failing)</translation>
    </message>
    <message>
        <source>the case file cannot be written to (it or its folder is read-only)</source>
        <translation>the case file cannot be written to (it or its folder is read-only)</translation>
    </message>
    <message>
        <source>SQLite reports the file as damaged</source>
        <translation>SQLite reports the file as damaged</translation>
    </message>
    <message>
        <source>a record refers to another record that is not in the case file</source>
        <translation>a record refers to another record that is not in the case file</translation>
    </message>
    <message>
        <source>the change would break a rule of the case file (%1)</source>
        <translation>the change would break a rule of the case file (%1)</translation>
    </message>
    <message>
        <source>“%1” is not a case file: it is a folder, a pipe or a device, not a regular file.</source>
        <translation>“%1” is not a case file: it is a folder, a pipe or a device, not a regular file.</translation>
    </message>
    <message>
        <source>“%1” was interrupted in the middle of a write, and only a program that may write to it can roll that back. Open it where you can write to it (keep the “-journal” file beside it).</source>
        <translation>“%1” was interrupted in the middle of a write, and only a program that may write to it can roll that back. Open it where you can write to it (keep the “-journal” file beside it).</translation>
    </message>
    <message>
        <source>“%1”: an operation was interrupted before it finished (the program was stopped or the computer lost power); it has been rolled back and the file is as it was before that operation.</source>
        <translation>“%1”: an operation was interrupted before it finished (the program was stopped or the computer lost power); it has been rolled back and the file is as it was before that operation.</translation>
    </message>
    <message>
        <source>“%1” is in use by another program that has kept it locked for more than 5 seconds. Try again when it has finished. The file was not changed.</source>
        <translation>“%1” is in use by another program that has kept it locked for more than 5 seconds. Try again when it has finished. The file was not changed.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened: SQLite reports the file as damaged. It was not changed.</source>
        <translation>“%1” is damaged and cannot be opened: SQLite reports the file as damaged. It was not changed.</translation>
    </message>
    <message>
        <source>“%1” uses an older format and could not be upgraded in a temporary copy for reading: %2</source>
        <translation>“%1” uses an older format and could not be upgraded in a temporary copy for reading: %2</translation>
    </message>
    <message>
        <source>no temporary copy could be written</source>
        <translation>no temporary copy could be written</translation>
    </message>
    <message>
        <source>No key of this file has the fingerprint “%1”.</source>
        <translation>No key of this file has the fingerprint “%1”.</translation>
    </message>
    <message>
        <source>Several keys match “%1”; give more of the fingerprint.</source>
        <translation>Several keys match “%1”; give more of the fingerprint.</translation>
    </message>
    <message>
        <source>The file&apos;s structure was changed outside Testigo: %1 is not Testigo&apos;s.</source>
        <translation>The file&apos;s structure was changed outside Testigo: %1 is not Testigo&apos;s.</translation>
    </message>
    <message>
        <source>The file&apos;s structure was changed outside Testigo: %1 was altered.</source>
        <translation>The file&apos;s structure was changed outside Testigo: %1 was altered.</translation>
    </message>
    <message>
        <source>The file&apos;s structure was changed outside Testigo: %1 is missing.</source>
        <translation>The file&apos;s structure was changed outside Testigo: %1 is missing.</translation>
    </message>
    <message>
        <source>The OCDS release kept for %1 no longer matches its SHA-256.</source>
        <translation>The OCDS release kept for %1 no longer matches its SHA-256.</translation>
    </message>
    <message>
        <source>The audit log was cut: entry %1, which signature %2 covers, is gone.</source>
        <translation>The audit log was cut: entry %1, which signature %2 covers, is gone.</translation>
    </message>
    <message>
        <source>Signature %1 (entries %2 to %3) does not match the log: the history was rewritten or forged.</source>
        <translation>Signature %1 (entries %2 to %3) does not match the log: the history was rewritten or forged.</translation>
    </message>
    <message>
        <source>The file&apos;s signatures were removed.</source>
        <translation>The file&apos;s signatures were removed.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are not signed: they were added outside Testigo.</source>
        <translation>Audit entries %1 to %2 are not signed: they were added outside Testigo.</translation>
    </message>
    <message>
        <source>The audit log was cut: the entries after %1 that signature %2 covers are gone.</source>
        <translation>The audit log was cut: the entries after %1 that signature %2 covers are gone.</translation>
    </message>
    <message>
        <source>Table(s) %1 were changed outside Testigo after the last signature.</source>
        <translation>Table(s) %1 were changed outside Testigo after the last signature.</translation>
    </message>
    <message>
        <source>A signature of the history merged from %1 does not verify.</source>
        <translation>A signature of the history merged from %1 does not verify.</translation>
    </message>
    <message>
        <source>The public key of “%1” does not match its fingerprint.</source>
        <translation>The public key of “%1” does not match its fingerprint.</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade but its pending changes could not be saved first: %2</source>
        <translation>“%1” needs an upgrade but its pending changes could not be saved first: %2</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade but no copy could be written next to it.</source>
        <translation>“%1” needs an upgrade but no copy could be written next to it.</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>the file is in use</translation>
    </message>
    <message>
        <source>an import batch needs a transaction of its own</source>
        <translation>an import batch needs a transaction of its own</translation>
    </message>
    <message>
        <source>no import batch is under way</source>
        <translation>no import batch is under way</translation>
    </message>
    <message>
        <source>The rows of “%1” that import %2 wrote (audit entry %3) no longer match its digest: %4 were written, %5 are left, and they were changed, added or removed outside Testigo.</source>
        <translation>The rows of “%1” that import %2 wrote (audit entry %3) no longer match its digest: %4 were written, %5 are left, and they were changed, added or removed outside Testigo.</translation>
    </message>
    <message>
        <source>%1 rows of “%2” claim to come from import %3, which the audit log does not have: they were added outside Testigo.</source>
        <translation>%1 rows of “%2” claim to come from import %3, which the audit log does not have: they were added outside Testigo.</translation>
    </message>
</context>
<context>
    <name>CaseFileHandler</name>
    <message>
        <source>Cannot open the case file</source>
        <translation>Cannot open the case file</translation>
    </message>
    <message>
        <source>Cannot create the case file</source>
        <translation>Cannot create the case file</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Export a copy</translation>
    </message>
    <message>
        <source>Choose another file name: this is the open file.</source>
        <translation>Choose another file name: this is the open file.</translation>
    </message>
    <message>
        <source>“%1” exists and cannot be replaced.</source>
        <translation>“%1” exists and cannot be replaced.</translation>
    </message>
    <message>
        <source>The copy does not verify.</source>
        <translation>The copy does not verify.</translation>
    </message>
    <message>
        <source>The case file was recovered</source>
        <translation>The case file was recovered</translation>
    </message>
</context>
<context>
    <name>CaseFileSearch</name>
    <message>
        <source>Search the case file…</source>
        <translation>Search the case file…</translation>
    </message>
    <message>
        <source>Procedures, agencies, bidders, findings, narratives, stage notes and evidence (%1). Enter opens the selected hit; Up and Down choose another.</source>
        <translation>Procedures, agencies, bidders, findings, narratives, stage notes and evidence (%1). Enter opens the selected hit; Up and Down choose another.</translation>
    </message>
    <message>
        <source>&amp;Find in the case file…</source>
        <translation>&amp;Find in the case file…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>Nothing found for “%1”</translation>
    </message>
</context>
<context>
    <name>ChapterEditor</name>
    <message>
        <source>Chapter text</source>
        <translation>Chapter text</translation>
    </message>
    <message>
        <source>Language of the text</source>
        <translation>Language of the text</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Underline</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Subheading</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Bullets</source>
        <translation>Bullets</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Numbering</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Footnote…</source>
        <translation>Footnote…</translation>
    </message>
    <message>
        <source>Footnote</source>
        <translation>Footnote</translation>
    </message>
    <message>
        <source>Text of the footnote:</source>
        <translation>Text of the footnote:</translation>
    </message>
    <message>
        <source>Live figure or table</source>
        <translation>Live figure or table</translation>
    </message>
    <message>
        <source>Insert figure</source>
        <translation>Insert figure</translation>
    </message>
    <message>
        <source>Figure caption</source>
        <translation>Figure caption</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Caption:</translation>
    </message>
    <message>
        <source>Edit chapter text</source>
        <translation>Edit chapter text</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>Image (PNG)…</translation>
    </message>
    <message>
        <source>Vector image (SVG)…</source>
        <translation>Vector image (SVG)…</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>Data (CSV)…</translation>
    </message>
    <message>
        <source>Data (Excel XLSX)…</source>
        <translation>Data (Excel XLSX)…</translation>
    </message>
</context>
<context>
    <name>ClauseMatrixModel</name>
    <message numerus="yes">
        <source>%n finding(s) on clause %1 at %2; worst severity: %3</source>
        <translation>
            <numerusform>%n finding(s) on clause %1 at %2; worst severity: %3</numerusform>
            <numerusform>%n finding(s) on clause %1 at %2; worst severity: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClauseTieModel</name>
    <message>
        <source>Tie finding to clause %1</source>
        <translation>Tie finding to clause %1</translation>
    </message>
    <message>
        <source>Untie finding from clause %1</source>
        <translation>Untie finding from clause %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Password of the private key: </source>
        <translation>Password of the private key: </translation>
    </message>
    <message>
        <source>Give either --cert X.cer with --key X.key, or --p12 FILE.</source>
        <translation>Give either --cert X.cer with --key X.key, or --p12 FILE.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>sign needs PDF, a key and -o OUT.pdf.</source>
        <translation>sign needs PDF, a key and -o OUT.pdf.</translation>
    </message>
    <message>
        <source>Signed %1 as %2.</source>
        <translation>Signed %1 as %2.</translation>
    </message>
    <message>
        <source>The PDF is not signed.</source>
        <translation>The PDF is not signed.</translation>
    </message>
    <message>
        <source>Signature by %1 is NOT valid: %2</source>
        <translation>Signature by %1 is NOT valid: %2</translation>
    </message>
    <message>
        <source>Signature by %1 on %2 is valid for the signed part; the file was changed after it was signed.</source>
        <translation>Signature by %1 on %2 is valid for the signed part; the file was changed after it was signed.</translation>
    </message>
    <message>
        <source>Signature by %1 on %2 is valid (certificate number %3).</source>
        <translation>Signature by %1 on %2 is valid (certificate number %3).</translation>
    </message>
    <message>
        <source>--%1 needs a date YYYY-MM-DD.</source>
        <translation>--%1 needs a date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>create needs one FILE.</source>
        <translation>create needs one FILE.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <source>info needs one FILE.</source>
        <translation>info needs one FILE.</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>Procedures: %1</source>
        <translation>Procedures: %1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Findings: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Attachments: %1</translation>
    </message>
    <message>
        <source>Audit head: %1</source>
        <translation>Audit head: %1</translation>
    </message>
    <message>
        <source>list needs one FILE.</source>
        <translation>list needs one FILE.</translation>
    </message>
    <message>
        <source>verify needs one FILE.</source>
        <translation>verify needs one FILE.</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>Verification failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) found.</source>
        <translation>
            <numerusform>%n more problem(s) found.</numerusform>
            <numerusform>%n more problem(s) found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The case file is intact: %n audit entries verified.</source>
        <translation>
            <numerusform>The case file is intact: %n audit entries verified.</numerusform>
            <numerusform>The case file is intact: %n audit entries verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: testigo-cli COMMAND ...</source>
        <translation>Usage: testigo-cli COMMAND ...</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>Option --%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
    <message>
        <source>demo needs one FILE.</source>
        <translation>demo needs one FILE.</translation>
    </message>
    <message>
        <source>The demo could not be written: %1</source>
        <translation>The demo could not be written: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the demo case file %1 with %n procedure(s).</source>
        <translation>
            <numerusform>Wrote the demo case file %1 with %n procedure(s).</numerusform>
            <numerusform>Wrote the demo case file %1 with %n procedure(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Savings</translation>
    </message>
    <message>
        <source>Savings %</source>
        <translation>Savings %</translation>
    </message>
    <message>
        <source>Savings vs budget</source>
        <translation>Savings vs budget</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <source>Bidders</source>
        <translation>Bidders</translation>
    </message>
    <message>
        <source>Valid bids</source>
        <translation>Valid bids</translation>
    </message>
    <message>
        <source>Rejected bids</source>
        <translation>Rejected bids</translation>
    </message>
    <message>
        <source>Days publication to opening</source>
        <translation>Days publication to opening</translation>
    </message>
    <message>
        <source>Days opening to award</source>
        <translation>Days opening to award</translation>
    </message>
    <message>
        <source>Savings (%1)</source>
        <translation>Savings (%1)</translation>
    </message>
    <message>
        <source>Real savings (%1 of %2)</source>
        <translation>Real savings (%1 of %2)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n procedure(s))</source>
        <translation>
            <numerusform>Total (%n procedure(s))</numerusform>
            <numerusform>Total (%n procedure(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>impact needs one FILE.</source>
        <translation>impact needs one FILE.</translation>
    </message>
    <message>
        <source>--format must be csv or json.</source>
        <translation>--format must be csv or json.</translation>
    </message>
    <message>
        <source>--currency must be MXN or USD.</source>
        <translation>--currency must be MXN or USD.</translation>
    </message>
    <message>
        <source>--real needs a month as YYYY-MM.</source>
        <translation>--real needs a month as YYYY-MM.</translation>
    </message>
    <message>
        <source>The INPC for %1 is missing; the series covers %2 to %3 (add it to %4).</source>
        <translation>The INPC for %1 is missing; the series covers %2 to %3 (add it to %4).</translation>
    </message>
    <message>
        <source>Banxico FIX of the award date (nearest previous business day; monthly average when no daily value is stored)</source>
        <translation>Banxico FIX of the award date (nearest previous business day; monthly average when no daily value is stored)</translation>
    </message>
    <message>
        <source>merge needs a TARGET file and at least one SOURCE file.</source>
        <translation>merge needs a TARGET file and at least one SOURCE file.</translation>
    </message>
    <message>
        <source>“%1” is the target itself.</source>
        <translation>“%1” is the target itself.</translation>
    </message>
    <message>
        <source>“%1” is read-only; nothing was merged.</source>
        <translation>“%1” is read-only; nothing was merged.</translation>
    </message>
    <message>
        <source>%1: nothing new.</source>
        <translation>%1: nothing new.</translation>
    </message>
    <message>
        <source>%1: %2 new rows, %3 taken from the source, %4 merged, %5 conflicts, %6 evidence files, %7 audit entries kept.</source>
        <translation>%1: %2 new rows, %3 taken from the source, %4 merged, %5 conflicts, %6 evidence files, %7 audit entries kept.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) await a decision in the target (open it in Testigo: Merge).</source>
        <translation>
            <numerusform>%n conflict(s) await a decision in the target (open it in Testigo: Merge).</numerusform>
            <numerusform>%n conflict(s) await a decision in the target (open it in Testigo: Merge).</numerusform>
        </translation>
    </message>
    <message>
        <source>import needs a case FILE and at least one OCDS-FILE.</source>
        <translation>import needs a case FILE and at least one OCDS-FILE.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” does not exist.</translation>
    </message>
    <message>
        <source>export needs one FILE and -o OUT.json.</source>
        <translation>export needs one FILE and -o OUT.json.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” could not be written: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n procedure(s) as an OCDS 1.1 release package to %1</source>
        <translation>
            <numerusform>Exported %n procedure(s) as an OCDS 1.1 release package to %1</numerusform>
            <numerusform>Exported %n procedure(s) as an OCDS 1.1 release package to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>flags needs one FILE.</source>
        <translation>flags needs one FILE.</translation>
    </message>
    <message>
        <source>no red flags</source>
        <translation>no red flags</translation>
    </message>
    <message>
        <source>No procedure numbered “%1” in this case file.</source>
        <translation>No procedure numbered “%1” in this case file.</translation>
    </message>
    <message>
        <source>report needs one FILE.</source>
        <translation>report needs one FILE.</translation>
    </message>
    <message>
        <source>--lang must be es or en.</source>
        <translation>--lang must be es or en.</translation>
    </message>
    <message>
        <source>report needs -o OUT.pdf.</source>
        <translation>report needs -o OUT.pdf.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page(s)).</numerusform>
            <numerusform>Wrote %1 (%n page(s)).</numerusform>
        </translation>
    </message>
    <message>
        <source>checklist %1/%2</source>
        <translation>checklist %1/%2</translation>
    </message>
    <message>
        <source>Agency: %1 (%2)</source>
        <translation>Agency: %1 (%2)</translation>
    </message>
    <message>
        <source>Regime: %1 · type: %2 · character: %3 · object: %4</source>
        <translation>Regime: %1 · type: %2 · character: %3 · object: %4</translation>
    </message>
    <message>
        <source>Witness: %1, designated by %2 (letter %3 of %4)</source>
        <translation>Witness: %1, designated by %2 (letter %3 of %4)</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>budget %1, reference %2</source>
        <translation>budget %1, reference %2</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Legal clocks</source>
        <translation>Legal clocks</translation>
    </message>
    <message>
        <source>Bidders: %1 · bids: %2 · awards: %3 · contracts: %4 · amendments: %5</source>
        <translation>Bidders: %1 · bids: %2 · awards: %3 · contracts: %4 · amendments: %5</translation>
    </message>
    <message>
        <source>Lot %1: %2, %3 on %4</source>
        <translation>Lot %1: %2, %3 on %4</translation>
    </message>
    <message>
        <source>void</source>
        <translation>void</translation>
    </message>
    <message>
        <source>Contract %1 with %2: %3, signed %4</source>
        <translation>Contract %1 with %2: %3, signed %4</translation>
    </message>
    <message>
        <source>show needs FILE and --process NUMBER.</source>
        <translation>show needs FILE and --process NUMBER.</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD.</source>
        <translation>--today needs a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>testimony needs FILE, --process NUMBER and -o OUT.pdf.</source>
        <translation>testimony needs FILE, --process NUMBER and -o OUT.pdf.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>%1 is not a testimony printed by Testigo (no record digest found).</source>
        <translation>%1 is not a testimony printed by Testigo (no record digest found).</translation>
    </message>
    <message>
        <source>The testimony matches the current record (digest %1).</source>
        <translation>The testimony matches the current record (digest %1).</translation>
    </message>
    <message>
        <source>The testimony&apos;s record digest %1 is unknown to this case file.</source>
        <translation>The testimony&apos;s record digest %1 is unknown to this case file.</translation>
    </message>
    <message numerus="yes">
        <source>The record changed after the testimony was printed: %n change(s).</source>
        <translation>
            <numerusform>The record changed after the testimony was printed: %n change(s).</numerusform>
            <numerusform>The record changed after the testimony was printed: %n change(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing OCDS data… %1 %</source>
        <translation>Importing OCDS data… %1 %</translation>
    </message>
    <message>
        <source>%1 does not take the option --%2.</source>
        <translation>%1 does not take the option --%2.</translation>
    </message>
    <message>
        <source>the disk or device is full</source>
        <translation>the disk or device is full</translation>
    </message>
    <message>
        <source>“%1” could not be written: the folder “%2” does not exist.</source>
        <translation>“%1” could not be written: the folder “%2” does not exist.</translation>
    </message>
    <message>
        <source>“%1” could not be written: it is a folder.</source>
        <translation>“%1” could not be written: it is a folder.</translation>
    </message>
    <message>
        <source>“%1” could not be written: the disk is full or cannot be written to.</source>
        <translation>“%1” could not be written: the disk is full or cannot be written to.</translation>
    </message>
    <message>
        <source>your key</source>
        <translation>your key</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>trusted</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>not trusted</translation>
    </message>
    <message numerus="yes">
        <source>Signed by %1 (key %2, %3): %n entries.</source>
        <translation>
            <numerusform>Signed by %1 (key %2, %3): %n entry.</numerusform>
            <numerusform>Signed by %1 (key %2, %3): %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsigned (written before signing): %n entries.</source>
        <translation>
            <numerusform>Unsigned (written before signing): %n entry.</numerusform>
            <numerusform>Unsigned (written before signing): %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>keys needs one FILE.</source>
        <translation>keys needs one FILE.</translation>
    </message>
    <message>
        <source>The keys could not be written to “%1”: %2</source>
        <translation>The keys could not be written to “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) written to %1</source>
        <translation>
            <numerusform>%n key written to %1</numerusform>
            <numerusform>%n keys written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>trust needs a FILE and a KEYFILE (from keys --export) or a FINGERPRINT.</source>
        <translation>trust needs a FILE and a KEYFILE (from keys --export) or a FINGERPRINT.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>“%1” is not a key file written by testigo-cli keys --export.</source>
        <translation>“%1” is not a key file written by testigo-cli keys --export.</translation>
    </message>
    <message>
        <source>“%1” is read-only; nothing was changed.</source>
        <translation>“%1” is read-only; nothing was changed.</translation>
    </message>
    <message>
        <source>“%1” holds a key that is not an Ed25519 public key; nothing was changed.</source>
        <translation>“%1” holds a key that is not an Ed25519 public key; nothing was changed.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message>
        <source>Marked as trusted; the mark is signed with your key and kept in the file&apos;s log.</source>
        <translation>Marked as trusted; the mark is signed with your key and kept in the file&apos;s log.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n open conflict(s); decide them in that file before merging it into another. Nothing was merged.</source>
        <translation>
            <numerusform>“%1” has %n open conflict; decide it in that file before merging it into another. Nothing was merged.</numerusform>
            <numerusform>“%1” has %n open conflicts; decide them in that file before merging it into another. Nothing was merged.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” failed verification: %2 Nothing was merged; the target was not changed. To merge it anyway (the target&apos;s log records it), add --accept-unverified.</source>
        <translation>“%1” failed verification: %2 Nothing was merged; the target was not changed. To merge it anyway (the target&apos;s log records it), add --accept-unverified.</translation>
    </message>
    <message>
        <source>Warning: “%1” failed verification (%2); merged as you asked, and recorded in the target.</source>
        <translation>Warning: “%1” failed verification (%2); merged as you asked, and recorded in the target.</translation>
    </message>
    <message>
        <source>“%1” is damaged (SQLite&apos;s integrity check fails); nothing was merged and it was not changed.</source>
        <translation>“%1” is damaged (SQLite&apos;s integrity check fails); nothing was merged and it was not changed.</translation>
    </message>
    <message>
        <source>%1 (%2), %3, on %4: %5</source>
        <translation>%1 (%2), %3, on %4: %5</translation>
    </message>
    <message>
        <source>whole procedure</source>
        <translation>whole procedure</translation>
    </message>
    <message>
        <source>lot %1</source>
        <translation>lot %1</translation>
    </message>
    <message>
        <source>Inconformidad by %1 filed %2 before %3: %4</source>
        <translation>Inconformidad by %1 filed %2 before %3: %4</translation>
    </message>
    <message>
        <source>Dialogue round %1 on %2: %3</source>
        <translation>Dialogue round %1 on %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>search needs a FILE and what to look for.</source>
        <translation>search needs a FILE and what to look for.</translation>
    </message>
    <message>
        <source>--limit takes a number of hits of each kind.</source>
        <translation>--limit takes a number of hits of each kind.</translation>
    </message>
    <message>
        <source>“%1” holds no word to look for.</source>
        <translation>“%1” holds no word to look for.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message>
        <source>The procedures could not be read: the file may be damaged.</source>
        <translation>The procedures could not be read: the file may be damaged.</translation>
    </message>
</context>
<context>
    <name>ClockModel</name>
    <message>
        <source>Legal clock</source>
        <translation>Legal clock</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>ClockRules</name>
    <message>
        <source>%1 is not a Testigo rules file.</source>
        <translation>%1 is not a Testigo rules file.</translation>
    </message>
    <message>
        <source>%1: a clock lacks its code, endpoints or number of days.</source>
        <translation>%1: a clock lacks its code, endpoints or number of days.</translation>
    </message>
</context>
<context>
    <name>Clocks</name>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Does not apply: the act was not held or no date applies.</source>
        <translation>Does not apply: the act was not held or no date applies.</translation>
    </message>
    <message>
        <source>No start date recorded.</source>
        <translation>No start date recorded.</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>business days</translation>
    </message>
    <message>
        <source>natural days</source>
        <translation>natural days</translation>
    </message>
    <message>
        <source>at least %1 %2 from %3; earliest lawful date %4</source>
        <translation>at least %1 %2 from %3; earliest lawful date %4</translation>
    </message>
    <message>
        <source>at most %1 %2 from %3; deadline %4</source>
        <translation>at most %1 %2 from %3; deadline %4</translation>
    </message>
    <message>
        <source>; with the extension %1</source>
        <translation>; with the extension %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2 so far (%3)</source>
        <translation>%1 %2 so far (%3)</translation>
    </message>
    <message>
        <source>; reduced period, justified</source>
        <translation>; reduced period, justified</translation>
    </message>
    <message>
        <source>; measured on planned dates</source>
        <translation>; measured on planned dates</translation>
    </message>
    <message>
        <source>; for reference only</source>
        <translation>; for reference only</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>; article and figures unverified for this version of the law</source>
        <translation>; article and figures unverified for this version of the law</translation>
    </message>
    <message>
        <source>; WARNING: the holiday calendar does not cover these years, only weekends were left out of the business days</source>
        <translation>; WARNING: the holiday calendar does not cover these years, only weekends were left out of the business days</translation>
    </message>
    <message>
        <source>%1 (unverified)</source>
        <translation>%1 (unverified)</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>LAASSP 2000 (before 17 April 2025)</source>
        <translation>LAASSP 2000 (before 17 April 2025)</translation>
    </message>
    <message>
        <source>LAASSP 2025</source>
        <translation>LAASSP 2025</translation>
    </message>
    <message>
        <source>LOPSRM (public works)</source>
        <translation>LOPSRM (public works)</translation>
    </message>
    <message>
        <source>State law</source>
        <translation>State law</translation>
    </message>
    <message>
        <source>Voluntary Integrity Pact</source>
        <translation>Voluntary Integrity Pact</translation>
    </message>
    <message>
        <source>Open public tender</source>
        <translation>Open public tender</translation>
    </message>
    <message>
        <source>Invitation to at least three suppliers</source>
        <translation>Invitation to at least three suppliers</translation>
    </message>
    <message>
        <source>Direct award</source>
        <translation>Direct award</translation>
    </message>
    <message>
        <source>Competitive dialogue</source>
        <translation>Competitive dialogue</translation>
    </message>
    <message>
        <source>Direct award with negotiation</source>
        <translation>Direct award with negotiation</translation>
    </message>
    <message>
        <source>Framework agreement contract</source>
        <translation>Framework agreement contract</translation>
    </message>
    <message>
        <source>Catalogue order</source>
        <translation>Catalogue order</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>International under trade treaties</source>
        <translation>International under trade treaties</translation>
    </message>
    <message>
        <source>Open international</source>
        <translation>Open international</translation>
    </message>
    <message>
        <source>Pass/fail (binary)</source>
        <translation>Pass/fail (binary)</translation>
    </message>
    <message>
        <source>Points and percentages</source>
        <translation>Points and percentages</translation>
    </message>
    <message>
        <source>Cost-benefit</source>
        <translation>Cost-benefit</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Public works</source>
        <translation>Public works</translation>
    </message>
    <message>
        <source>Planning and market research</source>
        <translation>Planning and market research</translation>
    </message>
    <message>
        <source>Draft call for tenders</source>
        <translation>Draft call for tenders</translation>
    </message>
    <message>
        <source>Call for tenders</source>
        <translation>Call for tenders</translation>
    </message>
    <message>
        <source>Changes to the call</source>
        <translation>Changes to the call</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Site visit</translation>
    </message>
    <message>
        <source>Clarification meeting</source>
        <translation>Clarification meeting</translation>
    </message>
    <message>
        <source>Bid submission and opening</source>
        <translation>Bid submission and opening</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Subsequent discount offers</source>
        <translation>Subsequent discount offers</translation>
    </message>
    <message>
        <source>Award decision</source>
        <translation>Award decision</translation>
    </message>
    <message>
        <source>Contract signature</source>
        <translation>Contract signature</translation>
    </message>
    <message>
        <source>Execution and follow-up</source>
        <translation>Execution and follow-up</translation>
    </message>
    <message>
        <source>Final report delivery</source>
        <translation>Final report delivery</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Not escalated</source>
        <translation>Not escalated</translation>
    </message>
    <message>
        <source>Internal Control Body (OIC)</source>
        <translation>Internal Control Body (OIC)</translation>
    </message>
    <message>
        <source>The Secretaría (SFP/SABG)</source>
        <translation>The Secretaría (SFP/SABG)</translation>
    </message>
    <message>
        <source>Oversight Committee of the Chamber of Deputies</source>
        <translation>Oversight Committee of the Chamber of Deputies</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
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
        <translation>The entity&apos;s own regime</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Ministry (dependencia)</source>
        <translation>Ministry (dependencia)</translation>
    </message>
    <message>
        <source>Parastatal entity</source>
        <translation>Parastatal entity</translation>
    </message>
    <message>
        <source>State government</source>
        <translation>State government</translation>
    </message>
    <message>
        <source>Municipal government</source>
        <translation>Municipal government</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Transport and infrastructure</source>
        <translation>Transport and infrastructure</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Financial services and insurance</source>
        <translation>Financial services and insurance</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Telecommunications</source>
        <translation>Telecommunications</translation>
    </message>
    <message>
        <source>Government services</source>
        <translation>Government services</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Mexican peso (MXN)</source>
        <translation>Mexican peso (MXN)</translation>
    </message>
    <message>
        <source>US dollar (USD)</source>
        <translation>US dollar (USD)</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Compliant</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Non-compliant</translation>
    </message>
    <message>
        <source>Agency official</source>
        <translation>Agency official</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>Social witness</source>
        <translation>Social witness</translation>
    </message>
    <message>
        <source>Contracting authority</source>
        <translation>Contracting authority</translation>
    </message>
    <message>
        <source>Bidders</source>
        <translation>Bidders</translation>
    </message>
    <message>
        <source>Sanctions and remedies</source>
        <translation>Sanctions and remedies</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>Addressed</translation>
    </message>
    <message>
        <source>Partly addressed</source>
        <translation>Partly addressed</translation>
    </message>
    <message>
        <source>Not addressed</source>
        <translation>Not addressed</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <source>Declared void (desierta)</source>
        <translation>Declared void (desierta)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partial</translation>
    </message>
    <message>
        <source>Pending resolution</source>
        <translation>Pending resolution</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Founded</translation>
    </message>
    <message>
        <source>Unfounded</source>
        <translation>Unfounded</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Deadline for questions (clarification meeting)</source>
        <translation>Deadline for questions (clarification meeting)</translation>
    </message>
    <message>
        <source>Change to the call</source>
        <translation>Change to the call</translation>
    </message>
    <message>
        <source>Correction of the award (fallo)</source>
        <translation>Correction of the award (fallo)</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Savings</translation>
    </message>
    <message>
        <source>Savings %</source>
        <translation>Savings %</translation>
    </message>
    <message>
        <source>Savings vs budget</source>
        <translation>Savings vs budget</translation>
    </message>
    <message>
        <source>Bidders</source>
        <translation>Bidders</translation>
    </message>
    <message>
        <source>Valid bids</source>
        <translation>Valid bids</translation>
    </message>
    <message>
        <source>Rejected bids</source>
        <translation>Rejected bids</translation>
    </message>
    <message>
        <source>Savings (%1)</source>
        <translation>Savings (%1)</translation>
    </message>
    <message>
        <source>Real savings (%1)</source>
        <translation>Real savings (%1)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Social results</source>
        <translation>Social results</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Recommendations made</source>
        <translation>Recommendations made</translation>
    </message>
    <message>
        <source>Recommendations, agency %1</source>
        <translation>Recommendations, agency %1</translation>
    </message>
    <message>
        <source>Recommendations, stage: %1</source>
        <translation>Recommendations, stage: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Agency response time, mean days</source>
        <translation>Agency response time, mean days</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message numerus="yes">
        <source>median %1, longest %2, over %n dated response(s)</source>
        <translation>
            <numerusform>median %1, longest %2, over %n dated response(s)</numerusform>
            <numerusform>median %1, longest %2, over %n dated response(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalations</translation>
    </message>
    <message>
        <source>Bidders who signed the Integrity Pact</source>
        <translation>Bidders who signed the Integrity Pact</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Officials who signed the Integrity Pact</source>
        <translation>Officials who signed the Integrity Pact</translation>
    </message>
    <message>
        <source>Bidders who disclosed ties</source>
        <translation>Bidders who disclosed ties</translation>
    </message>
    <message>
        <source>Conflicts of interest declared</source>
        <translation>Conflicts of interest declared</translation>
    </message>
    <message>
        <source>Bidders per procedure, %1</source>
        <translation>Bidders per procedure, %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n procedure(s)</numerusform>
            <numerusform>%n procedure(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <source>Regime:</source>
        <translation>Regime:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Currency:</translation>
    </message>
    <message>
        <source>Filter by year</source>
        <translation>Filter by year</translation>
    </message>
    <message>
        <source>Filter by agency</source>
        <translation>Filter by agency</translation>
    </message>
    <message>
        <source>Filter by regime</source>
        <translation>Filter by regime</translation>
    </message>
    <message>
        <source>Filter by procedure type</source>
        <translation>Filter by procedure type</translation>
    </message>
    <message>
        <source>Currency of the totals</source>
        <translation>Currency of the totals</translation>
    </message>
    <message>
        <source>Amount monitored</source>
        <translation>Amount monitored</translation>
    </message>
    <message>
        <source>Savings (nominal)</source>
        <translation>Savings (nominal)</translation>
    </message>
    <message>
        <source>Savings (real, %1)</source>
        <translation>Savings (real, %1)</translation>
    </message>
    <message>
        <source>Social results and Collective Action</source>
        <translation>Social results and Collective Action</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Export table</translation>
    </message>
    <message>
        <source>Table (CSV)…</source>
        <translation>Table (CSV)…</translation>
    </message>
    <message>
        <source>Table (Excel XLSX)…</source>
        <translation>Table (Excel XLSX)…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>All regimes</source>
        <translation>All regimes</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) with computable savings</source>
        <translation>
            <numerusform>%n procedure(s) with computable savings</numerusform>
            <numerusform>%n procedure(s) with computable savings</numerusform>
        </translation>
    </message>
    <message>
        <source>Savings by year</source>
        <translation>Savings by year</translation>
    </message>
    <message>
        <source>Savings by agency</source>
        <translation>Savings by agency</translation>
    </message>
    <message>
        <source>Savings by sector</source>
        <translation>Savings by sector</translation>
    </message>
    <message>
        <source>Savings by procedure type</source>
        <translation>Savings by procedure type</translation>
    </message>
    <message>
        <source>Bidders and savings %</source>
        <translation>Bidders and savings %</translation>
    </message>
    <message>
        <source>Distribution of savings %</source>
        <translation>Distribution of savings %</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>%1 addressed, %2 partly, %3 not addressed, %4 pending</source>
        <translation>%1 addressed, %2 partly, %3 not addressed, %4 pending</translation>
    </message>
    <message>
        <source>Recommendations addressed</source>
        <translation>Recommendations addressed</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid data file: %2 at offset %3</source>
        <translation>%1 is not a valid data file: %2 at offset %3</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose the date on a calendar (F4)</source>
        <translation>Choose the date on a calendar (F4)</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as %2. It is not saved.</source>
        <translation>“%1” is not a date: type it as %2. It is not saved.</translation>
    </message>
    <message>
        <source>Type the date as %1, or press F4 for a calendar; leave it empty for no date.</source>
        <translation>Type the date as %1, or press F4 for a calendar; leave it empty for no date.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
</context>
<context>
    <name>DecreeDaysDialog</name>
    <message>
        <source>Type the date of the decree day, e.g. %1.</source>
        <translation>Type the date of the decree day, e.g. %1.</translation>
    </message>
    <message>
        <source>%1 is already a decree day.</source>
        <translation>%1 is already a decree day.</translation>
    </message>
    <message>
        <source>This case file is read-only: decree days cannot be added.</source>
        <translation>This case file is read-only: decree days cannot be added.</translation>
    </message>
    <message>
        <source>Add decree day %1</source>
        <translation>Add decree day %1</translation>
    </message>
    <message>
        <source>%1 added: business-day clocks no longer count it.</source>
        <translation>%1 added: business-day clocks no longer count it.</translation>
    </message>
    <message>
        <source>Remove decree day %1</source>
        <translation>Remove decree day %1</translation>
    </message>
    <message>
        <source>Decree days</source>
        <translation>Decree days</translation>
    </message>
    <message>
        <source>Days declared non-working by decree or by the agency (for example Holy Thursday and Friday). They are saved in this case file and every business-day clock skips them.</source>
        <translation>Days declared non-working by decree or by the agency (for example Holy Thursday and Friday). They are saved in this case file and every business-day clock skips them.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <source>e.g. Holy Thursday (agency closed)</source>
        <translation>e.g. Holy Thursday (agency closed)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>EditorialPlanView</name>
    <message>
        <source>Drafting</source>
        <translation>Drafting</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Chapters approved</source>
        <translation>Chapters approved</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Progress:</translation>
    </message>
    <message>
        <source>Chapters of the report</source>
        <translation>Chapters of the report</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title (Spanish)</source>
        <translation>Title (Spanish)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Title (English)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Add chapter</source>
        <translation>Add chapter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Add the default plan</source>
        <translation>Add the default plan</translation>
    </message>
    <message>
        <source>Status of chapter %1</source>
        <translation>Status of chapter %1</translation>
    </message>
    <message>
        <source>Change chapter status</source>
        <translation>Change chapter status</translation>
    </message>
    <message>
        <source>%1 of %2 approved</source>
        <translation>%1 of %2 approved</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>Change due date</translation>
    </message>
    <message>
        <source>Edit chapter</source>
        <translation>Edit chapter</translation>
    </message>
    <message>
        <source>Move chapter</source>
        <translation>Move chapter</translation>
    </message>
    <message>
        <source>Remove chapter</source>
        <translation>Remove chapter</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Add inconformidad</source>
        <translation>Add inconformidad</translation>
    </message>
    <message>
        <source>Add dialogue round</source>
        <translation>Add dialogue round</translation>
    </message>
    <message>
        <source>This procedure is not a competitive dialogue.</source>
        <translation>This procedure is not a competitive dialogue.</translation>
    </message>
    <message>
        <source>The version of the law that governs this procedure provides for no competitive dialogue.</source>
        <translation>The version of the law that governs this procedure provides for no competitive dialogue.</translation>
    </message>
    <message>
        <source>Only %1 may run a competitive dialogue (%2): the contracting agency is one of them.</source>
        <translation>Only %1 may run a competitive dialogue (%2): the contracting agency is one of them.</translation>
    </message>
    <message>
        <source>Only %1 may run a competitive dialogue (%2): the contracting agency is not one of them.</source>
        <translation>Only %1 may run a competitive dialogue (%2): the contracting agency is not one of them.</translation>
    </message>
    <message>
        <source>, unverified</source>
        <translation>, unverified</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Inconformidades (bid protests)</source>
        <translation>Inconformidades (bid protests)</translation>
    </message>
    <message>
        <source>Remove inconformidad</source>
        <translation>Remove inconformidad</translation>
    </message>
    <message>
        <source>Rounds of the competitive dialogue</source>
        <translation>Rounds of the competitive dialogue</translation>
    </message>
    <message>
        <source>Add round</source>
        <translation>Add round</translation>
    </message>
    <message>
        <source>Remove dialogue round</source>
        <translation>Remove dialogue round</translation>
    </message>
    <message>
        <source>Add event of the procedure</source>
        <translation>Add event of the procedure</translation>
    </message>
    <message>
        <source>Cancellations, void declarations and dated acts (legal clocks)</source>
        <translation>Cancellations, void declarations and dated acts (legal clocks)</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Add event</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Remove event</translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <source>No finding selected</source>
        <translation>No finding selected</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>Finding %1</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n file(s)</source>
        <translation>
            <numerusform>Attach %n file(s)</numerusform>
            <numerusform>Attach %n file(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>No such attachment.</source>
        <translation>No such attachment.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>No application could open %1.</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Export evidence</translation>
    </message>
    <message>
        <source>Remove evidence %1</source>
        <translation>Remove evidence %1</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <source>Attach evidence files (you can also drop files here)</source>
        <translation>Attach evidence files (you can also drop files here)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Open evidence</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Remove evidence</translation>
    </message>
    <message>
        <source>What happened, where it is documented, why it matters</source>
        <translation>What happened, where it is documented, why it matters</translation>
    </message>
    <message>
        <source>What the agency should do</source>
        <translation>What the agency should do</translation>
    </message>
    <message>
        <source>What the agency answered</source>
        <translation>What the agency answered</translation>
    </message>
    <message>
        <source>The description in English</source>
        <translation>The description in English</translation>
    </message>
    <message>
        <source>The recommendation in English</source>
        <translation>The recommendation in English</translation>
    </message>
    <message>
        <source>The response in English</source>
        <translation>The response in English</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>New finding %1</source>
        <translation>New finding %1</translation>
    </message>
    <message>
        <source>Delete finding %1</source>
        <translation>Delete finding %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>New finding…</source>
        <translation>New finding…</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>New finding</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>Delete finding</translation>
    </message>
    <message>
        <source>Delete finding %1 and renumber the ones after it?
You can undo this with Edit ▸ Undo.</source>
        <translation>Delete finding %1 and renumber the ones after it?
You can undo this with Edit ▸ Undo.</translation>
    </message>
</context>
<context>
    <name>FixSeries</name>
    <message>
        <source>FIX line %1: expected YYYY-MM-DD,rate or YYYY-MM,rate.</source>
        <translation>FIX line %1: expected YYYY-MM-DD,rate or YYYY-MM,rate.</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Getting started with Testigo&lt;/h2&gt;&lt;p&gt;A case file (&lt;i&gt;.testigo&lt;/i&gt;) holds everything you record. Every change is saved at once and can be undone with &lt;b&gt;Ctrl+Z&lt;/b&gt;.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Your profile, once:&lt;/b&gt; &lt;i&gt;File ▸ Witness profile…&lt;/i&gt; — person or organisation, RFC, padrón number, legal representative, technical advisers, e-mail. Every procedure and testimony uses it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;A procedure:&lt;/b&gt; &lt;i&gt;Procedure ▸ New procedure…&lt;/i&gt; (&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;) — number, title, object kind, type and start date; the regime is proposed. Its stages, checklists and pact clauses are created for you. Or import published data with &lt;i&gt;File ▸ Import OCDS…&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The overview&lt;/b&gt; (&lt;b&gt;Ctrl+1&lt;/b&gt;): agency, lots and amounts, and your engagement: the letter that designated you and its date.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The stages&lt;/b&gt; (&lt;b&gt;Ctrl+2&lt;/b&gt;): for each stage its status, planned and actual dates, and the checklist. Type dates as dd/mm/yyyy or press &lt;b&gt;F4&lt;/b&gt; in a date field for a calendar.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Findings, bidders and bids, the Integrity Pact&lt;/b&gt; have their own tabs; &lt;b&gt;Tab&lt;/b&gt; moves between fields, &lt;b&gt;Ctrl+Tab&lt;/b&gt; between tabs.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The testimony:&lt;/b&gt; &lt;i&gt;Procedure ▸ Testimony…&lt;/i&gt; (&lt;b&gt;Ctrl+T&lt;/b&gt;) lists what is still missing and writes the PDF in Spanish or English.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The language of the window is under &lt;i&gt;Language&lt;/i&gt;; documents choose theirs separately.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Getting started with Testigo&lt;/h2&gt;&lt;p&gt;A case file (&lt;i&gt;.testigo&lt;/i&gt;) holds everything you record. Every change is saved at once and can be undone with &lt;b&gt;Ctrl+Z&lt;/b&gt;.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Your profile, once:&lt;/b&gt; &lt;i&gt;File ▸ Witness profile…&lt;/i&gt; — person or organisation, RFC, padrón number, legal representative, technical advisers, e-mail. Every procedure and testimony uses it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;A procedure:&lt;/b&gt; &lt;i&gt;Procedure ▸ New procedure…&lt;/i&gt; (&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;) — number, title, object kind, type and start date; the regime is proposed. Its stages, checklists and pact clauses are created for you. Or import published data with &lt;i&gt;File ▸ Import OCDS…&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The overview&lt;/b&gt; (&lt;b&gt;Ctrl+1&lt;/b&gt;): agency, lots and amounts, and your engagement: the letter that designated you and its date.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The stages&lt;/b&gt; (&lt;b&gt;Ctrl+2&lt;/b&gt;): for each stage its status, planned and actual dates, and the checklist. Type dates as dd/mm/yyyy or press &lt;b&gt;F4&lt;/b&gt; in a date field for a calendar.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Findings, bidders and bids, the Integrity Pact&lt;/b&gt; have their own tabs; &lt;b&gt;Tab&lt;/b&gt; moves between fields, &lt;b&gt;Ctrl+Tab&lt;/b&gt; between tabs.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The testimony:&lt;/b&gt; &lt;i&gt;Procedure ▸ Testimony…&lt;/i&gt; (&lt;b&gt;Ctrl+T&lt;/b&gt;) lists what is still missing and writes the PDF in Spanish or English.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The language of the window is under &lt;i&gt;Language&lt;/i&gt;; documents choose theirs separately.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Impact</name>
    <message>
        <source>Lot %1: no authorised budget recorded.</source>
        <translation>Lot %1: no authorised budget recorded.</translation>
    </message>
    <message>
        <source>Lot %1: no reference price (market-research median) recorded.</source>
        <translation>Lot %1: no reference price (market-research median) recorded.</translation>
    </message>
    <message>
        <source>Lot %1: no solvent bids.</source>
        <translation>Lot %1: no solvent bids.</translation>
    </message>
    <message>
        <source>Lot %1: a single solvent bid, no winner–runner-up gap.</source>
        <translation>Lot %1: a single solvent bid, no winner–runner-up gap.</translation>
    </message>
    <message numerus="yes">
        <source>Lot %1: %n bid(s) still being evaluated, counted neither as solvent nor as rejected.</source>
        <translation>
            <numerusform>Lot %1: %n bid still being evaluated, counted neither as solvent nor as rejected.</numerusform>
            <numerusform>Lot %1: %n bids still being evaluated, counted neither as solvent nor as rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lot %1 was declared void (desierta): no savings.</source>
        <translation>Lot %1 was declared void (desierta): no savings.</translation>
    </message>
    <message>
        <source>Lot %1: no award recorded.</source>
        <translation>Lot %1: no award recorded.</translation>
    </message>
    <message>
        <source>The procedure has no lots: no reference price or budget.</source>
        <translation>The procedure has no lots: no reference price or budget.</translation>
    </message>
    <message>
        <source>Contract %1 is in %2, the procedure in %3: savings not computed.</source>
        <translation>Contract %1 is in %2, the procedure in %3: savings not computed.</translation>
    </message>
    <message>
        <source>Contract %1 matches no awarded lot (no winner recorded): left out of the savings.</source>
        <translation>Contract %1 matches no awarded lot (no winner recorded): left out of the savings.</translation>
    </message>
    <message>
        <source>Procedure declared void (desierta): savings cannot be computed.</source>
        <translation>Procedure declared void (desierta): savings cannot be computed.</translation>
    </message>
    <message>
        <source>No award or contract recorded: savings cannot be computed.</source>
        <translation>No award or contract recorded: savings cannot be computed.</translation>
    </message>
    <message>
        <source>Savings against the reference need a reference price on every awarded lot.</source>
        <translation>Savings against the reference need a reference price on every awarded lot.</translation>
    </message>
    <message>
        <source>Savings against the budget need a budget on every awarded lot.</source>
        <translation>Savings against the budget need a budget on every awarded lot.</translation>
    </message>
    <message numerus="yes">
        <source>%n void lot(s) left out of the savings and their base.</source>
        <translation>
            <numerusform>%n void lot left out of the savings and their base.</numerusform>
            <numerusform>%n void lots left out of the savings and their base.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet awarded, left out of the savings and their base: lot(s) %1.</source>
        <translation>Not yet awarded, left out of the savings and their base: lot(s) %1.</translation>
    </message>
    <message>
        <source>Some stage dates are planned, not actual.</source>
        <translation>Some stage dates are planned, not actual.</translation>
    </message>
    <message>
        <source>Days from publication to opening: a call or opening date is missing.</source>
        <translation>Days from publication to opening: a call or opening date is missing.</translation>
    </message>
    <message>
        <source>Days from opening to award: an opening or award date is missing.</source>
        <translation>Days from opening to award: an opening or award date is missing.</translation>
    </message>
    <message>
        <source>the monthly average FIX of %1 (%2)</source>
        <translation>the monthly average FIX of %1 (%2)</translation>
    </message>
    <message>
        <source>the FIX of %1, the nearest previous business day (%2)</source>
        <translation>the FIX of %1, the nearest previous business day (%2)</translation>
    </message>
    <message>
        <source>the FIX of %1 (%2)</source>
        <translation>the FIX of %1 (%2)</translation>
    </message>
    <message>
        <source>Unsupported target currency %1.</source>
        <translation>Unsupported target currency %1.</translation>
    </message>
    <message>
        <source>No exchange rate series for %1.</source>
        <translation>No exchange rate series for %1.</translation>
    </message>
    <message>
        <source>No award date: the amount cannot be converted.</source>
        <translation>No award date: the amount cannot be converted.</translation>
    </message>
    <message>
        <source>No Banxico FIX for %1 or the days before it.</source>
        <translation>No Banxico FIX for %1 or the days before it.</translation>
    </message>
    <message>
        <source>USD→MXN at %1</source>
        <translation>USD→MXN at %1</translation>
    </message>
    <message>
        <source>The INPC for %1 is missing: no real amount.</source>
        <translation>The INPC for %1 is missing: no real amount.</translation>
    </message>
    <message>
        <source>pesos of %1 = pesos of %2 × INPC %3 / %4</source>
        <translation>pesos of %1 = pesos of %2 × INPC %3 / %4</translation>
    </message>
    <message>
        <source>MXN→USD at %1</source>
        <translation>MXN→USD at %1</translation>
    </message>
    <message>
        <source>Amounts in %1; other currencies converted at the Banxico FIX of the award date (nearest previous business day, or the month&apos;s average when no daily rate is stored).</source>
        <translation>Amounts in %1; other currencies converted at the Banxico FIX of the award date (nearest previous business day, or the month&apos;s average when no daily rate is stored).</translation>
    </message>
    <message>
        <source>Real terms: pesos of %1, nominal × INPC(%1) / INPC(month of the award); %2.</source>
        <translation>Real terms: pesos of %1, nominal × INPC(%1) / INPC(month of the award); %2.</translation>
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
        <translation>%1: savings left out of the totals (%2)</translation>
    </message>
    <message>
        <source>%1: real savings left out of the totals (%2)</source>
        <translation>%1: real savings left out of the totals (%2)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>No agency</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>No sector</translation>
    </message>
    <message>
        <source>No type</source>
        <translation>No type</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>“%1” %2. Nothing was imported; the case file was not changed.</source>
        <translation>“%1” %2. Nothing was imported; the case file was not changed.</translation>
    </message>
    <message>
        <source>Nothing was prepared for import.</source>
        <translation>Nothing was prepared for import.</translation>
    </message>
    <message>
        <source>The case file is open read-only.</source>
        <translation>The case file is open read-only.</translation>
    </message>
    <message>
        <source>The import was cancelled; the case file was not changed.</source>
        <translation>The import was cancelled; the case file was not changed.</translation>
    </message>
    <message>
        <source>The case file could not be written: %1</source>
        <translation>The case file could not be written: %1</translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>“%1” %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3 bytes): %4 imported, %5 updated, %6 unchanged, %7 skipped, %8 data-quality warnings</source>
        <translation>%1 (%2, %3 bytes): %4 imported, %5 updated, %6 unchanged, %7 skipped, %8 data-quality warnings</translation>
    </message>
    <message>
        <source>  skipped: %1</source>
        <translation>  skipped: %1</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  warning: %1</translation>
    </message>
    <message>
        <source>  … and %1 more warnings</source>
        <translation>  … and %1 more warnings</translation>
    </message>
    <message>
        <source>  kept your edit: %1</source>
        <translation>  kept your edit: %1</translation>
    </message>
</context>
<context>
    <name>InpcSeries</name>
    <message>
        <source>INPC line %1: expected YYYY-MM,value.</source>
        <translation>INPC line %1: expected YYYY-MM,value.</translation>
    </message>
    <message>
        <source>INPC (INEGI), base second half of July 2018 = 100</source>
        <translation>INPC (INEGI), base second half of July 2018 = 100</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation>&amp;Procedure</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New case file…</source>
        <translation>&amp;New case file…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Export a copy…</source>
        <translation>&amp;Export a copy…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <source>&amp;New procedure…</source>
        <translation>&amp;New procedure…</translation>
    </message>
    <message>
        <source>D&amp;uplicate procedure</source>
        <translation>D&amp;uplicate procedure</translation>
    </message>
    <message>
        <source>&amp;Delete procedure…</source>
        <translation>&amp;Delete procedure…</translation>
    </message>
    <message>
        <source>&amp;Procedures list</source>
        <translation>&amp;Procedures list</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Back to the list</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation>&amp;Stages</translation>
    </message>
    <message>
        <source>&amp;About Testigo</source>
        <translation>&amp;About Testigo</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Opened read-only: changes cannot be saved to this file.</source>
        <translation>Opened read-only: changes cannot be saved to this file.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>%1 (read-only) — Testigo</source>
        <translation>%1 (read-only) — Testigo</translation>
    </message>
    <message>
        <source>%1 — Testigo</source>
        <translation>%1 — Testigo</translation>
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
        <source>New case file</source>
        <translation>New case file</translation>
    </message>
    <message>
        <source>Testigo case files (*.testigo)</source>
        <translation>Testigo case files (*.testigo)</translation>
    </message>
    <message>
        <source>Open a case file</source>
        <translation>Open a case file</translation>
    </message>
    <message>
        <source>Testigo case files (*.testigo);;All files (*)</source>
        <translation>Testigo case files (*.testigo);;All files (*)</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Export a copy</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-copy</translation>
    </message>
    <message>
        <source>Copy written to %1</source>
        <translation>Copy written to %1</translation>
    </message>
    <message>
        <source>About Testigo</source>
        <translation>About Testigo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Testigo %1&lt;/h3&gt;&lt;p&gt;A workbench for social witnesses (testigos sociales) who monitor Mexican public procurement under Integrity Pacts.&lt;/p&gt;&lt;p&gt;Every edit is saved at once in the case file, with a verifiable audit log.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Testigo %1&lt;/h3&gt;&lt;p&gt;A workbench for social witnesses (testigos sociales) who monitor Mexican public procurement under Integrity Pacts.&lt;/p&gt;&lt;p&gt;Every edit is saved at once in the case file, with a verifiable audit log.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Witness profile…</source>
        <translation>&amp;Witness profile…</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Getting started</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Testigo&lt;/h2&gt;&lt;p&gt;Open a case file or create a new one to record a procedure, stage by stage.&lt;/p&gt;&lt;p&gt;New here? &lt;b&gt;Help ▸ Getting started&lt;/b&gt; (F1) walks you from an empty file to a draft testimony.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Testigo&lt;/h2&gt;&lt;p&gt;Open a case file or create a new one to record a procedure, stage by stage.&lt;/p&gt;&lt;p&gt;New here? &lt;b&gt;Help ▸ Getting started&lt;/b&gt; (F1) walks you from an empty file to a draft testimony.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Mapper</name>
    <message>
        <source>%1: %2 “%3” was edited by hand and is kept (the data says “%4”)</source>
        <translation>%1: %2 “%3” was edited by hand and is kept (the data says “%4”)</translation>
    </message>
    <message>
        <source>no buyer or procuring entity is named</source>
        <translation>no buyer or procuring entity is named</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long; only its first %3 bytes were imported</source>
        <translation>%1 is %2 bytes long; only its first %3 bytes were imported</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>procedure</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>stage %1</translation>
    </message>
    <message>
        <source>lot %1</source>
        <translation>lot %1</translation>
    </message>
    <message>
        <source>a supplier or tenderer has no name (identifier “%1”)</source>
        <translation>a supplier or tenderer has no name (identifier “%1”)</translation>
    </message>
    <message>
        <source>bidder %1</source>
        <translation>bidder %1</translation>
    </message>
    <message>
        <source>bid</source>
        <translation>bid</translation>
    </message>
    <message>
        <source>award %1 is in %2, not in the procedure&apos;s %3</source>
        <translation>award %1 is in %2, not in the procedure&apos;s %3</translation>
    </message>
    <message>
        <source>award %1</source>
        <translation>award %1</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>contract %1</translation>
    </message>
    <message>
        <source>amendment %1</source>
        <translation>amendment %1</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message numerus="yes">
        <source>“%1” has %n open conflict(s); decide them in that file before merging it into another.</source>
        <translation>
            <numerusform>“%1” has %n open conflict; decide it in that file before merging it into another.</numerusform>
            <numerusform>“%1” has %n open conflicts; decide them in that file before merging it into another.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” failed verification (%2); nothing was merged.</source>
        <translation>“%1” failed verification (%2); nothing was merged.</translation>
    </message>
    <message>
        <source>The merge failed.</source>
        <translation>The merge failed.</translation>
    </message>
    <message>
        <source>No such conflict.</source>
        <translation>No such conflict.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge case files</source>
        <translation>Merge case files</translation>
    </message>
    <message>
        <source>Add case files…</source>
        <translation>Add case files…</translation>
    </message>
    <message>
        <source>Add case files to merge</source>
        <translation>Add case files to merge</translation>
    </message>
    <message>
        <source>Choose witnesses&apos; case files to bring into this one.</source>
        <translation>Choose witnesses&apos; case files to bring into this one.</translation>
    </message>
    <message>
        <source>Conflicts awaiting a decision</source>
        <translation>Conflicts awaiting a decision</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Value in this file</source>
        <translation>Value in this file</translation>
    </message>
    <message>
        <source>Value in the source file</source>
        <translation>Value in the source file</translation>
    </message>
    <message>
        <source>Keep this file&apos;s value</source>
        <translation>Keep this file&apos;s value</translation>
    </message>
    <message>
        <source>Take the source&apos;s value</source>
        <translation>Take the source&apos;s value</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>This file</translation>
    </message>
    <message>
        <source>Case files to merge</source>
        <translation>Case files to merge</translation>
    </message>
    <message>
        <source>Testigo case files (*.testigo);;All files (*)</source>
        <translation>Testigo case files (*.testigo);;All files (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: nothing new.</source>
        <translation>%1: nothing new.</translation>
    </message>
    <message>
        <source>%1: %2 new rows, %3 taken, %4 merged, %5 conflicts, %6 evidence files.</source>
        <translation>%1: %2 new rows, %3 taken, %4 merged, %5 conflicts, %6 evidence files.</translation>
    </message>
    <message>
        <source>Before both changes: %1</source>
        <translation>Before both changes: %1</translation>
    </message>
    <message>
        <source>No conflicts await a decision.</source>
        <translation>No conflicts await a decision.</translation>
    </message>
    <message>
        <source>Source failed verification</source>
        <translation>Source failed verification</translation>
    </message>
    <message>
        <source>%1

Merge “%2” anyway? This file&apos;s merge log will record that you accepted it unverified, and why.</source>
        <translation>%1

Merge “%2” anyway? This file&apos;s merge log will record that you accepted it unverified, and why.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <source>Language of the text</source>
        <translation>Language of the text</translation>
    </message>
    <message>
        <source>Narrative language</source>
        <translation>Narrative language</translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation>&amp;Background</translation>
    </message>
    <message>
        <source>&amp;Executive summary</source>
        <translation>&amp;Executive summary</translation>
    </message>
    <message>
        <source>&amp;Conclusions</source>
        <translation>&amp;Conclusions</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Bullets</source>
        <translation>Bullets</translation>
    </message>
    <message>
        <source>Write testimony text</source>
        <translation>Write testimony text</translation>
    </message>
    <message>
        <source>Edit testimony text</source>
        <translation>Edit testimony text</translation>
    </message>
</context>
<context>
    <name>NewFindingDialog</name>
    <message>
        <source>Add evidence</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>New finding</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <source>Pact clauses:</source>
        <translation>Pact clauses:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Pact clauses</source>
        <translation>Pact clauses</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <source>What happened, where it is documented, why it matters</source>
        <translation>What happened, where it is documented, why it matters</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>Add evidence…</translation>
    </message>
    <message>
        <source>Create finding</source>
        <translation>Create finding</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Describe the finding first: what happened, where it is documented and why it matters.</source>
        <translation>Describe the finding first: what happened, where it is documented and why it matters.</translation>
    </message>
</context>
<context>
    <name>NewProcedureDialog</name>
    <message>
        <source>New procedure</source>
        <translation>New procedure</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <source>&amp;Regime:</source>
        <translation>&amp;Regime:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <source>Object &amp;kind:</source>
        <translation>Object &amp;kind:</translation>
    </message>
    <message>
        <source>Object kind</source>
        <translation>Object kind</translation>
    </message>
    <message>
        <source>Choose or type the contracting agency</source>
        <translation>Choose or type the contracting agency</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
</context>
<context>
    <name>Ocds</name>
    <message>
        <source>not well-formed JSON (%1)</source>
        <translation>not well-formed JSON (%1)</translation>
    </message>
    <message>
        <source>the JSON text is not an object or an array</source>
        <translation>the JSON text is not an object or an array</translation>
    </message>
</context>
<context>
    <name>OcdsImportDialog</name>
    <message>
        <source>Import OCDS data</source>
        <translation>Import OCDS data</translation>
    </message>
    <message>
        <source>Release packages, record packages, single releases or records and JSON Lines files of any size. A file that is malformed or is not OCDS changes nothing. Fields you edited by hand are never overwritten: they are listed in the report.</source>
        <translation>Release packages, record packages, single releases or records and JSON Lines files of any size. A file that is malformed or is not OCDS changes nothing. Fields you edited by hand are never overwritten: they are listed in the report.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <source>Choose OCDS files to import</source>
        <translation>Choose OCDS files to import</translation>
    </message>
    <message>
        <source>OCDS files</source>
        <translation>OCDS files</translation>
    </message>
    <message>
        <source>OCDS data (*.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>OCDS data (*.json *.jsonl *.ndjson);;All files (*)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Export as OCDS</source>
        <translation>Export as OCDS</translation>
    </message>
    <message>
        <source>OCDS release package (*.json)</source>
        <translation>OCDS release package (*.json)</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” could not be written: %2</translation>
    </message>
    <message>
        <source>Importing OCDS data…</source>
        <translation>Importing OCDS data…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OcdsImporter</name>
    <message>
        <source>the ocid has no registered prefix (ocds-xxxxxx-); it is kept as published</source>
        <translation>the ocid has no registered prefix (ocds-xxxxxx-); it is kept as published</translation>
    </message>
    <message>
        <source>procurementMethod “%1” is outside the OCDS codelist</source>
        <translation>procurementMethod “%1” is outside the OCDS codelist</translation>
    </message>
    <message>
        <source>non-standard fields kept only in the raw release: %1</source>
        <translation>non-standard fields kept only in the raw release: %1</translation>
    </message>
    <message>
        <source>the tender period ends (%1) before it starts (%2)</source>
        <translation>the tender period ends (%1) before it starts (%2)</translation>
    </message>
    <message>
        <source>an award has no id</source>
        <translation>an award has no id</translation>
    </message>
    <message>
        <source>award %1 is dated (%2) before the tender period ends (%3)</source>
        <translation>award %1 is dated (%2) before the tender period ends (%3)</translation>
    </message>
    <message>
        <source>award %1 has only a value with tax</source>
        <translation>award %1 has only a value with tax</translation>
    </message>
    <message>
        <source>contract %1 was signed (%2) before its award is dated (%3)</source>
        <translation>contract %1 was signed (%2) before its award is dated (%3)</translation>
    </message>
    <message>
        <source>a contract has no id</source>
        <translation>a contract has no id</translation>
    </message>
    <message>
        <source>contract %1 has only a value with tax (valueWithTax); it is used as the contract amount</source>
        <translation>contract %1 has only a value with tax (valueWithTax); it is used as the contract amount</translation>
    </message>
    <message>
        <source>contract %1 is in %2 but the tender estimate is in %3: savings cannot be computed</source>
        <translation>contract %1 is in %2 but the tender estimate is in %3: savings cannot be computed</translation>
    </message>
    <message>
        <source>the tender has no value (estimate): savings cannot be computed</source>
        <translation>the tender has no value (estimate): savings cannot be computed</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) lost accented letters before publication (for example “%1”); kept as published</source>
        <translation>
            <numerusform>%n text(s) lost accented letters before publication (for example “%1”); kept as published</numerusform>
            <numerusform>%n text(s) lost accented letters before publication (for example “%1”); kept as published</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the amount “%2” is out of range or not a number; it was not imported (left at 0)</source>
        <translation>%1: the amount “%2” is out of range or not a number; it was not imported (left at 0)</translation>
    </message>
</context>
<context>
    <name>OcdsRedFlags</name>
    <message>
        <source>Single bid in a competitive procedure</source>
        <translation>Single bid in a competitive procedure</translation>
    </message>
    <message>
        <source>Short submission period</source>
        <translation>Short submission period</translation>
    </message>
    <message>
        <source>Non-open procedure</source>
        <translation>Non-open procedure</translation>
    </message>
    <message>
        <source>Award at or near the estimate</source>
        <translation>Award at or near the estimate</translation>
    </message>
    <message>
        <source>Contracts above the reference</source>
        <translation>Contracts above the reference</translation>
    </message>
    <message>
        <source>Contract modified upwards</source>
        <translation>Contract modified upwards</translation>
    </message>
    <message>
        <source>Lowest bid disqualified</source>
        <translation>Lowest bid disqualified</translation>
    </message>
    <message>
        <source>All bids but the winner&apos;s disqualified</source>
        <translation>All bids but the winner&apos;s disqualified</translation>
    </message>
    <message>
        <source>Identical bid prices</source>
        <translation>Identical bid prices</translation>
    </message>
    <message>
        <source>Late bid won</source>
        <translation>Late bid won</translation>
    </message>
    <message>
        <source>Narrow gap between winner and runner-up</source>
        <translation>Narrow gap between winner and runner-up</translation>
    </message>
    <message>
        <source>Connected bidders</source>
        <translation>Connected bidders</translation>
    </message>
    <message>
        <source>Incoherent dates</source>
        <translation>Incoherent dates</translation>
    </message>
    <message>
        <source>Supplier without name or identifier</source>
        <translation>Supplier without name or identifier</translation>
    </message>
    <message>
        <source>Missing key documents</source>
        <translation>Missing key documents</translation>
    </message>
    <message>
        <source>one bidder in a competitive procedure (procurementMethod “%1”)</source>
        <translation>one bidder in a competitive procedure (procurementMethod “%1”)</translation>
    </message>
    <message>
        <source>%1 days from %2 to %3; the minimum is %4 (%5)</source>
        <translation>%1 days from %2 to %3; the minimum is %4 (%5)</translation>
    </message>
    <message>
        <source>procurement method “%1”%2</source>
        <translation>procurement method “%1”%2</translation>
    </message>
    <message>
        <source>awarded %1 against an estimate of %2 (%3 apart)</source>
        <translation>awarded %1 against an estimate of %2 (%3 apart)</translation>
    </message>
    <message>
        <source>contracts total %1 against a reference of %2</source>
        <translation>contracts total %1 against a reference of %2</translation>
    </message>
    <message>
        <source>the lowest bid (%1, %2) was disqualified</source>
        <translation>the lowest bid (%1, %2) was disqualified</translation>
    </message>
    <message numerus="yes">
        <source>%n other bidder(s) disqualified</source>
        <translation>
            <numerusform>%n other bidder(s) disqualified</numerusform>
            <numerusform>%n other bidder(s) disqualified</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bid on %2, after the deadline %3</source>
        <translation>%1 bid on %2, after the deadline %3</translation>
    </message>
    <message>
        <source>runner-up %1 against winner %2</source>
        <translation>runner-up %1 against winner %2</translation>
    </message>
    <message numerus="yes">
        <source>%n bidders offered %1</source>
        <translation>
            <numerusform>%n bidders offered %1</numerusform>
            <numerusform>%n bidders offered %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 share the same %2</source>
        <translation>%1 share the same %2</translation>
    </message>
    <message>
        <source>award %1 (%2) before the tender period ends (%3)</source>
        <translation>award %1 (%2) before the tender period ends (%3)</translation>
    </message>
    <message>
        <source>contract %1 signed (%2) before its award (%3)</source>
        <translation>contract %1 signed (%2) before its award (%3)</translation>
    </message>
    <message>
        <source>contract %1 starts (%2) before its award (%3)</source>
        <translation>contract %1 starts (%2) before its award (%3)</translation>
    </message>
    <message>
        <source>contract %1 starts (%2) before the tender period ends (%3)</source>
        <translation>contract %1 starts (%2) before the tender period ends (%3)</translation>
    </message>
    <message>
        <source>contract %1 paid (%2) before it was signed (%3)</source>
        <translation>contract %1 paid (%2) before it was signed (%3)</translation>
    </message>
    <message>
        <source>the tender period ends (%1) before it starts (%2)</source>
        <translation>the tender period ends (%1) before it starts (%2)</translation>
    </message>
    <message>
        <source>award %1: supplier “%2” (identifier “%3”)</source>
        <translation>award %1: supplier “%2” (identifier “%3”)</translation>
    </message>
    <message>
        <source>tender notice, bidding documents or clarifications</source>
        <translation>tender notice, bidding documents or clarifications</translation>
    </message>
    <message>
        <source>award notice or evaluation report</source>
        <translation>award notice or evaluation report</translation>
    </message>
    <message>
        <source>signed contract</source>
        <translation>signed contract</translation>
    </message>
    <message>
        <source>not published: %1</source>
        <translation>not published: %1</translation>
    </message>
    <message>
        <source>Direct award above its cap</source>
        <translation>Direct award above its cap</translation>
    </message>
    <message>
        <source>Award decided too soon or too late</source>
        <translation>Award decided too soon or too late</translation>
    </message>
    <message>
        <source>direct award of %1 above the %2 cap of %3 (%4); allowed only under an exception other than the amount</source>
        <translation>direct award of %1 above the %2 cap of %3 (%4); allowed only under an exception other than the amount</translation>
    </message>
    <message>
        <source>%1, unverified</source>
        <translation>%1, unverified</translation>
    </message>
    <message>
        <source>%1 working days from %2 to the award on %3; at least %4 expected</source>
        <translation>%1 working days from %2 to the award on %3; at least %4 expected</translation>
    </message>
    <message>
        <source>%1 natural days from %2 to the award on %3; the law allows at most %4 (%5)</source>
        <translation>%1 natural days from %2 to the award on %3; the law allows at most %4 (%5)</translation>
    </message>
    <message>
        <source>contract %1 (%2) is %3 above the award(s) it covers (%4)</source>
        <translation>contract %1 (%2) is %3 above the award(s) it covers (%4)</translation>
    </message>
    <message>
        <source>; beyond the legal ceiling of %1 (%2)</source>
        <translation>; beyond the legal ceiling of %1 (%2)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Add lot</source>
        <translation>Add lot</translation>
    </message>
    <message>
        <source>Remove lot</source>
        <translation>Remove lot</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>New agency</translation>
    </message>
    <message>
        <source>Name of the contracting agency:</source>
        <translation>Name of the contracting agency:</translation>
    </message>
    <message>
        <source>Add agency</source>
        <translation>Add agency</translation>
    </message>
    <message>
        <source>Record the engagement</source>
        <translation>Record the engagement</translation>
    </message>
    <message>
        <source>Not yet recorded: the actual date of the “Final report delivery” stage.</source>
        <translation>Not yet recorded: the actual date of the “Final report delivery” stage.</translation>
    </message>
</context>
<context>
    <name>PactPanel</name>
    <message>
        <source>Select a cell to list its findings.</source>
        <translation>Select a cell to list its findings.</translation>
    </message>
    <message>
        <source>Findings on clause %1 at %2: %3</source>
        <translation>Findings on clause %1 at %2: %3</translation>
    </message>
    <message>
        <source>No. %1 (%2): %3</source>
        <translation>No. %1 (%2): %3</translation>
    </message>
    <message>
        <source>Add signatory</source>
        <translation>Add signatory</translation>
    </message>
    <message>
        <source>Remove signatory</source>
        <translation>Remove signatory</translation>
    </message>
    <message>
        <source>Add clause</source>
        <translation>Add clause</translation>
    </message>
    <message>
        <source>Remove clause</source>
        <translation>Remove clause</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>Clause × stage matrix</source>
        <translation>Clause × stage matrix</translation>
    </message>
    <message>
        <source>Pact clauses</source>
        <translation>Pact clauses</translation>
    </message>
    <message>
        <source>Findings by clause and stage</source>
        <translation>Findings by clause and stage</translation>
    </message>
    <message>
        <source>Findings of the selected cell</source>
        <translation>Findings of the selected cell</translation>
    </message>
    <message>
        <source>New finding here…</source>
        <translation>New finding here…</translation>
    </message>
    <message>
        <source>New finding on this clause and stage</source>
        <translation>New finding on this clause and stage</translation>
    </message>
    <message>
        <source>Each cell: number of findings · worst severity. Click a cell to list its findings.</source>
        <translation>Each cell: number of findings · worst severity. Click a cell to list its findings.</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” could not be written: %2</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist</source>
        <translation>the folder “%1” does not exist</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>it is not a regular file</translation>
    </message>
    <message>
        <source>the document could not be laid out</source>
        <translation>the document could not be laid out</translation>
    </message>
    <message>
        <source>the disk is full or cannot be written to</source>
        <translation>the disk is full or cannot be written to</translation>
    </message>
</context>
<context>
    <name>PdfSignature</name>
    <message>
        <source>The PDF has no page to carry the signature.</source>
        <translation>The PDF has no page to carry the signature.</translation>
    </message>
    <message>
        <source>The PDF is already signed or carries a form; it is not signed again.</source>
        <translation>The PDF is already signed or carries a form; it is not signed again.</translation>
    </message>
    <message>
        <source>This PDF cannot be signed here (%1).</source>
        <translation>This PDF cannot be signed here (%1).</translation>
    </message>
    <message>
        <source>The signature could not be computed with this key.</source>
        <translation>The signature could not be computed with this key.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>The signature is not a CMS signature.</source>
        <translation>The signature is not a CMS signature.</translation>
    </message>
    <message>
        <source>The document was altered after it was signed: its digest no longer matches.</source>
        <translation>The document was altered after it was signed: its digest no longer matches.</translation>
    </message>
    <message>
        <source>The signature&apos;s byte range does not match the file.</source>
        <translation>The signature&apos;s byte range does not match the file.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>The private key does not belong to the certificate.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>The certificate expired on %1.</translation>
    </message>
    <message>
        <source>The certificate is valid only from %1.</source>
        <translation>The certificate is valid only from %1.</translation>
    </message>
    <message>
        <source>%1 is not a certificate (.cer).</source>
        <translation>%1 is not a certificate (.cer).</translation>
    </message>
    <message>
        <source>The password does not open the private key %1, or the file is not a private key (.key).</source>
        <translation>The password does not open the private key %1, or the file is not a private key (.key).</translation>
    </message>
    <message>
        <source>The password does not open %1, or the file is not a PKCS#12 file (.p12, .pfx).</source>
        <translation>The password does not open %1, or the file is not a PKCS#12 file (.p12, .pfx).</translation>
    </message>
</context>
<context>
    <name>ProcedureActions</name>
    <message>
        <source>New procedure</source>
        <translation>New procedure</translation>
    </message>
    <message>
        <source>Add procedure</source>
        <translation>Add procedure</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Duplicate procedure</source>
        <translation>Duplicate procedure</translation>
    </message>
    <message>
        <source>Delete procedure</source>
        <translation>Delete procedure</translation>
    </message>
</context>
<context>
    <name>ProcedureFactsText</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>ProcedureImpactPanel</name>
    <message>
        <source>Lots of %1</source>
        <translation>Lots of %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>No procedure selected.</source>
        <translation>No procedure selected.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Reference: %3 · Budget: %4 · Awarded: %5&lt;br&gt;Savings vs reference: %6 (%7) · vs budget: %8 · Amendments: %9 (%10)&lt;br&gt;Bidders: %11 · valid bids: %12 · rejected: %13 · days publication→opening: %14 · opening→award: %15</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Reference: %3 · Budget: %4 · Awarded: %5&lt;br&gt;Savings vs reference: %6 (%7) · vs budget: %8 · Amendments: %9 (%10)&lt;br&gt;Bidders: %11 · valid bids: %12 · rejected: %13 · days publication→opening: %14 · opening→award: %15</translation>
    </message>
    <message>
        <source>Lots: reference, mean valid bid and award</source>
        <translation>Lots: reference, mean valid bid and award</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export the lots table</source>
        <translation>Export the lots table</translation>
    </message>
    <message>
        <source>Table (CSV)…</source>
        <translation>Table (CSV)…</translation>
    </message>
    <message>
        <source>Table (Excel XLSX)…</source>
        <translation>Table (Excel XLSX)…</translation>
    </message>
</context>
<context>
    <name>ProcedureListModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Current stage</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Open findings</translation>
    </message>
    <message>
        <source>Worst clock</source>
        <translation>Worst clock</translation>
    </message>
    <message>
        <source>Savings %</source>
        <translation>Savings %</translation>
    </message>
</context>
<context>
    <name>ProcedureView</name>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Back to the procedures list (Alt+Left)</source>
        <translation>Back to the procedures list (Alt+Left)</translation>
    </message>
    <message>
        <source>Back to the procedures list</source>
        <translation>Back to the procedures list</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>New finding</translation>
    </message>
    <message>
        <source>The findings panel is not part of this build.</source>
        <translation>The findings panel is not part of this build.</translation>
    </message>
</context>
<context>
    <name>ProceduresPage</name>
    <message>
        <source>Delete procedure</source>
        <translation>Delete procedure</translation>
    </message>
    <message>
        <source>Number, title, agency, stage…</source>
        <translation>Number, title, agency, stage…</translation>
    </message>
    <message>
        <source>Search procedures</source>
        <translation>Search procedures</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Delete the procedure “%1” with its stages and findings?
You can undo this with Edit ▸ Undo.</source>
        <translation>Delete the procedure “%1” with its stages and findings?
You can undo this with Edit ▸ Undo.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No procedures yet.&lt;/b&gt; Add one with &lt;b&gt;Add…&lt;/b&gt; below (Ctrl+Shift+N), or import published data with &lt;b&gt;File ▸ Import OCDS…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No procedures yet.&lt;/b&gt; Add one with &lt;b&gt;Add…&lt;/b&gt; below (Ctrl+Shift+N), or import published data with &lt;b&gt;File ▸ Import OCDS…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Welcome.&lt;/b&gt; First enter your details once with &lt;b&gt;File ▸ Witness profile…&lt;/b&gt;; then add a procedure with &lt;b&gt;Add…&lt;/b&gt; below (Ctrl+Shift+N) or import published data with &lt;b&gt;File ▸ Import OCDS…&lt;/b&gt;. &lt;b&gt;Help ▸ Getting started&lt;/b&gt; (F1) explains the rest.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Welcome.&lt;/b&gt; First enter your details once with &lt;b&gt;File ▸ Witness profile…&lt;/b&gt;; then add a procedure with &lt;b&gt;Add…&lt;/b&gt; below (Ctrl+Shift+N) or import published data with &lt;b&gt;File ▸ Import OCDS…&lt;/b&gt;. &lt;b&gt;Help ▸ Getting started&lt;/b&gt; (F1) explains the rest.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fi&amp;lter the list:</source>
        <translation>Fi&amp;lter the list:</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>is not a regular file (it is a folder, a pipe or a device)</source>
        <translation>is not a regular file (it is a folder, a pipe or a device)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>is not OCDS: its top level is not a JSON object</source>
        <translation>is not OCDS: its top level is not a JSON object</translation>
    </message>
    <message>
        <source>is not well-formed JSON (an unexpected “%1”)</source>
        <translation>is not well-formed JSON (an unexpected “%1”)</translation>
    </message>
    <message>
        <source>is not OCDS: it holds something other than JSON objects</source>
        <translation>is not OCDS: it holds something other than JSON objects</translation>
    </message>
    <message>
        <source>is truncated or not well-formed JSON: it ends inside an unfinished value</source>
        <translation>is truncated or not well-formed JSON: it ends inside an unfinished value</translation>
    </message>
    <message>
        <source>is empty: it holds no JSON value</source>
        <translation>is empty: it holds no JSON value</translation>
    </message>
    <message>
        <source>element %1 of top-level value %2 is %3</source>
        <translation>element %1 of top-level value %2 is %3</translation>
    </message>
    <message>
        <source>top-level value %1 is %2</source>
        <translation>top-level value %1 is %2</translation>
    </message>
    <message>
        <source>is JSON but not OCDS: no release, record or package was found in it</source>
        <translation>is JSON but not OCDS: no release, record or package was found in it</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>release package</source>
        <translation>release package</translation>
    </message>
    <message>
        <source>record package</source>
        <translation>record package</translation>
    </message>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <source>release</source>
        <translation>release</translation>
    </message>
    <message>
        <source>record %1: only linked releases and no compiled release; nothing to import</source>
        <translation>record %1: only linked releases and no compiled release; nothing to import</translation>
    </message>
    <message>
        <source>(without ocid)</source>
        <translation>(without ocid)</translation>
    </message>
    <message>
        <source>a record without an ocid was skipped</source>
        <translation>a record without an ocid was skipped</translation>
    </message>
    <message>
        <source>a release without an ocid was skipped (id “%1”)</source>
        <translation>a release without an ocid was skipped (id “%1”)</translation>
    </message>
    <message>
        <source>top-level value %1 is not OCDS and was skipped</source>
        <translation>top-level value %1 is not OCDS and was skipped</translation>
    </message>
</context>
<context>
    <name>RecordDelegate</name>
    <message>
        <source>“%1” is not an amount: type digits, with a point before the centavos (1,234.50).</source>
        <translation>“%1” is not an amount: type digits, with a point before the centavos (1,234.50).</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
</context>
<context>
    <name>RedFlagsPanel</name>
    <message>
        <source>Red flags</source>
        <translation>Red flags</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Red flag</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Reason for the decision</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Confirm as finding</source>
        <translation>Confirm as finding</translation>
    </message>
    <message>
        <source>Confirm the selected flag as a finding</source>
        <translation>Confirm the selected flag as a finding</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss the selected flag</source>
        <translation>Dismiss the selected flag</translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation>Confirmed: %1</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>Dismissed: %1</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Choose a procedure to see its red flags.</source>
        <translation>Choose a procedure to see its red flags.</translation>
    </message>
    <message>
        <source>No red flags: nothing in this procedure&apos;s data matches a known risk pattern.</source>
        <translation>No red flags: nothing in this procedure&apos;s data matches a known risk pattern.</translation>
    </message>
    <message numerus="yes">
        <source>%n red flag(s). They are leads, not conclusions: confirm each one that your own observation supports, and dismiss the others with a reason.</source>
        <translation>
            <numerusform>%n red flag(s). They are leads, not conclusions: confirm each one that your own observation supports, and dismiss the others with a reason.</numerusform>
            <numerusform>%n red flag(s). They are leads, not conclusions: confirm each one that your own observation supports, and dismiss the others with a reason.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm red flag</source>
        <translation>Confirm red flag</translation>
    </message>
    <message>
        <source>Dismiss red flag</source>
        <translation>Dismiss red flag</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>No stage</source>
        <translation>No stage</translation>
    </message>
    <message>
        <source>No data recorded yet.</source>
        <translation>No data recorded yet.</translation>
    </message>
    <message>
        <source>Amounts in MXN</source>
        <translation>Amounts in MXN</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Savings</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Savings by year</source>
        <translation>Savings by year</translation>
    </message>
    <message>
        <source>Savings are the reference price (median of the market research) minus the awarded amount, added per lot over the procedures awarded in each year; nominal pesos, foreign currencies at the FIX rate of the award date. Procedures without a reference price or award are left out.</source>
        <translation>Savings are the reference price (median of the market research) minus the awarded amount, added per lot over the procedures awarded in each year; nominal pesos, foreign currencies at the FIX rate of the award date. Procedures without a reference price or award are left out.</translation>
    </message>
    <message>
        <source>Findings by category</source>
        <translation>Findings by category</translation>
    </message>
    <message>
        <source>Count of the findings recorded by the social witnesses, by category of the catalogue (deleted findings excluded).</source>
        <translation>Count of the findings recorded by the social witnesses, by category of the catalogue (deleted findings excluded).</translation>
    </message>
    <message>
        <source>Findings by stage</source>
        <translation>Findings by stage</translation>
    </message>
    <message>
        <source>Count of the findings by the procedure stage in which they were raised; findings without a stage are shown as “No stage”.</source>
        <translation>Count of the findings by the procedure stage in which they were raised; findings without a stage are shown as “No stage”.</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>Findings by severity</translation>
    </message>
    <message>
        <source>Count of the findings by severity as assessed by the witness.</source>
        <translation>Count of the findings by severity as assessed by the witness.</translation>
    </message>
    <message>
        <source>Findings by pact clause and stage</source>
        <translation>Findings by pact clause and stage</translation>
    </message>
    <message>
        <source>Each cell counts the findings that cite the Integrity Pact clause (row) and were raised in the stage (column); darker cells hold more findings.</source>
        <translation>Each cell counts the findings that cite the Integrity Pact clause (row) and were raised in the stage (column); darker cells hold more findings.</translation>
    </message>
    <message>
        <source>Monitored procedures</source>
        <translation>Monitored procedures</translation>
    </message>
    <message>
        <source>One row per monitored procedure: awarded amount and savings against the reference price as recorded in the case files; “—” when not known.</source>
        <translation>One row per monitored procedure: awarded amount and savings against the reference price as recorded in the case files; “—” when not known.</translation>
    </message>
    <message>
        <source>Analytical Review Report</source>
        <translation>Analytical Review Report</translation>
    </message>
    <message>
        <source>Social witnesses in public procurement under Integrity Pacts</source>
        <translation>Social witnesses in public procurement under Integrity Pacts</translation>
    </message>
    <message>
        <source>%1 procedures · %2 findings</source>
        <translation>%1 procedures · %2 findings</translation>
    </message>
    <message>
        <source>Printed on %1 from record %2.</source>
        <translation>Printed on %1 from record %2.</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Author: %1</translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>Reviewer: %1</translation>
    </message>
    <message>
        <source>Table %1. %2</source>
        <translation>Table %1. %2</translation>
    </message>
    <message>
        <source>Figure %1. %2</source>
        <translation>Figure %1. %2</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Appendix. Monitored procedures</source>
        <translation>Appendix. Monitored procedures</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Testimony</translation>
    </message>
    <message>
        <source>Methodology of the figures and tables</source>
        <translation>Methodology of the figures and tables</translation>
    </message>
    <message>
        <source>Figures and tables are computed from the merged case files when the report is assembled.</source>
        <translation>Figures and tables are computed from the merged case files when the report is assembled.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Record %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Executive summary</translation>
    </message>
    <message>
        <source>Results in figures</source>
        <translation>Results in figures</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>The report covers %n monitored procedure(s).</source>
        <translation>
            <numerusform>The report covers %n monitored procedure.</numerusform>
            <numerusform>The report covers %n monitored procedures.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of them have an award or a contract, for %2 in total.</source>
        <translation>%1 of them have an award or a contract, for %2 in total.</translation>
    </message>
    <message>
        <source>Savings against the reference price add up to %1 (%2 of the reference of the awarded lots).</source>
        <translation>Savings against the reference price add up to %1 (%2 of the reference of the awarded lots).</translation>
    </message>
    <message>
        <source>In pesos of %1 (INPC) they are %2.</source>
        <translation>In pesos of %1 (INPC) they are %2.</translation>
    </message>
    <message>
        <source>Against the authorised budget, savings add up to %1 (%2).</source>
        <translation>Against the authorised budget, savings add up to %1 (%2).</translation>
    </message>
    <message>
        <source>No bidders are recorded yet.</source>
        <translation>No bidders are recorded yet.</translation>
    </message>
    <message>
        <source>A procedure had %1 registered bidders on average; %2 of the lots with bids received a single bid.</source>
        <translation>A procedure had %1 registered bidders on average; %2 of the lots with bids received a single bid.</translation>
    </message>
    <message numerus="yes">
        <source>The witnesses made %n recommendation(s) to the agencies.</source>
        <translation>
            <numerusform>The witnesses made %n recommendation to the agencies.</numerusform>
            <numerusform>The witnesses made %n recommendations to the agencies.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 were addressed (%2), %3 partly and %4 not.</source>
        <translation>%1 were addressed (%2), %3 partly and %4 not.</translation>
    </message>
    <message>
        <source>The agencies answered in %1 days on average (median %2 days).</source>
        <translation>The agencies answered in %1 days on average (median %2 days).</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) were referred to an oversight body.</source>
        <translation>
            <numerusform>%n finding was referred to an oversight body.</numerusform>
            <numerusform>%n findings were referred to an oversight body.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the bidders signed the Integrity Pact; %2 disclosed their ties and %3 declared a conflict of interest.</source>
        <translation>%1 of the bidders signed the Integrity Pact; %2 disclosed their ties and %3 declared a conflict of interest.</translation>
    </message>
    <message>
        <source>With an award or contract</source>
        <translation>With an award or contract</translation>
    </message>
    <message>
        <source>Amount awarded or contracted</source>
        <translation>Amount awarded or contracted</translation>
    </message>
    <message>
        <source>Savings against the reference price</source>
        <translation>Savings against the reference price</translation>
    </message>
    <message>
        <source>The same savings in pesos of %1</source>
        <translation>The same savings in pesos of %1</translation>
    </message>
    <message>
        <source>Savings against the authorised budget</source>
        <translation>Savings against the authorised budget</translation>
    </message>
    <message>
        <source>Procedures with bidders</source>
        <translation>Procedures with bidders</translation>
    </message>
    <message>
        <source>Registered bidders per procedure (mean)</source>
        <translation>Registered bidders per procedure (mean)</translation>
    </message>
    <message>
        <source>Lots that received a single bid</source>
        <translation>Lots that received a single bid</translation>
    </message>
    <message>
        <source>Recommendations made</source>
        <translation>Recommendations made</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>Addressed</translation>
    </message>
    <message>
        <source>Partly addressed</source>
        <translation>Partly addressed</translation>
    </message>
    <message>
        <source>Not addressed</source>
        <translation>Not addressed</translation>
    </message>
    <message>
        <source>Awaiting a response</source>
        <translation>Awaiting a response</translation>
    </message>
    <message>
        <source>Agency response time, mean / median / longest</source>
        <translation>Agency response time, mean / median / longest</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 days</source>
        <translation>%1 / %2 / %3 days</translation>
    </message>
    <message>
        <source>Findings referred to an oversight body</source>
        <translation>Findings referred to an oversight body</translation>
    </message>
    <message>
        <source>Bidders that signed the Integrity Pact</source>
        <translation>Bidders that signed the Integrity Pact</translation>
    </message>
    <message>
        <source>Bidders that disclosed their ties</source>
        <translation>Bidders that disclosed their ties</translation>
    </message>
    <message>
        <source>Declared conflicts of interest</source>
        <translation>Declared conflicts of interest</translation>
    </message>
    <message>
        <source>Officials that signed the Integrity Pact</source>
        <translation>Officials that signed the Integrity Pact</translation>
    </message>
    <message>
        <source>Economic impact</source>
        <translation>Economic impact</translation>
    </message>
    <message>
        <source>Amounts in MXN; other currencies at the Banxico FIX of the award date. Real terms: nominal × INPC(%1) / INPC(month of the award), INPC of INEGI, base second half of July 2018 = 100. Savings and their bases count only the awarded lots.</source>
        <translation>Amounts in MXN; other currencies at the Banxico FIX of the award date. Real terms: nominal × INPC(%1) / INPC(month of the award), INPC of INEGI, base second half of July 2018 = 100. Savings and their bases count only the awarded lots.</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Competition</translation>
    </message>
    <message>
        <source>Social results</source>
        <translation>Social results</translation>
    </message>
    <message>
        <source>Response time: days from the date a finding was raised to the date of the agency&apos;s response, over the findings that have both.</source>
        <translation>Response time: days from the date a finding was raised to the date of the agency&apos;s response, over the findings that have both.</translation>
    </message>
    <message>
        <source>Collective Action</source>
        <translation>Collective Action</translation>
    </message>
    <message numerus="yes">
        <source>Shading: white, no finding; the darkest cell, %n finding(s). Rows: clauses of the Integrity Pact; columns: stages of the procedure.</source>
        <translation>
            <numerusform>Shading: white, no finding; the darkest cell, %n finding. Rows: clauses of the Integrity Pact; columns: stages of the procedure.</numerusform>
            <numerusform>Shading: white, no finding; the darkest cell, %n findings. Rows: clauses of the Integrity Pact; columns: stages of the procedure.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Text of the clause</source>
        <translation>Text of the clause</translation>
    </message>
    <message>
        <source>New chapter</source>
        <translation>New chapter</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Analytical Review Report</source>
        <translation>Analytical Review Report</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Page shown</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Page:</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Page preview</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <source>Bidders</source>
        <translation>Bidders</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Narratives</source>
        <translation>Narratives</translation>
    </message>
    <message>
        <source>Stage notes</source>
        <translation>Stage notes</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
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
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Sign with e.firma</source>
        <translation>Sign with e.firma</translation>
    </message>
    <message>
        <source>&amp;Certificate (.cer) or PKCS#12 (.p12, .pfx):</source>
        <translation>&amp;Certificate (.cer) or PKCS#12 (.p12, .pfx):</translation>
    </message>
    <message>
        <source>Certificates (*.cer *.p12 *.pfx)</source>
        <translation>Certificates (*.cer *.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Private &amp;key (.key):</source>
        <translation>Private &amp;key (.key):</translation>
    </message>
    <message>
        <source>Private keys (*.key)</source>
        <translation>Private keys (*.key)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <source>The testimony is printed with your name in its signature block and signed with your e.firma. The password is not stored.</source>
        <translation>The testimony is printed with your name in its signature block and signed with your e.firma. The password is not stored.</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>Your signing key “%1” cannot be read; nothing was saved. Restore it from your backup.</source>
        <translation>Your signing key “%1” cannot be read; nothing was saved. Restore it from your backup.</translation>
    </message>
    <message>
        <source>Your signing key cannot be created in “%1”; nothing was saved.</source>
        <translation>Your signing key cannot be created in “%1”; nothing was saved.</translation>
    </message>
    <message>
        <source>Your signing key cannot be read back from “%1”; nothing was saved.</source>
        <translation>Your signing key cannot be read back from “%1”; nothing was saved.</translation>
    </message>
    <message>
        <source>Your signing key cannot be written to “%1”; nothing was saved.</source>
        <translation>Your signing key cannot be written to “%1”; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>StageListModel</name>
    <message>
        <source>%1 (round %2)</source>
        <translation>%1 (round %2)</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>planned %1</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <source>Choose a stage</source>
        <translation>Choose a stage</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>%1 has no stage sequences.</source>
        <translation>%1 has no stage sequences.</translation>
    </message>
    <message>
        <source>%1: sequence “%2” names an unknown stage or checklist “%3”.</source>
        <translation>%1: sequence “%2” names an unknown stage or checklist “%3”.</translation>
    </message>
    <message>
        <source>%1 has no pact clauses.</source>
        <translation>%1 has no pact clauses.</translation>
    </message>
    <message>
        <source>%1 has no finding categories.</source>
        <translation>%1 has no finding categories.</translation>
    </message>
</context>
<context>
    <name>Testigo::Ui::BiddersPanel</name>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>RFC:</source>
        <translation>RFC:</translation>
    </message>
    <message>
        <source>Legal person (persona moral)</source>
        <translation>Legal person (persona moral)</translation>
    </message>
    <message>
        <source>Natural person (persona física)</source>
        <translation>Natural person (persona física)</translation>
    </message>
    <message>
        <source>Invalid RFC</source>
        <translation>Invalid RFC</translation>
    </message>
</context>
<context>
    <name>Testigo::Ui::FindingEditor</name>
    <message>
        <source>Stage:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <source>Raised on:</source>
        <translation>Raised on:</translation>
    </message>
    <message>
        <source>Pact clauses:</source>
        <translation>Pact clauses:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>Recommendation:</translation>
    </message>
    <message>
        <source>Agency response:</source>
        <translation>Agency response:</translation>
    </message>
    <message>
        <source>Response date:</source>
        <translation>Response date:</translation>
    </message>
    <message>
        <source>Follow-up status:</source>
        <translation>Follow-up status:</translation>
    </message>
    <message>
        <source>Escalated to:</source>
        <translation>Escalated to:</translation>
    </message>
    <message>
        <source>Escalation date:</source>
        <translation>Escalation date:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
</context>
<context>
    <name>Testigo::Ui::Record</name>
    <message>
        <source>Lot %1</source>
        <translation>Lot %1</translation>
    </message>
    <message>
        <source>Lot %1: %2</source>
        <translation>Lot %1: %2</translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation>%1 (round %2)</translation>
    </message>
</context>
<context>
    <name>Testigo::Ui::RecordTableModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>RFC</source>
        <translation>RFC</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signed the pact</source>
        <translation>Signed the pact</translation>
    </message>
    <message>
        <source>Ties disclosed</source>
        <translation>Ties disclosed</translation>
    </message>
    <message>
        <source>Conflict declared</source>
        <translation>Conflict declared</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Technical result</source>
        <translation>Technical result</translation>
    </message>
    <message>
        <source>Economic result</source>
        <translation>Economic result</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <source>Awarded to</source>
        <translation>Awarded to</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Declared void</source>
        <translation>Declared void</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Change in amount</source>
        <translation>Change in amount</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Text (Spanish)</source>
        <translation>Text (Spanish)</translation>
    </message>
    <message>
        <source>Text (English)</source>
        <translation>Text (English)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Extent</translation>
    </message>
    <message>
        <source>Lot (— whole procedure)</source>
        <translation>Lot (— whole procedure)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Procedure suspended</source>
        <translation>Procedure suspended</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Resolved on</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>Description (English)</translation>
    </message>
    <message>
        <source>Reason (English)</source>
        <translation>Reason (English)</translation>
    </message>
    <message>
        <source>Notes (English)</source>
        <translation>Notes (English)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Reference price</source>
        <translation>Reference price</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Published on</translation>
    </message>
</context>
<context>
    <name>Testimony</name>
    <message>
        <source>(round %1)</source>
        <translation>(round %1)</translation>
    </message>
    <message>
        <source>Economic results</source>
        <translation>Economic results</translation>
    </message>
    <message>
        <source>Authorised budget</source>
        <translation>Authorised budget</translation>
    </message>
    <message>
        <source>Reference price (market research)</source>
        <translation>Reference price (market research)</translation>
    </message>
    <message>
        <source>Awarded amount</source>
        <translation>Awarded amount</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Savings</translation>
    </message>
    <message>
        <source>Bidders</source>
        <translation>Bidders</translation>
    </message>
    <message>
        <source>Compliant proposals</source>
        <translation>Compliant proposals</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Amounts in %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Social witness</source>
        <translation>Social witness</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>Registry number</translation>
    </message>
    <message>
        <source>Record digest at printing: %1</source>
        <translation>Record digest at printing: %1</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <source>Annex A. Documentary evidence</source>
        <translation>Annex A. Documentary evidence</translation>
    </message>
    <message>
        <source>No evidence is attached to the record.</source>
        <translation>No evidence is attached to the record.</translation>
    </message>
    <message>
        <source>Each file is kept in the case record; its SHA-256 digest identifies it exactly.</source>
        <translation>Each file is kept in the case record; its SHA-256 digest identifies it exactly.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Annex B. Signatories of the Integrity Pact</source>
        <translation>Annex B. Signatories of the Integrity Pact</translation>
    </message>
    <message>
        <source>No signatories are recorded.</source>
        <translation>No signatories are recorded.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>No social witness is recorded for this procedure.</source>
        <translation>No social witness is recorded for this procedure.</translation>
    </message>
    <message>
        <source>The witness&apos;s registry number is missing.</source>
        <translation>The witness&apos;s registry number is missing.</translation>
    </message>
    <message>
        <source>The designation letter is not recorded.</source>
        <translation>The designation letter is not recorded.</translation>
    </message>
    <message>
        <source>The place of the testimony is not recorded.</source>
        <translation>The place of the testimony is not recorded.</translation>
    </message>
    <message>
        <source>No background written in %1.</source>
        <translation>No background written in %1.</translation>
    </message>
    <message>
        <source>No executive summary written in %1.</source>
        <translation>No executive summary written in %1.</translation>
    </message>
    <message>
        <source>No conclusions written in %1.</source>
        <translation>No conclusions written in %1.</translation>
    </message>
    <message>
        <source>Stage “%1” has no actual date.</source>
        <translation>Stage “%1” has no actual date.</translation>
    </message>
    <message>
        <source>Observations without the agency&apos;s response: %1.</source>
        <translation>Observations without the agency&apos;s response: %1.</translation>
    </message>
    <message>
        <source>No signatories of the Integrity Pact are recorded.</source>
        <translation>No signatories of the Integrity Pact are recorded.</translation>
    </message>
    <message>
        <source>Budget, reference price and awarded amount per lot</source>
        <translation>Budget, reference price and awarded amount per lot</translation>
    </message>
    <message>
        <source>No amounts recorded yet.</source>
        <translation>No amounts recorded yet.</translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation>Lot %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Final report of the social witness</source>
        <translation>Final report of the social witness</translation>
    </message>
    <message>
        <source>Testimony of the social witness</source>
        <translation>Testimony of the social witness</translation>
    </message>
    <message>
        <source>dated %1</source>
        <translation>dated %1</translation>
    </message>
    <message>
        <source>Designation letter</source>
        <translation>Designation letter</translation>
    </message>
    <message>
        <source>Designated by</source>
        <translation>Designated by</translation>
    </message>
    <message>
        <source>Contracting agency</source>
        <translation>Contracting agency</translation>
    </message>
    <message>
        <source>Procedure number</source>
        <translation>Procedure number</translation>
    </message>
    <message>
        <source>Legal regime</source>
        <translation>Legal regime</translation>
    </message>
    <message>
        <source>Procedure type</source>
        <translation>Procedure type</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Place and date</translation>
    </message>
    <message>
        <source>Generated by Testigo from the case record. Record digest (audit chain head at printing): %1</source>
        <translation>Generated by Testigo from the case record. Record digest (audit chain head at printing): %1</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Executive summary</translation>
    </message>
    <message>
        <source>Chronological account</source>
        <translation>Chronological account</translation>
    </message>
    <message>
        <source>No stages are recorded for this procedure.</source>
        <translation>No stages are recorded for this procedure.</translation>
    </message>
    <message>
        <source>Not applicable to this procedure.</source>
        <translation>Not applicable to this procedure.</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <source>Actual date</source>
        <translation>Actual date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Minutes (acta)</source>
        <translation>Minutes (acta)</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>No facts recorded.</source>
        <translation>No facts recorded.</translation>
    </message>
    <message>
        <source>Observations raised at this stage</source>
        <translation>Observations raised at this stage</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Observation %1 (%2): %3</source>
        <translation>Observation %1 (%2): %3</translation>
    </message>
    <message>
        <source>No response recorded.</source>
        <translation>No response recorded.</translation>
    </message>
    <message>
        <source>Agency&apos;s response</source>
        <translation>Agency&apos;s response</translation>
    </message>
    <message>
        <source>Legal clocks</source>
        <translation>Legal clocks</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>The witness raised no observations in this procedure.</source>
        <translation>The witness raised no observations in this procedure.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Observation and recommendation</source>
        <translation>Observation and recommendation</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Recommendations and follow-up</source>
        <translation>Recommendations and follow-up</translation>
    </message>
    <message>
        <source>Referred to: %1</source>
        <translation>Referred to: %1</translation>
    </message>
    <message>
        <source>No recommendations were made.</source>
        <translation>No recommendations were made.</translation>
    </message>
    <message>
        <source>Response date</source>
        <translation>Response date</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>complied with</source>
        <translation>complied with</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>not complied with</source>
        <translation>not complied with</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>no start date recorded</source>
        <translation>no start date recorded</translation>
    </message>
    <message>
        <source>%1 of at least %2 business days</source>
        <translation>%1 of at least %2 business days</translation>
    </message>
    <message>
        <source>%1 of at least %2 natural days</source>
        <translation>%1 of at least %2 natural days</translation>
    </message>
    <message>
        <source>%1 of at most %2 business days</source>
        <translation>%1 of at most %2 business days</translation>
    </message>
    <message>
        <source>%1 of at most %2 natural days</source>
        <translation>%1 of at most %2 natural days</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>deadline %1</translation>
    </message>
    <message>
        <source>(planned dates)</source>
        <translation>(planned dates)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>overdue, no actual date recorded</source>
        <translation>overdue, no actual date recorded</translation>
    </message>
    <message>
        <source>earliest lawful date %1</source>
        <translation>earliest lawful date %1</translation>
    </message>
    <message>
        <source>No legal clocks are computed for this procedure: the rules of its regime (%1) set none in Testigo.</source>
        <translation>No legal clocks are computed for this procedure: the rules of its regime (%1) set none in Testigo.</translation>
    </message>
    <message>
        <source>(English original)</source>
        <translation>(English original)</translation>
    </message>
    <message>
        <source>(Spanish original)</source>
        <translation>(Spanish original)</translation>
    </message>
    <message>
        <source>DRAFT. This document is final only when nothing is missing:</source>
        <translation>DRAFT. This document is final only when nothing is missing:</translation>
    </message>
    <message>
        <source>… and %1 more (see the list of missing parts).</source>
        <translation>… and %1 more (see the list of missing parts).</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Unsigned</translation>
    </message>
    <message>
        <source>Signed with the e.firma (advanced electronic signature) of %1, certificate no. %2. The signature is embedded in this PDF file.</source>
        <translation>Signed with the e.firma (advanced electronic signature) of %1, certificate no. %2. The signature is embedded in this PDF file.</translation>
    </message>
    <message>
        <source>The background is not yet written in %1 (the original is printed).</source>
        <translation>The background is not yet written in %1 (the original is printed).</translation>
    </message>
    <message>
        <source>The executive summary is not yet written in %1 (the original is printed).</source>
        <translation>The executive summary is not yet written in %1 (the original is printed).</translation>
    </message>
    <message>
        <source>The conclusions are not yet written in %1 (the original is printed).</source>
        <translation>The conclusions are not yet written in %1 (the original is printed).</translation>
    </message>
    <message>
        <source>The document has no date: record the actual date of the final report&apos;s delivery.</source>
        <translation>The document has no date: record the actual date of the final report&apos;s delivery.</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <source>Procedure %1 · Record %2 · Printed on %3</source>
        <translation>Procedure %1 · Record %2 · Printed on %3</translation>
    </message>
    <message>
        <source>Interim report of the social witness</source>
        <translation>Interim report of the social witness</translation>
    </message>
    <message>
        <source>Reports up to</source>
        <translation>Reports up to</translation>
    </message>
    <message>
        <source>Savings against the reference price</source>
        <translation>Savings against the reference price</translation>
    </message>
    <message>
        <source>Savings against the budget</source>
        <translation>Savings against the budget</translation>
    </message>
    <message>
        <source>Compliant proposals, summed over the lots</source>
        <translation>Compliant proposals, summed over the lots</translation>
    </message>
    <message>
        <source>The social witness takes part under article 38 of the Law on Acquisitions, Leases and Services of the Public Sector (LAASSP, in force since 17 April 2025).</source>
        <translation>The social witness takes part under article 38 of the Law on Acquisitions, Leases and Services of the Public Sector (LAASSP, in force since 17 April 2025).</translation>
    </message>
    <message>
        <source>The social witness takes part under article 26 Ter of the Law on Acquisitions, Leases and Services of the Public Sector (LAASSP) in force before 17 April 2025.</source>
        <translation>The social witness takes part under article 26 Ter of the Law on Acquisitions, Leases and Services of the Public Sector (LAASSP) in force before 17 April 2025.</translation>
    </message>
    <message>
        <source>The social witness takes part under article 27 Bis of the Law on Public Works and Related Services (LOPSRM).</source>
        <translation>The social witness takes part under article 27 Bis of the Law on Public Works and Related Services (LOPSRM).</translation>
    </message>
    <message>
        <source>The social witness takes part under an Integrity Pact that the agency and the bidders signed voluntarily.</source>
        <translation>The social witness takes part under an Integrity Pact that the agency and the bidders signed voluntarily.</translation>
    </message>
    <message>
        <source>The social witness takes part under the applicable state law.</source>
        <translation>The social witness takes part under the applicable state law.</translation>
    </message>
    <message>
        <source>No stage of the procedure has an actual date yet.</source>
        <translation>No stage of the procedure has an actual date yet.</translation>
    </message>
    <message numerus="yes">
        <source>The witness accompanied %n stage(s) of the procedure, from %1 to %2.</source>
        <translation>
            <numerusform>The witness accompanied %n stage of the procedure, from %1 to %2.</numerusform>
            <numerusform>The witness accompanied %n stages of the procedure, from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was delivered to the Secretaría on %1.</source>
        <translation>The report was delivered to the Secretaría on %1.</translation>
    </message>
    <message numerus="yes">
        <source>An Integrity Pact was signed in this procedure (%n signatory(ies), Annex B).</source>
        <translation>
            <numerusform>An Integrity Pact was signed in this procedure (%n signatory, Annex B).</numerusform>
            <numerusform>An Integrity Pact was signed in this procedure (%n signatories, Annex B).</numerusform>
        </translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message numerus="yes">
        <source>The witness raised %n observation(s), numbered below in the order they were recorded.</source>
        <translation>
            <numerusform>The witness raised %n observation, given below.</numerusform>
            <numerusform>The witness raised %n observations, numbered below in the order they were recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up of the %n recommendation(s) made to the agency (%1).</source>
        <translation>
            <numerusform>Follow-up of the recommendation made to the agency (%1).</numerusform>
            <numerusform>Follow-up of the %n recommendations made to the agency (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 proposals compliant</source>
        <translation>%1 of %2 proposals compliant</translation>
    </message>
    <message>
        <source>delivery date not yet recorded</source>
        <translation>delivery date not yet recorded</translation>
    </message>
    <message>
        <source>Minimum periods</source>
        <translation>Minimum periods</translation>
    </message>
    <message>
        <source>Maximum periods</source>
        <translation>Maximum periods</translation>
    </message>
    <message>
        <source>Earliest lawful date</source>
        <translation>Earliest lawful date</translation>
    </message>
    <message>
        <source>Cancellations and void declarations</source>
        <translation>Cancellations and void declarations</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>no reason recorded</translation>
    </message>
    <message>
        <source>%1 (%2) of the whole procedure on %3: %4</source>
        <translation>%1 (%2) of the whole procedure on %3: %4</translation>
    </message>
    <message>
        <source>%1 (%2) of lot %3 on %4: %5</source>
        <translation>%1 (%2) of lot %3 on %4: %5</translation>
    </message>
    <message>
        <source>Inconformidades (bid protests)</source>
        <translation>Inconformidades (bid protests)</translation>
    </message>
    <message>
        <source>an unnamed bidder</source>
        <translation>an unnamed bidder</translation>
    </message>
    <message>
        <source>Filed by %1 on %2 before %3. Outcome: %4.</source>
        <translation>Filed by %1 on %2 before %3. Outcome: %4.</translation>
    </message>
    <message>
        <source>an authority not recorded</source>
        <translation>an authority not recorded</translation>
    </message>
    <message>
        <source>Resolved on %1.</source>
        <translation>Resolved on %1.</translation>
    </message>
    <message>
        <source>The procedure was suspended while it was pending.</source>
        <translation>The procedure was suspended while it was pending.</translation>
    </message>
    <message>
        <source>The procedure was not suspended.</source>
        <translation>The procedure was not suspended.</translation>
    </message>
    <message>
        <source>Rounds of the competitive dialogue</source>
        <translation>Rounds of the competitive dialogue</translation>
    </message>
    <message>
        <source>The version of the law that governs this procedure provides for no competitive dialogue.</source>
        <translation>The version of the law that governs this procedure provides for no competitive dialogue.</translation>
    </message>
    <message>
        <source>Only the bodies the law names (%1, %2) may run a competitive dialogue; the contracting agency is not one of them.</source>
        <translation>Only the bodies the law names (%1, %2) may run a competitive dialogue; the contracting agency is not one of them.</translation>
    </message>
    <message>
        <source>(unverified)</source>
        <translation>(unverified)</translation>
    </message>
    <message>
        <source>No round of the dialogue is recorded.</source>
        <translation>No round of the dialogue is recorded.</translation>
    </message>
    <message>
        <source>Round %1 (%2). Participants: %3.</source>
        <translation>Round %1 (%2). Participants: %3.</translation>
    </message>
    <message>
        <source>Events of the procedure</source>
        <translation>Events of the procedure</translation>
    </message>
    <message>
        <source>Delivered to the Secretaría</source>
        <translation>Delivered to the Secretaría</translation>
    </message>
    <message>
        <source>Published on the Plataforma (ComprasMX)</source>
        <translation>Published on the Plataforma (ComprasMX)</translation>
    </message>
    <message>
        <source>%1 not yet written in %2 (the original is printed): %3.</source>
        <translation>%1 not yet written in %2 (the original is printed): %3.</translation>
    </message>
    <message>
        <source>The procedure&apos;s title and object</source>
        <translation>The procedure&apos;s title and object</translation>
    </message>
    <message>
        <source>Descriptions of lots</source>
        <translation>Descriptions of lots</translation>
    </message>
    <message>
        <source>Attendance at stages</source>
        <translation>Attendance at stages</translation>
    </message>
    <message>
        <source>Facts of stages</source>
        <translation>Facts of stages</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Agency&apos;s responses</source>
        <translation>Agency&apos;s responses</translation>
    </message>
    <message>
        <source>Texts of the procedure&apos;s events</source>
        <translation>Texts of the procedure&apos;s events</translation>
    </message>
</context>
<context>
    <name>TestimonyDialog</name>
    <message>
        <source>Testimony</source>
        <translation>Testimony</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Document &amp;language:</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Document language</translation>
    </message>
    <message>
        <source>Missing parts</source>
        <translation>Missing parts</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <source>Still missing (the testimony can be printed as a draft):</source>
        <translation>Still missing (the testimony can be printed as a draft):</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Nothing is missing.</translation>
    </message>
    <message>
        <source>Export testimony</source>
        <translation>Export testimony</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>&amp;Sign PDF with e.firma…</source>
        <translation>&amp;Sign PDF with e.firma…</translation>
    </message>
    <message>
        <source>Sign testimony</source>
        <translation>Sign testimony</translation>
    </message>
    <message>
        <source>Testimony written to %1</source>
        <translation>Testimony written to %1</translation>
    </message>
    <message>
        <source>Go to the field that fills this part</source>
        <translation>Go to the field that fills this part</translation>
    </message>
</context>
<context>
    <name>WitnessProfileDialog</name>
    <message>
        <source>Witness profile</source>
        <translation>Witness profile</translation>
    </message>
    <message>
        <source>One adviser per line</source>
        <translation>One adviser per line</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Enter your details once: every procedure and every testimony of this case file uses them.</source>
        <translation>Enter your details once: every procedure and every testimony of this case file uses them.</translation>
    </message>
    <message>
        <source>&amp;Witness is a:</source>
        <translation>&amp;Witness is a:</translation>
    </message>
    <message>
        <source>&amp;Name or organisation:</source>
        <translation>&amp;Name or organisation:</translation>
    </message>
    <message>
        <source>&amp;RFC:</source>
        <translation>&amp;RFC:</translation>
    </message>
    <message>
        <source>&amp;Padrón number:</source>
        <translation>&amp;Padrón number:</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>&amp;Legal representative:</translation>
    </message>
    <message>
        <source>&amp;Technical advisers:</source>
        <translation>&amp;Technical advisers:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Witness is a</source>
        <translation>Witness is a</translation>
    </message>
    <message>
        <source>Name or organisation</source>
        <translation>Name or organisation</translation>
    </message>
    <message>
        <source>Technical advisers</source>
        <translation>Technical advisers</translation>
    </message>
    <message>
        <source>Valid RFC of a natural person (persona física).</source>
        <translation>Valid RFC of a natural person (persona física).</translation>
    </message>
    <message>
        <source>Valid RFC of a legal entity (persona moral).</source>
        <translation>Valid RFC of a legal entity (persona moral).</translation>
    </message>
    <message>
        <source>This is not a valid RFC: 3 or 4 letters, a date YYMMDD and 3 characters.</source>
        <translation>This is not a valid RFC: 3 or 4 letters, a date YYMMDD and 3 characters.</translation>
    </message>
    <message>
        <source>Create the witness profile</source>
        <translation>Create the witness profile</translation>
    </message>
    <message>
        <source>Edit the witness profile</source>
        <translation>Edit the witness profile</translation>
    </message>
    <message>
        <source>Enter the witness&apos;s name or the organisation&apos;s name.</source>
        <translation>Enter the witness&apos;s name or the organisation&apos;s name.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>The profile could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Findings</translation>
    </message>
    <message>
        <source>Integrity &amp;Pact</source>
        <translation>Integrity &amp;Pact</translation>
    </message>
    <message>
        <source>&amp;Bidders and bids</source>
        <translation>&amp;Bidders and bids</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>&amp;Impact</translation>
    </message>
    <message>
        <source>&amp;Red flags</source>
        <translation>&amp;Red flags</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>&amp;Narrative</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Editorial plan</source>
        <translation>&amp;Editorial plan</translation>
    </message>
    <message>
        <source>&amp;Import OCDS…</source>
        <translation>&amp;Import OCDS…</translation>
    </message>
    <message>
        <source>Export &amp;OCDS…</source>
        <translation>Export &amp;OCDS…</translation>
    </message>
    <message>
        <source>&amp;Merge case files…</source>
        <translation>&amp;Merge case files…</translation>
    </message>
    <message>
        <source>Analytical &amp;review report…</source>
        <translation>Analytical &amp;review report…</translation>
    </message>
    <message>
        <source>&amp;Testimony…</source>
        <translation>&amp;Testimony…</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>New agency…</source>
        <translation>New agency…</translation>
    </message>
    <message>
        <source>Reduced period justified (10 days)</source>
        <translation>Reduced period justified (10 days)</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>O&amp;bject:</source>
        <translation>O&amp;bject:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>&amp;Regime:</source>
        <translation>&amp;Regime:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Character:</source>
        <translation>&amp;Character:</translation>
    </message>
    <message>
        <source>&amp;Evaluation:</source>
        <translation>&amp;Evaluation:</translation>
    </message>
    <message>
        <source>Object &amp;kind:</source>
        <translation>Object &amp;kind:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>C&amp;urrency:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Participation &amp;ends:</source>
        <translation>Participation &amp;ends:</translation>
    </message>
    <message>
        <source>Witness&apos;s engagement</source>
        <translation>Witness&apos;s engagement</translation>
    </message>
    <message>
        <source>&amp;Witness:</source>
        <translation>&amp;Witness:</translation>
    </message>
    <message>
        <source>Designated b&amp;y:</source>
        <translation>Designated b&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Letter number:</source>
        <translation>&amp;Letter number:</translation>
    </message>
    <message>
        <source>Letter &amp;date:</source>
        <translation>Letter &amp;date:</translation>
    </message>
    <message>
        <source>Record the engagement</source>
        <translation>Record the engagement</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Add lo&amp;t</source>
        <translation>Add lo&amp;t</translation>
    </message>
    <message>
        <source>Remove lot</source>
        <translation>Remove lot</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation>&amp;Stages</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Ac&amp;tual:</source>
        <translation>Ac&amp;tual:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>&amp;Planned:</translation>
    </message>
    <message>
        <source>Atte&amp;ndance:</source>
        <translation>Atte&amp;ndance:</translation>
    </message>
    <message>
        <source>A&amp;cta:</source>
        <translation>A&amp;cta:</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Findings at this stage</source>
        <translation>Findings at this stage</translation>
    </message>
    <message>
        <source>&amp;New finding…</source>
        <translation>&amp;New finding…</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Legal clocks</source>
        <translation>Legal clocks</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Witness &amp;profile…</source>
        <translation>Witness &amp;profile…</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>Even&amp;ts</source>
        <translation>Even&amp;ts</translation>
    </message>
    <message>
        <source>Decree da&amp;ys…</source>
        <translation>Decree da&amp;ys…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Delivery and publication of the testimony</source>
        <translation>Delivery and publication of the testimony</translation>
    </message>
    <message>
        <source>Delivered to the Secretaría:</source>
        <translation>Delivered to the Secretaría:</translation>
    </message>
    <message>
        <source>Publis&amp;hed on:</source>
        <translation>Publis&amp;hed on:</translation>
    </message>
    <message>
        <source>Publication l&amp;ink:</source>
        <translation>Publication l&amp;ink:</translation>
    </message>
    <message>
        <source>F&amp;acts:</source>
        <translation>F&amp;acts:</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Agency response</source>
        <translation>Agency response</translation>
    </message>
</context>
</TS>
