#include "BatchCommand.h"

#include "CliSupport.h"
#include "ExitCode.h"

#include "batching/BatchRepository.h"
#include "batching/PaymentPreparer.h"
#include "batching/SigningKey.h"
#include "batching/XSignature.h"
#include "programs/CycleService.h"
#include "programs/ProgramRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

namespace {

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

BatchCommand::BatchCommand(CliSupport& support)
    : m_support(support)
{
}

int BatchCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Payment batches. prepare CYCLE_ID: one payment per approved entitlement, cut into batches whose files are "
           "frozen. list CYCLE_ID: the batches. export BATCH_ID --out DIR [--key KEY.pem]: the batch's CSV, its "
           "X-SIGNATURE (with the key) and a manifest, for review or hand-carry."));
    const QCommandLineOption out(QStringLiteral("out"), tr("Folder to export into."), QStringLiteral("DIR"));
    const QCommandLineOption key(QStringLiteral("key"), tr("The tenant's PEM private key, to sign."), QStringLiteral("KEY.pem"));
    parser.addOptions({out, key, CliSupport::databaseOption(), CliSupport::jsonOption(), CliSupport::officerOption()});
    parser.addPositionalArgument(QStringLiteral("prepare|list|export ID"), tr("What to do."));
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    bool idOk = false;
    const qint64 id = positional.value(1).toLongLong(&idOk);
    const QString action = positional.value(0);
    if (positional.size() != 2 || !idOk || !QStringList{QStringLiteral("prepare"), QStringLiteral("list"), QStringLiteral("export")}.contains(action)) {
        return m_support.usage(tr("batches takes prepare, list or export, and an id."));
    }
    if (action == u"export" && !parser.isSet(out)) {
        return m_support.usage(tr("batches export needs --out DIR."));
    }
    const auto database = m_support.openDatabase(parser);
    if (!database) {
        return ExitFailure;
    }
    QTextStream& text = m_support.out();
    const bool json = parser.isSet(QStringLiteral("json"));
    if (action == u"prepare") {
        const auto officer = m_support.actingOfficer(*database, parser);
        if (!officer) {
            return ExitFailure;
        }
        const PreparationResult result = PaymentPreparer(*database).prepare(id, *officer);
        if (!result.succeeded) {
            return m_support.fail(tr("Cannot prepare the payments: %1").arg(result.error));
        }
        text << tr("%1 payments in %2 ready batches; %3 already had a payment; %4 cannot be paid as the registry stands.")
                    .arg(result.paymentsCreated)
                    .arg(result.batchesCreated)
                    .arg(result.alreadyPaid)
                    .arg(result.unpayableCount)
             << Qt::endl;
        for (const PreparationResult::Unpayable& unpayable : result.unpayable.mid(0, 10)) {
            text << QStringLiteral("  %1: %2").arg(unpayable.registryId, unpayable.reason) << Qt::endl;
        }
        return ExitSuccess;
    }
    BatchRepository batches(*database);
    if (action == u"list") {
        QJsonArray array;
        for (const PaymentBatch& batch : batches.batchesOf(id)) {
            array.append(QJsonObject{{QStringLiteral("id"), batch.id},
                                     {QStringLiteral("correlation_id"), batch.correlationId},
                                     {QStringLiteral("state"), batchStateName(batch.state)},
                                     {QStringLiteral("payment_mode"), batch.paymentMode},
                                     {QStringLiteral("rows"), batch.rowCount},
                                     {QStringLiteral("total"), batch.total.toDecimalString()},
                                     {QStringLiteral("currency"), batch.total.currency().code()},
                                     {QStringLiteral("sha256"), batch.fileSha256}});
            if (!json) {
                text << QStringLiteral("%1\t%2\t%3\t%4 rows\t%5 %6")
                            .arg(QString::number(batch.id), batch.correlationId, batchStateName(batch.state))
                            .arg(batch.rowCount)
                            .arg(batch.total.toDecimalString(), batch.total.currency().code())
                     << Qt::endl;
            }
        }
        if (json) {
            text << QJsonDocument(array).toJson(QJsonDocument::Indented);
        }
        return ExitSuccess;
    }
    const auto batch = batches.find(id);
    const auto cycle = batch ? CycleService(*database).find(batch->cycleId) : std::nullopt;
    const auto program = cycle ? ProgramRepository(*database).find(cycle->programId) : std::nullopt;
    if (!program || batch->fileSha256.isEmpty()) {
        return m_support.fail(tr("There is no ready batch %1.").arg(id));
    }
    const QDir folder(parser.value(out));
    if (!folder.mkpath(QStringLiteral("."))) {
        return m_support.fail(tr("Cannot create %1.").arg(QDir::toNativeSeparators(folder.path())));
    }
    const QString base = QStringLiteral("batch-%1").arg(batch->correlationId);
    const QString tenant = program->backendSettings.value(QStringLiteral("tenant")).toString();
    QString error;
    QByteArray signature;
    if (parser.isSet(key)) {
        const auto signingKey = SigningKey::fromFile(parser.value(key), {}, &error);
        signature = signingKey ? signingKey->sign(XSignature::sha3HexDigest(XSignature::dataToSign(batch->correlationId, tenant, batch->file)), &error)
                               : QByteArray();
        if (signature.isEmpty()) {
            return m_support.fail(error);
        }
    }
    QJsonObject manifest;
    manifest.insert(QStringLiteral("program"), program->name);
    manifest.insert(QStringLiteral("cycle"), cycle->name);
    manifest.insert(QStringLiteral("batch"), batch->id);
    manifest.insert(QStringLiteral("correlation_id"), batch->correlationId);
    manifest.insert(QStringLiteral("tenant"), tenant);
    manifest.insert(QStringLiteral("payment_mode"), batch->paymentMode);
    manifest.insert(QStringLiteral("rows"), batch->rowCount);
    manifest.insert(QStringLiteral("totals"), QJsonObject{{batch->total.currency().code(), batch->total.toDecimalString()}});
    manifest.insert(QStringLiteral("file"), QString(base + QStringLiteral(".csv")));
    manifest.insert(QStringLiteral("sha256"), batch->fileSha256);
    manifest.insert(QStringLiteral("signed"), !signature.isEmpty());
    manifest.insert(QStringLiteral("prepared_by"), batch->createdBy);
    manifest.insert(QStringLiteral("frozen_at"), batch->frozenAt);
    manifest.insert(QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!writeFile(folder.filePath(base + QStringLiteral(".csv")), batch->file, &error)
        || (!signature.isEmpty() && !writeFile(folder.filePath(base + QStringLiteral(".signature")), signature, &error))
        || !writeFile(folder.filePath(base + QStringLiteral(".manifest.json")), QJsonDocument(manifest).toJson(), &error)) {
        return m_support.fail(tr("Cannot write the bundle: %1").arg(error));
    }
    text << tr("Batch %1 exported to %2.").arg(id).arg(QDir::toNativeSeparators(folder.filePath(base + QStringLiteral(".*"))))
         << Qt::endl;
    return ExitSuccess;
}
