#include "HubSimProcess.h"
#include "PreparedCycle.h"
#include "TestClock.h"
#include "TestDatabases.h"

#include "assurance/CycleDiff.h"
#include "batching/PaymentPreparer.h"
#include "hub/HubEndpoint.h"
#include "mapper/PartyLookup.h"
#include "programs/CycleService.h"
#include "programs/Program.h"
#include "programs/ProgramRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Before approval: a cycle against the program's previous one and against other programs, every
// kind of finding made on purpose and found, with the beneficiary behind it; the checker's
// acknowledgement binds to the exact set. On SQLite and PostgreSQL.
class TestCycleDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsEveryKind_data() { TestDatabases::addBackendRows(); }
    void findsEveryKind();
    void findsWhoCannotBePaidBeforeApproval_data() { TestDatabases::addBackendRows(); }
    void findsWhoCannotBePaidBeforeApproval();
    void findsPayeesThePaymentNetworkDoesNotKnow();

private:
    TestDatabases m_databases;
    QTemporaryDir m_dir;
};

namespace {

QStringList registryIdsOf(const CycleDiffResult& result, CycleFinding::Kind kind)
{
    QStringList ids;
    for (const CycleFinding& finding : result.findings) {
        if (finding.kind == kind) {
            ids.append(finding.registryId);
        }
    }
    return ids;
}

} // namespace

void TestCycleDiff::findsEveryKind()
{
    QFETCH(QString, backend);
    PreparedCycle january = PreparedCycle::make(
        m_databases.freshLocation(backend), m_dir.filePath(QStringLiteral("registry-%1.csv").arg(backend)), 13, 40, 50);
    QVERIFY(january.database);
    Database& database = *january.database;
    QSqlQuery query(database.connection());
    // January paid; beneficiaries picked by position among those January paid.
    QVERIFY(query.exec(QStringLiteral("UPDATE payment SET state = 'paid'")));
    QVERIFY(query.exec(
        QStringLiteral("SELECT b.id, b.registry_id FROM payment p JOIN entitlement e ON e.id = p.entitlement_id "
                       "JOIN beneficiary b ON b.id = e.beneficiary_id WHERE e.cycle_id = %1 ORDER BY b.id")
            .arg(january.cycleId)));
    QList<std::pair<qint64, QString>> people;
    while (query.next()) {
        people.append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    query.finish();
    QVERIFY(people.size() >= 10);
    const auto& [leaving, leavingId] = people.at(0);
    const auto& [joining, joiningId] = people.at(1);
    const auto& [raised, raisedId] = people.at(2);
    const auto& [moved, movedId] = people.at(3);
    const auto& [sharing1, sharing1Id] = people.at(4);
    const auto& [sharing2, sharing2Id] = people.at(5);
    const auto& [elsewhere, elsewhereId] = people.at(6);
    // The one joining was not entitled in January.
    QVERIFY(query.exec(
        QStringLiteral("UPDATE entitlement SET state = 'rejected' WHERE cycle_id = %1 AND beneficiary_id = %2")
            .arg(january.cycleId)
            .arg(joining)));

    // February: the same program, generated again.
    CycleService cycles(database);
    QString error;
    const auto february = cycles.create(1, QStringLiteral("2027-02"), QDate(2027, 2, 1), QDate(2027, 2, 28),
                                        PreparedCycle::maker, &error);
    QVERIFY2(february, qPrintable(error));
    cycles.generate(february->id, PreparedCycle::maker);
    QVERIFY(query.exec(
        QStringLiteral("UPDATE entitlement SET state = 'cancelled' WHERE cycle_id = %1 AND beneficiary_id = %2")
            .arg(february->id)
            .arg(leaving)));
    QVERIFY(query.exec(
        QStringLiteral("UPDATE entitlement SET amount_minor_units = 5000 WHERE cycle_id = %1 AND beneficiary_id = %2")
            .arg(february->id)
            .arg(raised)));
    QVERIFY(query.exec(
        QStringLiteral("UPDATE beneficiary SET payee_type = 'msisdn', payee_address = '254799000001' WHERE id = %1")
            .arg(moved)));
    QVERIFY(query.exec(
        QStringLiteral(
            "UPDATE beneficiary SET payee_type = 'msisdn', payee_address = '254799000777' WHERE id IN (%1, %2)")
            .arg(sharing1)
            .arg(sharing2)));
    // Another program pays one of them in a cycle overlapping February.
    Program other = *ProgramRepository(database).find(1, &error);
    other.id = 0;
    other.name = QStringLiteral("Other grant");
    QVERIFY2(ProgramRepository(database).save(other, PreparedCycle::maker, &error), qPrintable(error));
    const auto overlapping = cycles.create(other.id, QStringLiteral("2027-02-15"), QDate(2027, 2, 15),
                                           QDate(2027, 3, 14), PreparedCycle::maker, &error);
    QVERIFY2(overlapping, qPrintable(error));
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO entitlement (cycle_id, beneficiary_id, amount_minor_units, currency, state) "
                       "VALUES (%1, %2, 4000, 'USD', 'approved')")
            .arg(overlapping->id)
            .arg(elsewhere)));
    QVERIFY(query.exec(
        QStringLiteral(
            "INSERT INTO payment (request_id, entitlement_id, cycle_id, payee_type, payee_address, amount_minor_units, "
            "currency, state) SELECT 'elsewhere-1', id, cycle_id, 'msisdn', '254700000999', 4000, 'USD', 'paid' "
            "FROM entitlement WHERE cycle_id = %1")
            .arg(overlapping->id)));
    // The accounts shared in February, counted independently.
    QVERIFY(
        query.exec(QStringLiteral(
                       "SELECT COALESCE(SUM(n), 0) FROM (SELECT COUNT(*) AS n FROM entitlement e JOIN beneficiary b ON "
                       "b.id = e.beneficiary_id "
                       "WHERE e.cycle_id = %1 AND e.state NOT IN ('rejected', 'cancelled') AND b.payee_address <> '' "
                       "GROUP BY b.payee_type, b.payee_address HAVING COUNT(*) > 1) shared")
                       .arg(february->id)) &&
        query.next());
    const qint64 shared = query.value(0).toLongLong();
    query.finish();

    CycleDiff diff(database);
    const CycleDiffResult result = diff.compare(february->id);
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(result.previousCycleId, january.cycleId);
    QCOMPARE(registryIdsOf(result, CycleFinding::Kind::Joined), QStringList{joiningId});
    QCOMPARE(registryIdsOf(result, CycleFinding::Kind::Left), QStringList{leavingId});
    QCOMPARE(registryIdsOf(result, CycleFinding::Kind::AmountJump), QStringList{raisedId});
    const QStringList changed = registryIdsOf(result, CycleFinding::Kind::PayeeChanged);
    QVERIFY2(changed.contains(movedId) && changed.contains(sharing1Id) && changed.contains(sharing2Id),
             qPrintable(changed.join(u',') + u' ' + movedId + u' ' + sharing1Id + u' ' + sharing2Id));
    QVERIFY(!changed.contains(raisedId)); // paid where it was paid before
    QCOMPARE(result.counts.at(int(CycleFinding::Kind::SharedAccount)), shared);
    QVERIFY(registryIdsOf(result, CycleFinding::Kind::SharedAccount).contains(sharing1Id));
    QCOMPARE(registryIdsOf(result, CycleFinding::Kind::PaidElsewhere), QStringList{elsewhereId});
    for (const CycleFinding& finding : result.findings) {
        if (finding.kind == CycleFinding::Kind::AmountJump) {
            QCOMPARE(finding.detail, QStringLiteral("50.00 USD, was 25.00 USD in 2027-01"));
        }
        if (finding.kind == CycleFinding::Kind::PaidElsewhere) {
            QCOMPARE(finding.detail, QStringLiteral("40.00 USD in cycle 2027-02-15 of Other grant"));
        }
    }
    // A bigger share lets the amount through.
    QCOMPARE(diff.compare(february->id, 1.5).counts.at(int(CycleFinding::Kind::AmountJump)), 0);
    // January is the program's first cycle: only what needs no previous cycle.
    const CycleDiffResult first = diff.compare(january.cycleId);
    QCOMPARE(first.previousCycleId, 0);
    QCOMPARE(first.counts.at(int(CycleFinding::Kind::Joined)) + first.counts.at(int(CycleFinding::Kind::Left)), 0);

    // Acknowledged by a checker, for exactly this set of findings.
    QVERIFY(!diff.acknowledge(february->id, PreparedCycle::maker, &error));
    QVERIFY2(diff.acknowledge(february->id, PreparedCycle::checker, &error), qPrintable(error));
    QVERIFY(diff.isAcknowledged(february->id, result.fingerprint, PreparedCycle::checker.id, &error));
    QVERIFY(!diff.isAcknowledged(february->id, result.fingerprint, PreparedCycle::maker.id, &error));
    QVERIFY(query.exec(
        QStringLiteral("UPDATE entitlement SET amount_minor_units = 9000 WHERE cycle_id = %1 AND beneficiary_id = %2")
            .arg(february->id)
            .arg(people.at(7).first)));
    const CycleDiffResult changedSince = diff.compare(february->id);
    QVERIFY(changedSince.fingerprint != result.fingerprint);
    QVERIFY(!diff.isAcknowledged(february->id, changedSince.fingerprint, PreparedCycle::checker.id, &error));
    // Approval waits for the findings as they stand now to be acknowledged by the approving checker.
    QVERIFY2(cycles.submit(february->id, PreparedCycle::maker, &error), qPrintable(error));
    error.clear();
    QVERIFY(!cycles.approve(february->id, PreparedCycle::checker, &error));
    QVERIFY2(error.contains(QStringLiteral("has not acknowledged")), qPrintable(error));
    QVERIFY2(diff.acknowledge(february->id, PreparedCycle::checker, &error), qPrintable(error));
    QVERIFY2(cycles.approve(february->id, PreparedCycle::checker, &error), qPrintable(error));
}

// The preparation once refused 53 % of an approved cycle as unpayable, which no finding had said:
// the findings now hold everyone the preparation will refuse, by the same rule, with their names.
void TestCycleDiff::findsWhoCannotBePaidBeforeApproval()
{
    QFETCH(QString, backend);
    PreparedCycle january =
        PreparedCycle::make(m_databases.freshLocation(backend),
                            m_dir.filePath(QStringLiteral("unpayable-%1.csv").arg(backend)), 17, 40, 50);
    QVERIFY(january.database);
    Database& database = *january.database;
    CycleService cycles(database);
    QString error;
    const auto february = cycles.create(1, QStringLiteral("2027-02"), QDate(2027, 2, 1), QDate(2027, 2, 28),
                                        PreparedCycle::maker, &error);
    QVERIFY2(february, qPrintable(error));
    QVERIFY(cycles.generate(february->id, PreparedCycle::maker).succeeded);
    CycleDiff diff(database);
    const CycleDiffResult before = diff.compare(february->id);
    QVERIFY2(before.succeeded, qPrintable(before.error));
    const QStringList unpayableBefore = registryIdsOf(before, CycleFinding::Kind::Unpayable);
    QCOMPARE(before.counts.at(int(CycleFinding::Kind::Unpayable)), unpayableBefore.size());
    // After generation the registry changes: two payable ones lose every address, one gets a phone
    // that is no number.
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT b.id, b.registry_id, b.given_name FROM entitlement e JOIN beneficiary b ON b.id = "
                       "e.beneficiary_id WHERE e.cycle_id = %1 ORDER BY b.registry_id")
            .arg(february->id)));
    QStringList broken;
    QStringList givenNames;
    QList<qint64> ids;
    while (query.next() && ids.size() < 3) {
        if (!unpayableBefore.contains(query.value(1).toString())) {
            ids.append(query.value(0).toLongLong());
            broken.append(query.value(1).toString());
            givenNames.append(query.value(2).toString());
        }
    }
    query.finish();
    QCOMPARE(ids.size(), 3);
    QVERIFY(query.exec(QStringLiteral("UPDATE beneficiary SET phone = '', payee_type = '', payee_address = '' WHERE "
                                      "id IN (%1, %2)")
                           .arg(ids.at(0))
                           .arg(ids.at(1))));
    QVERIFY(query.exec(
        QStringLiteral("UPDATE beneficiary SET phone = 'call me', payee_type = '', payee_address = '' WHERE id = %1")
            .arg(ids.at(2))));

    const CycleDiffResult result = diff.compare(february->id);
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QStringList expected = unpayableBefore + broken;
    expected.sort();
    QCOMPARE(result.counts.at(int(CycleFinding::Kind::Unpayable)), expected.size());
    QCOMPARE(registryIdsOf(result, CycleFinding::Kind::Unpayable), expected);
    QVERIFY(result.fingerprint != before.fingerprint);
    for (const CycleFinding& finding : result.findings) {
        if (finding.kind != CycleFinding::Kind::Unpayable) {
            continue;
        }
        const qsizetype at = broken.indexOf(finding.registryId);
        if (at < 0) {
            continue;
        }
        QVERIFY2(finding.name.startsWith(givenNames.at(at)), qPrintable(finding.name));
        QVERIFY2(finding.detail.contains(at < 2 ? QStringLiteral("holds no phone number (MSISDN)")
                                                : QStringLiteral("only hold digits")),
                 qPrintable(finding.detail));
    }

    // Approved with the findings acknowledged, the preparation refuses exactly those.
    QVERIFY2(cycles.submit(february->id, PreparedCycle::maker, &error), qPrintable(error));
    QVERIFY2(diff.acknowledge(february->id, PreparedCycle::checker, &error), qPrintable(error));
    QVERIFY2(cycles.approve(february->id, PreparedCycle::checker, &error), qPrintable(error));
    const PreparationResult prepared = PaymentPreparer(database).prepare(february->id, PreparedCycle::maker);
    QVERIFY2(prepared.succeeded, qPrintable(prepared.error));
    QCOMPARE(prepared.unpayableCount, result.counts.at(int(CycleFinding::Kind::Unpayable)));
    QStringList refused;
    for (const PreparationResult::Unpayable& unpayable : prepared.unpayable) {
        refused.append(unpayable.registryId);
    }
    refused.sort();
    QCOMPARE(refused, expected);
}

// Where the program names a party lookup (a Mojaloop SDK's GET /parties; here the sandbox hub,
// a process of its own, answering by its outcome rules), the payees the network does not know are
// findings before approval, each answer kept with its time and asked again only for a new address
// or once too old.
void TestCycleDiff::findsPayeesThePaymentNetworkDoesNotKnow()
{
    PreparedCycle january = PreparedCycle::make(m_databases.freshLocation(QStringLiteral("sqlite")),
                                                m_dir.filePath(QStringLiteral("lookup.csv")), 19, 40, 50);
    QVERIFY(january.database);
    Database& database = *january.database;
    CycleService cycles(database);
    QString error;
    const auto february = cycles.create(1, QStringLiteral("2027-02"), QDate(2027, 2, 1), QDate(2027, 2, 28),
                                        PreparedCycle::maker, &error);
    QVERIFY2(february, qPrintable(error));
    QVERIFY(cycles.generate(february->id, PreparedCycle::maker).succeeded);
    QVERIFY2(cycles.submit(february->id, PreparedCycle::maker, &error), qPrintable(error));
    const CycleDiffResult before = CycleDiff(database).compare(february->id);
    QVERIFY2(before.succeeded, qPrintable(before.error));
    const QStringList unpayableBefore = registryIdsOf(before, CycleFinding::Kind::Unpayable);

    // Two payable beneficiaries' phones the network does not know (3204), one it refuses later (5101).
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT b.registry_id, CASE WHEN b.payee_type = 'msisdn' THEN b.payee_address "
                                      "ELSE b.phone END AS address FROM entitlement e JOIN beneficiary b ON b.id = "
                                      "e.beneficiary_id WHERE e.cycle_id = %1 ORDER BY b.registry_id")
                           .arg(february->id)));
    QStringList unknown;
    QStringList unknownPhones;
    QString refusedPhone;
    while (query.next()) {
        if (unpayableBefore.contains(query.value(0).toString()) || query.value(1).toString().isEmpty()) {
            continue;
        }
        if (unknown.size() < 2) {
            unknown.append(query.value(0).toString());
            unknownPhones.append(query.value(1).toString());
        } else if (refusedPhone.isEmpty()) {
            refusedPhone = query.value(1).toString();
        }
    }
    query.finish();
    QCOMPARE(unknown.size(), 2);
    HubSimProcess hub;
    QVERIFY(hub.start(QStringLiteral(PAYDESK_HUBSIM_PATH), {QStringLiteral("--tenant"), QStringLiteral("greenbank")}));
    QCOMPARE(
        hub.post(QStringLiteral("/sim/rules"),
                 QJsonObject{
                     {QStringLiteral("rules"),
                      QJsonArray{QJsonObject{{QStringLiteral("payeeIds"), QJsonArray::fromStringList(unknownPhones)},
                                             {QStringLiteral("errorCode"), QStringLiteral("3204")},
                                             {QStringLiteral("errorDescription"), QStringLiteral("Party not found")}},
                                 QJsonObject{{QStringLiteral("payeeIds"), QJsonArray{refusedPhone}},
                                             {QStringLiteral("errorCode"), QStringLiteral("5101")}}}}}),
        200);
    HubEndpoint endpoint;
    endpoint.partyLookupUrl = hub.bulkUrl;
    TestClock clock(QDateTime(QDate(2027, 2, 1), QTime(9, 0), Qt::UTC));
    PartyLookup lookup(database, clock);
    Officer viewer = PreparedCycle::checker;
    viewer.role = OfficerRole::Viewer;
    QVERIFY(!lookup.lookUp(february->id, endpoint, viewer).succeeded); // a viewer asks nothing
    qint64 progressCalls = 0;
    const PartyLookup::Result first =
        lookup.lookUp(february->id, endpoint, PreparedCycle::checker, [&progressCalls](qint64, qint64) {
            ++progressCalls;
            return true;
        });
    QVERIFY2(first.succeeded, qPrintable(first.error));
    QVERIFY(first.asked > 2);
    QCOMPARE(first.notFound, 2);
    QCOMPARE(progressCalls, first.asked);

    const CycleDiffResult result = CycleDiff(database).compare(february->id);
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QStringList expected = unpayableBefore + unknown;
    expected.sort();
    QCOMPARE(registryIdsOf(result, CycleFinding::Kind::Unpayable), expected);
    for (const CycleFinding& finding : result.findings) {
        if (unknown.contains(finding.registryId)) {
            QVERIFY2(finding.detail.contains(
                         QStringLiteral("the payee's account was not found (code 3204 Party not found)")),
                     qPrintable(finding.detail));
        }
    }

    // Asked again a day later: nothing new to ask; a changed address is asked again, and found.
    clock.advanceSeconds(24 * 3600);
    const PartyLookup::Result cached = lookup.lookUp(february->id, endpoint, PreparedCycle::checker);
    QCOMPARE(cached.asked, 0);
    QCOMPARE(cached.alreadyKnown, first.asked);
    QVERIFY(query.exec(
        QStringLiteral("UPDATE beneficiary SET phone = '254799111222', payee_type = 'msisdn', payee_address = "
                       "'254799111222' WHERE registry_id = '%1'")
            .arg(unknown.first())));
    const PartyLookup::Result changed = lookup.lookUp(february->id, endpoint, PreparedCycle::checker);
    QCOMPARE(changed.asked, 1);
    QCOMPARE(changed.notFound, 0);
    QCOMPARE(registryIdsOf(CycleDiff(database).compare(february->id), CycleFinding::Kind::Unpayable)
                 .contains(unknown.first()),
             false);
    // A week on, every answer is too old and asked again.
    clock.advanceSeconds(7 * 24 * 3600 + 3600);
    QCOMPARE(lookup.lookUp(february->id, endpoint, PreparedCycle::checker).asked, first.asked);
}

QTEST_GUILESS_MAIN(TestCycleDiff)
#include "tst_cyclediff.moc"
