#include "review/ResultComparison.h"

#include <QDir>
#include <QFile>
#include <QTest>

// Golden folders of hub answers (tests/data/hub-answers/NAME): a batch file as PayDesk sends it,
// what the hub answered about it (answer.json: the operations app's batch detail; answer.csv: its
// result CSV; answer.txt: anything else), and expected.csv: each payment's outcome, reason and
// settlement time, or "error" and a part of the message when the answer is not readable. Each
// folder's README says which quirk it holds.
class TestHubAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersGiveTheExpectedStates_data();
    void answersGiveTheExpectedStates();
};

namespace {

QString outcomeKey(ResultComparison::Outcome outcome)
{
    switch (outcome) {
    case ResultComparison::Outcome::Paid:
        return QStringLiteral("paid");
    case ResultComparison::Outcome::Failed:
        return QStringLiteral("failed");
    case ResultComparison::Outcome::InFlight:
        return QStringLiteral("in flight");
    case ResultComparison::Outcome::Missing:
        return QStringLiteral("missing");
    case ResultComparison::Outcome::Disputed:
        return QStringLiteral("disputed");
    }
    return {};
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestHubAnswers::answersGiveTheExpectedStates_data()
{
    QTest::addColumn<QString>("folder");
    const QDir root(QStringLiteral(PAYDESK_TEST_DATA_DIR "/hub-answers"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 5);
    for (const QString& name : cases) {
        QTest::newRow(qPrintable(name)) << root.filePath(name);
    }
}

void TestHubAnswers::answersGiveTheExpectedStates()
{
    QFETCH(QString, folder);
    const QDir dir(folder);
    const QStringList answers = dir.entryList({QStringLiteral("answer.*")}, QDir::Files);
    QCOMPARE(answers.size(), 1);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("README"))));
    const ResultComparison comparison = ResultComparison::compare(contents(dir.filePath(QStringLiteral("batch.csv"))),
                                                                  contents(dir.filePath(answers.first())));
    const QList<QByteArray> expected = contents(dir.filePath(QStringLiteral("expected.csv"))).trimmed().split('\n');
    if (expected.first() == "error") {
        QVERIFY(!comparison.readable);
        QVERIFY2(comparison.error.contains(QString::fromUtf8(expected.value(1))), qPrintable(comparison.error));
        QVERIFY(comparison.lines.isEmpty());
        return;
    }
    QVERIFY2(comparison.readable, qPrintable(comparison.error));
    QCOMPARE(expected.first(), QByteArray("request_id,outcome,reason,settled_at"));
    QCOMPARE(comparison.lines.size(), expected.size() - 1);
    for (int i = 0; i < comparison.lines.size(); ++i) {
        const QStringList fields = QString::fromUtf8(expected.at(i + 1)).split(u',');
        QCOMPARE(fields.size(), 4);
        const ResultComparison::Line& line = comparison.lines.at(i);
        QCOMPARE(line.requestId, fields.at(0));
        QCOMPARE(outcomeKey(line.outcome), fields.at(1));
        QCOMPARE(line.reason, fields.at(2));
        QCOMPARE(line.settledAt, fields.at(3));
    }
}

QTEST_GUILESS_MAIN(TestHubAnswers)
#include "tst_hubanswers.moc"
