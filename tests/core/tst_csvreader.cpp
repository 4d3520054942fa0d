#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void hugeFieldStopsWithError();
    void damageCostsOneRecord_data();
    void damageCostsOneRecord();
    void ambiguousDamageStopsTheReader_data();
    void ambiguousDamageStopsTheReader();
    void recordsAcrossChunkBoundaries();
    void writerRoundTrip();
    void readsRealPaymentHubFiles();
};

void TestCsvReader::golden_data()
{
    QTest::addColumn<QString>("folder");
    const QDir root(QStringLiteral(PAYDESK_TEST_DATA_DIR "/csv"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 10);
    for (const QString& name : cases) {
        QTest::newRow(qPrintable(name)) << root.filePath(name);
    }
}

void TestCsvReader::golden()
{
    QFETCH(QString, folder);
    QFile input(folder + QStringLiteral("/input.csv"));
    QFile expectedFile(folder + QStringLiteral("/expected.json"));
    QVERIFY(input.open(QIODevice::ReadOnly));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();

    CsvReader reader(&input);
    QList<QByteArray> record;
    QJsonArray records;
    QJsonArray lines;
    while (reader.readRecord(record)) {
        QJsonArray fields;
        for (const QByteArray& field : record) {
            fields.append(QString::fromUtf8(field));
        }
        records.append(fields);
        lines.append(reader.recordLine());
    }
    QCOMPARE(records, expected.value(QStringLiteral("records")).toArray());
    if (expected.contains(QStringLiteral("lines"))) {
        QCOMPARE(lines, expected.value(QStringLiteral("lines")).toArray());
    }
    const QString error = expected.value(QStringLiteral("error")).toString();
    QCOMPARE(reader.hasError(), !error.isEmpty());
    QVERIFY2(reader.errorString().contains(error), qPrintable(reader.errorString()));
}

void TestCsvReader::hugeFieldStopsWithError()
{
    QByteArray data = "id,name\n1,\"";
    data += QByteArray(200 * 1024, 'x');
    data += "\"\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QByteArray> record;
    QVERIFY(reader.readRecord(record));
    QVERIFY(!reader.readRecord(record));
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().contains(QStringLiteral("line 2, column 2")), qPrintable(reader.errorString()));
    QVERIFY(reader.errorString().contains(QStringLiteral("longer than 65536 bytes")));
}

void TestCsvReader::damageCostsOneRecord_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("damagedLine");
    QTest::addColumn<int>("damagedColumn");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("records"); // data records read, the damaged one included

    const QByteArray head = "id,name,place\n1,Ann,North\n";
    QTest::newRow("quote never closed in the last record") << head + "2,\"Ben,South\n"
                                                           << 3 << 2 << QStringLiteral("never closed") << 2;
    QTest::newRow("quote never closed in the last record, CRLF")
        << QByteArray(head).replace("\n", "\r\n") + "2,\"Ben,South\r\n"
        << 3 << 2 << QStringLiteral("never closed") << 2;
    QTest::newRow("quote never closed at the very end")
        << head + "2,Ben,\"South" << 3 << 3 << QStringLiteral("never closed") << 2;
    QTest::newRow("quote inside an unquoted field")
        << head + "2,Be\"n,South\n3,Cy,East\n"
        << 3 << 2 << QStringLiteral("a quote inside an unquoted field") << 3;
    QTest::newRow("text after the closing quote") << head + "2,\"Ben\"jamin,South\n3,Cy,East\n"
                                                  << 3 << 2 << QStringLiteral("text after the closing quote") << 3;
    QTest::newRow("quoted field past the limit") << head + "2,\"" + QByteArray(200000, 'x') + "\",South\n3,Cy,East\n"
                                                 << 3 << 2 << QStringLiteral("too long: more than 65536 bytes") << 3;
    QTest::newRow("unquoted field past the limit") << head + "2," + QByteArray(70000, 'y') + ",South\n3,Cy,East\n"
                                                   << 3 << 2 << QStringLiteral("too long") << 3;
    QTest::newRow("multi-line quoted value is no damage") << head + "2,Ben,\"Plot 4\r\nMain Road\"\n3,Cy,East\n"
                                                          << 0 << 0 << QString() << 3;
}

void TestCsvReader::damageCostsOneRecord()
{
    QFETCH(QByteArray, data);
    QFETCH(int, damagedLine);
    QFETCH(int, damagedColumn);
    QFETCH(QString, reason);
    QFETCH(int, records);
    CsvReader reader(data);
    reader.setKeepReadingPastDamage(true);
    QList<QByteArray> record;
    QVERIFY(reader.readRecord(record));
    int read = 0;
    int damaged = 0;
    while (reader.readRecord(record)) {
        ++read;
        if (!reader.recordDamage().reason.isEmpty()) {
            ++damaged;
            QCOMPARE(reader.recordLine(), qint64(damagedLine));
            QCOMPARE(reader.recordDamage().column, damagedColumn);
            QVERIFY2(reader.recordDamage().reason.contains(reason), qPrintable(reader.recordDamage().reason));
        } else {
            QCOMPARE(record.size(), 3);
            QVERIFY(record.at(1).size() < 100); // a whole record holds its own value, nothing swallowed
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(read, records);
    QCOMPARE(damaged, reason.isEmpty() ? 0 : 1);

    // Read strictly (a file PayDesk or a hub wrote), the same damage stops the reader.
    if (!reason.isEmpty()) {
        CsvReader strict(data);
        while (strict.readRecord(record)) {
        }
        QVERIFY(strict.hasError());
        QVERIFY2(strict.errorString().contains(QStringLiteral("line %1").arg(damagedLine)),
                 qPrintable(strict.errorString()));
    }
}

void TestCsvReader::ambiguousDamageStopsTheReader_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");

    QTest::newRow("quote opened mid-file, never closed")
        << QByteArray("id,name,place\n1,Ann,North\n2,\"Ben,South\n3,Cy,East\n4,Di,West\n")
        << QStringLiteral("line 3, column 2: a quoted field opened on this line is never closed and swallows the lines "
                          "after it, which read like records (line 4)");
    QTest::newRow("quote opened mid-file, closed by a later record's quote")
        << QByteArray("id,name,place\n1,Ann,North\n2,\"Ben,South\n3,Cy,East\n4,\"Di\",West\n")
        << QStringLiteral("line 3, column 2: the quoted field opened on this line runs to line 5 and swallows lines "
                          "that read like records (line 4)");
    QTest::newRow("quote opened mid-file, closed by the file's last byte")
        << QByteArray("id,name,place\n1,Ann,North\n2,\"Ben,South\n3,Cy,East\n4,Di,\"")
        << QStringLiteral("line 3, column 2: the quoted field opened on this line runs to line 5 and swallows lines "
                          "that read like records (line 4)");
    QTest::newRow("multi-line field followed by text")
        << QByteArray("id,name,place\n1,Ann,North\n2,\"Ben\nBenson\"x,South\n3,Cy,East\n")
        << QStringLiteral(
               "line 3, column 2: the quoted field opened on this line closes on line 4 and is followed by text");
}

void TestCsvReader::ambiguousDamageStopsTheReader()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    CsvReader reader(data);
    reader.setKeepReadingPastDamage(true);
    QList<QByteArray> record;
    int records = 0;
    while (reader.readRecord(record)) {
        ++records;
    }
    QCOMPARE(records, 2); // the header and the record before the damage
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().startsWith(error), qPrintable(reader.errorString()));
}

void TestCsvReader::recordsAcrossChunkBoundaries()
{
    // More than one 1 MiB read chunk, with quoted fields, CRLFs and escaped quotes everywhere.
    QByteArray data = "n,text\r\n";
    const int rows = 100000;
    for (int i = 0; i < rows; ++i) {
        data += QByteArray::number(i) + ",\"a,\"\"b\"\"\r\nc " + QByteArray::number(i) + "\"\r\n";
    }
    QVERIFY(data.size() > 2 * 1024 * 1024);
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QByteArray> record;
    QVERIFY(reader.readRecord(record));
    for (int i = 0; i < rows; ++i) {
        QVERIFY2(reader.readRecord(record), qPrintable(reader.errorString()));
        QCOMPARE(record.size(), 2);
        QCOMPARE(record.at(0), QByteArray::number(i));
        QCOMPARE(record.at(1), "a,\"b\"\r\nc " + QByteArray::number(i));
        QCOMPARE(reader.recordLine(), qint64(2 + 2 * i));
    }
    QVERIFY(!reader.readRecord(record));
    QVERIFY(!reader.hasError());
    QCOMPARE(reader.bytesRead(), qint64(data.size()));
}

void TestCsvReader::writerRoundTrip()
{
    const QList<QList<QByteArray>> rows = {
        {"plain", "with,comma", "with \"quote\""},
        {" leading space", "multi\nline", ""},
        {"semi;colon", "trailing ", "ok"},
    };
    for (const char delimiter : {',', ';'}) {
        QByteArray data;
        QBuffer out(&data);
        out.open(QIODevice::WriteOnly);
        CsvWriter writer(&out, delimiter);
        for (const auto& row : rows) {
            QVERIFY(writer.writeRecord(row));
        }
        out.close();
        QVERIFY(!data.contains('\r'));
        QBuffer in(&data);
        in.open(QIODevice::ReadOnly);
        CsvReader reader(&in, delimiter);
        QList<QByteArray> record;
        for (const auto& row : rows) {
            QVERIFY(reader.readRecord(record));
            QCOMPARE(record, row);
        }
        QVERIFY(!reader.readRecord(record));
    }
}

// The official Payment Hub EE batch CSVs, read from the shared reference folder (never copied).
void TestCsvReader::readsRealPaymentHubFiles()
{
    const QDir reference(QStringLiteral(PAYDESK_SHARED_REFERENCE_DIR "/phee-real"));
    if (!reference.exists()) {
        QSKIP("../shared/reference/phee-real is not here: the real Payment Hub EE files were skipped");
    }
    QStringList files;
    for (const QString& folder :
         {QStringLiteral("env-template-csv"), QStringLiteral("integration-test/batch_demo_csv")}) {
        const QDir dir(reference.filePath(folder));
        for (const QString& name : dir.entryList({QStringLiteral("*.csv")}, QDir::Files)) {
            files.append(dir.filePath(name));
        }
    }
    QVERIFY(files.size() >= 10);
    for (const QString& path : std::as_const(files)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file);
        QList<QByteArray> header;
        QVERIFY2(reader.readRecord(header), qPrintable(path));
        QCOMPARE(reader.delimiter(), ',');
        QVERIFY2(header.contains("request_id") && header.contains("payee_identifier"), qPrintable(path));
        QList<QByteArray> record;
        int rows = 0;
        while (reader.readRecord(record)) {
            QCOMPARE(record.size(), header.size());
            ++rows;
        }
        QVERIFY2(!reader.hasError(), qPrintable(path + QStringLiteral(": ") + reader.errorString()));
        QVERIFY2(rows > 0, qPrintable(path));
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
