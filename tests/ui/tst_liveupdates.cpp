// Officers on two desktops sharing one database see each other's work without a click: another
// connection (the other desktop) saves a program and opens a cycle, and this window's Programs,
// Cycles and Audit pages show them within seconds — on PostgreSQL (LISTEN/NOTIFY) and on a SQLite
// file (PRAGMA data_version) — while the program the officer chose stays chosen and what they
// typed in its form stays there.
#include "PreparedCycle.h"
#include "TestDatabases.h"
#include "UiTestSupport.h"

#include "programs/CycleService.h"
#include "programs/ProgramRepository.h"

#include <QApplication>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>

class TestLiveUpdates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void othersWorkShowsWithoutAClick_data() { TestDatabases::addBackendRows(); }
    void othersWorkShowsWithoutAClick();

private:
    TestDatabases m_databases;
    QTemporaryDir m_dir;
};

void TestLiveUpdates::othersWorkShowsWithoutAClick()
{
    QFETCH(QString, backend);
    const QString location = m_databases.freshLocation(backend);
    PreparedCycle cycle =
        PreparedCycle::make(location, m_dir.filePath(QStringLiteral("registry-%1.csv").arg(backend)), 8, 40, 50);
    QVERIFY(cycle.database);
    MainWindow window(*cycle.database);
    window.resize(1366, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(actAs(&window, PreparedCycle::maker.id));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    auto* programs = window.findChild<QListWidget*>(QStringLiteral("programList"));
    auto* name = window.findChild<QLineEdit*>(QStringLiteral("programName"));
    auto* cycles = window.findChild<QTableWidget*>(QStringLiteral("cycleTable"));
    auto* audit = window.findChild<QTableWidget*>(QStringLiteral("auditTable"));
    QVERIFY(programs && name && cycles && audit);
    navigation->setCurrentRow(1);
    settle();
    QCOMPARE(programs->count(), 1);
    QCOMPARE(programs->currentRow(), 0);
    name->setText(QStringLiteral("Typed, not saved"));
    const int cyclesBefore = cycles->rowCount();
    const int auditBefore = audit->rowCount();

    // The other desktop.
    QString error;
    const auto other = Database::open(location, &error);
    QVERIFY2(other, qPrintable(error));
    TestOfficers::rejoin(*other);
    Program winter = *ProgramRepository(*other).find(1, &error);
    winter.id = 0;
    winter.name = QStringLiteral("Winter grant");
    QVERIFY2(ProgramRepository(*other).save(winter, PreparedCycle::maker, &error), qPrintable(error));
    QVERIFY2(CycleService(*other).create(1, QStringLiteral("2027-02"), QDate(2027, 2, 1), QDate(2027, 2, 28),
                                         PreparedCycle::maker, &error),
             qPrintable(error));

    QTRY_COMPARE_WITH_TIMEOUT(programs->count(), 2, 5000);
    QCOMPARE(programs->item(1)->text(), QStringLiteral("Winter grant"));
    QCOMPARE(programs->currentRow(), 0);
    QCOMPARE(name->text(), QStringLiteral("Typed, not saved"));
    QTRY_COMPARE_WITH_TIMEOUT(cycles->rowCount(), cyclesBefore + 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(audit->rowCount() >= auditBefore + 2, 5000);
    saveScreenshot(&window, QStringLiteral("live-updates-%1.png").arg(backend));
}

QTEST_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"
