#include "TestDatabases.h"
#include "TestOfficers.h"

#include "registry/DemoRegistryGenerator.h"
#include "registry/RegistryImporter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestDemoRegistryGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameBytes();
    void cleanRowsAllImport();
    void badShareIsRejectedWithReasons();

private:
    static QByteArray generate(quint32 seed, double badShare, qint64 rows);
    RegistryImportResult import(const QByteArray& csv);

    TestDatabases m_databases;
    QTemporaryDir m_dir;
};

QByteArray TestDemoRegistryGenerator::generate(quint32 seed, double badShare, qint64 rows)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    DemoRegistryGenerator generator(seed, badShare);
    QString error;
    if (!generator.write(&buffer, rows, &error)) {
        return {};
    }
    return data;
}

RegistryImportResult TestDemoRegistryGenerator::import(const QByteArray& csv)
{
    const QString path = m_dir.filePath(QStringLiteral("demo.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(csv);
    file.close();
    RegistryImportParams params;
    params.filePath = path;
    params.databaseLocation = m_databases.freshLocation(QStringLiteral("sqlite"));
    params.today = QDate(2026, 11, 27);
    if (QString signError; !TestOfficers::signImport(params, TestOfficers::importer, &signError)) {
        qWarning("%s", qPrintable(signError));
    }
    RegistryImporter importer;
    return importer.run(params);
}

void TestDemoRegistryGenerator::sameSeedSameBytes()
{
    const QByteArray a = generate(42, 0.05, 500);
    QVERIFY(a.startsWith("registry_id,given_name,family_name,"));
    QCOMPARE(a.count('\n'), 501);
    QCOMPARE(generate(42, 0.05, 500), a);
    QVERIFY(generate(43, 0.05, 500) != a);
}

void TestDemoRegistryGenerator::cleanRowsAllImport()
{
    const RegistryImportResult result = import(generate(5, 0.0, 4000));
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(result.inserted, 4000);
    QCOMPARE(result.rejected, 0);
    QVERIFY(result.sharedAccountCount > 0); // the generator registers some accounts twice
}

void TestDemoRegistryGenerator::badShareIsRejectedWithReasons()
{
    const RegistryImportResult result = import(generate(5, 0.1, 4000));
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(result.inserted + result.rejected, 4000);
    QVERIFY2(result.rejected > 300 && result.rejected < 500, qPrintable(QString::number(result.rejected)));
    for (const RowIssues& row : result.rejectedSample) {
        QVERIFY(row.line >= 2);
        QVERIFY(!row.issues.isEmpty());
        QVERIFY(!row.issues.first().reason.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestDemoRegistryGenerator)
#include "tst_demoregistrygenerator.moc"
