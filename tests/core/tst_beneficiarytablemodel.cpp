#include "TestDatabases.h"
#include "TestOfficers.h"

#include "models/BeneficiaryTableModel.h"
#include "officers/Officer.h"
#include "privacy/IdentifierMask.h"
#include "registry/DemoRegistryGenerator.h"
#include "registry/RegistryImporter.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestBeneficiaryTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesModelTester_data() { TestDatabases::addBackendRows(); }
    void passesModelTester();
    void pagesStayBounded();
    void sortsAndFilters();
    void masksIdentifiersUntilAllowed();
    void emptyRegistry();

private:
    std::unique_ptr<Database> open(const QString& backend);

    TestDatabases m_databases;
    QTemporaryDir m_dir;
    QString m_csv;
    static constexpr int kRows = 3000;
};

void TestBeneficiaryTableModel::initTestCase()
{
    m_csv = m_dir.filePath(QStringLiteral("registry.csv"));
    QFile file(m_csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    DemoRegistryGenerator generator(11, 0.0);
    QString error;
    QVERIFY2(generator.write(&file, kRows, &error), qPrintable(error));
}

namespace {

// The position index is built in a worker thread: wait until the model shows the current query.
bool settle(BeneficiaryTableModel& model)
{
    QSignalSpy loading(&model, &BeneficiaryTableModel::loadingChanged);
    return !model.isLoading() || (loading.wait(30000) && !model.isLoading());
}

} // namespace

std::unique_ptr<Database> TestBeneficiaryTableModel::open(const QString& backend)
{
    RegistryImportParams params;
    params.filePath = m_csv;
    params.databaseLocation = m_databases.freshLocation(backend);
    params.today = QDate(2026, 11, 27);
    if (QString signError; !TestOfficers::signImport(params, TestOfficers::importer, &signError)) {
        qWarning("%s", qPrintable(signError));
    }
    RegistryImporter importer;
    const RegistryImportResult result = importer.run(params);
    if (!result.succeeded || result.inserted != kRows) {
        qWarning("import failed: %s", qPrintable(result.error));
        return nullptr;
    }
    QString error;
    return Database::open(params.databaseLocation, &error);
}

void TestBeneficiaryTableModel::passesModelTester()
{
    QFETCH(QString, backend);
    const auto database = open(backend);
    QVERIFY(database);
    BeneficiaryTableModel model(*database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), kRows);
    QCOMPARE(model.columnCount(), int(BeneficiaryTableModel::ColumnCount));
    QCOMPARE(model.index(0, BeneficiaryTableModel::RegistryIdColumn).data().toString(), QStringLiteral("BEN-00000001"));
    QCOMPARE(model.index(kRows - 1, BeneficiaryTableModel::RegistryIdColumn).data().toString(),
             QStringLiteral("BEN-00003000"));
    QVERIFY(model.index(5, BeneficiaryTableModel::BirthDateColumn)
                .data(BeneficiaryTableModel::RawValueRole)
                .toDate()
                .isValid());
    QVERIFY(model.index(5, 0).data(BeneficiaryTableModel::IdRole).toLongLong() > 0);
    model.sort(BeneficiaryTableModel::NameColumn, Qt::DescendingOrder);
    model.setFilter(BeneficiaryQuery::Filter::Region, QStringLiteral("coast"));
    QVERIFY(settle(model));
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() < kRows);
    model.setFilter(BeneficiaryQuery::Filter::Region, QString());
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), kRows);
}

void TestBeneficiaryTableModel::pagesStayBounded()
{
    const auto database = open(QStringLiteral("sqlite"));
    QVERIFY(database);
    BeneficiaryTableModel model(*database);
    QVERIFY(settle(model));
    // Walk the whole table backwards and forwards: every row arrives, in order.
    QString previous;
    for (int row = 0; row < kRows; ++row) {
        const QString id = model.index(row, 0).data().toString();
        QVERIFY(id > previous);
        previous = id;
    }
    QCOMPARE(model.index(kRows / 2, 0).data().toString(),
             QStringLiteral("BEN-%1").arg(kRows / 2 + 1, 8, 10, QLatin1Char('0')));
    QVERIFY(!model.beneficiaryAt(kRows).has_value());
    QVERIFY(!model.beneficiaryAt(-1).has_value());
}

void TestBeneficiaryTableModel::masksIdentifiersUntilAllowed()
{
    const auto database = open(QStringLiteral("sqlite"));
    QVERIFY(database);
    BeneficiaryTableModel model(*database);
    QVERIFY(settle(model));
    QVERIFY(model.isMasked()); // nobody chosen yet: masked
    int checked = 0;
    for (int row = 0; row < 50; ++row) {
        const auto b = model.beneficiaryAt(row);
        QVERIFY(b);
        const QString phone = model.index(row, BeneficiaryTableModel::PhoneColumn).data().toString();
        const QString payee = model.index(row, BeneficiaryTableModel::PayeeAddressColumn).data().toString();
        QCOMPARE(phone, IdentifierMask::mask(b->phone));
        QCOMPARE(payee, IdentifierMask::mask(b->payee.value()));
        if (b->phone.size() > 8) {
            QVERIFY(!phone.contains(b->phone.left(4)));
            QVERIFY(phone.endsWith(b->phone.right(4)));
            ++checked;
        }
        QCOMPARE(model.index(row, BeneficiaryTableModel::RegistryIdColumn).data().toString(), b->registryId);
    }
    QVERIFY(checked > 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setMasked(false);
    QCOMPARE(changed.size(), 1);
    const auto first = model.beneficiaryAt(0);
    QCOMPARE(model.index(0, BeneficiaryTableModel::PhoneColumn).data().toString(), first->phone);
    QCOMPARE(model.index(0, BeneficiaryTableModel::PayeeAddressColumn).data().toString(), first->payee.value());

    // Makers and checkers see identifiers; viewers, inactive officers and nobody do not.
    const Officer maker{QStringLiteral("amina"), QStringLiteral("Amina"), OfficerRole::Maker, true};
    const Officer checker{QStringLiteral("kofi"), QStringLiteral("Kofi"), OfficerRole::Checker, true};
    const Officer viewer{QStringLiteral("vera"), QStringLiteral("Vera"), OfficerRole::Viewer, true};
    const Officer former{QStringLiteral("old"), QStringLiteral("Old"), OfficerRole::Checker, false};
    QVERIFY(!IdentifierMask::appliesTo(maker));
    QVERIFY(!IdentifierMask::appliesTo(checker));
    QVERIFY(IdentifierMask::appliesTo(viewer));
    QVERIFY(IdentifierMask::appliesTo(former));
    QVERIFY(IdentifierMask::appliesTo(std::nullopt));
    QCOMPARE(IdentifierMask::mask(QStringLiteral("254712345678")),
             QStringLiteral("\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u20225678"));
    QCOMPARE(IdentifierMask::mask(QStringLiteral("12345678")), QString(8, QChar(0x2022))); // too short to show any
    QCOMPARE(IdentifierMask::mask(QString()), QString());
}

void TestBeneficiaryTableModel::sortsAndFilters()
{
    const auto database = open(QStringLiteral("sqlite"));
    QVERIFY(database);
    BeneficiaryTableModel model(*database);
    QVERIFY(settle(model));
    QSignalSpy counts(&model, &BeneficiaryTableModel::countsChanged);
    model.sort(BeneficiaryTableModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(settle(model));
    QString previous;
    for (int row = 0; row < model.rowCount(); row += 97) {
        const auto b = model.beneficiaryAt(row);
        QVERIFY(b);
        const QString key = b->familyName.toLower() + u' ' + b->givenName.toLower();
        QVERIFY2(key >= previous, qPrintable(key + QStringLiteral(" < ") + previous));
        previous = key;
    }
    // Descending is the exact reverse of ascending.
    const QString firstAscending = model.index(0, 0).data().toString();
    const QString lastAscending = model.index(model.rowCount() - 1, 0).data().toString();
    model.sort(BeneficiaryTableModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(settle(model));
    QCOMPARE(model.index(0, 0).data().toString(), lastAscending);
    QCOMPARE(model.index(model.rowCount() - 1, 0).data().toString(), firstAscending);

    model.setFilter(BeneficiaryQuery::Filter::Name, QStringLiteral("wanjiru"));
    QVERIFY(settle(model));
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(
            model.index(row, BeneficiaryTableModel::NameColumn).data().toString().contains(QStringLiteral("Wanjiru")));
    }
    QCOMPARE(model.totalCount(), kRows);
    QCOMPARE(counts.size(), 3);
    QCOMPARE(counts.last().at(0).toLongLong(), model.rowCount());
    // A column without an index keeps the current order and asks nothing of the database.
    const QString first = model.index(0, 0).data().toString();
    model.sort(BeneficiaryTableModel::GenderColumn);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.index(0, 0).data().toString(), first);
    QCOMPARE(counts.size(), 3);
    // Requests that overtake each other: only the last one is shown.
    model.setFilter(BeneficiaryQuery::Filter::Region, QStringLiteral("lake"));
    model.setFilter(BeneficiaryQuery::Filter::Region, QStringLiteral("high"));
    QVERIFY(settle(model));
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.index(0, BeneficiaryTableModel::RegionColumn).data().toString(), QStringLiteral("Highlands"));
}

void TestBeneficiaryTableModel::emptyRegistry()
{
    QString error;
    const auto database = Database::open(m_databases.freshLocation(QStringLiteral("sqlite")), &error);
    QVERIFY(database);
    BeneficiaryTableModel model(*database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QVERIFY(model.lastError().isEmpty());
}

QTEST_GUILESS_MAIN(TestBeneficiaryTableModel)
#include "tst_beneficiarytablemodel.moc"
