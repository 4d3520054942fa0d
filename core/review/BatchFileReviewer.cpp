#include "BatchFileReviewer.h"

#include "trust/Certificate.h"

#include "BatchFileRows.h"
#include "G2pConnectRequestReviewer.h"
#include "PaymentHubColumns.h"

#include "batching/SignatureVerifier.h"
#include "batching/XSignature.h"
#include "csv/CsvReader.h"
#include "domain/PartyId.h"
#include "i18n/DisplayFormat.h"
#include "signoff/SignOffVerifier.h"
#include "trust/TrustRecord.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

#include <functional>

namespace {

// The header's columns: each one the hub knows, the required ones present; where each stands.
QHash<QString, int> readHeader(const QList<QByteArray>& record, BatchReview& review)
{
    for (const QByteArray& name : record) {
        review.columns.append(QString::fromUtf8(name).trimmed());
    }
    for (const QString& column : std::as_const(review.columns)) {
        if (!PaymentHubColumns::known().contains(column)) {
            review.addFinding(
                1, column,
                BatchFileReviewer::tr("the hub does not know the column \"%1\" and refuses the file").arg(column));
        }
    }
    QHash<QString, int> at;
    for (const QString& column : PaymentHubColumns::required()) {
        at.insert(column, int(review.columns.indexOf(column)));
        if (at.value(column) < 0) {
            review.addFinding(1, column, BatchFileReviewer::tr("the column %1 is missing").arg(column));
        }
    }
    return at;
}

// The row's amount: in an ISO 4217 currency, more than zero, whole; added to its currency's total.
void checkAmount(qint64 line, const std::function<QString(const QString&)>& field, BatchReview& review)
{
    const Currency currency = Currency::fromCode(field(QStringLiteral("currency")));
    const QString amountText = field(QStringLiteral("amount"));
    QString error;
    const auto amount = currency.isValid() ? Money::parse(amountText, currency, &error) : std::nullopt;
    if (!currency.isValid()) {
        review.addFinding(
            line, QStringLiteral("currency"),
            BatchFileReviewer::tr("\"%1\" is not an ISO 4217 currency").arg(field(QStringLiteral("currency"))));
    } else if (!amount) {
        review.addFinding(line, QStringLiteral("amount"), BatchFileReviewer::tr("\"%1\": %2").arg(amountText, error));
    } else if (amount->minorUnits() <= 0) {
        review.addFinding(line, QStringLiteral("amount"),
                          BatchFileReviewer::tr("%1 is not more than zero").arg(amountText));
    } else if (!amount->isWholeMajorUnits() || amountText.contains(u'.')) {
        review.addFinding(
            line, QStringLiteral("amount"),
            BatchFileReviewer::tr("%1 is not a whole number; the hub parses amounts as whole numbers").arg(amountText));
    } else {
        const auto sum = review.totals.value(currency.code(), Money(0, currency)).plus(*amount);
        if (sum) {
            review.totals.insert(currency.code(), *sum);
        }
    }
}

// The payer's and the payee's identifiers: of a type the hub knows, and valid for it.
void checkParties(qint64 line, const std::function<QString(const QString&)>& field, BatchReview& review)
{
    QString error;
    for (const QString& side : {QStringLiteral("payer"), QStringLiteral("payee")}) {
        const QString typeColumn = side + QStringLiteral("_identifier_type");
        const QString valueColumn = side + QStringLiteral("_identifier");
        const auto type = partyIdTypeFromName(field(typeColumn));
        if (!type) {
            review.addFinding(
                line, typeColumn,
                BatchFileReviewer::tr("\"%1\" is not an identifier type the hub knows").arg(field(typeColumn)));
        } else if (!PartyId::create(*type, field(valueColumn), &error).isValid()) {
            review.addFinding(line, valueColumn,
                              BatchFileReviewer::tr("\"%1\" is not a valid %2: %3")
                                  .arg(field(valueColumn), field(typeColumn), error));
        }
    }
}

// A row the hub would drop as a duplicate: the same payee, amount and currency as an earlier one.
void checkDuplicate(qint64 line, const std::function<QString(const QString&)>& field,
                    QHash<QString, qint64>& duplicateOf, BatchReview& review)
{
    const QString key = field(QStringLiteral("payee_identifier")) + u'\x1f' +
                        field(QStringLiteral("payee_identifier_type")).toLower() + u'\x1f' +
                        field(QStringLiteral("amount")) + u'\x1f' + field(QStringLiteral("currency"));
    if (duplicateOf.contains(key)) {
        review.addFinding(
            line, QStringLiteral("payee_identifier"),
            BatchFileReviewer::tr("same payee, amount and currency as line %1: the hub drops this row as a duplicate")
                .arg(duplicateOf.value(key)));
    } else {
        duplicateOf.insert(key, line);
    }
}

} // namespace

BatchReview BatchFileReviewer::review(const QByteArray& file, const Options& options)
{
    BatchReview review;
    review.fileBytes = file.size();
    review.sha256 = QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
    auto find = [&review](qint64 line, const QString& column, const QString& problem) {
        review.addFinding(line, column, problem);
    };
    if (BatchFileRows::isG2pConnect(file)) {
        G2pConnectRequestReviewer::review(file, review);
        if (review.readable) {
            checkManifest(options, review); // G2P Connect requests carry no X-SIGNATURE
        }
        return review;
    }
    if (file.size() > options.maxBytes) {
        find(0, QString(),
             tr("the file has %1 bytes; the hub accepts at most %2").arg(file.size()).arg(options.maxBytes));
    }
    if (file.contains("\n\n") || file.contains("\n\r\n")) {
        find(0, QString(), tr("a blank line: the hub stops reading the file there"));
    }
    CsvReader reader(file, ',');
    QList<QByteArray> record;
    if (!reader.readRecord(record)) {
        review.error = reader.hasError() ? reader.errorString() : tr("the file is empty");
        return review;
    }
    const QHash<QString, int> at = readHeader(record, review);
    QHash<QString, qint64> duplicateOf;
    QHash<QString, qint64> requestIdAt;
    auto field = [&record, &at](const QString& column) {
        const int index = at.value(column, -1);
        return index >= 0 && index < record.size() ? QString::fromUtf8(record.at(index)).trimmed() : QString();
    };
    while (reader.readRecord(record)) {
        const qint64 line = reader.recordLine();
        ++review.rows;
        if (record.size() != review.columns.size()) {
            find(line, QString(),
                 tr("%1 fields where the header has %2").arg(record.size()).arg(review.columns.size()));
            continue;
        }
        for (int i = 0; i < record.size(); ++i) {
            if (record.at(i).contains(',') || record.at(i).contains('"')) {
                find(line, review.columns.at(i),
                     tr("a comma or quote inside the field: the hub splits the line there"));
            }
        }
        const QString requestId = field(QStringLiteral("request_id"));
        if (requestId.isEmpty()) {
            find(line, QStringLiteral("request_id"), tr("no request id: the payment could never be reconciled"));
        } else if (requestIdAt.contains(requestId)) {
            find(line, QStringLiteral("request_id"),
                 tr("request id %1 is also on line %2").arg(requestId).arg(requestIdAt.value(requestId)));
        } else {
            requestIdAt.insert(requestId, line);
        }
        const QString mode = field(QStringLiteral("payment_mode")).toUpper();
        if (!review.paymentModes.contains(mode)) {
            review.paymentModes.append(mode);
        }
        checkAmount(line, field, review);
        checkParties(line, field, review);
        checkDuplicate(line, field, duplicateOf, review);
    }
    if (reader.hasError()) {
        review.error = reader.errorString();
        return review;
    }
    if (review.paymentModes.size() > 1) {
        find(0, QStringLiteral("payment_mode"),
             tr("mixed payment modes (%1): the hub uses the first row's for everything")
                 .arg(review.paymentModes.join(QStringLiteral(", "))));
    }
    review.readable = true;
    checkSignature(file, options, review);
    checkManifest(options, review);
    return review;
}

void BatchFileReviewer::checkSignature(const QByteArray& file, const Options& options, BatchReview& review)
{
    if (options.certificate.isEmpty() || options.signature.isEmpty()) {
        return;
    }
    QString detail;
    const auto verifier = SignatureVerifier::fromCertificate(options.certificate, &detail);
    const QByteArray digest = XSignature::sha3HexDigest(
        XSignature::dataToSign(options.correlationId, options.tenant, XSignature::hubPayload(file)));
    review.signatureValid = verifier && verifier->verify(digest, options.signature, &detail);
    review.signatureDetail = *review.signatureValid ? tr("the signature matches the certificate") : detail;
}

QString BatchFileReviewer::signersRoleProblem(const SignOffCheck& signOff, const QJsonObject& trustRecord,
                                              const Certificate& anchor)
{
    if (trustRecord.isEmpty()) {
        return tr(
            "the bundle carries no grants (its .trust.json): whether its signers held their roles cannot be checked");
    }
    for (const SignOffCheck::Signer& signer : signOff.signers) {
        QStringList problems;
        const QDateTime signedAt = QDateTime::fromString(signer.signedAt, Qt::ISODateWithMs);
        const OfficerStandings standings = TrustRecord::standingsAt(trustRecord, anchor, signedAt, &problems);
        if (!problems.isEmpty()) {
            return tr("a grant the bundle carries does not stand: %1").arg(problems.constFirst());
        }
        const OfficerStanding standing = standings.standings().value(signer.officer);
        const OfficerRole needed = signer.role == u"maker" ? OfficerRole::Maker : OfficerRole::Checker;
        if (!standing.active || standing.role != needed) {
            return tr("%1 was not an active %2 when they signed off (%3)")
                .arg(signer.officer, officerRoleDisplayName(needed), signer.signedAt);
        }
        if (!standing.certifiedCertificates.contains(signer.fingerprint) ||
            standing.revokedCertificates.contains(signer.fingerprint)) {
            return tr("the certificate %1 signed off with was not certified for them then, or was revoked")
                .arg(signer.officer);
        }
    }
    return {};
}

void BatchFileReviewer::checkManifest(const Options& options, BatchReview& review)
{
    if (options.manifest.isEmpty()) {
        return;
    }
    if (!options.signOff.isEmpty()) {
        // Who released these bytes: the sign-off covers the manifest, which names the file's SHA-256.
        QString anchorError;
        const auto anchor =
            options.trustAnchor.isEmpty() ? std::nullopt : Certificate::fromPem(options.trustAnchor, &anchorError);
        if (!anchor) {
            review.signOffValid = false;
            review.signOffComplete = false;
            review.signOffDetail =
                options.trustAnchor.isEmpty()
                    ? tr("who signed cannot be checked without the administrator's certificate to trust (--trust)")
                    : tr("the certificate to trust: %1").arg(anchorError);
        } else {
            const SignOffCheck signOff = SignOffVerifier::check(options.manifestBytes, options.signOff, *anchor);
            const QString roleProblem =
                signOff.valid ? signersRoleProblem(signOff, options.trustRecord, *anchor) : QString();
            review.signOffValid = signOff.valid && roleProblem.isEmpty();
            review.signOffComplete = signOff.complete && roleProblem.isEmpty();
            review.signOffDetail = roleProblem.isEmpty() ? signOff.detail : roleProblem;
        }
    }
    QStringList differences;
    if (options.manifest.value(QStringLiteral("sha256")).toString() != review.sha256) {
        differences.append(tr("the file's SHA-256 is not the manifest's: the file was changed"));
    }
    if (options.manifest.value(QStringLiteral("rows")).toInteger() != review.rows) {
        differences.append(tr("the manifest says %1 rows, the file has %2")
                               .arg(options.manifest.value(QStringLiteral("rows")).toInteger())
                               .arg(review.rows));
    }
    const QJsonObject totals = options.manifest.value(QStringLiteral("totals")).toObject();
    for (auto it = totals.constBegin(); it != totals.constEnd(); ++it) {
        const Money actual = review.totals.value(it.key());
        if (actual.toDecimalString() != it.value().toString()) {
            differences.append(tr("the manifest says %1 %2, the file adds up to %3 %2")
                                   .arg(it.value().toString(), it.key(), DisplayFormat::amount(actual)));
        }
    }
    review.manifestMatches = differences.isEmpty();
    review.manifestDetail = differences.isEmpty() ? tr("the file is the one the manifest describes")
                                                  : differences.join(QStringLiteral("; "));
}

BatchReview BatchFileReviewer::reviewPath(const QString& path, Options options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        BatchReview review;
        review.error = tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return review;
    }
    if (file.size() > 64 * options.maxBytes) {
        BatchReview review;
        review.error = tr("%1 has %2 bytes: not a batch file").arg(QDir::toNativeSeparators(path)).arg(file.size());
        return review;
    }
    const QFileInfo info(path);
    const QString base = info.dir().filePath(info.completeBaseName());
    QFile manifest(base + QStringLiteral(".manifest.json"));
    if (options.manifest.isEmpty() && manifest.open(QIODevice::ReadOnly)) {
        options.manifestBytes = manifest.read(1 << 20);
        options.manifest = QJsonDocument::fromJson(options.manifestBytes).object();
        QFile signOff(base + QStringLiteral(".signoff.json"));
        if (signOff.open(QIODevice::ReadOnly)) {
            options.signOff = QJsonDocument::fromJson(signOff.read(1 << 20)).object();
        }
        QFile trustRecord(base + QStringLiteral(".trust.json"));
        if (trustRecord.open(QIODevice::ReadOnly)) {
            options.trustRecord = QJsonDocument::fromJson(trustRecord.read(16 << 20)).object();
        }
        options.correlationId = options.correlationId.isEmpty()
                                    ? options.manifest.value(QStringLiteral("correlation_id")).toString()
                                    : options.correlationId;
        options.tenant =
            options.tenant.isEmpty() ? options.manifest.value(QStringLiteral("tenant")).toString() : options.tenant;
    }
    QFile signature(base + QStringLiteral(".signature"));
    if (options.signature.isEmpty() && signature.open(QIODevice::ReadOnly)) {
        options.signature = signature.read(4096).trimmed();
    }
    return review(file.readAll(), options);
}
