// Registry files as people and other systems write them: spreadsheet exports with multi-line
// cells, files cut short or damaged in one record, other systems' column names, spreadsheet
// formulas and SQL in names, re-imports. Each rule is checked with the line and column it names.

#include "TestDatabases.h"
#include "TestOfficers.h"

#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "csv/Utf8Validity.h"
#include "registry/BeneficiaryRepository.h"
#include "registry/RegistryFilePreview.h"
#include "registry/RegistryImporter.h"
#include "storage/Database.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

class TestRegistryFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineBreaksInPlacesBecomeSpaces();
    void lineBreaksInNamesAreRefused();
    void damageInOneRecordCostsThatRecord_data();
    void damageInOneRecordCostsThatRecord();
    void invalidBytesInAnIgnoredColumnRejectTheRecord();
    void headerWithInvalidBytesRefusesTheFile();
    void headerSpellings_data();
    void headerSpellings();
    void payeeLookingColumnsAreWarnedBeforeImport();
    void reimportOfUnchangedRowsUpdatesNothing_data() { TestDatabases::addBackendRows(); }
    void reimportOfUnchangedRowsUpdatesNothing();
    void sharedAccountsAreTheFilesOwn_data() { TestDatabases::addBackendRows(); }
    void sharedAccountsAreTheFilesOwn();
    void fileKinds_data();
    void fileKinds();
    void formulasAndSqlStoredVerbatimNeutralisedOnExport();
    void everyRecordStoredExactlyOrRejectedWithAReason();

private:
    QString writeFile(const QString& name, const QByteArray& content);
    RegistryImportResult importFile(const QString& location, const QByteArray& content,
                                    RegistryColumnMapping mapping = RegistryColumnMapping());
    std::unique_ptr<Database> open(const QString& location);

    TestDatabases m_databases;
    QTemporaryDir m_dir;
    int m_files = 0;
};

namespace {

const QByteArray kHeader = "registry_id,given_name,family_name,gender,birth_date,household_id,household_size,region,"
                           "district,phone,payee_type,payee_address,national_id,active\n";

QByteArray row(const QByteArray& id, const QByteArray& given = "Ann", const QByteArray& district = "Lodwar")
{
    return id + ',' + given + ",Banda,F,,,1,North," + district + ",,,,,1\n";
}

QStringList describe(const QList<RowIssues>& rows)
{
    QStringList lines;
    for (const RowIssues& issues : rows) {
        for (const FieldIssue& issue : issues.issues) {
            lines.append(QStringLiteral("line %1, column %2 (%3): %4")
                             .arg(issues.line)
                             .arg(issue.columnNumber)
                             .arg(issue.column, issue.reason));
        }
    }
    return lines;
}

} // namespace

QString TestRegistryFiles::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

RegistryImportResult TestRegistryFiles::importFile(const QString& location, const QByteArray& content,
                                                   RegistryColumnMapping mapping)
{
    RegistryImportParams params;
    params.filePath = writeFile(QStringLiteral("registry-%1.csv").arg(++m_files), content);
    params.databaseLocation = location;
    params.mapping = std::move(mapping);
    params.rejectsPath = params.filePath + QStringLiteral(".rejected.csv");
    params.today = QDate(2026, 11, 27);
    if (QString error; !TestOfficers::signImport(params, TestOfficers::importer, &error)) {
        qWarning("%s", qPrintable(error));
    }
    return RegistryImporter().run(params);
}

std::unique_ptr<Database> TestRegistryFiles::open(const QString& location)
{
    QString error;
    auto database = Database::open(location, &error);
    if (!database) {
        qWarning("%s", qPrintable(error));
    }
    return database;
}

void TestRegistryFiles::lineBreaksInPlacesBecomeSpaces()
{
    // A spreadsheet's multi-line cell, in a file with CRLF line ends: LF, CR and CRLF inside quotes.
    QByteArray content = kHeader + row("BEN-1") + row("BEN-2", "Ben", "\"Plot 4\nMain Road\"") +
                         row("BEN-3", "Cy", "\"Ward 2\r\nBlock\r\nC\"") + row("BEN-4", "Di", "\"Old\rTown\"");
    content.replace("1\n", "1\r\n");
    const QString db = m_databases.freshLocation(QStringLiteral("sqlite"));
    const RegistryImportResult result = importFile(db, content);
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(result.inserted, 4);
    QCOMPARE(result.rejected, 0);
    QCOMPARE(result.rowsWithWarnings, 3);
    const QStringList warnings = describe(result.warningSample);
    QCOMPARE(warnings.size(), 3);
    QCOMPARE(warnings.at(0),
             QStringLiteral("line 3, column 9 (district): the value held line breaks; each was turned into a space"));
    QVERIFY(warnings.at(1).startsWith(QStringLiteral("line 5, column 9 (district)")));
    QVERIFY(warnings.at(2).startsWith(QStringLiteral("line 8, column 9 (district)")));

    const auto database = open(db);
    BeneficiaryRepository repository(*database);
    QCOMPARE(repository.findByRegistryId(QStringLiteral("BEN-2"))->district, QStringLiteral("Plot 4 Main Road"));
    QCOMPARE(repository.findByRegistryId(QStringLiteral("BEN-3"))->district, QStringLiteral("Ward 2 Block C"));
    QCOMPARE(repository.findByRegistryId(QStringLiteral("BEN-4"))->district, QStringLiteral("Old Town"));
}

void TestRegistryFiles::lineBreaksInNamesAreRefused()
{
    const QString db = m_databases.freshLocation(QStringLiteral("sqlite"));
    const RegistryImportResult result =
        importFile(db, kHeader + row("BEN-1", "\"Ann\nMarie\"") + row("BEN-2", "\"Ben\xe2\x80\x8b\"") + row("BEN-3"));
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(result.inserted, 1);
    QCOMPARE(result.rejected, 2);
    const QStringList rejected = describe(result.rejectedSample);
    QCOMPARE(
        rejected.at(0),
        QStringLiteral("line 2, column 2 (given_name): holds a control or invisible formatting character (U+000a)"));
    QCOMPARE(
        rejected.at(1),
        QStringLiteral("line 4, column 2 (given_name): holds a control or invisible formatting character (U+200b)"));
}

void TestRegistryFiles::damageInOneRecordCostsThatRecord_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("imported");
    QTest::addColumn<QString>("rejection");

    QByteArray rows;
    for (int i = 1; i <= 1499; ++i) {
        rows += row("BEN-" + QByteArray::number(i));
    }
    QTest::newRow("the last record opens a quote never closed")
        << kHeader + rows + "BEN-1500,\"Ann,Banda,F,,,1,North,Lodwar,,,,,1\n"
        << 1499
        << QStringLiteral("line 1501, column 2 (given_name): a quoted field opened on line 1501 is never closed");
    QTest::newRow("a 200,000-character name in a quoted field")
        << kHeader + row("BEN-1", "\"" + QByteArray(200000, 'a') + "\"") + row("BEN-2") << 1
        << QStringLiteral("line 2, column 2 (given_name): too long: more than 65536 bytes");
    QTest::newRow("a 300-character name")
        << kHeader + row("BEN-1", QByteArray(300, 'a')) + row("BEN-2") << 1
        << QStringLiteral("line 2, column 2 (given_name): too long: 300 characters, at most 200");
    QTest::newRow("a quote inside an unquoted name")
        << kHeader + row("BEN-1", "An\"n") + row("BEN-2") << 1
        << QStringLiteral("line 2, column 2 (given_name): a quote inside an unquoted field (quote the whole field)");
    QTest::newRow("text after a closing quote")
        << kHeader + row("BEN-1", "\"Ann\"e") + row("BEN-2") << 1
        << QStringLiteral("line 2, column 2 (given_name): text after the closing quote (quote the whole field)");
}

void TestRegistryFiles::damageInOneRecordCostsThatRecord()
{
    QFETCH(QByteArray, content);
    QFETCH(int, imported);
    QFETCH(QString, rejection);
    const QString db = m_databases.freshLocation(QStringLiteral("sqlite"));
    const RegistryImportResult result = importFile(db, content);
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(result.inserted, imported);
    QCOMPARE(result.rejected, 1);
    QCOMPARE(describe(result.rejectedSample), QStringList{rejection});
    QCOMPARE(BeneficiaryRepository(*open(db)).count(), imported);
}

void TestRegistryFiles::invalidBytesInAnIgnoredColumnRejectTheRecord()
{
    const QByteArray header = "registry_id,given_name,notes\n";
    const QString db = m_databases.freshLocation(QStringLiteral("sqlite"));
    const RegistryImportResult result = importFile(db, header + "BEN-1,Ann,caf\xe9\nBEN-2,Ben,fine\n");
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(result.inserted, 1);
    QCOMPARE(describe(result.rejectedSample),
             QStringList{QStringLiteral("line 2, column 3 (notes): invalid encoding: byte 4 of the field (0xe9) is not "
                                        "UTF-8; save the file as UTF-8")});
}

void TestRegistryFiles::headerWithInvalidBytesRefusesTheFile()
{
    const QString db = m_databases.freshLocation(QStringLiteral("sqlite"));
    const RegistryImportResult result = importFile(db, "registry_id,pr\xe9nom\nBEN-1,Ann\n");
    QVERIFY(!result.succeeded);
    QVERIFY2(result.error.contains(QStringLiteral("header row, column 2: invalid encoding (byte 3 is not UTF-8)")),
             qPrintable(result.error));
}

void TestRegistryFiles::headerSpellings_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("payeeType");
    QTest::addColumn<QString>("payee");

    QTest::newRow("OpenG2P payee_id_type/payee_id")
        << QByteArray("beneficiary_id,first_name,last_name,payee_id_type,payee_id\nB-1,Ann,Banda,msisdn,0712345678\n")
        << QStringLiteral("msisdn") << QStringLiteral("0712345678");
    QTest::newRow("Payment Hub EE payee_identifier_type/payee_identifier")
        << QByteArray("id,given_name,payee_identifier_type,payee_identifier\nB-1,Ann,MSISDN,0712345678\n")
        << QStringLiteral("msisdn") << QStringLiteral("0712345678");
    QTest::newRow("Mojaloop payeeIdType/payeeIdentifier")
        << QByteArray("registryId,givenName,payeeIdType,payeeIdentifier\nB-1,Ann,IBAN,DE89370400440532013000\n")
        << QStringLiteral("iban") << QStringLiteral("DE89370400440532013000");
    QTest::newRow("spaces and case")
        << QByteArray("Registry ID,Given Name,PAYEE ID TYPE,Payee Id\nB-1,Ann,msisdn,0712345678\n")
        << QStringLiteral("msisdn") << QStringLiteral("0712345678");
    QTest::newRow("msisdn names its type") << QByteArray("registry_id,given_name,MSISDN\nB-1,Ann,0712345678\n")
                                           << QStringLiteral("msisdn") << QStringLiteral("0712345678");
    QTest::newRow("iban names its type") << QByteArray(
                                                "registry_id,given_name,IBAN\nB-1,Ann,DE89 3704 0044 0532 0130 00\n")
                                         << QStringLiteral("iban") << QStringLiteral("DE89370400440532013000");
    QTest::newRow("account_number names its type")
        << QByteArray("registry_id,given_name,account_number\nB-1,Ann,00123456789\n") << QStringLiteral("bank_account")
        << QStringLiteral("00123456789");
    QTest::newRow("a type column wins over the header's")
        << QByteArray("registry_id,given_name,payee_type,msisdn\nB-1,Ann,iban,DE89370400440532013000\n")
        << QStringLiteral("iban") << QStringLiteral("DE89370400440532013000");
}

void TestRegistryFiles::headerSpellings()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, payeeType);
    QFETCH(QString, payee);
    const QString db = m_databases.freshLocation(QStringLiteral("sqlite"));
    const RegistryImportResult result = importFile(db, content);
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(describe(result.rejectedSample), QStringList());
    QCOMPARE(result.inserted, 1);
    QCOMPARE(result.ignoredColumns, QStringList());
    const auto beneficiary = BeneficiaryRepository(*open(db)).findByRegistryId(QStringLiteral("B-1"));
    QVERIFY(beneficiary);
    QCOMPARE(beneficiary->givenName, QStringLiteral("Ann"));
    QCOMPARE(partyIdTypeName(beneficiary->payee.type()), payeeType);
    QCOMPARE(beneficiary->payee.value(), payee);

    // The preview says which columns were guessed from another system's spelling.
    const RegistryFilePreview preview =
        RegistryFilePreview::read(writeFile(QStringLiteral("preview.csv"), content), {});
    QVERIFY(preview.readable());
    QVERIFY(preview.mappingError().isEmpty());
    QCOMPARE(preview.mapping().matches().size(), preview.headers().size());
    for (int i = 0; i < preview.headers().size(); ++i) {
        const bool canonical =
            registryFieldFromHeader(preview.headers().at(i)) &&
            registryHeaderKey(preview.headers().at(i)) ==
                registryHeaderKey(registryFieldName(*registryFieldFromHeader(preview.headers().at(i))));
        QCOMPARE(preview.mapping().matches().at(i),
                 canonical ? RegistryColumnMapping::Match::Canonical : RegistryColumnMapping::Match::Spelling);
    }
}

void TestRegistryFiles::payeeLookingColumnsAreWarnedBeforeImport()
{
    // No payee column is recognised; "Wallet No" says so by its name, "acct" by its values (IBANs).
    QByteArray content = "registry_id,given_name,Wallet No,acct,notes\n";
    for (int i = 0; i < 5; ++i) {
        content += "B-" + QByteArray::number(i) + ",Ann,07123456" + QByteArray::number(10 + i) +
                   ",DE89370400440532013000,none\n";
    }
    const RegistryFilePreview preview = RegistryFilePreview::read(writeFile(QStringLiteral("payee.csv"), content), {});
    QVERIFY(preview.readable());
    QCOMPARE(preview.warnings().size(), 2);
    QVERIFY2(
        preview.warnings().at(0).startsWith(QStringLiteral("The column \"Wallet No\" looks like payee accounts but is "
                                                           "not imported, so every beneficiary would be imported "
                                                           "without a payee account")),
        qPrintable(preview.warnings().at(0)));
    QVERIFY(preview.warnings().at(1).startsWith(QStringLiteral("The column \"acct\" looks like payee accounts")));

    const QString db = m_databases.freshLocation(QStringLiteral("sqlite"));
    const RegistryImportResult result = importFile(db, content);
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(result.columnWarnings, preview.warnings());

    // Mapped, the warning goes and the accounts are imported.
    RegistryColumnMapping mapping;
    mapping.map(QStringLiteral("acct"), RegistryField::PayeeAddress);
    content.replace("registry_id,given_name,Wallet No,acct,notes", "registry_id,given_name,Wallet No,acct,payee_type");
    content.replace(",none\n", ",iban\n");
    const RegistryFilePreview mapped =
        RegistryFilePreview::read(writeFile(QStringLiteral("mapped.csv"), content), mapping);
    QCOMPARE(mapped.warnings().size(), 1); // "Wallet No" still looks like one
    QVERIFY(mapped.warnings().at(0).contains(QStringLiteral("map it if it holds the account to pay")));
}

void TestRegistryFiles::reimportOfUnchangedRowsUpdatesNothing()
{
    QFETCH(QString, backend);
    const QString db = m_databases.freshLocation(backend);
    QVERIFY(!db.isEmpty());
    const QByteArray content = kHeader + row("BEN-1") + row("BEN-2") + row("BEN-3") + row("BEN-4");
    QCOMPARE(importFile(db, content).inserted, 4);
    RegistryImportResult again = importFile(db, content);
    QVERIFY2(again.succeeded, qPrintable(again.error));
    QCOMPARE(again.inserted, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.unchanged, 4);

    // A change of case alone is a change; a repeated id in the same file is still caught.
    QByteArray changed = content;
    changed.replace("BEN-2,Ann", "BEN-2,ANN");
    changed += row("BEN-1");
    again = importFile(db, changed);
    QVERIFY2(again.succeeded, qPrintable(again.error));
    QCOMPARE(again.updated, 1);
    QCOMPARE(again.unchanged, 3);
    QCOMPARE(again.rejected, 1);
    QCOMPARE(BeneficiaryRepository(*open(db)).findByRegistryId(QStringLiteral("BEN-2"))->givenName,
             QStringLiteral("ANN"));
}

void TestRegistryFiles::sharedAccountsAreTheFilesOwn()
{
    QFETCH(QString, backend);
    const QString db = m_databases.freshLocation(backend);
    QVERIFY(!db.isEmpty());
    const QByteArray header = "registry_id,given_name,payee_type,payee_address\n";
    RegistryImportResult result = importFile(db, header + "A-1,Ann,msisdn,0711111111\nA-2,Ben,msisdn,0711111111\n");
    QCOMPARE(result.sharedAccountCount, 1);
    // A later file that shares nothing is not told about the registry's old duplicate.
    result = importFile(db, header + "B-1,Cy,msisdn,0722222222\nB-2,Di,msisdn,0733333333\n");
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(result.sharedAccountCount, 0);
    // One that collides with a registered account is, with both holders.
    result = importFile(db, header + "C-1,Eve,msisdn,0722222222\nC-2,Fay,msisdn,0744444444\n");
    QCOMPARE(result.sharedAccountCount, 1);
    QCOMPARE(result.sharedAccounts.first().registryIds, (QStringList{QStringLiteral("B-1"), QStringLiteral("C-1")}));
}

void TestRegistryFiles::fileKinds_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("imported");
    QTest::addColumn<QString>("error"); // when the file is refused

    const QByteArray body = row("BEN-1") + row("BEN-2", "Ben");
    QTest::newRow("byte order mark") << "\xef\xbb\xbf" + kHeader + body << 2 << QString();
    QTest::newRow("CRLF") << QByteArray(kHeader + body).replace("\n", "\r\n") << 2 << QString();
    QTest::newRow("CR only") << QByteArray(kHeader + body).replace("\n", "\r") << 2 << QString();
    QTest::newRow("semicolons") << QByteArray(kHeader + body).replace(',', ';') << 2 << QString();
    QTest::newRow("header case and order")
        << QByteArray("Given_Name,REGISTRY_ID,Family_Name\nAnn,BEN-1,Banda\nBen,BEN-2,Phiri\n") << 2 << QString();
    QTest::newRow("renamed headers")
        << QByteArray("Beneficiary ID,First Name,Surname,Sex,Date of Birth,HH Size,Province,County\n"
                      "BEN-1,Ann,Banda,F,1980-01-01,3,North,Lodwar\n")
        << 1 << QString();
    QTest::newRow("header only") << kHeader << 0 << QString();
    QTest::newRow("empty file") << QByteArray() << 0
                                << QStringLiteral("is empty: a registry file starts with a header row");
    QTest::newRow("UTF-16") << QByteArray("\xff\xfer\0e\0") << 0 << QStringLiteral("UTF-16");
    QTest::newRow("no name column") << QByteArray("registry_id,phone\nBEN-1,0712345678\n") << 0
                                    << QStringLiteral("neither a given_name nor a family_name column");
}

void TestRegistryFiles::fileKinds()
{
    QFETCH(QByteArray, content);
    QFETCH(int, imported);
    QFETCH(QString, error);
    const QString db = m_databases.freshLocation(QStringLiteral("sqlite"));
    const RegistryImportResult result = importFile(db, content);
    if (!error.isEmpty()) {
        QVERIFY(!result.succeeded);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        return;
    }
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(describe(result.rejectedSample), QStringList());
    QCOMPARE(result.inserted, imported);
    if (imported > 0) {
        const auto ann = BeneficiaryRepository(*open(db)).findByRegistryId(QStringLiteral("BEN-1"));
        QVERIFY(ann);
        QCOMPARE(ann->givenName, QStringLiteral("Ann"));
        QCOMPARE(ann->familyName, QStringLiteral("Banda"));
    }
}

void TestRegistryFiles::formulasAndSqlStoredVerbatimNeutralisedOnExport()
{
    const QByteArray hostile[] = {"=cmd|' /C calc'!A0", "=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")",
                                  "Robert'); DROP TABLE beneficiary;--", "@SUM(1+1)", "-2+3"};
    QByteArray content = "registry_id,given_name,family_name,birth_date\n";
    for (int i = 0; i < 5; ++i) {
        content += "H-" + QByteArray::number(i) + ",\"" + hostile[i] + "\",Banda,\n";
    }
    content += "H-9,\"=bad\",Banda,not-a-date\n"; // rejected: its row goes to the rejects file
    const QString db = m_databases.freshLocation(QStringLiteral("sqlite"));
    const RegistryImportResult result = importFile(db, content);
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(result.inserted, 5);
    const auto database = open(db);
    BeneficiaryRepository repository(*database);
    for (int i = 0; i < 5; ++i) {
        const auto stored = repository.findByRegistryId(QStringLiteral("H-%1").arg(i));
        QVERIFY(stored);
        QCOMPARE(stored->givenName.toUtf8(), QByteArray(hostile[i]).replace("\"\"", "\""));
    }
    QCOMPARE(repository.count(), 5); // the table is still there

    QFile rejects(result.rejectsPath);
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    const QByteArray written = rejects.readAll();
    QVERIFY2(written.contains("\nH-9,'=bad,Banda,not-a-date,"), written.constData());
    QCOMPARE(CsvWriter::spreadsheetSafe("-2500.00"), QByteArray("-2500.00"));
    QCOMPARE(CsvWriter::spreadsheetSafe("-2+3"), QByteArray("'-2+3"));
    QCOMPARE(CsvWriter::spreadsheetSafe("+254 712 345 678"), QByteArray("+254 712 345 678"));
    QCOMPARE(CsvWriter::spreadsheetSafe("@SUM(1)"), QByteArray("'@SUM(1)"));
    QCOMPARE(CsvWriter::spreadsheetSafe("Ann"), QByteArray("Ann"));
}

void TestRegistryFiles::everyRecordStoredExactlyOrRejectedWithAReason()
{
    // Property: a record's bytes are stored exactly, as the UTF-8 text they are, or the record is
    // rejected with a reason; a name that is valid UTF-8, visible and short enough is never
    // rejected. Names are drawn from bytes that break decoders: Latin-1, cut-short and overlong
    // sequences, surrogates, line breaks, quotes, delimiters, spaces.
    const QList<QByteArray> pieces = {"a",
                                      "Z",
                                      " ",
                                      ",",
                                      ";",
                                      "\"\"",
                                      "\n",
                                      "\r\n",
                                      "\r",
                                      "\xe9",
                                      "\xc3\xa9",
                                      "\xc3",
                                      "\xe2\x80\x8b",
                                      "\xc0\xaf",
                                      "\xed\xa0\x80",
                                      "\xf0\x9f\x98\x80",
                                      "\xf4\x90\x80\x80",
                                      "\x7f",
                                      "\t",
                                      "\xd8\xa7\xd9\x84"};
    QRandomGenerator random(20261207);
    QByteArray content = "registry_id,given_name,family_name\n";
    QList<QByteArray> names;
    for (int i = 0; i < 400; ++i) {
        QByteArray name;
        const int length = 1 + random.bounded(6);
        for (int p = 0; p < length; ++p) {
            name += pieces.at(random.bounded(pieces.size()));
        }
        names.append(QByteArray(name).replace("\"\"", "\""));
        content += "P-" + QByteArray::number(i) + ",\"" + name + "\",Banda\n";
    }
    const QString db = m_databases.freshLocation(QStringLiteral("sqlite"));
    const RegistryImportResult result = importFile(db, content);
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(result.rowsRead, 400);
    QCOMPARE(result.inserted + result.rejected, 400);
    QVERIFY(result.inserted > 20);
    QVERIFY(result.rejected > 20);
    QSet<qint64> rejectedLines;
    for (const RowIssues& rejected : result.rejectedSample) {
        QVERIFY(!rejected.issues.isEmpty() && !rejected.issues.first().reason.isEmpty());
        rejectedLines.insert(rejected.line);
    }
    const auto database = open(db);
    BeneficiaryRepository repository(*database);
    CsvReader lines(content);
    QList<QByteArray> record;
    lines.readRecord(record);
    for (int i = 0; i < names.size(); ++i) {
        QVERIFY(lines.readRecord(record));
        const QByteArray& bytes = names.at(i);
        const auto stored = repository.findByRegistryId(QStringLiteral("P-%1").arg(i));
        const QString text = QString::fromUtf8(bytes).trimmed();
        bool acceptable = invalidUtf8Offset(bytes) < 0; // an empty given name is fine beside a family name
        for (const QChar c : text) {
            acceptable = acceptable && !c.isNonCharacter() && c.category() != QChar::Other_Control &&
                         c.category() != QChar::Other_Format && c.category() != QChar::Other_NotAssigned;
        }
        if (stored) {
            QVERIFY2(acceptable, bytes.toHex().constData());
            QCOMPARE(stored->givenName.toUtf8(), bytes.trimmed());
            QVERIFY(!rejectedLines.contains(lines.recordLine()));
        } else {
            QVERIFY2(rejectedLines.contains(lines.recordLine()), bytes.toHex().constData());
            QVERIFY2(!acceptable, bytes.toHex().constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestRegistryFiles)
#include "tst_registryfiles.moc"
