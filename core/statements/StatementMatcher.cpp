#include "StatementMatcher.h"

#include "audit/AuditLog.h"
#include "i18n/DisplayFormat.h"
#include "officers/Officer.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

constexpr int kIdsPerQuery = 500;

struct KnownPayment
{
    qint64 id = 0;
    QString requestId;
    QString state;
    Money amount;
    qint64 batchId = 0;
};

struct KnownBatch
{
    qint64 id = 0;
    QString correlationId;
    Money paidTotal;
    QList<qint64> paidPayments;
};

// The UUIDs an entry names, lower case with dashes, as PayDesk writes its ids.
QStringList idsIn(const BankStatement::Entry& entry)
{
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}"));
    QStringList ids;
    for (const QString& text : {entry.reference, entry.bankReference, entry.details}) {
        for (auto it = uuid.globalMatch(text); it.hasNext();) {
            QString id = it.next().captured(0).toLower().remove(u'-');
            id.insert(20, u'-').insert(16, u'-').insert(12, u'-').insert(8, u'-');
            if (!ids.contains(id)) {
                ids.append(id);
            }
        }
    }
    return ids;
}

void addSample(QList<StatementMatch::Finding>& list, StatementMatch::Finding finding)
{
    if (list.size() < StatementMatch::kSampleSize) {
        list.append(std::move(finding));
    }
}

} // namespace

StatementMatcher::StatementMatcher(Database& database) : m_database(database) {}

struct StatementMatcher::Known
{
    QHash<QString, KnownPayment> payments;
    QHash<QString, KnownBatch> batches;
    QHash<qint64, QString> batchCorrelation;
    QSet<qint64> debited;            // payments covered by a debit
    QHash<qint64, qint64> debitLine; // payment -> the line of its first debit
};

StatementMatch StatementMatcher::match(qint64 cycleId, const QList<BankStatement>& statements,
                                       const QString& fileSha256, const Officer& officer)
{
    StatementMatch result;
    QStringList ids;
    QList<QStringList> namedByEntry; // each entry's ids, in statement and entry order
    QDate lastDay;
    for (const BankStatement& statement : statements) {
        for (const BankStatement::Entry& entry : statement.entries) {
            namedByEntry.append(idsIn(entry));
            ids.append(namedByEntry.last());
            lastDay = qMax(lastDay, entry.bookingDate);
        }
    }
    ids.removeDuplicates();
    Known known;
    if (!readNamed(cycleId, ids, known, &result.error) || !readPaidOfBatches(known, &result.error)) {
        return result;
    }
    qsizetype entryIndex = 0;
    for (const BankStatement& statement : statements) {
        for (const BankStatement::Entry& entry : statement.entries) {
            matchEntry(entry, namedByEntry.at(entryIndex++), known, result);
        }
    }
    result.debitedPayments = known.debited.size();
    if (!listPaidNotDebited(cycleId, lastDay, known, result)) {
        return result;
    }
    AuditEntry entry = AuditEntry::now(officer.id, QStringLiteral("cycle.statement_matched"), QStringLiteral("cycle"),
                                       QString::number(cycleId));
    entry.after = AuditEntry::state(QJsonObject{{QStringLiteral("file_sha256"), fileSha256},
                                                {QStringLiteral("debits"), result.debits},
                                                {QStringLiteral("debited_payments"), result.debitedPayments},
                                                {QStringLiteral("paid_not_debited"), result.paidNotDebitedCount},
                                                {QStringLiteral("debited_not_paid"), int(result.debitedNotPaid.size())},
                                                {QStringLiteral("debited_twice"), int(result.debitedTwice.size())},
                                                {QStringLiteral("amount_differs"), int(result.amountDiffers.size())},
                                                {QStringLiteral("reversed"), int(result.reversed.size())},
                                                {QStringLiteral("unmatched"), int(result.unmatched.size())}});
    if (!AuditLog(m_database).append(entry, &result.error)) {
        return result;
    }
    result.succeeded = true;
    return result;
}

// What the statement names, read by id, a few hundred at a time.
bool StatementMatcher::readNamed(qint64 cycleId, const QStringList& ids, Known& known, QString* error)
{
    for (qsizetype from = 0; from < ids.size(); from += kIdsPerQuery) {
        const QStringList chunk = ids.mid(from, kIdsPerQuery);
        const QString marks = QStringList(chunk.size(), QStringLiteral("?")).join(u',');
        QSqlQuery paymentQuery(m_database.connection());
        paymentQuery.prepare(
            QStringLiteral("SELECT id, request_id, state, amount_minor_units, currency, batch_id FROM payment "
                           "WHERE cycle_id = ? AND request_id IN (%1)")
                .arg(marks));
        QSqlQuery batchQuery(m_database.connection());
        batchQuery.prepare(
            QStringLiteral(
                "SELECT id, correlation_id, currency FROM payment_batch WHERE cycle_id = ? AND correlation_id IN (%1)")
                .arg(marks));
        paymentQuery.addBindValue(cycleId);
        batchQuery.addBindValue(cycleId);
        for (const QString& id : chunk) {
            paymentQuery.addBindValue(id);
            batchQuery.addBindValue(id);
        }
        if (!paymentQuery.exec() || !batchQuery.exec()) {
            *error = tr("cannot read the cycle's payments: %1")
                         .arg(paymentQuery.lastError().isValid() ? paymentQuery.lastError().text()
                                                                 : batchQuery.lastError().text());
            return false;
        }
        while (paymentQuery.next()) {
            known.payments.insert(
                paymentQuery.value(1).toString(),
                {paymentQuery.value(0).toLongLong(), paymentQuery.value(1).toString(), paymentQuery.value(2).toString(),
                 Money(paymentQuery.value(3).toLongLong(), Currency::fromCode(paymentQuery.value(4).toString())),
                 paymentQuery.value(5).toLongLong()});
        }
        while (batchQuery.next()) {
            KnownBatch batch;
            batch.id = batchQuery.value(0).toLongLong();
            batch.correlationId = batchQuery.value(1).toString();
            batch.paidTotal = Money(0, Currency::fromCode(batchQuery.value(2).toString()));
            known.batches.insert(batch.correlationId, batch);
            known.batchCorrelation.insert(batch.id, batch.correlationId);
        }
    }
    return true;
}

// The paid payments and total of each batch the statement names (a bank may debit a batch as one sum).
bool StatementMatcher::readPaidOfBatches(Known& known, QString* error)
{
    for (KnownBatch& batch : known.batches) {
        QSqlQuery paid(m_database.connection());
        paid.prepare(
            QStringLiteral("SELECT id, amount_minor_units FROM payment WHERE batch_id = ? AND state = 'paid'"));
        paid.addBindValue(batch.id);
        if (!paid.exec()) {
            *error = tr("cannot read batch %1's payments: %2").arg(batch.id).arg(paid.lastError().text());
            return false;
        }
        qint64 total = 0;
        while (paid.next()) {
            batch.paidPayments.append(paid.value(0).toLongLong());
            total += paid.value(1).toLongLong();
        }
        batch.paidTotal = Money(total, batch.paidTotal.currency());
    }
    return true;
}

// One entry against what it names: a payment first, then a batch, else nothing of the cycle.
void StatementMatcher::matchEntry(const BankStatement::Entry& entry, const QStringList& named, Known& known,
                                  StatementMatch& result)
{
    const auto payment =
        std::find_if(named.cbegin(), named.cend(), [&known](const QString& id) { return known.payments.contains(id); });
    const auto batch =
        std::find_if(named.cbegin(), named.cend(), [&known](const QString& id) { return known.batches.contains(id); });
    if (!entry.debit) {
        if (entry.reversal && payment != named.cend()) {
            addSample(result.reversed, {entry.line,
                                        *payment,
                                        {},
                                        entry.amount,
                                        tr("the bank brought %1 %2 back for this payment")
                                            .arg(DisplayFormat::amount(entry.amount), entry.amount.currency().code())});
        }
        return;
    }
    ++result.debits;
    if (payment != named.cend()) {
        const KnownPayment& paid = known.payments.value(*payment);
        if (known.debited.contains(paid.id)) {
            addSample(result.debitedTwice,
                      {entry.line, paid.requestId, known.batchCorrelation.value(paid.batchId), entry.amount,
                       tr("already debited at line %1").arg(known.debitLine.value(paid.id))});
            return;
        }
        if (!(entry.amount == paid.amount)) {
            addSample(result.amountDiffers,
                      {entry.line,
                       paid.requestId,
                       {},
                       entry.amount,
                       tr("the bank debited %1 %2, the payment is %3 %4")
                           .arg(DisplayFormat::amount(entry.amount), entry.amount.currency().code(),
                                DisplayFormat::amount(paid.amount), paid.amount.currency().code())});
        }
        if (paid.state != u"paid") {
            addSample(result.debitedNotPaid, {entry.line,
                                              paid.requestId,
                                              {},
                                              entry.amount,
                                              tr("the bank debited it, the hub says it is %1").arg(paid.state)});
        }
        known.debited.insert(paid.id);
        known.debitLine.insert(paid.id, entry.line);
        return;
    }
    if (batch != named.cend()) {
        matchBatchDebit(entry, *batch, known, result);
        return;
    }
    addSample(result.unmatched,
              {entry.line,
               {},
               {},
               entry.amount,
               tr("reference and details: %1")
                   .arg(QStringList{entry.reference, entry.details}.join(u' ').simplified().left(80))});
}

// A debit of a whole batch: the sum of its paid payments, none of them debited before.
void StatementMatcher::matchBatchDebit(const BankStatement::Entry& entry, const QString& correlationId, Known& known,
                                       StatementMatch& result)
{
    const KnownBatch& batch = known.batches.value(correlationId);
    if (!(entry.amount == batch.paidTotal)) {
        addSample(result.amountDiffers,
                  {entry.line,
                   {},
                   batch.correlationId,
                   entry.amount,
                   tr("the bank debited %1 %2 for the batch, the hub paid %3 %4 of it")
                       .arg(DisplayFormat::amount(entry.amount), entry.amount.currency().code(),
                            DisplayFormat::amount(batch.paidTotal), batch.paidTotal.currency().code())});
    }
    for (const qint64 id : batch.paidPayments) {
        if (known.debited.contains(id)) {
            addSample(result.debitedTwice,
                      {entry.line,
                       {},
                       batch.correlationId,
                       entry.amount,
                       tr("a payment of this batch was already debited at line %1").arg(known.debitLine.value(id))});
            break;
        }
    }
    for (const qint64 id : batch.paidPayments) {
        known.debited.insert(id);
        known.debitLine.insert(id, entry.line);
    }
}

// What the hub paid that no debit covers, up to the statement's last day.
bool StatementMatcher::listPaidNotDebited(qint64 cycleId, const QDate& lastDay, const Known& known,
                                          StatementMatch& result)
{
    QSqlQuery paid(m_database.connection());
    paid.setForwardOnly(true);
    paid.prepare(QStringLiteral("SELECT id, request_id, amount_minor_units, currency, settled_at FROM payment WHERE "
                                "cycle_id = ? AND state = 'paid' "
                                "ORDER BY id"));
    paid.addBindValue(cycleId);
    if (!paid.exec()) {
        result.error = tr("cannot read the cycle's paid payments: %1").arg(paid.lastError().text());
        return false;
    }
    const QString dueBy = lastDay.isValid() ? lastDay.addDays(1).toString(Qt::ISODate) : QString();
    while (paid.next()) {
        if (known.debited.contains(paid.value(0).toLongLong())) {
            continue;
        }
        if (!dueBy.isEmpty() && paid.value(4).toString() >= dueBy) {
            ++result.notYetDue;
            continue;
        }
        ++result.paidNotDebitedCount;
        addSample(result.paidNotDebited,
                  {0,
                   paid.value(1).toString(),
                   {},
                   Money(paid.value(2).toLongLong(), Currency::fromCode(paid.value(3).toString())),
                   tr("the hub says paid; no debit on the statement")});
    }
    return true;
}
