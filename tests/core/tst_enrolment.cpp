#include "TestDatabases.h"
#include "TestOfficers.h"

#include "audit/AuditLog.h"
#include "officers/Officer.h"
#include "programs/Enrolment.h"
#include "programs/ProgramRepository.h"
#include "registry/BeneficiaryRepository.h"
#include "registry/RegistryImporter.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestEnrolment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinsAndLeaves_data() { TestDatabases::addBackendRows(); }
    void joinsAndLeaves();

private:
    bool importRegistry(const QString& location, const QByteArray& rows);

    TestDatabases m_databases;
    QTemporaryDir m_dir;
};

namespace {

const Officer kMaker{QStringLiteral("amina"), QStringLiteral("Amina Diallo"), OfficerRole::Maker, true};
const Officer kViewer{QStringLiteral("zawadi"), QStringLiteral("Zawadi Said"), OfficerRole::Viewer, true};

} // namespace

bool TestEnrolment::importRegistry(const QString& location, const QByteArray& rows)
{
    const QString path = m_dir.filePath(QStringLiteral("registry.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.write("registry_id,given_name,family_name,region,household_size,birth_date,active\n" + rows);
    file.close();
    RegistryImportParams params;
    params.filePath = path;
    params.databaseLocation = location;
    params.today = QDate(2026, 11, 27);
    if (QString signError; !TestOfficers::signImport(params, kMaker, &signError)) {
        qWarning("%s", qPrintable(signError));
    }
    RegistryImporter importer;
    return importer.run(params).succeeded;
}

void TestEnrolment::joinsAndLeaves()
{
    QFETCH(QString, backend);
    const QString location = m_databases.freshLocation(backend);
    QVERIFY(importRegistry(location, "N-1,Ann,One,Northern,3,1980-01-01,1\n"
                                     "N-2,Ben,Two,Northern,1,1980-01-01,1\n"  // household too small
                                     "N-3,Cy,Three,northern,4,1980-01-01,0\n" // inactive
                                     "C-1,Dee,Four,Coastal,5,1980-01-01,1\n"  // other region
                                     "N-4,Eve,Five,Northern,2,1980-01-01,1\n"));
    QString error;
    const auto database = Database::open(location, &error);
    if (database) {
        TestOfficers::rejoin(*database);
    }
    QVERIFY(database);
    Program program;
    program.name = QStringLiteral("Northern households");
    program.currency = Currency::fromCode(u"USD");
    program.rule = EntitlementRule::fixed(*Money::parse(u"40", program.currency));
    program.eligibility.regions = {QStringLiteral("Northern")};
    program.eligibility.householdMin = 2;
    program.payer = PartyId::create(PartyIdType::BankAccount, u"TREASURY-001");
    program.backend = PaymentBackend::FileOnly;
    program.budget = *Money::parse(u"100000", program.currency);
    QVERIFY2(ProgramRepository(*database).save(program, kMaker, &error), qPrintable(error));

    Enrolment enrolment(*database);
    QVERIFY(!enrolment.run(program.id, QDate(2026, 11, 27), kViewer).succeeded);
    QVERIFY(!enrolment.run(program.id + 100, QDate(2026, 11, 27), kMaker).succeeded);

    EnrolmentResult first = enrolment.run(program.id, QDate(2026, 11, 27), kMaker);
    QVERIFY2(first.succeeded, qPrintable(first.error));
    QCOMPARE(first.joined, 2);
    QCOMPARE(first.left, 0);
    QCOMPARE(first.joinedSample, (QStringList{QStringLiteral("N-1"), QStringLiteral("N-4")}));

    BeneficiaryRepository beneficiaries(*database);
    BeneficiaryQuery enrolled;
    enrolled.enrolledInProgram = program.id;
    QCOMPARE(beneficiaries.orderedIds(enrolled)->size(), 2);

    // The registry changes: N-1 moves to the coast, N-3 becomes active again.
    QVERIFY(importRegistry(location, "N-1,Ann,One,Coastal,3,1980-01-01,1\nN-3,Cy,Three,northern,4,1980-01-01,1\n"));
    const EnrolmentResult second = enrolment.run(program.id, QDate(2026, 11, 27), kMaker);
    QVERIFY2(second.succeeded, qPrintable(second.error));
    QCOMPARE(second.joinedSample, QStringList{QStringLiteral("N-3")});
    QCOMPARE(second.leftSample, QStringList{QStringLiteral("N-1")});
    QCOMPARE(second.enrolled, 2);
    // Running again changes nothing.
    const EnrolmentResult third = enrolment.run(program.id, QDate(2026, 11, 27), kMaker);
    QCOMPARE(third.joined + third.left, 0);

    enrolled.filter = BeneficiaryQuery::Filter::Name;
    enrolled.text = QStringLiteral("Five");
    const auto ids = beneficiaries.orderedIds(enrolled);
    QCOMPARE(beneficiaries.fetchByIds(*ids).first().registryId, QStringLiteral("N-4"));

    const QList<AuditEntry> audit =
        AuditLog(*database).latest(3, QStringLiteral("program"), QString::number(program.id));
    QCOMPARE(audit.first().action, QStringLiteral("program.enrol"));
    QCOMPARE(audit.first().after, QStringLiteral("{\"enrolled\":2,\"joined\":0,\"left\":0}"));
    QVERIFY(AuditLog(*database).verify().intact);
}

QTEST_GUILESS_MAIN(TestEnrolment)
#include "tst_enrolment.moc"
