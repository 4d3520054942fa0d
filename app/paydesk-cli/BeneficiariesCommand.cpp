#include "BeneficiariesCommand.h"

#include "CliSupport.h"
#include "ExitCode.h"

#include "privacy/IdentifierMask.h"
#include "registry/BeneficiaryRepository.h"
#include "storage/Database.h"

#include "csv/CsvWriter.h"
#include "registry/RegistryField.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <limits>

namespace {

QJsonObject toJson(const Beneficiary& b, bool masked)
{
    const auto shown = [masked](const QString& identifier) {
        return masked ? IdentifierMask::mask(identifier) : identifier;
    };
    return QJsonObject{
        {QStringLiteral("registry_id"), b.registryId},
        {QStringLiteral("given_name"), b.givenName},
        {QStringLiteral("family_name"), b.familyName},
        {QStringLiteral("gender"), b.gender},
        {QStringLiteral("birth_date"),
         b.birthDate.isValid() ? QJsonValue(b.birthDate.toString(Qt::ISODate)) : QJsonValue()},
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

// The registry's columns in their canonical order, as a file PayDesk imports names them.
QList<QByteArray> toCsvRecord(const QJsonObject& json)
{
    QList<QByteArray> record;
    for (int field = 0; field < kRegistryFieldCount; ++field) {
        const QJsonValue value = json.value(registryFieldName(static_cast<RegistryField>(field)));
        record.append(value.isBool()     ? QByteArray(value.toBool() ? "1" : "0")
                      : value.isDouble() ? QByteArray::number(value.toInt())
                                         : value.toString().toUtf8());
    }
    return record;
}

} // namespace

BeneficiariesCommand::BeneficiariesCommand(CliSupport& support) : m_support(support) {}

int BeneficiariesCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists beneficiaries of the registry."));
    addOptions(parser);
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
    if (!filters.contains(parser.value(QStringLiteral("by")))) {
        return m_support.usage(
            tr("--by takes name, id, region or phone, not \"%1\".").arg(parser.value(QStringLiteral("by"))));
    }
    if (!sorts.contains(parser.value(QStringLiteral("sort")))) {
        return m_support.usage(
            tr("--sort takes id, name, region or phone, not \"%1\".").arg(parser.value(QStringLiteral("sort"))));
    }
    bool limitOk = false;
    bool offsetOk = false;
    int limitValue = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    const int offsetValue = parser.value(QStringLiteral("offset")).toInt(&offsetOk);
    if (!limitOk || limitValue < 0 || !offsetOk || offsetValue < 0) {
        return m_support.usage(tr("--limit and --offset take whole numbers of rows."));
    }
    if (parser.isSet(QStringLiteral("csv")) && !parser.isSet(QStringLiteral("limit"))) {
        limitValue = std::numeric_limits<int>::max();
    }
    const auto database = m_support.openDatabase(parser);
    if (!database) {
        return ExitFailure;
    }
    BeneficiaryRepository repository(*database);
    BeneficiaryQuery query;
    query.filter = filters.value(parser.value(QStringLiteral("by")));
    query.text = parser.value(QStringLiteral("filter"));
    query.sort = sorts.value(parser.value(QStringLiteral("sort")));
    query.descending = parser.isSet(QStringLiteral("desc"));
    query.sharedPayeeOnly = parser.isSet(QStringLiteral("shared-accounts"));
    query.enrolledInProgram = parser.value(QStringLiteral("program")).toLongLong();
    const auto ids = repository.orderedIds(query);
    if (!ids) {
        m_support.err() << tr("Cannot read the registry: %1").arg(repository.lastError()) << Qt::endl;
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        return writeCsv(repository, ids->mid(offsetValue, limitValue), parser.isSet(QStringLiteral("masked")));
    }
    const QList<Beneficiary> rows = repository.fetchByIds(ids->mid(offsetValue, limitValue));
    if (parser.isSet(QStringLiteral("json"))) {
        writeJson(rows, ids->size(), parser.isSet(QStringLiteral("masked")));
    } else {
        writeTable(rows, ids->size(), parser.isSet(QStringLiteral("masked")));
    }
    return ExitSuccess;
}

void BeneficiariesCommand::writeJson(const QList<Beneficiary>& rows, qsizetype matching, bool masked)
{
    QJsonArray array;
    for (const Beneficiary& b : rows) {
        array.append(toJson(b, masked));
    }
    m_support.out() << QJsonDocument(QJsonObject{{QStringLiteral("matching"), matching},
                                                 {QStringLiteral("beneficiaries"), array}})
                           .toJson(QJsonDocument::Indented);
}

void BeneficiariesCommand::writeTable(const QList<Beneficiary>& rows, qsizetype matching, bool masked)
{
    const auto shown = [masked](const QString& identifier) {
        return masked ? IdentifierMask::mask(identifier) : identifier;
    };
    for (const Beneficiary& b : rows) {
        m_support.out() << QStringLiteral("%1\t%2\t%3\t%4\t%5 %6")
                               .arg(b.registryId, b.fullName(), b.region, shown(b.phone),
                                    b.payee.isValid() ? partyIdTypeName(b.payee.type()) : QString(),
                                    shown(b.payee.value()))
                        << Qt::endl;
    }
    m_support.out() << tr("%1 of %2 matching beneficiaries shown.").arg(rows.size()).arg(matching) << Qt::endl;
}

int BeneficiariesCommand::writeCsv(BeneficiaryRepository& repository, const QList<qint64>& ids, bool masked)
{
    constexpr qsizetype kRowsPerRead = 5000;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, ',', CsvWriter::Audience::People);
    QList<QByteArray> header;
    for (int field = 0; field < kRegistryFieldCount; ++field) {
        header.append(registryFieldName(static_cast<RegistryField>(field)).toUtf8());
    }
    writer.writeRecord(header);
    for (qsizetype at = 0; at < ids.size(); at += kRowsPerRead) {
        for (const Beneficiary& b : repository.fetchByIds(ids.mid(at, kRowsPerRead))) {
            writer.writeRecord(toCsvRecord(toJson(b, masked)));
        }
        m_support.out() << QString::fromUtf8(bytes);
        bytes.clear();
        buffer.seek(0);
    }
    m_support.out() << QString::fromUtf8(bytes);
    return ExitSuccess;
}

void BeneficiariesCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOptions(
        {CliSupport::databaseOption(), CliSupport::jsonOption(),
         QCommandLineOption(QStringLiteral("csv"),
                            tr("Write the rows as a registry CSV (every matching row unless --limit is given), "
                               "safe to open in a spreadsheet: a value a spreadsheet would run as a formula "
                               "starts with an apostrophe.")),
         QCommandLineOption(QStringLiteral("filter"), tr("Text to look for."), QStringLiteral("TEXT")),
         QCommandLineOption(QStringLiteral("by"), tr("What --filter matches: name, id, region or phone."),
                            QStringLiteral("FIELD"), QStringLiteral("name")),
         QCommandLineOption(QStringLiteral("sort"), tr("Order: id, name, region or phone."), QStringLiteral("KEY"),
                            QStringLiteral("id")),
         QCommandLineOption(QStringLiteral("desc"), tr("Descending order.")),
         QCommandLineOption(QStringLiteral("shared-accounts"),
                            tr("Only beneficiaries whose payee account another registry id holds too.")),
         QCommandLineOption(QStringLiteral("program"), tr("Only beneficiaries enrolled in this program."),
                            QStringLiteral("ID")),
         QCommandLineOption(QStringLiteral("limit"), tr("At most N rows."), QStringLiteral("N"), QStringLiteral("50")),
         QCommandLineOption(QStringLiteral("offset"), tr("Skip the first N rows."), QStringLiteral("N"),
                            QStringLiteral("0")),
         QCommandLineOption(
             QStringLiteral("masked"),
             tr("Phone numbers, payee accounts and national ids masked but for their last four characters."))});
}
