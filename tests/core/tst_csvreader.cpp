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
    for (const QString& folder : {QStringLiteral("env-template-csv"), QStringLiteral("integration-test/batch_demo_csv")}) {
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
