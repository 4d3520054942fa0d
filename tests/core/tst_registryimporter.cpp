#include "TestDatabases.h"
#include "TestOfficers.h"

#include "audit/AuditLog.h"
#include "registry/BeneficiaryRepository.h"
#include "registry/DemoRegistryGenerator.h"
#include "registry/RegistryImporter.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestRegistryImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsAndNormalises_data() { TestDatabases::addBackendRows(); }
    void importsAndNormalises();
    void reimportUpdates_data() { TestDatabases::addBackendRows(); }
    void reimportUpdates();
    void rejectsRowsWithReasons_data() { TestDatabases::addBackendRows(); }
    void rejectsRowsWithReasons();
    void invalidBytesRejectTheirRecordWherever_data();
    void invalidBytesRejectTheirRecordWherever();
    void brokenFileWritesNothing_data() { TestDatabases::addBackendRows(); }
    void brokenFileWritesNothing();
    void cancelWritesNothing_data() { TestDatabases::addBackendRows(); }
    void cancelWritesNothing();
    void columnMappingAndAliases();
    void missingRequiredColumn();
    void flagsSharedPayeeAccounts();
    void bulkLoadKeepsSchemaAndSearch();
    void batchesKeepEveryCharacterAndOutcome_data() { TestDatabases::addBackendRows(); }
    void batchesKeepEveryCharacterAndOutcome();

private:
    QString writeFile(const QString& name, const QByteArray& content);
    RegistryImportResult importFile(const QString& location, const QString& path,
                                    RegistryColumnMapping mapping = RegistryColumnMapping());
    QString location();

    TestDatabases m_databases;
    QTemporaryDir m_dir;
};

namespace {

const QByteArray kHeader = "registry_id,given_name,family_name,gender,birth_date,household_id,household_size,region,"
                           "district,phone,payee_type,payee_address,national_id,active\n";

} // namespace

QString TestRegistryImporter::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

QString TestRegistryImporter::location()
{
    QFETCH(QString, backend);
    const QString result = m_databases.freshLocation(backend);
    if (result.isEmpty()) {
        qWarning("no %s database available", qPrintable(backend));
    }
    return result;
}

RegistryImportResult TestRegistryImporter::importFile(const QString& location, const QString& path,
                                                      RegistryColumnMapping mapping)
{
    RegistryImportParams params;
    params.filePath = path;
    params.databaseLocation = location;
    params.mapping = std::move(mapping);
    params.rejectsPath = path + QStringLiteral(".rejected.csv");
    params.today = QDate(2026, 11, 27);
    if (QString signError; !TestOfficers::signImport(
            params, {QStringLiteral("officer.test"), QStringLiteral("Test Officer"), OfficerRole::Maker, true},
            &signError)) {
        qWarning("%s", qPrintable(signError));
    }
    RegistryImporter importer;
    return importer.run(params);
}

void TestRegistryImporter::importsAndNormalises()
{
    const QString db = location();
    QVERIFY(!db.isEmpty());
    const QString path =
        writeFile(QStringLiteral("good.csv"),
                  kHeader + "BEN-1,Amina,Diallo,female,1980-05-01,HH1,3,Northern,Lodwar,+254 712 345 678,"
                            "iban,de89 3704 0044 0532 0130 00,N1,yes\n"
                            "BEN-2,Kofi,Mensah,M,,HH1,3,Northern,Lodwar,,,,,0\n");
    const RegistryImportResult result = importFile(db, path);
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(result.rowsRead, 2);
    QCOMPARE(result.inserted, 2);
    QCOMPARE(result.updated, 0);
    QCOMPARE(result.rejected, 0);
    QVERIFY(result.rejectsPath.isEmpty());
    QVERIFY(!QFile::exists(path + QStringLiteral(".rejected.csv")));

    QString error;
    const auto database = Database::open(db, &error);
    QVERIFY2(database, qPrintable(error));
    BeneficiaryRepository repository(*database);
    QCOMPARE(repository.count(), 2);
    const auto amina = repository.findByRegistryId(QStringLiteral("BEN-1"));
    QVERIFY(amina);
    QCOMPARE(amina->gender, QStringLiteral("F"));
    QCOMPARE(amina->birthDate, QDate(1980, 5, 1));
    QCOMPARE(amina->phone, QStringLiteral("254712345678"));
    QCOMPARE(amina->payee.type(), PartyIdType::Iban);
    QCOMPARE(amina->payee.value(), QStringLiteral("DE89370400440532013000"));
    QCOMPARE(amina->householdSize, 3);
    QVERIFY(amina->active);
    // The import is in the audit log, with who and what.
    const QList<AuditEntry> audit = AuditLog(*database).ofActions(QStringLiteral("registry."), {});
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, QStringLiteral("registry.import"));
    QVERIFY(!audit.first().signature.isEmpty());
    QCOMPARE(audit.first().officer, QStringLiteral("officer.test"));
    QCOMPARE(audit.first().subjectId, QString::number(result.importId));
    QVERIFY2(audit.first().after.contains(QStringLiteral("\"inserted\":2")), qPrintable(audit.first().after));
    QVERIFY(AuditLog(*database).verify().intact);
    const auto kofi = repository.findByRegistryId(QStringLiteral("BEN-2"));
    QVERIFY(kofi);
    QVERIFY(!kofi->birthDate.isValid());
    QVERIFY(!kofi->payee.isValid());
    QVERIFY(!kofi->active);
}

void TestRegistryImporter::reimportUpdates()
{
    const QString db = location();
    QVERIFY(!db.isEmpty());
    const QString first = writeFile(QStringLiteral("v1.csv"), kHeader + "BEN-1,Amina,Diallo,F,,,1,North,,,,,,1\n");
    QVERIFY(importFile(db, first).succeeded);
    const QString second = writeFile(QStringLiteral("v2.csv"), kHeader + "BEN-1,Amina,Banda,F,,,2,South,,,,,,1\n"
                                                                         "BEN-3,Grace,Phiri,F,,,1,South,,,,,,1\n");
    const RegistryImportResult result = importFile(db, second);
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(result.inserted, 1);
    QCOMPARE(result.updated, 1);

    QString error;
    const auto database = Database::open(db, &error);
    BeneficiaryRepository repository(*database);
    QCOMPARE(repository.count(), 2);
    const auto amina = repository.findByRegistryId(QStringLiteral("BEN-1"));
    QCOMPARE(amina->familyName, QStringLiteral("Banda"));
    QCOMPARE(amina->region, QStringLiteral("South"));
    QCOMPARE(amina->householdSize, 2);
    // The name index follows the update: the old name is gone, the new one is found.
    BeneficiaryQuery query;
    query.text = QStringLiteral("Diallo");
    QCOMPARE(repository.orderedIds(query)->size(), 0);
    query.text = QStringLiteral("banda");
    QCOMPARE(repository.orderedIds(query)->size(), 1);
}

void TestRegistryImporter::invalidBytesRejectTheirRecordWherever_data()
{
    // A Latin-1 "é" (the single byte 0xE9) or a stray continuation byte, wherever it stands.
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("columnNumber");
    QTest::addColumn<int>("byte");
    QTest::newRow("end of an unquoted field")
        << QByteArray("BEN-9,Jos\xe9,Banda,M,,,1,North,,,,,,1\n") << QStringLiteral("given_name") << 2 << 4;
    QTest::newRow("end of a quoted field")
        << QByteArray("BEN-9,\"Jos\xe9\",Banda,M,,,1,North,,,,,,1\n") << QStringLiteral("given_name") << 2 << 4;
    QTest::newRow("middle of a field") << QByteArray("BEN-9,Jo\xe9s,Banda,M,,,1,North,,,,,,1\n")
                                       << QStringLiteral("given_name") << 2 << 3;
    QTest::newRow("start of a field") << QByteArray("BEN-9,\x80Jose,Banda,M,,,1,North,,,,,,1\n")
                                      << QStringLiteral("given_name") << 2 << 1;
    QTest::newRow("end of a field before another")
        << QByteArray("BEN-9,Jose,Banda,M,,,1,North,Lilongw\xe9,,,,,1\n") << QStringLiteral("district") << 9 << 8;
    QTest::newRow("end of a line") << QByteArray("BEN-9,Jose,Banda,M,,,1,North,,,,,,1\xe9\n")
                                   << QStringLiteral("active") << 14 << 2;
    QTest::newRow("end of a CRLF line") << QByteArray("BEN-9,Jose,Banda,M,,,1,North,,,,,,1\xe9\r\n")
                                        << QStringLiteral("active") << 14 << 2;
    QTest::newRow("end of a CR line") << QByteArray("BEN-9,Jose,Banda,M,,,1,North,,,,,,1\xe9\r")
                                      << QStringLiteral("active") << 14 << 2;
    QTest::newRow("end of a quoted field ending the line")
        << QByteArray("BEN-9,Jose,Banda,M,,,1,North,,,,,,\"1\xe9\"\n") << QStringLiteral("active") << 14 << 2;
    QTest::newRow("end of the file, no line break")
        << QByteArray("BEN-9,Jose,Banda,M,,,1,North,,,,,,1\xe9") << QStringLiteral("active") << 14 << 2;
    QTest::newRow("end of the file, quoted")
        << QByteArray("BEN-9,Jose,Banda,M,,,1,North,,,,,,\"1\xe9\"") << QStringLiteral("active") << 14 << 2;
    QTest::newRow("cut-short sequence") << QByteArray("BEN-9,Jos\xc3,Banda,M,,,1,North,,,,,,1\n")
                                        << QStringLiteral("given_name") << 2 << 4;
    QTest::newRow("overlong slash") << QByteArray("BEN-9,Jose\xc0\xaf,Banda,M,,,1,North,,,,,,1\n")
                                    << QStringLiteral("given_name") << 2 << 5;
    QTest::newRow("surrogate") << QByteArray("BEN-9,Jose\xed\xa0\x80,Banda,M,,,1,North,,,,,,1\n")
                               << QStringLiteral("given_name") << 2 << 5;
}

void TestRegistryImporter::invalidBytesRejectTheirRecordWherever()
{
    // Never a dropped, replaced or re-decoded byte: the record is rejected, the others imported.
    QFETCH(QByteArray, record);
    QFETCH(QString, column);
    QFETCH(int, columnNumber);
    QFETCH(int, byte);
    const QString db = m_databases.freshLocation(QStringLiteral("sqlite"));
    QVERIFY(!db.isEmpty());
    QByteArray content = kHeader;
    content += "BEN-1,Amina,Diallo,F,,,1,North,,,,,,1\n";
    content += record;
    const RegistryImportResult result = importFile(db, writeFile(QStringLiteral("latin1.csv"), content));
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(result.inserted, 1);
    QCOMPARE(result.rejected, 1);
    QCOMPARE(result.rejectedSample.size(), 1);
    const RowIssues& rejected = result.rejectedSample.first();
    QCOMPARE(rejected.line, 3);
    QCOMPARE(rejected.issues.size(), 1);
    const FieldIssue& issue = rejected.issues.first();
    QCOMPARE(issue.kind, FieldIssue::Kind::Encoding);
    QCOMPARE(issue.column, column);
    QCOMPARE(issue.columnNumber, columnNumber);
    QVERIFY2(issue.reason.startsWith(QStringLiteral("invalid encoding: byte %1 of the field").arg(byte)),
             qPrintable(issue.reason));
    QString error;
    const auto database = Database::open(db, &error);
    QVERIFY(!BeneficiaryRepository(*database).findByRegistryId(QStringLiteral("BEN-9")));

    // Or the officer refuses the whole file for it: nothing is written, the place is named.
    RegistryImportParams params;
    params.filePath = writeFile(QStringLiteral("latin1-refused.csv"), content);
    params.databaseLocation = m_databases.freshLocation(QStringLiteral("sqlite"));
    params.today = QDate(2026, 11, 27);
    params.refuseFileOnInvalidEncoding = true;
    QVERIFY(TestOfficers::signImport(params, TestOfficers::importer, &error));
    const RegistryImportResult refused = RegistryImporter().run(params);
    QVERIFY(!refused.succeeded);
    QVERIFY2(refused.error.contains(
                 QStringLiteral("line 3, column %1 (%2): invalid encoding").arg(columnNumber).arg(column)),
             qPrintable(refused.error));
    QVERIFY(refused.error.contains(QStringLiteral("Nothing was imported")));
    const auto refusedDatabase = Database::open(params.databaseLocation, &error);
    QCOMPARE(BeneficiaryRepository(*refusedDatabase).count(), 0);
}

void TestRegistryImporter::rejectsRowsWithReasons()
{
    const QString db = location();
    QVERIFY(!db.isEmpty());
    QByteArray content = kHeader;
    content += "BEN-1,Amina,Diallo,F,1980-02-30,,1,North,,,,,,1\n";                // line 2: impossible date
    content += "BEN-2,Kofi,Mensah,M,,,1,North,,,iban,DE00370400440532013000,,1\n"; // line 3: IBAN check
    content += "BEN-3,Grace,Phiri,F,,,1,North,,,,,,1\n";                           // line 4: fine
    content += "BEN-3,Grace,Phiri,F,,,1,North,,,,,,1\n";                           // line 5: repeated id
    content += "BEN-4,\xff\xfe,Banda,F,,,1,North,,,,,,1\n";                        // line 6: not UTF-8
    content += "BEN-5,Ann,Tembo,F,,,1,North,,,,,,1,extra\n";                       // line 7: wrong field count
    content += "BEN-6,Zawadi,Said,F,2030-01-01,,1,North,,,,,,maybe\n";             // line 8: future date, bad flag
    content += "BEN-7,\"Eve\xe2\x80\xae\",Moyo,F,,,1,North,,,,,,1\n";              // line 9: bidi override
    const QString path = writeFile(QStringLiteral("mixed.csv"), content);
    const RegistryImportResult result = importFile(db, path);
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(result.rowsRead, 8);
    QCOMPARE(result.inserted, 1);
    QCOMPARE(result.rejected, 7);

    QHash<qint64, QString> reasons;
    for (const RowIssues& row : result.rejectedSample) {
        QStringList parts;
        for (const FieldIssue& issue : row.issues) {
            parts.append(issue.column + u'=' + issue.reason);
        }
        reasons.insert(row.line, parts.join(u'|'));
    }
    QVERIFY2(reasons.value(2).contains(QStringLiteral("birth_date=\"1980-02-30\" is not a date")),
             qPrintable(reasons.value(2)));
    QVERIFY2(reasons.value(3).contains(QStringLiteral("payee_address=the IBAN check digits")),
             qPrintable(reasons.value(3)));
    QVERIFY2(reasons.value(5).contains(QStringLiteral("more than once")), qPrintable(reasons.value(5)));
    QVERIFY2(reasons.value(6).contains(QStringLiteral("given_name=invalid encoding: byte 1 of the field (0xff)")),
             qPrintable(reasons.value(6)));
    QVERIFY2(reasons.value(7).contains(QStringLiteral("15 fields but the header has 14")),
             qPrintable(reasons.value(7)));
    QVERIFY2(reasons.value(8).contains(QStringLiteral("in the future")), qPrintable(reasons.value(8)));
    QVERIFY2(reasons.value(8).contains(QStringLiteral("active=\"maybe\"")), qPrintable(reasons.value(8)));
    QVERIFY2(reasons.value(9).contains(QStringLiteral("U+202e")), qPrintable(reasons.value(9)));

    // The rejected rows file holds the original rows plus where and why, ready to fix and re-import.
    QFile rejects(result.rejectsPath);
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = rejects.readAll().split('\n');
    QVERIFY(lines.at(0).endsWith(",active,error_line,error_reason"));
    QVERIFY(lines.at(1).startsWith("BEN-1,Amina,Diallo,F,1980-02-30,"));
    QVERIFY(lines.at(1).contains(",2,\"birth_date: \"\"1980-02-30\"\" is not a date"));
    QCOMPARE(lines.size(), 1 + 7 + 1);

    // Fix one row in the rejected file and import it again: the error columns are ignored.
    QByteArray fixed = lines.at(0) + '\n' + QByteArray(lines.at(1)).replace("1980-02-30", "1980-02-28") + '\n';
    const QString fixedPath = writeFile(QStringLiteral("fixed.csv"), fixed);
    const RegistryImportResult again = importFile(db, fixedPath);
    QVERIFY2(again.succeeded, qPrintable(again.error));
    QCOMPARE(again.inserted, 1);
    QCOMPARE(again.rejected, 0);
    QCOMPARE(again.ignoredColumns, (QStringList{QStringLiteral("error_line"), QStringLiteral("error_reason")}));
}

void TestRegistryImporter::brokenFileWritesNothing()
{
    const QString db = location();
    QVERIFY(!db.isEmpty());
    QVERIFY(importFile(db, writeFile(QStringLiteral("base.csv"), kHeader + "BEN-0,Base,Row,F,,,1,North,,,,,,1\n"))
                .succeeded);
    QByteArray content = kHeader;
    for (int i = 1; i <= 500; ++i) {
        content += "BEN-" + QByteArray::number(i) + ",Name,Family,F,,,1,North,,,,,,1\n";
    }
    // A quote opened mid-file and never closed swallows the records after it: which records the
    // file holds cannot be told, so none is imported.
    content.insert(content.indexOf("BEN-250,") + 8, '"');
    const RegistryImportResult result = importFile(db, writeFile(QStringLiteral("broken.csv"), content));
    QVERIFY(!result.succeeded);
    QVERIFY2(result.error.contains(QStringLiteral("line 251, column 2")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("read like records (line 252)")), qPrintable(result.error));
    QVERIFY(result.error.contains(QStringLiteral("Nothing was imported")));

    QString error;
    const auto database = Database::open(db, &error);
    BeneficiaryRepository repository(*database);
    QCOMPARE(repository.count(), 1);
}

void TestRegistryImporter::cancelWritesNothing()
{
    const QString db = location();
    QVERIFY(!db.isEmpty());
    QByteArray content = kHeader;
    for (int i = 1; i <= 30000; ++i) {
        content += "BEN-" + QByteArray::number(i) + ",Name,Family,F,,,1,North,,,,,,1\n";
    }
    RegistryImportParams params;
    params.filePath = writeFile(QStringLiteral("big.csv"), content);
    params.databaseLocation = db;
    params.today = QDate(2026, 11, 27);
    if (QString signError; !TestOfficers::signImport(params, TestOfficers::importer, &signError)) {
        qWarning("%s", qPrintable(signError));
    }
    RegistryImporter importer;
    QSignalSpy progress(&importer, &RegistryImporter::progressChanged);
    connect(&importer, &RegistryImporter::progressChanged, &importer, [&importer] { importer.cancel(); });
    const RegistryImportResult result = importer.run(params);
    QVERIFY(!result.succeeded);
    QVERIFY(result.cancelled);
    QVERIFY(result.rowsRead < 30000);
    QCOMPARE(progress.size(), 1);

    QString error;
    const auto database = Database::open(db, &error);
    BeneficiaryRepository repository(*database);
    QCOMPARE(repository.count(), 0);
    QSqlQuery imports(database->connection());
    QVERIFY(imports.exec(QStringLiteral("SELECT COUNT(*) FROM registry_import")) && imports.next());
    QCOMPARE(imports.value(0).toInt(), 0);
    QVERIFY(AuditLog(*database).ofActions(QStringLiteral("registry."), {}).isEmpty());
}

void TestRegistryImporter::columnMappingAndAliases()
{
    TestDatabases databases;
    const QString db = databases.freshLocation(QStringLiteral("sqlite"));
    // Semicolons, a byte order mark, aliases (First Name, Surname, MSISDN) and one custom header.
    const QString path = writeFile(QStringLiteral("other.csv"), "\xef\xbb\xbf"
                                                                "Beneficiary No;First Name;Surname;MSISDN;Notes\n"
                                                                "X-1;Aïcha;Traoré;0712 345 678;note; ignored\n"
                                                                "X-2;Baraka;Mwangi;;\n");
    RegistryColumnMapping mapping;
    QString error;
    QVERIFY(mapping.addMappings({QStringLiteral("beneficiary no=registry_id")}, &error));
    RegistryImportResult result = importFile(db, path, mapping);
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(result.inserted, 1);
    QCOMPARE(result.rejected, 1); // the first data row has an extra field: "note; ignored"
    QCOMPARE(result.rejectedSample.first().line, 2);
    QCOMPARE(result.ignoredColumns, QStringList{QStringLiteral("Notes")});

    const auto database = Database::open(db, &error);
    BeneficiaryRepository repository(*database);
    const auto baraka = repository.findByRegistryId(QStringLiteral("X-2"));
    QVERIFY(baraka);
    QCOMPARE(baraka->familyName, QStringLiteral("Mwangi"));

    QVERIFY(!mapping.addMappings({QStringLiteral("Notes=favourite_colour")}, &error));
    QVERIFY(error.contains(QStringLiteral("Notes=favourite_colour")));
}

void TestRegistryImporter::missingRequiredColumn()
{
    TestDatabases databases;
    const QString db = databases.freshLocation(QStringLiteral("sqlite"));
    RegistryImportResult result = importFile(db, writeFile(QStringLiteral("noid.csv"), "name,phone\nA,0712345678\n"));
    QVERIFY(!result.succeeded);
    QVERIFY2(result.error.contains(QStringLiteral("header row: the file has no registry_id column")),
             qPrintable(result.error));

    result = importFile(db, writeFile(QStringLiteral("twice.csv"), "id,registry_id,given_name\n1,2,A\n"));
    QVERIFY(!result.succeeded);
    QVERIFY2(result.error.contains(QStringLiteral("\"id\" and \"registry_id\" both hold")), qPrintable(result.error));

    result = importFile(db, writeFile(QStringLiteral("empty.csv"), ""));
    QVERIFY(!result.succeeded);
    QVERIFY(result.error.contains(QStringLiteral("is empty")));

    result = importFile(db, m_dir.filePath(QStringLiteral("does-not-exist.csv")));
    QVERIFY(!result.succeeded);
    QVERIFY(result.error.contains(QStringLiteral("Cannot open")));
}

void TestRegistryImporter::flagsSharedPayeeAccounts()
{
    TestDatabases databases;
    const QString db = databases.freshLocation(QStringLiteral("sqlite"));
    const RegistryImportResult result = importFile(
        db, writeFile(QStringLiteral("shared.csv"), kHeader + "A-1,Ann,One,F,,,1,N,,,msisdn,0712345678,,1\n"
                                                              "A-2,Ben,Two,M,,,1,N,,,msisdn,+0712 345 678,,1\n"
                                                              "A-3,Cy,Three,M,,,1,N,,,msisdn,0799999999,,1\n"));
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(result.sharedAccountCount, 1);
    QCOMPARE(result.sharedAccounts.first().payeeAddress, QStringLiteral("0712345678"));
    QCOMPARE(result.sharedAccounts.first().registryIds, (QStringList{QStringLiteral("A-1"), QStringLiteral("A-2")}));
}

namespace {

QStringList schemaObjects(Database& database)
{
    QSqlQuery query(database.connection());
    query.exec(
        QStringLiteral("SELECT type || ' ' || name FROM sqlite_master WHERE tbl_name = 'beneficiary' ORDER BY 1"));
    QStringList names;
    while (query.next()) {
        names.append(query.value(0).toString());
    }
    return names;
}

qint64 countWhere(Database& database, const QString& condition)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM beneficiary WHERE ") + condition) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace

void TestRegistryImporter::bulkLoadKeepsSchemaAndSearch()
{
    TestDatabases databases;
    const QString db = databases.freshLocation(QStringLiteral("sqlite"));
    QString error;
    QStringList schemaBefore;
    {
        const auto database = Database::open(db, &error);
        schemaBefore = schemaObjects(*database);
    }
    QVERIFY(schemaBefore.contains(QStringLiteral("trigger beneficiary_name_fts_update")));
    QVERIFY(schemaBefore.contains(QStringLiteral("index beneficiary_name_idx")));

    // Large enough for the bulk path (indexes and triggers dropped, then rebuilt in one pass).
    QByteArray csv;
    {
        QBuffer buffer(&csv);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(DemoRegistryGenerator(77, 0.0).write(&buffer, 30000, &error));
    }
    const QString path = writeFile(QStringLiteral("bulk.csv"), csv);

    // A cancelled bulk load leaves rows and schema as they were.
    RegistryImportParams params;
    params.filePath = path;
    params.databaseLocation = db;
    params.today = QDate(2026, 11, 27);
    if (QString signError; !TestOfficers::signImport(params, TestOfficers::importer, &signError)) {
        qWarning("%s", qPrintable(signError));
    }
    RegistryImporter cancelling;
    connect(&cancelling, &RegistryImporter::progressChanged, &cancelling, [&cancelling] { cancelling.cancel(); });
    QVERIFY(cancelling.run(params).cancelled);
    {
        const auto database = Database::open(db, &error);
        QCOMPARE(schemaObjects(*database), schemaBefore);
        QCOMPARE(countWhere(*database, QStringLiteral("1 = 1")), 0);
    }

    const RegistryImportResult result = importFile(db, path);
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(result.inserted, 30000);
    const auto database = Database::open(db, &error);
    QCOMPARE(schemaObjects(*database), schemaBefore);
    BeneficiaryRepository repository(*database);
    BeneficiaryQuery query;
    query.text = QStringLiteral("wanjiru");
    const qint64 expected = countWhere(*database, QStringLiteral("full_name LIKE '%wanjiru%'"));
    QVERIFY(expected > 100);
    QCOMPARE(repository.orderedIds(query)->size(), expected);

    // After the bulk load the triggers keep the search index in step again.
    const QString update =
        writeFile(QStringLiteral("rename.csv"), kHeader + "BEN-00000001,Zawadi,Zyzzyva,F,,,1,North,,,,,,1\n");
    QVERIFY(importFile(db, update).succeeded);
    query.text = QStringLiteral("zyzzy");
    QCOMPARE(repository.orderedIds(query)->size(), 1);
}

QTEST_GUILESS_MAIN(TestRegistryImporter)
// Thousands of rows, so several batches go through the fast path (COPY on PostgreSQL): text the
// COPY format must escape arrives as written, and each row's outcome is the row-by-row one — a
// registry id repeated within a batch or across batches keeps its first row only.
void TestRegistryImporter::batchesKeepEveryCharacterAndOutcome()
{
    const QString db = location();
    QVERIFY(!db.isEmpty());
    constexpr int kRows = 5000;
    const QString awkward = QStringLiteral("Back\\slash \\N \"Quote\" \u00C9milie \u062C\u0645\u064A\u0644\u0629");
    QByteArray content = kHeader;
    for (int i = 0; i < kRows; ++i) {
        const QByteArray name = i % 7 == 0 ? QByteArray("\"" + awkward.toUtf8().replace('"', "\"\"") + "\"")
                                           : QByteArray("Name" + QByteArray::number(i));
        content += "BEN-" + QByteArray::number(i) + "," + name + ",Family,F,,,2,North,,,,,,1\n";
        if (i % 1000 == 10) {
            content += "BEN-" + QByteArray::number(i) + ",Repeat,Near,F,,,2,North,,,,,,1\n"; // same batch
        }
        if (i % 1000 == 20) {
            content += "BEN-" + QByteArray::number(i - 20) + ",Repeat,Far,F,,,2,North,,,,,,1\n"; // earlier batch
        }
    }
    const QString path = writeFile(QStringLiteral("many.csv"), content);
    RegistryImportResult result = importFile(db, path);
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(result.inserted, kRows);
    QCOMPARE(result.rejected, 10);
    QCOMPARE(result.rejectedSample.size(), 10);
    QCOMPARE(result.rejectedSample.at(0).line, 13); // header, then BEN-0..BEN-10, then the repeat
    QCOMPARE(result.rejectedSample.at(1).line, 24); // BEN-11..BEN-20, then BEN-0 again

    QString error;
    {
        const auto database = Database::open(db, &error);
        QVERIFY2(database, qPrintable(error));
        BeneficiaryRepository repository(*database);
        QCOMPARE(repository.count(), kRows);
        QCOMPARE(repository.findByRegistryId(QStringLiteral("BEN-700"))->givenName, awkward);
        QCOMPARE(repository.findByRegistryId(QStringLiteral("BEN-10"))->givenName, QStringLiteral("Name10"));
        QCOMPARE(repository.findByRegistryId(QStringLiteral("BEN-0"))->familyName, QStringLiteral("Family"));
        BeneficiaryQuery query;
        query.text = QStringLiteral("milie");
        QCOMPARE(repository.orderedIds(query)->size(), (kRows + 6) / 7);
    }

    // The same file again changes nothing; one row changed is one update.
    content.replace("BEN-4999,Name4999,Family", "BEN-4999,Name4999,Changed");
    const QString again = writeFile(QStringLiteral("again.csv"), content);
    result = importFile(db, again);
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(result.inserted, 0);
    QCOMPARE(result.updated, 1);
    QCOMPARE(result.unchanged, kRows - 1);
    QCOMPARE(result.rejected, 10);
}

#include "tst_registryimporter.moc"
