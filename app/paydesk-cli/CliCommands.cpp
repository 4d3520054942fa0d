#include "CliCommands.h"

#include "AddressesCommand.h"
#include "BatchCommand.h"
#include "CycleCommand.h"
#include "EvidenceCommand.h"
#include "ExitCode.h"
#include "FindingsCommand.h"
#include "OutstandingCommand.h"
#include "ProgramCommand.h"
#include "ReconcileCommand.h"
#include "OfficerCommand.h"
#include "trust/AuditVerifier.h"
#include "ReissueCommand.h"
#include "ReportCommand.h"
#include "SendCommand.h"
#include "StatementCommand.h"

#include "audit/AuditLog.h"
#include "batching/SignatureVerifier.h"
#include "batching/SigningKey.h"
#include "batching/XSignature.h"
#include "audit/OfficerIdentity.h"
#include "evidence/EvidencePackVerifier.h"
#include "officers/OfficerRepository.h"
#include "privacy/IdentifierMask.h"
#include "signoff/BatchSignOff.h"
#include "registry/DemoRegistryGenerator.h"
#include "review/BatchFileReviewer.h"
#include "review/ResultComparison.h"
#include "review/ReviewReport.h"
#include "registry/RegistryImporter.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace {

QJsonObject toJson(const Beneficiary& b, bool masked)
{
    const auto shown = [masked](const QString& identifier) { return masked ? IdentifierMask::mask(identifier) : identifier; };
    return QJsonObject{
        {QStringLiteral("registry_id"), b.registryId},
        {QStringLiteral("given_name"), b.givenName},
        {QStringLiteral("family_name"), b.familyName},
        {QStringLiteral("gender"), b.gender},
        {QStringLiteral("birth_date"), b.birthDate.isValid() ? QJsonValue(b.birthDate.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("household_id"), b.householdId},
        {QStringLiteral("household_size"), b.householdSize},
        {QStringLiteral("region"), b.region},
        {QStringLiteral("district"), b.district},
        {QStringLiteral("phone"), shown(b.phone)},
        {QStringLiteral("payee_type"), b.payee.isValid() ? partyIdTypeName(b.payee.type()) : QString()},
        {QStringLiteral("payee_address"), shown(b.payee.value())},
        {QStringLiteral("national_id"), shown(b.nationalId)},
        {QStringLiteral("active"), b.active},
    };
}

} // namespace

CliCommands::CliCommands()
    : m_out(stdout)
    , m_err(stderr)
    , m_support(m_out, m_err)
{
}

void CliCommands::printHelp()
{
    m_out << tr("Usage: paydesk-cli COMMAND [OPTIONS]\n\n"
                "Commands:\n"
                "  demo-data       write a synthetic registry CSV\n"
                "  import FILE     import a registry CSV into the database\n"
                "  beneficiaries   list beneficiaries\n"
                "  audit verify    check the audit log: its chain, and with --trust CERT every signature and checkpoint\n"
                "  audit list      show the latest audit log entries\n"
                "  admin init      the administrator's key and anchor certificate (or the ministry's CA)\n"
                "  officer request an officer's own key and certificate request\n"
                "  officer add     add an officer (maker, checker or viewer): an administrator's signed act\n"
                "  officer certify certify an officer's key; also role, deactivate, revoke-key\n"
                "  officer list    list the officers, with the roles administrators' signed acts gave them\n"
                "  program         create, list and enrol programs\n"
                "  enrol ID        apply a program's eligibility to the registry (program enrol)\n"
                "  cycle           create, generate, submit, approve, send back, cancel and list cycles\n"
                "  entitlements ID list a cycle's entitlements (cycle entitlements)\n"
                "  addresses       ask the ID-to-account mapper for a cycle's financial addresses (G2P Connect)\n"
                "  batches         prepare a cycle's payments into frozen batches, list them, export a bundle\n"
                "  send ID         send a cycle's ready batches to Payment Hub EE or G2P Connect, exactly once (a checker)\n"
                "  resolve ID      resolve a cycle's uncertain batches by asking the hub whether it has them\n"
                "  reconcile ID    what the hub really paid: payments paid or failed, batches and the cycle completed\n"
                "  findings ID     before approval: joined, left, amount jumps, changed or shared accounts, paid elsewhere\n"
                "  outstanding     money in the dark: batches sent without a final outcome, aged, with what to do\n"
                "  reissue         pay failed payments again: a maker requests, a checker approves or rejects\n"
                "  report cycle ID a cycle's disbursement report, as PDF (--pdf) and every payment as CSV (--csv)\n"
                "  evidence ID     an evidence pack of a cycle or batch, sealed, for auditors (checked by review)\n"
                "  statement match the payer account's bank statement (MT940, CSV) against a cycle: three-way\n"
                "  sign FILE       print a batch file's Payment Hub EE X-SIGNATURE\n"
                "  review FILE     review a batch file offline: figures and what the hub would refuse\n"
                "  review DIR      check an evidence pack offline\n\n"
                "Run paydesk-cli COMMAND --help for a command's options.\n"
                "Exit codes: 0 success, 1 failure, 2 wrong command line, 3 imported with rejected rows,\n"
                "4 the reviewed file or statement has findings, 5 a batch is uncertain (resolve it).\n");
    m_out.flush();
}

int CliCommands::run(const QStringList& arguments)
{
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h") {
        printHelp();
        return arguments.isEmpty() ? ExitUsage : ExitSuccess;
    }
    const QString command = arguments.first();
    if (command == u"--version" || command == u"version") {
        m_out << QStringLiteral("paydesk-cli %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return ExitSuccess;
    }
    const QStringList rest = QStringList{QStringLiteral("paydesk-cli ") + command} + arguments.mid(1);
    if (command == u"demo-data") {
        return demoData(rest);
    }
    if (command == u"import") {
        return import(rest);
    }
    if (command == u"beneficiaries") {
        return beneficiaries(rest);
    }
    if (command == u"audit") {
        return audit(rest);
    }
    if (command == u"admin") {
        return OfficerCommand(m_support).runAdmin(rest);
    }
    if (command == u"officer") {
        return OfficerCommand(m_support).runOfficer(rest);
    }
    if (command == u"program") {
        return ProgramCommand(m_support).run(rest);
    }
    if (command == u"enrol") { // short for "program enrol"
        return ProgramCommand(m_support).run(QStringList{rest.first(), QStringLiteral("enrol")} + rest.mid(1));
    }
    if (command == u"cycle") {
        return CycleCommand(m_support).run(rest);
    }
    if (command == u"batches") {
        return BatchCommand(m_support).run(rest);
    }
    if (command == u"reconcile") {
        return ReconcileCommand(m_support).run(rest);
    }
    if (command == u"reissue") {
        return ReissueCommand(m_support).run(rest);
    }
    if (command == u"addresses") {
        return AddressesCommand(m_support).run(rest);
    }
    if (command == u"findings") {
        return FindingsCommand(m_support).run(rest);
    }
    if (command == u"outstanding") {
        return OutstandingCommand(m_support).run(rest);
    }
    if (command == u"statement") {
        return StatementCommand(m_support).run(rest);
    }
    if (command == u"report") {
        return ReportCommand(m_support).run(rest);
    }
    if (command == u"evidence") {
        return EvidenceCommand(m_support).run(rest);
    }
    if (command == u"send" || command == u"resolve") {
        return SendCommand(m_support).run(command, rest);
    }
    if (command == u"review") {
        return review(rest);
    }
    if (command == u"sign") {
        return sign(rest);
    }
    if (command == u"entitlements") { // short for "cycle entitlements"
        return CycleCommand(m_support).run(QStringList{rest.first(), QStringLiteral("entitlements")} + rest.mid(1));
    }
    return m_support.usage(tr("Unknown command \"%1\".").arg(command));
}

int CliCommands::demoData(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a deterministic synthetic registry CSV."));
    const QCommandLineOption count(QStringLiteral("count"), tr("Number of beneficiaries."), QStringLiteral("N"),
                                   QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption bad(QStringLiteral("bad-share"), tr("Share of broken rows, 0 to 1."),
                                 QStringLiteral("SHARE"), QStringLiteral("0"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Output file."), QStringLiteral("FILE"));
    parser.addOptions({count, seed, bad, out});
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    bool countOk = false;
    bool seedOk = false;
    bool badOk = false;
    const qint64 rows = parser.value(count).toLongLong(&countOk);
    const quint32 seedValue = parser.value(seed).toUInt(&seedOk);
    const double badShare = parser.value(bad).toDouble(&badOk);
    if (!countOk || rows < 0) {
        return m_support.usage(tr("--count takes a whole number of rows, not \"%1\".").arg(parser.value(count)));
    }
    if (!seedOk) {
        return m_support.usage(tr("--seed takes a whole number, not \"%1\".").arg(parser.value(seed)));
    }
    if (!badOk || badShare < 0 || badShare > 1) {
        return m_support.usage(tr("--bad-share takes a number from 0 to 1, not \"%1\".").arg(parser.value(bad)));
    }
    if (!parser.isSet(out)) {
        return m_support.usage(tr("demo-data needs --out FILE."));
    }
    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly)) {
        m_err << tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()) << Qt::endl;
        return ExitFailure;
    }
    DemoRegistryGenerator generator(seedValue, badShare);
    QString error;
    if (!generator.write(&file, rows, &error) || !file.commit()) {
        m_err << tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), error.isEmpty() ? file.errorString() : error)
              << Qt::endl;
        return ExitFailure;
    }
    return ExitSuccess;
}

int CliCommands::import(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Imports a registry CSV. Accepted rows are written in one transaction; "
                                        "rejected rows are written to a file to fix and import again."));
    const QCommandLineOption map(QStringLiteral("map"), tr("Map a header to a field, e.g. \"Beneficiary No=registry_id\"."),
                                 QStringLiteral("HEADER=FIELD"));
    const QCommandLineOption rejects(QStringLiteral("rejects"), tr("Where to write rejected rows (default: FILE.rejected.csv)."),
                                     QStringLiteral("FILE"));
    parser.addOptions({CliSupport::databaseOption(), CliSupport::jsonOption(), map, rejects, CliSupport::officerOption(),
                       CliSupport::officerKeyOption()});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The registry CSV."));
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        return m_support.usage(tr("import takes exactly one FILE."));
    }
    RegistryImportParams params;
    params.filePath = parser.positionalArguments().constFirst();
    params.databaseLocation = CliSupport::databaseLocation(parser);
    params.today = QDate::currentDate();
    params.rejectsPath = parser.isSet(rejects) ? parser.value(rejects) : params.filePath + QStringLiteral(".rejected.csv");
    QString error;
    if (!params.mapping.addMappings(parser.values(map), &error)) {
        return m_support.usage(error);
    }
    {
        const auto database = m_support.openDatabase(parser);
        const auto officer = database ? m_support.actingOfficer(*database, parser) : std::nullopt;
        if (!officer) {
            return database ? m_support.actingFailure() : ExitFailure;
        }
        params.officer = officer->id;
        params.signers = database->keyring();
    }
    RegistryImporter importer;
    const RegistryImportResult result = importer.run(params);
    if (!result.succeeded) {
        m_err << result.error << Qt::endl;
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rejected;
        for (const RejectedRow& row : result.rejectedSample) {
            QJsonArray issues;
            for (const FieldIssue& issue : row.issues) {
                issues.append(QJsonObject{{QStringLiteral("column"), issue.column}, {QStringLiteral("reason"), issue.reason}});
            }
            rejected.append(QJsonObject{{QStringLiteral("line"), row.line}, {QStringLiteral("issues"), issues}});
        }
        QJsonArray shared;
        for (const SharedPayeeAccount& account : result.sharedAccounts) {
            shared.append(QJsonObject{{QStringLiteral("payee_type"), account.payeeType},
                                      {QStringLiteral("payee_address"), account.payeeAddress},
                                      {QStringLiteral("registry_ids"), QJsonArray::fromStringList(account.registryIds)}});
        }
        const QJsonObject json{{QStringLiteral("rows_read"), result.rowsRead},
                               {QStringLiteral("inserted"), result.inserted},
                               {QStringLiteral("updated"), result.updated},
                               {QStringLiteral("rejected"), result.rejected},
                               {QStringLiteral("rejects_file"), result.rejectsPath},
                               {QStringLiteral("rejected_rows"), rejected},
                               {QStringLiteral("ignored_columns"), QJsonArray::fromStringList(result.ignoredColumns)},
                               {QStringLiteral("shared_payee_accounts"), result.sharedAccountCount},
                               {QStringLiteral("shared_payee_account_sample"), shared}};
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        m_out << tr("Read %1 rows: %2 new, %3 updated, %4 rejected.")
                     .arg(result.rowsRead)
                     .arg(result.inserted)
                     .arg(result.updated)
                     .arg(result.rejected)
              << Qt::endl;
        for (const RejectedRow& row : result.rejectedSample.mid(0, 20)) {
            for (const FieldIssue& issue : row.issues) {
                m_out << tr("  line %1, %2: %3").arg(row.line).arg(issue.column.isEmpty() ? tr("row") : issue.column, issue.reason)
                      << Qt::endl;
            }
        }
        if (!result.rejectsPath.isEmpty()) {
            m_out << tr("Rejected rows, with their reasons, are in %1.").arg(QDir::toNativeSeparators(result.rejectsPath))
                  << Qt::endl;
        }
        if (!result.ignoredColumns.isEmpty()) {
            m_out << tr("Ignored columns: %1.").arg(result.ignoredColumns.join(QStringLiteral(", "))) << Qt::endl;
        }
        if (result.sharedAccountCount > 0) {
            m_out << tr("%1 payee accounts are held by more than one registry id (likely duplicates):")
                         .arg(result.sharedAccountCount)
                  << Qt::endl;
            for (const SharedPayeeAccount& account : result.sharedAccounts.mid(0, 10)) {
                m_out << QStringLiteral("  %1 %2: %3")
                             .arg(account.payeeType, account.payeeAddress, account.registryIds.join(QStringLiteral(", ")))
                      << Qt::endl;
            }
        }
    }
    return result.rejected > 0 ? ExitRowsRejected : ExitSuccess;
}

int CliCommands::beneficiaries(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists beneficiaries of the registry."));
    const QCommandLineOption filter(QStringLiteral("filter"), tr("Text to look for."), QStringLiteral("TEXT"));
    const QCommandLineOption by(QStringLiteral("by"), tr("What --filter matches: name, id, region or phone."),
                                QStringLiteral("FIELD"), QStringLiteral("name"));
    const QCommandLineOption sort(QStringLiteral("sort"), tr("Order: id, name, region or phone."), QStringLiteral("KEY"),
                                  QStringLiteral("id"));
    const QCommandLineOption descending(QStringLiteral("desc"), tr("Descending order."));
    const QCommandLineOption program(QStringLiteral("program"), tr("Only beneficiaries enrolled in this program."),
                                     QStringLiteral("ID"));
    const QCommandLineOption shared(QStringLiteral("shared-accounts"),
                                    tr("Only beneficiaries whose payee account another registry id holds too."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N rows."), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption offset(QStringLiteral("offset"), tr("Skip the first N rows."), QStringLiteral("N"),
                                    QStringLiteral("0"));
    const QCommandLineOption masked(QStringLiteral("masked"),
                                    tr("Phone numbers, payee accounts and national ids masked but for their last four characters."));
    parser.addOptions(
        {CliSupport::databaseOption(), CliSupport::jsonOption(), filter, by, sort, descending, shared, program, limit, offset, masked});
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    const QHash<QString, BeneficiaryQuery::Filter> filters{{QStringLiteral("name"), BeneficiaryQuery::Filter::Name},
                                                          {QStringLiteral("id"), BeneficiaryQuery::Filter::RegistryId},
                                                          {QStringLiteral("region"), BeneficiaryQuery::Filter::Region},
                                                          {QStringLiteral("phone"), BeneficiaryQuery::Filter::Phone}};
    const QHash<QString, BeneficiaryQuery::Sort> sorts{{QStringLiteral("name"), BeneficiaryQuery::Sort::Name},
                                                      {QStringLiteral("id"), BeneficiaryQuery::Sort::RegistryId},
                                                      {QStringLiteral("region"), BeneficiaryQuery::Sort::Region},
                                                      {QStringLiteral("phone"), BeneficiaryQuery::Sort::Phone}};
    if (!filters.contains(parser.value(by))) {
        return m_support.usage(tr("--by takes name, id, region or phone, not \"%1\".").arg(parser.value(by)));
    }
    if (!sorts.contains(parser.value(sort))) {
        return m_support.usage(tr("--sort takes id, name, region or phone, not \"%1\".").arg(parser.value(sort)));
    }
    bool limitOk = false;
    bool offsetOk = false;
    const int limitValue = parser.value(limit).toInt(&limitOk);
    const int offsetValue = parser.value(offset).toInt(&offsetOk);
    if (!limitOk || limitValue < 0 || !offsetOk || offsetValue < 0) {
        return m_support.usage(tr("--limit and --offset take whole numbers of rows."));
    }
    const auto database = m_support.openDatabase(parser);
    if (!database) {
        return ExitFailure;
    }
    BeneficiaryRepository repository(*database);
    BeneficiaryQuery query;
    query.filter = filters.value(parser.value(by));
    query.text = parser.value(filter);
    query.sort = sorts.value(parser.value(sort));
    query.descending = parser.isSet(descending);
    query.sharedPayeeOnly = parser.isSet(shared);
    query.enrolledInProgram = parser.value(program).toLongLong();
    const auto ids = repository.orderedIds(query);
    if (!ids) {
        m_err << tr("Cannot read the registry: %1").arg(repository.lastError()) << Qt::endl;
        return ExitFailure;
    }
    const QList<Beneficiary> rows = repository.fetchByIds(ids->mid(offsetValue, limitValue));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Beneficiary& b : rows) {
            array.append(toJson(b, parser.isSet(masked)));
        }
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("matching"), ids->size()},
                                           {QStringLiteral("beneficiaries"), array}})
                     .toJson(QJsonDocument::Indented);
        return ExitSuccess;
    }
    const auto shown = [&parser, &masked](const QString& identifier) {
        return parser.isSet(masked) ? IdentifierMask::mask(identifier) : identifier;
    };
    for (const Beneficiary& b : rows) {
        m_out << QStringLiteral("%1\t%2\t%3\t%4\t%5 %6")
                     .arg(b.registryId, b.fullName(), b.region, shown(b.phone),
                          b.payee.isValid() ? partyIdTypeName(b.payee.type()) : QString(), shown(b.payee.value()))
              << Qt::endl;
    }
    m_out << tr("%1 of %2 matching beneficiaries shown.").arg(rows.size()).arg(ids->size()) << Qt::endl;
    return ExitSuccess;
}

int CliCommands::audit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The audit log: \"verify\" checks its hash chain and, with --trust, every entry's "
                                        "signature, who signed with which certificate in which role, and the checkpoints "
                                        "(exit code 1 when anything fails); \"list\" shows the latest entries."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N entries."), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption trust(QStringLiteral("trust"), tr("verify: the administrator's (or ministry's) CA certificate to trust."),
                                   QStringLiteral("CERT"));
    const QCommandLineOption checkpoint(QStringLiteral("checkpoint"),
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
                m_out << QStringLiteral("%1\t%2\t%3\t%4 %5:%6\t%7")
                             .arg(entry.sequence)
                             .arg(entry.occurredAt.toString(Qt::ISODateWithMs), entry.officer, entry.action,
                                  entry.subjectType, entry.subjectId, entry.after)
                      << Qt::endl;
            }
        }
        if (json) {
            m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
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
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("intact"), verification.intact},
                                           {QStringLiteral("entries_checked"), verification.entriesChecked},
                                           {QStringLiteral("broken_at_sequence"), verification.brokenAtSequence},
                                           {QStringLiteral("problem"), verification.problem}})
                     .toJson(QJsonDocument::Indented);
    } else if (verification.intact) {
        m_out << tr("The audit log's chain is intact: %1 entries, each chained to the one before. Signatures were not checked: "
                    "give --trust CERT.")
                     .arg(verification.entriesChecked)
              << Qt::endl;
    } else {
        m_err << tr("The audit log is broken: %1.").arg(verification.problem) << Qt::endl;
    }
    return verification.intact ? ExitSuccess : ExitFailure;
}

int CliCommands::verifyTrusted(Database& database, const QString& trustPath, const QStringList& checkpointPaths, bool json)
{
    QFile trustFile(trustPath);
    QString error;
    const auto anchor = trustFile.open(QIODevice::ReadOnly) ? Certificate::fromPem(trustFile.read(1 << 20), &error) : std::nullopt;
    if (!anchor) {
        return m_support.usage(tr("Cannot use %1 as the certificate to trust: %2")
                                   .arg(QDir::toNativeSeparators(trustPath), error.isEmpty() ? trustFile.errorString() : error));
    }
    QList<AuditCheckpoint> brought;
    for (const QString& path : checkpointPaths) {
        QFile file(path);
        const QJsonObject object = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.read(1 << 20)).object() : QJsonObject();
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
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("intact"), report.chain.intact},
                                           {QStringLiteral("entries_checked"), report.chain.entriesChecked},
                                           {QStringLiteral("before_signatures"), report.beforeSignatures},
                                           {QStringLiteral("checkpoints_checked"), report.checkpointsChecked},
                                           {QStringLiteral("broken_at_sequence"), report.chain.brokenAtSequence},
                                           {QStringLiteral("problem"), report.chain.problem},
                                           {QStringLiteral("signers"), signers}})
                     .toJson(QJsonDocument::Indented);
    } else if (report.chain.intact) {
        m_out << tr("The audit log is intact and signed: %1 entries (%2 made before signatures, chain-verified only), "
                    "%3 checkpoints match it.")
                     .arg(report.chain.entriesChecked)
                     .arg(report.beforeSignatures)
                     .arg(report.checkpointsChecked)
              << Qt::endl;
        for (const AuditTrustReport::Signer& signer : report.signers) {
            m_out << tr("  %1 (%2): %3 entries, certificate %4…").arg(signer.officer, signer.role).arg(signer.entries).arg(signer.certificate.left(16))
                  << Qt::endl;
        }
    } else {
        m_err << tr("The audit log does not stand: %1.").arg(report.chain.problem) << Qt::endl;
    }
    return report.chain.intact ? ExitSuccess : ExitFailure;
}

int CliCommands::sign(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the X-SIGNATURE Payment Hub EE expects for a batch file: SHA3-256 of "
           "\"correlation id:tenant:file\" (the file as the hub reads it: LF lines, no trailing newline), signed with "
           "the RSA key (PKCS#1 v1.5, no DigestInfo), in Base64. With --cert, checks a signature instead."));
    const QCommandLineOption correlation(QStringLiteral("correlation-id"), tr("The batch's X-CorrelationID."), QStringLiteral("ID"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), tr("The Platform-TenantId."), QStringLiteral("TENANT"));
    const QCommandLineOption key(QStringLiteral("key"), tr("PEM private key (PKCS#1 or PKCS#8)."), QStringLiteral("KEY.pem"));
    const QCommandLineOption passphraseEnv(QStringLiteral("passphrase-env"),
                                           tr("Name of the environment variable holding the key's passphrase (default: "
                                              "PAYDESK_KEY_PASSPHRASE, else the system keychain)."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption cert(QStringLiteral("cert"), tr("Certificate (PEM or base64 DER) to verify --signature with."),
                                  QStringLiteral("CERT"));
    const QCommandLineOption signature(QStringLiteral("signature"), tr("The X-SIGNATURE to verify."), QStringLiteral("BASE64"));
    parser.addOptions({correlation, tenant, key, passphraseEnv, cert, signature});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The batch file."));
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(correlation) || !parser.isSet(tenant)
        || parser.isSet(key) == parser.isSet(cert) || parser.isSet(cert) != parser.isSet(signature)) {
        return m_support.usage(tr("sign needs FILE, --correlation-id, --tenant, and either --key, or --cert with --signature."));
    }
    QFile file(parser.positionalArguments().constFirst());
    if (!file.open(QIODevice::ReadOnly)) {
        return m_support.fail(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    }
    const QByteArray digest = XSignature::sha3HexDigest(
        XSignature::dataToSign(parser.value(correlation), parser.value(tenant), XSignature::hubPayload(file.readAll())));
    QString error;
    if (parser.isSet(cert)) {
        const auto verifier = SignatureVerifier::fromFile(parser.value(cert), &error);
        if (!verifier) {
            return m_support.fail(error);
        }
        if (!verifier->verify(digest, parser.value(signature).toLatin1(), &error)) {
            return m_support.fail(tr("The signature does not match: %1.").arg(error));
        }
        m_out << tr("The signature matches.") << Qt::endl;
        return ExitSuccess;
    }
    const auto signingKey = parser.isSet(passphraseEnv)
        ? SigningKey::fromFile(parser.value(key), qgetenv(parser.value(passphraseEnv).toLocal8Bit().constData()), &error)
        : CliSupport::openKey(parser.value(key), &error);
    const QByteArray result = signingKey ? signingKey->sign(digest, &error) : QByteArray();
    if (result.isEmpty()) {
        return m_support.fail(error);
    }
    m_out << QString::fromLatin1(result) << Qt::endl;
    return ExitSuccess;
}

int CliCommands::reviewPack(const QString& folder, const QByteArray& trustAnchor, bool json)
{
    const EvidenceCheck check = EvidencePackVerifier::verify(folder, trustAnchor);
    if (!check.readable) {
        return m_support.fail(check.error);
    }
    if (json) {
        QJsonArray problems;
        for (const EvidenceCheck::Problem& problem : check.problems) {
            problems.append(QJsonObject{{QStringLiteral("file"), problem.file}, {QStringLiteral("problem"), problem.problem}});
        }
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("clean"), check.clean()},
                                           {QStringLiteral("held"), QJsonArray::fromStringList(check.held)},
                                           {QStringLiteral("problems"), problems}})
                     .toJson(QJsonDocument::Indented);
    } else {
        for (const QString& held : check.held) {
            m_out << tr("Checked: %1.").arg(held) << Qt::endl;
        }
        for (const EvidenceCheck::Problem& problem : check.problems) {
            m_out << tr("  %1: %2").arg(problem.file, problem.problem) << Qt::endl;
        }
        m_out << (check.clean() ? tr("The evidence pack holds.") : tr("%n problem(s) found.", nullptr, int(check.problems.size())))
              << Qt::endl;
    }
    return check.clean() ? ExitSuccess : ExitReviewFindings;
}

int CliCommands::review(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reviews a Payment Hub EE batch file with no database and no network: rows, totals per currency, and "
           "everything the hub would refuse or mangle. A bundle's manifest and signature (FILE's .manifest.json and "
           ".signature) and the officers' sign-off (.signoff.json) are checked when present; --cert checks the signature. "
           "Given a folder, checks an evidence pack (paydesk-cli evidence) instead. Officers' signatures are checked against "
           "the administrator's certificate given with --trust, and count for nothing without it. Exit code 4 when anything is wrong."));
    const QCommandLineOption cert(QStringLiteral("cert"), tr("The tenant's certificate (PEM or base64 DER)."), QStringLiteral("CERT"));
    const QCommandLineOption trust(QStringLiteral("trust"), tr("The administrator's certificate (the trust anchor) to check officers' signatures against."),
                                   QStringLiteral("CERT"));
    const QCommandLineOption correlation(QStringLiteral("correlation-id"), tr("X-CorrelationID (default: the manifest's)."),
                                         QStringLiteral("ID"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), tr("Platform-TenantId (default: the manifest's)."), QStringLiteral("TENANT"));
    const QCommandLineOption maxBytes(QStringLiteral("max-bytes"), tr("The hub's file size limit."), QStringLiteral("N"),
                                      QStringLiteral("100000"));
    const QCommandLineOption results(QStringLiteral("results"),
                                     tr("The hub's batch detail export (JSON) or result CSV, to list paid, failed and missing payments."),
                                     QStringLiteral("R"));
    const QCommandLineOption exportCsv(QStringLiteral("export-csv"), tr("Also write the review as CSV."), QStringLiteral("FILE"));
    parser.addOptions({cert, trust, correlation, tenant, maxBytes, results, exportCsv, CliSupport::jsonOption()});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The batch file."));
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        return m_support.usage(tr("review takes exactly one FILE."));
    }
    QByteArray trustAnchor;
    if (parser.isSet(trust)) {
        QFile anchorFile(parser.value(trust));
        if (!anchorFile.open(QIODevice::ReadOnly)) {
            return m_support.usage(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(anchorFile.fileName()), anchorFile.errorString()));
        }
        trustAnchor = anchorFile.read(1 << 20);
    }
    if (EvidencePackVerifier::isPack(parser.positionalArguments().first())) {
        return reviewPack(parser.positionalArguments().first(), trustAnchor, parser.isSet(QStringLiteral("json")));
    }
    BatchFileReviewer::Options options;
    options.trustAnchor = trustAnchor;
    options.maxBytes = parser.value(maxBytes).toLongLong();
    options.correlationId = parser.value(correlation);
    options.tenant = parser.value(tenant);
    if (parser.isSet(cert)) {
        QFile certificate(parser.value(cert));
        if (!certificate.open(QIODevice::ReadOnly)) {
            return m_support.fail(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(certificate.fileName()), certificate.errorString()));
        }
        options.certificate = certificate.read(1 << 20);
    }
    const QString path = parser.positionalArguments().constFirst();
    const BatchReview result = BatchFileReviewer::reviewPath(path, options);
    if (!result.readable) {
        return m_support.fail(tr("Cannot review the file: %1").arg(result.error));
    }
    std::optional<ResultComparison> comparison;
    if (parser.isSet(results)) {
        QFile batchFile(path);
        QFile resultFile(parser.value(results));
        if (!batchFile.open(QIODevice::ReadOnly) || !resultFile.open(QIODevice::ReadOnly)) {
            return m_support.fail(tr("Cannot read %1.").arg(QDir::toNativeSeparators(parser.value(results))));
        }
        comparison = ResultComparison::compare(batchFile.read(64 * options.maxBytes), resultFile.read(1 << 26));
        if (!comparison->readable) {
            return m_support.fail(tr("Cannot compare with the results: %1").arg(comparison->error));
        }
    }
    if (parser.isSet(exportCsv)) {
        QSaveFile report(parser.value(exportCsv));
        const QByteArray bytes = ReviewReport::csv(path, result, comparison ? &*comparison : nullptr);
        if (!report.open(QIODevice::WriteOnly) || report.write(bytes) != bytes.size() || !report.commit()) {
            return m_support.fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(report.fileName()), report.errorString()));
        }
    }
    QJsonObject totals;
    for (auto it = result.totals.constBegin(); it != result.totals.constEnd(); ++it) {
        totals.insert(it.key(), it.value().toDecimalString());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray findings;
        for (const BatchReview::Finding& finding : result.findings) {
            findings.append(QJsonObject{{QStringLiteral("line"), finding.line},
                                        {QStringLiteral("column"), finding.column},
                                        {QStringLiteral("problem"), finding.problem}});
        }
        QJsonObject json{{QStringLiteral("rows"), result.rows},
                         {QStringLiteral("bytes"), result.fileBytes},
                         {QStringLiteral("sha256"), result.sha256},
                         {QStringLiteral("totals"), totals},
                         {QStringLiteral("payment_modes"), QJsonArray::fromStringList(result.paymentModes)},
                         {QStringLiteral("findings"), findings},
                         {QStringLiteral("clean"), result.clean()}};
        if (result.signatureValid) {
            json.insert(QStringLiteral("signature_valid"), *result.signatureValid);
        }
        if (result.manifestMatches) {
            json.insert(QStringLiteral("manifest_matches"), *result.manifestMatches);
        }
        if (result.signOffValid) {
            json.insert(QStringLiteral("sign_off_valid"), *result.signOffValid);
            json.insert(QStringLiteral("sign_off"), result.signOffDetail);
        }
        if (comparison) {
            QJsonArray payments;
            for (const ResultComparison::Line& line : comparison->lines) {
                payments.append(QJsonObject{{QStringLiteral("request_id"), line.requestId},
                                            {QStringLiteral("outcome"), ResultComparison::outcomeName(line.outcome)},
                                            {QStringLiteral("reason"), line.reason}});
            }
            json.insert(QStringLiteral("payments"), payments);
            json.insert(QStringLiteral("unmatched_results"), comparison->unmatchedResults);
        }
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        QStringList totalTexts;
        for (auto it = totals.constBegin(); it != totals.constEnd(); ++it) {
            totalTexts.append(it.value().toString() + u' ' + it.key());
        }
        m_out << tr("%1 rows, %2 bytes, SHA-256 %3; total %4.")
                     .arg(result.rows)
                     .arg(result.fileBytes)
                     .arg(result.sha256, totalTexts.join(QStringLiteral(", ")))
              << Qt::endl;
        for (const BatchReview::Finding& finding : result.findings) {
            m_out << tr("  line %1%2: %3")
                         .arg(finding.line)
                         .arg(finding.column.isEmpty() ? QString() : QStringLiteral(", ") + finding.column, finding.problem)
                  << Qt::endl;
        }
        if (result.signatureValid) {
            m_out << tr("Signature: %1.").arg(result.signatureDetail) << Qt::endl;
        }
        if (result.manifestMatches) {
            m_out << tr("Manifest: %1.").arg(result.manifestDetail) << Qt::endl;
        }
        if (result.signOffValid) {
            m_out << tr("Sign-off: %1.").arg(result.signOffDetail) << Qt::endl;
        }
        m_out << ReviewReport::verdict(result) << Qt::endl;
        if (comparison) {
            m_out << tr("Against the results: %1 paid, %2 failed, %3 in flight, %4 missing.")
                         .arg(comparison->count(ResultComparison::Outcome::Paid))
                         .arg(comparison->count(ResultComparison::Outcome::Failed))
                         .arg(comparison->count(ResultComparison::Outcome::InFlight))
                         .arg(comparison->count(ResultComparison::Outcome::Missing))
                  << Qt::endl;
            for (const ResultComparison::Line& line : comparison->lines) {
                if (line.outcome != ResultComparison::Outcome::Paid) {
                    m_out << QStringLiteral("  %1\t%2\t%3").arg(line.requestId, ResultComparison::outcomeName(line.outcome), line.reason)
                          << Qt::endl;
                }
            }
        }
    }
    return result.clean() ? ExitSuccess : ExitReviewFindings;
}
