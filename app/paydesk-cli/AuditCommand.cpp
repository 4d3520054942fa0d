#include "AuditCommand.h"

#include "CliSupport.h"
#include "ExitCode.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "trust/AuditCheckpoint.h"
#include "trust/AuditTrustReport.h"
#include "trust/AuditVerifier.h"
#include "trust/Certificate.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

AuditCommand::AuditCommand(CliSupport& support) : m_support(support) {}

int AuditCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The audit log: \"verify\" checks its hash chain and, with --trust, every entry's "
           "signature, who signed with which certificate in which role, and the checkpoints "
           "(exit code 1 when anything fails); \"list\" shows the latest entries."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N entries."), QStringLiteral("N"),
                                   QStringLiteral("50"));
    const QCommandLineOption trust(QStringLiteral("trust"),
                                   tr("verify: the administrator's (or ministry's) CA certificate to trust."),
                                   QStringLiteral("CERT"));
    const QCommandLineOption checkpoint(
        QStringLiteral("checkpoint"),
        tr("verify: a checkpoint (JSON, as artifacts carry it) the log must still contain; repeatable."),
        QStringLiteral("FILE"));
    parser.addOptions({CliSupport::databaseOption(), CliSupport::jsonOption(), limit, trust, checkpoint});
    parser.addPositionalArgument(QStringLiteral("verify|list"), tr("What to do."));
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || (positional.first() != u"verify" && positional.first() != u"list")) {
        return m_support.usage(tr("audit takes verify or list."));
    }
    bool limitOk = false;
    const int limitValue = parser.value(limit).toInt(&limitOk);
    if (!limitOk || limitValue < 0) {
        return m_support.usage(tr("--limit takes a whole number of entries."));
    }
    const auto database = m_support.openDatabase(parser);
    if (!database) {
        return ExitFailure;
    }
    AuditLog log(*database);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (positional.first() == u"list") {
        QJsonArray array;
        for (const AuditEntry& entry : log.latest(limitValue)) {
            if (json) {
                array.append(entry.toJson());
            } else {
                m_support.out() << QStringLiteral("%1\t%2\t%3\t%4 %5:%6\t%7")
                                       .arg(entry.sequence)
                                       .arg(entry.occurredAt.toString(Qt::ISODateWithMs), entry.officer, entry.action,
                                            entry.subjectType, entry.subjectId, entry.after)
                                << Qt::endl;
            }
        }
        if (json) {
            m_support.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        }
        return ExitSuccess;
    }
    if (parser.isSet(trust)) {
        return verifyTrusted(*database, parser.value(trust), parser.values(checkpoint), json);
    }
    if (parser.isSet(checkpoint)) {
        return m_support.usage(tr("--checkpoint needs --trust: a checkpoint counts only when its signature checks."));
    }
    const AuditVerification verification = log.verify();
    if (json) {
        m_support.out() << QJsonDocument(
                               QJsonObject{{QStringLiteral("intact"), verification.intact},
                                           {QStringLiteral("entries_checked"), verification.entriesChecked},
                                           {QStringLiteral("broken_at_sequence"), verification.brokenAtSequence},
                                           {QStringLiteral("problem"), verification.problem}})
                               .toJson(QJsonDocument::Indented);
    } else if (verification.intact) {
        m_support.out() << tr("The audit log's chain is intact: %1 entries, each chained to the one before. Signatures "
                              "were not checked: "
                              "give --trust CERT.")
                               .arg(verification.entriesChecked)
                        << Qt::endl;
    } else {
        m_support.err() << tr("The audit log is broken: %1.").arg(verification.problem) << Qt::endl;
    }
    return verification.intact ? ExitSuccess : ExitFailure;
}

int AuditCommand::verifyTrusted(Database& database, const QString& trustPath, const QStringList& checkpointPaths,
                                bool json)
{
    QFile trustFile(trustPath);
    QString error;
    const auto anchor =
        trustFile.open(QIODevice::ReadOnly) ? Certificate::fromPem(trustFile.read(1 << 20), &error) : std::nullopt;
    if (!anchor) {
        return m_support.usage(
            tr("Cannot use %1 as the certificate to trust: %2")
                .arg(QDir::toNativeSeparators(trustPath), error.isEmpty() ? trustFile.errorString() : error));
    }
    QList<AuditCheckpoint> brought;
    for (const QString& path : checkpointPaths) {
        QFile file(path);
        const QJsonObject object =
            file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.read(1 << 20)).object() : QJsonObject();
        // An artifact's own file, or the checkpoint alone.
        const auto checkpoint = AuditCheckpoint::fromJson(object.contains(QStringLiteral("checkpoint"))
                                                              ? object.value(QStringLiteral("checkpoint")).toObject()
                                                              : object,
                                                          &error);
        if (!checkpoint) {
            return m_support.usage(tr("%1: %2").arg(QDir::toNativeSeparators(path), error));
        }
        brought.append(*checkpoint);
    }
    const AuditTrustReport report = AuditVerifier(database, *anchor).verify(brought);
    if (json) {
        QJsonArray signers;
        for (const AuditTrustReport::Signer& signer : report.signers) {
            signers.append(QJsonObject{{QStringLiteral("officer"), signer.officer},
                                       {QStringLiteral("certificate"), signer.certificate},
                                       {QStringLiteral("role"), signer.role},
                                       {QStringLiteral("entries"), signer.entries}});
        }
        m_support.out() << QJsonDocument(
                               QJsonObject{{QStringLiteral("intact"), report.chain.intact},
                                           {QStringLiteral("entries_checked"), report.chain.entriesChecked},
                                           {QStringLiteral("before_signatures"), report.beforeSignatures},
                                           {QStringLiteral("checkpoints_checked"), report.checkpointsChecked},
                                           {QStringLiteral("broken_at_sequence"), report.chain.brokenAtSequence},
                                           {QStringLiteral("problem"), report.chain.problem},
                                           {QStringLiteral("signers"), signers}})
                               .toJson(QJsonDocument::Indented);
    } else if (report.chain.intact) {
        m_support.out()
            << tr("The audit log is intact and signed: %1 entries (%2 made before signatures, chain-verified only), "
                  "%3 checkpoints match it.")
                   .arg(report.chain.entriesChecked)
                   .arg(report.beforeSignatures)
                   .arg(report.checkpointsChecked)
            << Qt::endl;
        for (const AuditTrustReport::Signer& signer : report.signers) {
            m_support.out() << tr("  %1 (%2): %3 entries, certificate %4…")
                                   .arg(signer.officer, signer.role)
                                   .arg(signer.entries)
                                   .arg(signer.certificate.left(16))
                            << Qt::endl;
        }
    } else {
        m_support.err() << tr("The audit log does not stand: %1.").arg(report.chain.problem) << Qt::endl;
    }
    return report.chain.intact ? ExitSuccess : ExitFailure;
}
