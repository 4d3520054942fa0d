#include "BeneficiaryRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#ifdef PAYDESK_NATIVE_SQLITE
#include <sqlite3.h>
#endif

namespace {

const QString kColumns = QStringLiteral(
    "id, registry_id, given_name, family_name, gender, birth_date, household_id, household_size, region, "
    "district, phone, payee_type, payee_address, national_id, active");

QString digitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits += c;
        }
    }
    return digits;
}

} // namespace

BeneficiaryRepository::BeneficiaryRepository(Database& database) : m_database(database) {}

bool BeneficiaryRepository::exec(QSqlQuery& query, const QVariantList& arguments)
{
    for (const QVariant& argument : arguments) {
        query.addBindValue(argument);
    }
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

qint64 BeneficiaryRepository::count()
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM beneficiary"));
    if (!exec(query) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

Beneficiary BeneficiaryRepository::fromRecord(const QSqlQuery& query)
{
    Beneficiary b;
    b.id = query.value(0).toLongLong();
    b.registryId = query.value(1).toString();
    b.givenName = query.value(2).toString();
    b.familyName = query.value(3).toString();
    b.gender = query.value(4).toString();
    b.birthDate = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    b.householdId = query.value(6).toString();
    b.householdSize = query.value(7).toInt();
    b.region = query.value(8).toString();
    b.district = query.value(9).toString();
    b.phone = query.value(10).toString();
    if (const auto type = partyIdTypeFromName(query.value(11).toString())) {
        // Stored values were validated on import; re-creating keeps the type's invariants.
        b.payee = PartyId::create(*type, query.value(12).toString());
    }
    b.nationalId = query.value(13).toString();
    b.active = query.value(14).toInt() != 0;
    return b;
}

std::optional<Beneficiary> BeneficiaryRepository::findByRegistryId(const QString& registryId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM beneficiary WHERE registry_id = ?").arg(kColumns));
    if (!exec(query, {registryId}) || !query.next()) {
        return std::nullopt;
    }
    return fromRecord(query);
}

QList<Beneficiary> BeneficiaryRepository::fetchByIds(const QList<qint64>& ids)
{
    QList<Beneficiary> rows;
    if (ids.isEmpty()) {
        return rows;
    }
    QStringList placeholders;
    QVariantList arguments;
    for (const qint64 id : ids) {
        placeholders.append(QStringLiteral("?"));
        arguments.append(id);
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM beneficiary WHERE id IN (%2)").arg(kColumns, placeholders.join(u',')));
    if (!exec(query, arguments)) {
        return rows;
    }
    QHash<qint64, Beneficiary> byId;
    byId.reserve(ids.size());
    while (query.next()) {
        Beneficiary b = fromRecord(query);
        byId.insert(b.id, std::move(b));
    }
    rows.reserve(ids.size());
    for (const qint64 id : ids) {
        const auto found = byId.constFind(id);
        if (found != byId.constEnd()) {
            rows.append(*found);
        }
    }
    return rows;
}

QString BeneficiaryRepository::whereClause(const BeneficiaryQuery& query, QVariantList& arguments) const
{
    QStringList conditions;
    const QString text = textCondition(query, arguments);
    if (!text.isEmpty()) {
        conditions.append(text);
    }
    if (query.sharedPayeeOnly) {
        conditions.append(QStringLiteral(
            "payee_address <> '' AND (payee_type, payee_address) IN (SELECT payee_type, payee_address FROM beneficiary "
            "WHERE payee_address <> '' GROUP BY payee_type, payee_address HAVING COUNT(*) > 1)"));
    }
    if (query.enrolledInProgram != 0) {
        conditions.append(QStringLiteral("id IN (SELECT beneficiary_id FROM enrolment WHERE program_id = ?)"));
        arguments.append(query.enrolledInProgram);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString BeneficiaryRepository::textCondition(const BeneficiaryQuery& query, QVariantList& arguments) const
{
    const QString text = query.text.trimmed();
    if (text.isEmpty()) {
        return {};
    }
    const SqlDialect& dialect = m_database.dialect();
    switch (query.filter) {
    case BeneficiaryQuery::Filter::Name:
        if (text.size() >= 3) {
            return dialect.nameContains(text, arguments);
        }
        arguments.append(QString(SqlDialect::escapeLike(text) + u'%'));
        return dialect.caseInsensitiveLike(QStringLiteral("family_name"));
    case BeneficiaryQuery::Filter::RegistryId:
        arguments.append(text);
        arguments.append(QString(text + QChar(0xFFFF)));
        return QStringLiteral("registry_id >= ? AND registry_id < ?");
    case BeneficiaryQuery::Filter::Region:
        arguments.append(QString(SqlDialect::escapeLike(text) + u'%'));
        return dialect.caseInsensitiveLike(QStringLiteral("region"));
    case BeneficiaryQuery::Filter::Phone: {
        const QString digits = digitsOf(text);
        arguments.append(digits);
        arguments.append(QString(digits + u':')); // ':' follows '9'
        return QStringLiteral("phone >= ? AND phone < ?");
    }
    }
    return {};
}

QString BeneficiaryRepository::orderClause(const BeneficiaryQuery& query)
{
    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    QStringList keys;
    switch (query.sort) {
    case BeneficiaryQuery::Sort::RegistryId:
        keys = {QStringLiteral("registry_id")};
        break;
    case BeneficiaryQuery::Sort::Name:
        keys = {QStringLiteral("family_name"), QStringLiteral("given_name"), QStringLiteral("id")};
        break;
    case BeneficiaryQuery::Sort::Region:
        keys = {QStringLiteral("region"), QStringLiteral("id")};
        break;
    case BeneficiaryQuery::Sort::Phone:
        keys = {QStringLiteral("phone"), QStringLiteral("id")};
        break;
    }
    return QStringLiteral(" ORDER BY ") + keys.join(direction + QStringLiteral(", ")) + direction;
}

std::optional<QList<qint64>> BeneficiaryRepository::orderedIds(const BeneficiaryQuery& query, int limit)
{
    QVariantList arguments;
    QString sql = QStringLiteral("SELECT id FROM beneficiary") + whereClause(query, arguments) + orderClause(query);
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    }
    return selectIds(sql, arguments);
}

std::optional<QList<qint64>> BeneficiaryRepository::matchingIds(const BeneficiaryQuery& query)
{
    QVariantList arguments;
    const QString text = query.text.trimmed();
    if (query.filter == BeneficiaryQuery::Filter::Name && text.size() >= 3 && !query.sharedPayeeOnly &&
        query.enrolledInProgram == 0) {
        const QString sql = m_database.dialect().idsWithNameContaining(text, arguments);
        return selectIds(sql, arguments);
    }
    const QString sql = QStringLiteral("SELECT id FROM beneficiary") + whereClause(query, arguments);
    return selectIds(sql, arguments);
}

std::optional<QList<qint64>> BeneficiaryRepository::selectIds(const QString& sql, const QVariantList& arguments)
{
#ifdef PAYDESK_NATIVE_SQLITE
    if (m_database.sqliteHandle()) {
        return selectIdsSqlite(sql, arguments);
    }
#endif
    QSqlQuery select(m_database.connection());
    select.setForwardOnly(true);
    select.prepare(sql);
    if (!exec(select, arguments)) {
        return std::nullopt;
    }
    QList<qint64> ids;
    while (select.next()) {
        ids.append(select.value(0).toLongLong());
    }
    return ids;
}

#ifdef PAYDESK_NATIVE_SQLITE
// Qt's per-row overhead dominates a million-row id scan; the native API reads it several times faster.
std::optional<QList<qint64>> BeneficiaryRepository::selectIdsSqlite(const QString& sql, const QVariantList& arguments)
{
    sqlite3* handle = m_database.sqliteHandle();
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK) {
        m_lastError = QString::fromUtf8(sqlite3_errmsg(handle));
        return std::nullopt;
    }
    for (int i = 0; i < arguments.size(); ++i) {
        const QVariant& argument = arguments.at(i);
        if (argument.typeId() == QMetaType::LongLong || argument.typeId() == QMetaType::Int) {
            sqlite3_bind_int64(statement, i + 1, argument.toLongLong());
            continue;
        }
        const QByteArray value = argument.toString().toUtf8();
        sqlite3_bind_text(statement, i + 1, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    }
    QList<qint64> ids;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        ids.append(sqlite3_column_int64(statement, 0));
    }
    if (rc != SQLITE_DONE) {
        m_lastError = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(statement);
        return std::nullopt;
    }
    sqlite3_finalize(statement);
    return ids;
}
#endif

QStringList BeneficiaryRepository::registryIdsWithPayee(const PartyId& payee, int limit)
{
    QStringList ids;
    if (!payee.isValid()) {
        return ids;
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT registry_id FROM beneficiary WHERE payee_type = ? AND payee_address = ? "
                                 "ORDER BY registry_id LIMIT %1")
                      .arg(limit));
    if (exec(query, {partyIdTypeName(payee.type()), payee.value()})) {
        while (query.next()) {
            ids.append(query.value(0).toString());
        }
    }
    return ids;
}

QList<SharedPayeeAccount> BeneficiaryRepository::sharedPayeeAccountsOfImport(qint64 importId, int limit, qint64* total)
{
    QList<SharedPayeeAccount> accounts;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // The shared accounts come from the payee index alone; only they are then looked up for a
    // holder from this import.
    query.prepare(QStringLiteral(
        "SELECT shared.payee_type, shared.payee_address FROM (SELECT payee_type, payee_address FROM beneficiary "
        "WHERE payee_address <> '' GROUP BY payee_type, payee_address HAVING COUNT(*) > 1) AS shared "
        "WHERE EXISTS (SELECT 1 FROM beneficiary holder WHERE holder.payee_type = shared.payee_type "
        "AND holder.payee_address = shared.payee_address AND holder.import_id = ?) "
        "ORDER BY shared.payee_type, shared.payee_address"));
    if (!exec(query, {importId})) {
        *total = -1;
        return accounts;
    }
    *total = 0;
    while (query.next()) {
        if (accounts.size() < limit) {
            accounts.append(SharedPayeeAccount{query.value(0).toString(), query.value(1).toString(), {}});
        }
        ++*total;
    }
    QSqlQuery members(m_database.connection());
    members.prepare(QStringLiteral(
        "SELECT registry_id FROM beneficiary WHERE payee_type = ? AND payee_address = ? ORDER BY registry_id"));
    for (SharedPayeeAccount& account : accounts) {
        if (!exec(members, {account.payeeType, account.payeeAddress})) {
            break;
        }
        while (members.next()) {
            account.registryIds.append(members.value(0).toString());
        }
    }
    return accounts;
}
