#include "PreparedCycle.h"

#include "assurance/CycleDiff.h"
#include "batching/BatchRepository.h"
#include "batching/PaymentPreparer.h"
#include "programs/CycleService.h"
#include "programs/Enrolment.h"
#include "programs/ProgramRepository.h"
#include "registry/DemoRegistryGenerator.h"
#include "registry/RegistryImporter.h"
#include "TestOfficers.h"

#include <QFile>
#include <QSqlQuery>

const Officer PreparedCycle::maker{QStringLiteral("amina"), QStringLiteral("Amina Diallo"), OfficerRole::Maker, true};
const Officer PreparedCycle::checker{QStringLiteral("kofi"), QStringLiteral("Kofi Mensah"), OfficerRole::Checker, true};

PreparedCycle PreparedCycle::make(const QString& location, const QString& registryFile, quint32 seed, int rows,
                                  const Options& options)
{
    PreparedCycle fixture;
    RegistryImportParams params;
    params.filePath = registryFile;
    params.databaseLocation = location;
    params.today = QDate(2026, 11, 27);
    params.officer = maker.id;
    {
        QFile file(params.filePath);
        QString error;
        if (!file.open(QIODevice::WriteOnly) || !DemoRegistryGenerator(seed, 0.0).write(&file, rows, &error)) {
            return fixture;
        }
    }
    QString error;
    fixture.database = Database::open(location, &error);
    if (!fixture.database || !TestOfficers::enrol(*fixture.database, maker, &error) ||
        !TestOfficers::enrol(*fixture.database, checker, &error)) {
        qWarning("cannot enrol the test officers: %s", qPrintable(error));
        return fixture;
    }
    params.signers = fixture.database->keyring();
    RegistryImporter importer;
    if (!importer.run(params).succeeded) {
        return fixture;
    }
    Program program;
    program.name = QStringLiteral("Grant");
    program.currency = Currency::fromCode(u"USD");
    program.rule = EntitlementRule::fixed(*Money::parse(u"25", program.currency));
    program.payer = PartyId::create(PartyIdType::Msisdn, u"254700000001");
    program.payeeIdType = PartyIdType::Msisdn;
    program.hubSettings.tenant = QStringLiteral("greenbank");
    program.hubSettings.paymentMode = QStringLiteral("MOJALOOP");
    program.maxBatchRows = options.maxBatchRows;
    program.budget = *Money::parse(u"1000000", program.currency);
    if (options.configure) {
        options.configure(program);
    }
    ProgramRepository(*fixture.database).save(program, maker, &error);
    Enrolment(*fixture.database).run(program.id, params.today, maker);
    CycleService cycles(*fixture.database);
    const auto cycle =
        cycles.create(program.id, QStringLiteral("2027-01"), QDate(2027, 1, 1), QDate(2027, 1, 31), maker, &error);
    cycles.generate(cycle->id, maker);
    cycles.submit(cycle->id, maker, &error);
    CycleDiff(*fixture.database).acknowledge(cycle->id, checker, &error);
    cycles.approve(cycle->id, checker, &error);
    if (options.beforePreparing) {
        options.beforePreparing(*fixture.database, cycle->id);
    }
    PaymentPreparer(*fixture.database).prepare(cycle->id, maker);
    fixture.cycleId = cycle->id;
    for (const PaymentBatch& batch : BatchRepository(*fixture.database).batchesOf(cycle->id)) {
        fixture.batches.append(batch.id);
    }
    QSqlQuery query(fixture.database->connection());
    query.exec(QStringLiteral("SELECT request_id FROM payment ORDER BY id"));
    while (query.next()) {
        fixture.requestIds.append(query.value(0).toString());
    }
    return fixture;
}
