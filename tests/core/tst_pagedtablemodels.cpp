#include "PreparedCycle.h"
#include "TestDatabases.h"

#include "models/EntitlementTableModel.h"
#include "models/PaymentTableModel.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The paged tables of a cycle's entitlements and payments, under QAbstractItemModelTester while
// they load, change cycle, filter and read every page, on SQLite and PostgreSQL.
class TestPagedTableModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entitlements_data() { TestDatabases::addBackendRows(); }
    void entitlements();
    void payments_data() { TestDatabases::addBackendRows(); }
    void payments();

private:
    PreparedCycle prepare(const QString& backend);

    TestDatabases m_databases;
    QTemporaryDir m_dir;
};

namespace {

// More rows than a page, so that reading them all crosses pages.
constexpr int kRegistryRows = 800;

bool settle(IdPagedTableModel& model)
{
    QSignalSpy loaded(&model, &IdPagedTableModel::loaded);
    return !model.isLoading() || (loaded.wait(30000) && !model.isLoading());
}

qint64 countOf(Database& database, const QString& sql, qint64 id)
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

// Every cell of every row, as a view scrolling to the end would ask for them: the first column
// of each row read, none empty.
QStringList firstColumn(const QAbstractItemModel& model)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 1; column < model.columnCount(); ++column) {
            model.data(model.index(row, column));
        }
        values.append(model.data(model.index(row, 0)).toString());
    }
    return values;
}

} // namespace

PreparedCycle TestPagedTableModels::prepare(const QString& backend)
{
    return PreparedCycle::make(m_databases.freshLocation(backend), m_dir.filePath(backend + QStringLiteral(".csv")), 7,
                               kRegistryRows, 100);
}

void TestPagedTableModels::entitlements()
{
    QFETCH(QString, backend);
    const PreparedCycle fixture = prepare(backend);
    QVERIFY(fixture.database);
    const qint64 expected = countOf(
        *fixture.database, QStringLiteral("SELECT COUNT(*) FROM entitlement WHERE cycle_id = ?"), fixture.cycleId);
    QVERIFY2(expected > IdPagedTableModel::kPageSize, qPrintable(QString::number(expected)));

    EntitlementTableModel model(*fixture.database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setCycle(fixture.cycleId);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), expected);
    const QStringList registryIds = firstColumn(model);
    QVERIFY(!registryIds.contains(QString()));
    QStringList sorted = registryIds;
    sorted.sort();
    QCOMPARE(registryIds, sorted); // in registry order, page after page
    QVERIFY(!model.totalsByRegion().isEmpty());

    model.setCycle(0);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 0);
    model.setCycle(fixture.cycleId + 1000); // no such cycle: empty, not an error
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 0);
}

void TestPagedTableModels::payments()
{
    QFETCH(QString, backend);
    const PreparedCycle fixture = prepare(backend);
    QVERIFY(fixture.database);
    QVERIFY(fixture.batches.size() > 2);
    const qint64 expected = fixture.requestIds.size();
    QVERIFY2(expected > IdPagedTableModel::kPageSize, qPrintable(QString::number(expected)));

    PaymentTableModel model(*fixture.database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.show(fixture.cycleId, {});
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), expected);
    QStringList requestIds = firstColumn(model);
    QStringList prepared = fixture.requestIds;
    requestIds.sort();
    prepared.sort();
    QCOMPARE(requestIds, prepared);
    QVERIFY(!model.regions().isEmpty());

    PaymentFilter oneBatch;
    oneBatch.batchId = fixture.batches.at(1);
    model.show(fixture.cycleId, oneBatch);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(),
             countOf(*fixture.database, QStringLiteral("SELECT COUNT(*) FROM payment WHERE batch_id = ?"),
                     oneBatch.batchId));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.data(model.index(row, PaymentTableModel::BatchColumn)).toLongLong(), oneBatch.batchId);
    }

    PaymentFilter oneRegion;
    oneRegion.region = model.regions().constFirst();
    oneRegion.state = QStringLiteral("paid"); // none is paid yet
    model.show(fixture.cycleId, oneRegion);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 0);
    oneRegion.state.clear();
    model.show(fixture.cycleId, oneRegion);
    QVERIFY(settle(model));
    QVERIFY(model.rowCount() > 0 && model.rowCount() < expected);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.data(model.index(row, PaymentTableModel::RegionColumn)).toString(), oneRegion.region);
    }

    model.show(0, {});
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestPagedTableModels)
#include "tst_pagedtablemodels.moc"
