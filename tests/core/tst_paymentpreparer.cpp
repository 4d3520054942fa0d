#include "StoredBatch.h"
#include "TestDatabases.h"
#include "TestOfficers.h"

#include "assurance/CycleDiff.h"
#include "audit/AuditLog.h"
#include "batching/BatchRepository.h"
#include "batching/PaymentPreparer.h"
#include "batching/XSignature.h"
#include "csv/CsvReader.h"
#include "disbursement/PaymentReissue.h"
#include "officers/Officer.h"
#include "programs/CycleService.h"
#include "programs/Enrolment.h"
#include "programs/ProgramRepository.h"
#include "registry/DemoRegistryGenerator.h"
#include "registry/RegistryImporter.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// From an approved cycle to frozen batch files, on SQLite and PostgreSQL.
class TestPaymentPreparer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void preparesFreezesAndNeverPaysTwice_data() { TestDatabases::addBackendRows(); }
    void preparesFreezesAndNeverPaysTwice();

private:
    TestDatabases m_databases;
    QTemporaryDir m_dir;
};

namespace {

const Officer kMaker{QStringLiteral("amina"), QStringLiteral("Amina Diallo"), OfficerRole::Maker, true};
const Officer kChecker{QStringLiteral("kofi"), QStringLiteral("Kofi Mensah"), OfficerRole::Checker, true};

} // namespace

void TestPaymentPreparer::preparesFreezesAndNeverPaysTwice()
{
    QFETCH(QString, backend);
    const QString location = m_databases.freshLocation(backend);
    RegistryImportParams params;
    params.filePath = m_dir.filePath(QStringLiteral("registry.csv"));
    params.databaseLocation = location;
    params.today = QDate(2026, 11, 27);
    if (QString signError; !TestOfficers::signImport(params, kMaker, &signError)) {
        qWarning("%s", qPrintable(signError));
    }
    {
        QFile file(params.filePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY(DemoRegistryGenerator(31, 0.0).write(&file, 400, &error));
    }
    RegistryImporter importer;
    QVERIFY(importer.run(params).succeeded);
    QString error;
    const auto database = Database::open(location, &error);
    if (database) {
        TestOfficers::rejoin(*database);
        if (QString enrolError; !TestOfficers::enrol(*database, kChecker, &enrolError)) {
            qWarning("%s", qPrintable(enrolError));
        }
    }
    QVERIFY(database);

    Program program;
    program.name = QStringLiteral("Grant");
    program.currency = Currency::fromCode(u"USD");
    program.rule = EntitlementRule::fixed(*Money::parse(u"25", program.currency));
    program.payer = PartyId::create(PartyIdType::Msisdn, u"254700000001");
    program.payeeIdType = PartyIdType::Msisdn;
    program.hubSettings.tenant = QStringLiteral("greenbank");
    program.hubSettings.paymentMode = QStringLiteral("mojaloop");
    program.maxBatchRows = 50;
    program.budget = *Money::parse(u"1000000", program.currency);
    QVERIFY2(ProgramRepository(*database).save(program, kMaker, &error), qPrintable(error));
    QVERIFY(Enrolment(*database).run(program.id, params.today, kMaker).succeeded);
    CycleService cycles(*database);
    const auto cycle =
        cycles.create(program.id, QStringLiteral("2027-01"), QDate(2027, 1, 1), QDate(2027, 1, 31), kMaker, &error);
    QVERIFY(cycles.generate(cycle->id, kMaker).succeeded);

    PaymentPreparer preparer(*database);
    QVERIFY(!preparer.prepare(cycle->id, kMaker).succeeded); // not approved yet
    QVERIFY(cycles.submit(cycle->id, kMaker, &error));
    QVERIFY(CycleDiff(*database).acknowledge(cycle->id, kChecker, &error));
    QVERIFY(cycles.approve(cycle->id, kChecker, &error));
    QVERIFY(!preparer.prepare(cycle->id, kChecker).succeeded); // a maker's work

    const PreparationResult result = preparer.prepare(cycle->id, kMaker);
    QVERIFY2(result.succeeded, qPrintable(result.error));
    const qint64 approved = cycles.totals(cycle->id)->byState.value(EntitlementState::Approved).count;
    QVERIFY(result.unpayableCount > 0); // children have no phone in the demo registry
    QVERIFY2(result.unpayable.first().reason.contains(QStringLiteral("no phone number (MSISDN)")),
             qPrintable(result.unpayable.first().reason));
    QCOMPARE(result.paymentsCreated + result.unpayableCount, approved);
    QCOMPARE(result.batchesCreated, (result.paymentsCreated + 49) / 50);

    // Every batch is frozen: its bytes match its SHA-256, its rows are its payments, once each.
    const QList<PaymentBatch> batches = BatchRepository(*database).batchesOf(cycle->id);
    QCOMPARE(batches.size(), result.batchesCreated);
    QSet<QByteArray> requestIds;
    for (const PaymentBatch& listed : batches) {
        const PaymentBatch batch = *storedBatch(*database, listed.id);
        QCOMPARE(batch.state, BatchState::Ready);
        QCOMPARE(batch.paymentMode, QStringLiteral("MOJALOOP"));
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(batch.file, QCryptographicHash::Sha256).toHex()),
                 batch.fileSha256);
        QCOMPARE(XSignature::hubPayload(batch.file), batch.file);
        QVERIFY(batch.file.size() <= program.maxFileBytes);
        QBuffer buffer;
        buffer.setData(batch.file);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QList<QByteArray> record;
        QVERIFY(reader.readRecord(record)); // header
        int rows = 0;
        qint64 total = 0;
        while (reader.readRecord(record)) {
            QVERIFY(!requestIds.contains(record.at(1)));
            requestIds.insert(record.at(1));
            total += record.at(7).toLongLong() * 100;
            ++rows;
        }
        QCOMPARE(rows, batch.rowCount);
        QCOMPARE(total, batch.total.minorUnits());
    }
    QCOMPARE(requestIds.size(), result.paymentsCreated);

    // Preparing again pays nobody twice.
    const PreparationResult again = preparer.prepare(cycle->id, kMaker);
    QVERIFY(again.succeeded);
    QCOMPARE(again.paymentsCreated, 0);
    QCOMPARE(again.alreadyPaid, result.paymentsCreated);

    // The database itself refuses a changed frozen file, a changed request id, a second open payment.
    QSqlQuery query(database->connection());
    QVERIFY(!query.exec(
        QStringLiteral("UPDATE payment_batch SET file_sha256 = 'x' WHERE id = %1").arg(batches.first().id)));
    QVERIFY(
        !query.exec(QStringLiteral("UPDATE payment SET request_id = 'x' WHERE batch_id = %1").arg(batches.first().id)));
    QVERIFY(!query.exec(
        QStringLiteral("INSERT INTO payment (request_id, entitlement_id, cycle_id, payee_type, payee_address, "
                       "amount_minor_units, currency, state) SELECT 'again', entitlement_id, cycle_id, "
                       "payee_type, payee_address, amount_minor_units, currency, 'issued' FROM payment LIMIT 1")));
    QVERIFY(
        query.exec(QStringLiteral("UPDATE payment_batch SET state = 'sending' WHERE id = %1").arg(batches.first().id)));

    // A failed payment is paid again by a new payment with a new request id, linked to it, once a
    // checker approved it. (The hub's results mark payments failed, tst_paymentreconciler; here SQL
    // stands in for them.)
    QVERIFY(query.exec(QStringLiteral(
        "UPDATE payment SET state = 'failed' WHERE id IN (SELECT id FROM payment ORDER BY id LIMIT 2)")));
    const PreparationResult unapproved = preparer.prepare(cycle->id, kMaker);
    QVERIFY2(unapproved.succeeded, qPrintable(unapproved.error));
    QCOMPARE(unapproved.paymentsCreated, 0);
    QCOMPARE(unapproved.awaitingReissue, 2);
    PaymentReissue reissues(*database);
    const auto requestId = reissues.request(cycle->id, {}, kMaker, &error);
    QVERIFY2(requestId, qPrintable(error));
    QVERIFY2(reissues.approve(*requestId, kChecker, &error), qPrintable(error));
    const PreparationResult reissue = preparer.prepare(cycle->id, kMaker);
    QVERIFY2(reissue.succeeded, qPrintable(reissue.error));
    QCOMPARE(reissue.paymentsCreated, 2);
    QCOMPARE(reissue.reissued, 2);
    QCOMPARE(reissue.batchesCreated, 1);
    QVERIFY(PaymentPreparer::summary(reissue).contains(QStringLiteral("2 of them")));
    QVERIFY(query.exec(
        QStringLiteral("SELECT p.request_id, f.request_id, p.entitlement_id, f.entitlement_id, p.state, f.state "
                       "FROM payment p JOIN payment f ON f.id = p.reissue_of")));
    int linked = 0;
    while (query.next()) {
        QVERIFY(!requestIds.contains(query.value(0).toByteArray())); // a new request id
        QVERIFY(requestIds.contains(query.value(1).toByteArray()));
        QCOMPARE(query.value(2).toLongLong(), query.value(3).toLongLong()); // the same entitlement
        QCOMPARE(query.value(4).toString(), QStringLiteral("issued"));
        QCOMPARE(query.value(5).toString(), QStringLiteral("failed"));
        ++linked;
    }
    QCOMPARE(linked, 2);
    QCOMPARE(preparer.prepare(cycle->id, kMaker).paymentsCreated, 0); // and only once
    QCOMPARE(reissues.find(*requestId)->state, QStringLiteral("done"));

    const QList<AuditEntry> audit = AuditLog(*database).latest(1, QStringLiteral("cycle"), QString::number(cycle->id));
    QCOMPARE(audit.first().action, QStringLiteral("cycle.prepare_payments"));
    QVERIFY(AuditLog(*database).verify().intact);
}

QTEST_GUILESS_MAIN(TestPaymentPreparer)
#include "tst_paymentpreparer.moc"
