#include "OutstandingCommand.h"

#include "CliSupport.h"
#include "ExitCode.h"

#include "reconciliation/AgeingBoard.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

OutstandingCommand::OutstandingCommand(CliSupport& support) : m_support(support) {}

int OutstandingCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Money in the dark: the batches whose payments left PayDesk, or may have, and have no final outcome yet "
        "(uncertain "
        "batches, and payments still in flight on the hub), oldest first, by age band, with what to do about each."));
    const QCommandLineOption cycle(QStringLiteral("cycle"), tr("Only this cycle."), QStringLiteral("ID"),
                                   QStringLiteral("0"));
    parser.addOptions({cycle, CliSupport::databaseOption(), CliSupport::jsonOption()});
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    bool cycleOk = false;
    const qint64 cycleId = parser.value(cycle).toLongLong(&cycleOk);
    if (!cycleOk || cycleId < 0 || !parser.positionalArguments().isEmpty()) {
        return m_support.usage(tr("outstanding takes no argument but --cycle ID."));
    }
    const auto database = m_support.openDatabase(parser);
    if (!database) {
        return ExitFailure;
    }
    QString error;
    const QList<AgeingBoard::Batch> batches =
        AgeingBoard::read(*database, QDateTime::currentDateTimeUtc(), cycleId, &error);
    if (!error.isEmpty()) {
        return m_support.fail(error);
    }
    const QList<qint64> perBand = AgeingBoard::paymentsPerBand(batches);
    QTextStream& text = m_support.out();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const AgeingBoard::Batch& batch : batches) {
            list.append(QJsonObject{{QStringLiteral("batch"), batch.batchId},
                                    {QStringLiteral("cycle"), batch.cycleId},
                                    {QStringLiteral("hub_batch_id"), batch.hubBatchId},
                                    {QStringLiteral("uncertain"), batch.uncertain},
                                    {QStringLiteral("since"), batch.since.toString(Qt::ISODate)},
                                    {QStringLiteral("age_minutes"), batch.ageMinutes},
                                    {QStringLiteral("band"), AgeingBoard::bandName(batch.band)},
                                    {QStringLiteral("payments"), batch.payments},
                                    {QStringLiteral("amount"), batch.amount.toDecimalString()},
                                    {QStringLiteral("currency"), batch.amount.currency().code()},
                                    {QStringLiteral("action"), batch.action}});
        }
        QJsonObject bands;
        for (int band = 0; band < AgeingBoard::kBands; ++band) {
            bands.insert(AgeingBoard::bandName(AgeingBoard::Band(band)), perBand.at(band));
        }
        text << QJsonDocument(
                    QJsonObject{{QStringLiteral("batches"), list}, {QStringLiteral("payments_per_band"), bands}})
                    .toJson(QJsonDocument::Compact)
             << Qt::endl;
        return ExitSuccess;
    }
    for (int band = 0; band < AgeingBoard::kBands; ++band) {
        text << tr("%1: %2 payments").arg(AgeingBoard::bandName(AgeingBoard::Band(band))).arg(perBand.at(band))
             << Qt::endl;
    }
    for (const AgeingBoard::Batch& batch : batches) {
        text << tr("batch %1 (cycle %2 %3)\t%4\t%5 payments\t%6 %7\t%8")
                    .arg(batch.batchId)
                    .arg(batch.cycleId)
                    .arg(batch.cycleName, AgeingBoard::bandName(batch.band))
                    .arg(batch.payments)
                    .arg(batch.amount.toDecimalString(), batch.amount.currency().code(), batch.action)
             << Qt::endl;
    }
    return ExitSuccess;
}
