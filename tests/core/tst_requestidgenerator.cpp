#include "batching/RequestIdGenerator.h"

#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QUuid>

class TestRequestIdGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsAreVersionSevenUuids();
    void idsOfARunSortInTheOrderMade();
    void runsDoNotShareIds();
};

void TestRequestIdGenerator::idsAreVersionSevenUuids()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    RequestIdGenerator generator;
    const QString id = generator.next();
    QCOMPARE(id.size(), 36);
    const QUuid uuid = QUuid::fromString(id);
    QVERIFY2(!uuid.isNull(), qPrintable(id));
    QCOMPARE(uuid.toString(QUuid::WithoutBraces), id); // lower case, canonical form
    QCOMPARE(uuid.variant(), QUuid::DCE);
    QCOMPARE(id.at(14), u'7'); // the version digit
    // The first 48 bits are the run's start in Unix milliseconds.
    const qint64 milliseconds =
        QStringView(id).left(8).toString().append(QStringView(id).mid(9, 4)).toLongLong(nullptr, 16);
    QVERIFY(milliseconds >= before);
    QVERIFY(milliseconds <= QDateTime::currentMSecsSinceEpoch());
}

void TestRequestIdGenerator::idsOfARunSortInTheOrderMade()
{
    RequestIdGenerator generator;
    QString previous = generator.next();
    for (int n = 0; n < 200000; ++n) {
        const QString id = generator.next();
        QVERIFY2(previous < id, qPrintable(previous + QStringLiteral(" then ") + id));
        previous = id;
    }
}

void TestRequestIdGenerator::runsDoNotShareIds()
{
    RequestIdGenerator first;
    RequestIdGenerator second; // very likely in the same millisecond
    QSet<QString> seen;
    for (int n = 0; n < 50000; ++n) {
        seen.insert(first.next());
        seen.insert(second.next());
    }
    QCOMPARE(seen.size(), 100000);
}

QTEST_GUILESS_MAIN(TestRequestIdGenerator)
#include "tst_requestidgenerator.moc"
