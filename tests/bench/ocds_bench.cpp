// SPDX-License-Identifier: GPL-3.0-or-later
// OCDS import benchmark: generates a JSON Lines file of realistic releases (in /tmp, never
// committed), imports it into a new case file, and reports throughput (MB/s), releases/s, peak
// memory (getrusage ru_maxrss) and, for comparison, the raw SQLite insert rate on this machine.
// Usage: ocds_bench [MEGABYTES=200] [WORKDIR=/tmp/testigo-ocds-bench]
#include "ocds/importer.h"
#include "store/casefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>
#include <sys/resource.h>

using namespace Testigo;

namespace {

long maxRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

// One release of a competitive procedure with three bidders, an award, a contract and documents.
QByteArray makeRelease(qint64 n)
{
    const QByteArray id = QByteArray::number(n);
    const qint64 estimate = 100000 + (n * 7919) % 9000000;
    const qint64 winning = estimate - (n % 13) * 1000;
    QByteArray rfc[3];
    for (int i = 0; i < 3; ++i)
        rfc[i] = QByteArray("ABC") + QByteArray::number(100000 + (n * 3 + i) % 899999).rightJustified(6, '0') + "XY" + QByteArray::number(i);
    QByteArray parties, tenderers, bids;
    for (int i = 0; i < 3; ++i) {
        const QByteArray sep = i ? "," : "";
        parties += sep + R"({"id":")" + rfc[i] + R"(","name":"Proveedora )" + id + "-" + QByteArray::number(i)
                   + R"( SA de CV","identifier":{"scheme":"MX-RFC","id":")" + rfc[i]
                   + R"("},"address":{"streetAddress":"Av. Insurgentes Sur )" + QByteArray::number(100 + i + n % 900)
                   + R"(","locality":"Benito Juárez","region":"CDMX","postalCode":"03100","countryName":"México"},"contactPoint":{"name":"Contacto )"
                   + QByteArray::number(i) + R"(","email":"ventas)" + QByteArray::number(i) + "@p" + id
                   + R"(.mx","telephone":"55 5555 )" + QByteArray::number(1000 + i) + R"("},"roles":["tenderer")"
                   + (i == 0 ? R"(,"supplier")" : "") + "]}";
        tenderers += sep + R"({"id":")" + rfc[i] + R"(","name":"Proveedora )" + id + "-" + QByteArray::number(i) + R"( SA de CV"})";
        bids += sep + R"({"id":"b)" + QByteArray::number(i) + R"(","date":"2024-02-10T10:00:00-06:00","status":"valid","tenderers":[{"id":")"
                + rfc[i] + R"("}],"value":{"amount":)" + QByteArray::number(winning + i * 2500) + R"(,"currency":"MXN"}})";
    }
    QByteArray docs;
    for (const char *type : {"tenderNotice", "biddingDocuments", "clarifications"})
        docs += QByteArray(docs.isEmpty() ? "" : ",") + R"({"id":")" + type + R"(","documentType":")" + type
                + R"(","title":"Documento )" + type + R"(","url":"https://compranet.hacienda.gob.mx/docs/)" + id + "/" + type
                + R"(.pdf","datePublished":"2024-01-15T00:00:00-06:00","format":"application/pdf","language":"es"})";
    return R"({"ocid":"ocds-07smqs-)" + id + R"(","id":")" + id + R"(-1","date":"2024-03-01T00:00:00-06:00","tag":["tender","award","contract"],"initiationType":"tender","language":"es",)"
           + R"("parties":[{"id":"UC-)" + QByteArray::number(n % 250) + R"(","name":"Unidad Compradora )" + QByteArray::number(n % 250)
           + R"(","identifier":{"scheme":"MX-CPA","id":")" + QByteArray::number(n % 250) + R"("},"roles":["buyer","procuringEntity"]},)" + parties + "],"
           + R"("buyer":{"id":"UC-)" + QByteArray::number(n % 250) + R"(","name":"Unidad Compradora )" + QByteArray::number(n % 250) + R"("},)"
           + R"("planning":{"budget":{"amount":{"amount":)" + QByteArray::number(estimate + 50000) + R"(,"currency":"MXN"},"description":"Partida 21101"}},)"
           + R"("tender":{"id":"LA-)" + QByteArray::number(n % 99) + "-" + id + R"(-E)" + QByteArray::number(n % 90 + 10)
           + R"(-2024","title":"Adquisición de materiales y útiles de oficina, lote )" + id
           + R"(","description":"Contratación abierta de materiales, papelería y consumibles para las oficinas centrales y delegaciones","status":"complete","procurementMethod":"open","procurementMethodDetails":"Licitación Pública Nacional Electrónica","mainProcurementCategory":"goods","value":{"amount":)"
           + QByteArray::number(estimate) + R"(,"currency":"MXN"},"tenderPeriod":{"startDate":"2024-01-20T00:00:00-06:00","endDate":"2024-02-10T00:00:00-06:00"},"enquiryPeriod":{"endDate":"2024-01-30T00:00:00-06:00"},"numberOfTenderers":3,"tenderers":[)"
           + tenderers + R"(],"documents":[)" + docs + R"(]},)"
           + R"("bids":{"details":[)" + bids + "]},"
           + R"("awards":[{"id":"a1","status":"active","date":"2024-02-20T00:00:00-06:00","value":{"amount":)" + QByteArray::number(winning)
           + R"(,"currency":"MXN"},"suppliers":[{"id":")" + rfc[0] + R"(","name":"Proveedora )" + id + R"(-0 SA de CV"}],"documents":[{"id":"fallo","documentType":"awardNotice","url":"https://compranet.hacienda.gob.mx/docs/)" + id + R"(/fallo.pdf"}]}],)"
           + R"("contracts":[{"id":"CT-)" + id + R"(","awardID":"a1","status":"active","value":{"amount":)" + QByteArray::number(winning)
           + R"(,"currency":"MXN"},"dateSigned":"2024-02-25T00:00:00-06:00","period":{"startDate":"2024-03-01T00:00:00-06:00","endDate":"2024-12-31T00:00:00-06:00"},"documents":[{"id":"contrato","documentType":"contractSigned","url":"https://compranet.hacienda.gob.mx/docs/)" + id + R"(/contrato.pdf"}]}]})"
           + "\n";
}

// Raw SQLite: prepared INSERTs of rows as wide as an entity row, in one transaction.
double rawSqliteRowsPerSecond(const QString &path, int rows)
{
    double rate = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        q.exec(QStringLiteral("CREATE TABLE t (id TEXT PRIMARY KEY, created_at TEXT, modified_at TEXT, author TEXT, rev TEXT, "
                              "deleted INTEGER, procedure_id TEXT, name TEXT, rfc TEXT, amount INTEGER)"));
        QElapsedTimer t;
        t.start();
        db.transaction();
        q.prepare(QStringLiteral("INSERT INTO t VALUES (?,?,?,?,?,?,?,?,?,?)"));
        for (int i = 0; i < rows; ++i) {
            const QString id = CaseFile::newId();
            for (const QVariant &v : QVariantList{id, CaseFile::nowUtc(), CaseFile::nowUtc(), QStringLiteral("bench"), CaseFile::newId(),
                                                  0, id, QStringLiteral("Proveedora %1").arg(i), QStringLiteral("ABC010101XY1"), i})
                q.addBindValue(v);
            q.exec();
        }
        db.commit();
        rate = rows / (t.nsecsElapsed() / 1e9);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return rate;
}

// The floor: the sqlite3 shell storing the same releases, one row each with its ocid, in one
// transaction (.import through a view whose trigger extracts the ocid). Seconds, or -1.
double sqliteShellSeconds(const QString &jsonl, const QString &db)
{
    QFile::remove(db);
    QProcess shell;
    QElapsedTimer t;
    t.start();
    shell.start(QStringLiteral("sqlite3"), {db});
    if (!shell.waitForStarted())
        return -1;
    shell.write("CREATE TABLE release(ocid TEXT, json TEXT);\n"
                "CREATE VIEW line(json) AS SELECT json FROM release;\n"
                "CREATE TRIGGER line_insert INSTEAD OF INSERT ON line BEGIN "
                "INSERT INTO release VALUES (json_extract(new.json, '$.ocid'), new.json); END;\n"
                ".mode ascii\n.separator \"\\037\" \"\\n\"\n");
    shell.write(".import " + jsonl.toUtf8() + " line\n");
    shell.closeWriteChannel();
    if (!shell.waitForFinished(-1) || shell.exitCode() != 0)
        return -1;
    return t.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const double megabytes = args.size() > 1 ? args[1].toDouble() : 200; // fractions for profiling runs
    const QString work = args.size() > 2 ? args[2] : QStringLiteral("/tmp/testigo-ocds-bench");
    QDir().mkpath(work);
    const QString jsonl = work + QStringLiteral("/releases.jsonl");
    const QString caseFile = work + QStringLiteral("/bench.testigo");
    QFile::remove(caseFile);
    QFile::remove(work + QStringLiteral("/raw.sqlite"));

    qint64 releases = 0;
    {
        QFile f(jsonl);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        while (f.size() < qint64(megabytes * 1024 * 1024))
            f.write(makeRelease(++releases));
    }
    const double mb = QFileInfo(jsonl).size() / 1048576.0;
    out << QStringLiteral("generated %1 releases, %2 MB of JSON Lines in %3\n").arg(releases).arg(mb, 0, 'f', 1).arg(jsonl);
    out.flush();

    auto file = CaseFile::create(caseFile).file;
    if (!file)
        return 1;
    QElapsedTimer t;
    t.start();
    Ocds::Importer importer;
    QString error;
    if (!importer.prepare({jsonl}, &error)) {
        out << error << '\n';
        return 1;
    }
    const double validateSeconds = t.nsecsElapsed() / 1e9;
    QList<Ocds::ImportReport> reports;
    if (!importer.run(*file, &reports, &error)) {
        out << error << '\n';
        return 1;
    }
    const double seconds = t.nsecsElapsed() / 1e9;
    const qint64 rows = file->auditLength();
    t.restart();
    const bool verified = file->verify().ok();
    const double verifySeconds = t.nsecsElapsed() / 1e9;
    file.reset();
    out << QStringLiteral("import: %1 s (validation pass %2 s), %3 MB/s, %4 releases/s, %5 audit entries (%6 a second), "
                          "%7 procedures imported, peak RSS %8 MB, case file %9 MB\n")
               .arg(seconds, 0, 'f', 1).arg(validateSeconds, 0, 'f', 1).arg(mb / seconds, 0, 'f', 2)
               .arg(releases / seconds, 0, 'f', 0).arg(rows).arg(rows / seconds, 0, 'f', 0)
               .arg(reports.value(0).imported).arg(maxRssMb())
               .arg(QFileInfo(caseFile).size() / 1048576.0, 0, 'f', 1);
    out << QStringLiteral("verify: %1 s (%2)\n").arg(verifySeconds, 0, 'f', 1).arg(verified ? QStringLiteral("ok") : QStringLiteral("PROBLEMS"));
    const double floor = sqliteShellSeconds(jsonl, work + QStringLiteral("/floor.sqlite"));
    out << QStringLiteral("sqlite3 shell floor (same releases, one row each with its ocid, one transaction): %1 s, "
                          "%2 MB; import / floor = %3\n")
               .arg(floor, 0, 'f', 1)
               .arg(QFileInfo(work + QStringLiteral("/floor.sqlite")).size() / 1048576.0, 0, 'f', 1)
               .arg(seconds / floor, 0, 'f', 2);
    out.flush();
    if (qEnvironmentVariableIsSet("OCDS_BENCH_NO_RAW"))
        return 0;
    const double raw = rawSqliteRowsPerSecond(work + QStringLiteral("/raw.sqlite"), 500000);
    out << QStringLiteral("raw SQLite insert (Qt SQL, prepared, one transaction, WAL, synchronous=FULL): %1 rows/s\n").arg(raw, 0, 'f', 0);
    return 0;
}
