#include "BulkProcessorApi.h"

#include "HubSimulator.h"
#include "MultipartPayload.h"

#include "batching/SignatureVerifier.h"
#include "batching/SigningKey.h"
#include "batching/XSignature.h"
#include "csv/CsvReader.h"
#include "review/PaymentHubColumns.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

namespace {

// The controller's isValidRequest: one body for every failure, typo included.
HubResponse fileNotUploaded()
{
    return HubResponse::json(
        {{QStringLiteral("errorInformation"), QStringLiteral("File not uploaded")},
         {QStringLiteral("errorDescription"),
          QStringLiteral("There was no fie uploaded with the request. Please upload a file and try again.")},
         {QStringLiteral("errorCode"), 400}},
        400);
}

// The file-validation route's bodies, with their odd key names.
HubResponse fileProblem(const QString& information, const QString& description)
{
    return HubResponse::json(
        {{QStringLiteral("Error Information: "), information}, {QStringLiteral("Error Description : "), description}},
        400);
}

HubResponse processorError(int status, const QString& description)
{
    return HubResponse::json(
        {{QStringLiteral("responseCode"), QStringLiteral("01")}, {QStringLiteral("responseDescription"), description}},
        status);
}

// A raw (JSON) batch as the hub converts it to CSV rows (RestRequestConvertor).
std::optional<QByteArray> csvFromJson(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return std::nullopt;
    }
    const QJsonArray requests = document.isArray() ? document.array() : QJsonArray{document.object()};
    QByteArray csv = "id,request_id,payment_mode,payer_identifier_type,payer_identifier,payee_identifier_type,"
                     "payee_identifier,amount,currency,note";
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QJsonObject request = requests.at(i).toObject();
        const QJsonObject payer = request.value(QStringLiteral("debitParty")).toArray().at(0).toObject();
        const QJsonObject payee = request.value(QStringLiteral("creditParty")).toArray().at(0).toObject();
        const QJsonValue amount = request.value(QStringLiteral("amount"));
        const QString requestId =
            request.value(QStringLiteral("requestId")).toString(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QStringList fields = {QString::number(i),
                                    requestId,
                                    request.value(QStringLiteral("paymentMode")).toString(),
                                    payer.value(QStringLiteral("key")).toString(),
                                    payer.value(QStringLiteral("value")).toString(),
                                    payee.value(QStringLiteral("key")).toString(),
                                    payee.value(QStringLiteral("value")).toString(),
                                    amount.isString() ? amount.toString() : QString::number(amount.toDouble()),
                                    request.value(QStringLiteral("currency")).toString(),
                                    request.value(QStringLiteral("descriptionText")).toString()};
        csv += '\n' + fields.join(u',').toUtf8();
    }
    return csv;
}

} // namespace

BulkProcessorApi::BulkProcessorApi(HubSimulator& simulator) : m_simulator(simulator) {}

std::optional<HubResponse> BulkProcessorApi::checkSignature(const HubRequest& request, const QByteArray& payload) const
{
    const QString tenantName = QString::fromUtf8(request.header("Platform-TenantId"));
    std::optional<HubTenant> tenant = m_simulator.tenant(tenantName);
    if (!tenant) {
        tenant = m_simulator.tenant(QStringLiteral("default")); // jws.tenantKeys fallback
    }
    if (tenant && tenant->certificate.isEmpty()) {
        return std::nullopt; // this tenant's uploads are not checked
    }
    const QByteArray certificate = tenant ? tenant->certificate : QByteArray();
    const auto keyProblem = [&certificate] {
        QByteArray base64 = certificate;
        base64.replace("-----BEGIN CERTIFICATE-----", "")
            .replace("-----END CERTIFICATE-----", "")
            .replace("\n", "")
            .replace("\r", "");
        return HubResponse::json(
            {{QStringLiteral("errorCategory"), QStringLiteral("Validation")},
             {QStringLiteral("errorCode"), QStringLiteral("InvalidPublicKeyConfigured")},
             {QStringLiteral("errorDescription"), QStringLiteral("The public key configured is invalid")},
             {QStringLiteral("developerMessage"), QString(QStringLiteral("Certificate") + QString::fromLatin1(base64))},
             {QStringLiteral("defaultUserMessage"), QString()}},
            400);
    };
    const QByteArray signature = request.header("X-SIGNATURE");
    QString reason;
    const auto verifier = SignatureVerifier::fromCertificate(certificate, &reason);
    if (!verifier || signature.isEmpty()) {
        return keyProblem();
    }
    // The signed text: each of X-BatchID, X-CorrelationID, Platform-TenantId that is present, then the payload.
    QByteArray data;
    for (const char* name : {"X-BatchID", "X-CorrelationID", "Platform-TenantId"}) {
        if (request.hasHeader(name)) {
            data += request.header(name) + ':';
        }
    }
    if (payload.isEmpty()) {
        data.chop(1);
    } else {
        data += payload;
    }
    const auto signedText = verifier->recover(signature, &reason);
    if (!signedText) {
        return keyProblem(); // any exception while verifying
    }
    if (*signedText == XSignature::sha3HexDigest(data)) {
        return std::nullopt;
    }
    return HubResponse::json(
        {{QStringLiteral("errorCategory"), QStringLiteral("Validation")},
         {QStringLiteral("errorCode"), QStringLiteral("InvalidJsonWebSignature")},
         {QStringLiteral("errorDescription"), QStringLiteral("The JWS passed is not valid")},
         {QStringLiteral("developerMessage"), QStringLiteral("Pass the valid header value for X-SIGNATURE")},
         {QStringLiteral("defaultUserMessage"), QString()},
         {QStringLiteral("errorParameters"),
          QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("X-SIGNATURE")},
                                 {QStringLiteral("value"), QString::fromLatin1(signature)}}}}},
        400);
}

HubResponse BulkProcessorApi::handle(const HubRequest& request)
{
    if (m_simulator.takeServerError()) {
        HubResponse unavailable;
        unavailable.status = 503;
        unavailable.body = "Service Unavailable";
        unavailable.contentType = "text/plain";
        return unavailable;
    }
    const QByteArray contentType = request.header("Content-Type");
    const bool multipart = contentType.contains("multipart/form-data");
    const QByteArray payload =
        multipart ? MultipartPayload::parse(request.body, MultipartPayload::boundary(contentType)) : request.body;

    // 1. The JWS interceptor.
    if (const auto refusal = checkSignature(request, payload)) {
        return *refusal;
    }
    // 2. Spring's header binding.
    for (const char* name : {"X-CorrelationID", "Platform-TenantId", "Purpose", "Type"}) {
        if (!request.hasHeader(name)) {
            return processorError(500, QStringLiteral("Missing request header '%1' for method parameter of type String")
                                           .arg(QString::fromLatin1(name)));
        }
    }
    if (contentType.isEmpty()) {
        return processorError(500, QStringLiteral("java.lang.NullPointerException"));
    }
    // 3. isValidRequest.
    const QByteArray type = request.header("Type").toLower();
    const QByteArray fileName = request.header("filename");
    if ((type != "csv" && type != "raw") || (multipart && type != "csv") || (!multipart && type != "raw") ||
        (multipart && fileName.isEmpty())) {
        return fileNotUploaded();
    }
    QByteArray csv = payload;
    if (!multipart) {
        const auto converted = csvFromJson(request.body);
        if (!converted) {
            return processorError(500, QStringLiteral("Invalid JSON in the raw batch"));
        }
        csv = *converted;
    }
    // 4.-5. The file: its name, its size, its columns.
    if (const auto refusal = checkFile(multipart, fileName, csv)) {
        return *refusal;
    }
    // 6. The workflow: a tenant without one is 412.
    const QString tenant = QString::fromUtf8(request.header("Platform-TenantId"));
    const auto configured = m_simulator.tenant(tenant);
    if (m_simulator.takePreconditionFailure() || (configured && !configured->hasFlow)) {
        return processorError(412, QStringLiteral("Process definition not found"));
    }
    HubSimulator::Submission submission;
    submission.tenant = tenant;
    submission.correlationId = QString::fromUtf8(request.header("X-CorrelationID"));
    submission.purpose = QString::fromUtf8(request.header("Purpose"));
    submission.fileName = multipart ? QString::fromUtf8(fileName) : QStringLiteral("raw.csv");
    submission.registeringInstitutionId = QString::fromUtf8(request.header("X-Registering-Institution-ID"));
    submission.csv = csv;
    const QString batchId = m_simulator.accept(submission);
    if (const int gatewayStatus = m_simulator.takeGatewayError(); gatewayStatus > 0) {
        return gatewayError(gatewayStatus);
    }
    HubResponse response = accepted(tenant, batchId);
    response.dropConnection = m_simulator.takeDropAfterAccept();
    return response;
}

std::optional<HubResponse> BulkProcessorApi::checkFile(bool multipart, const QByteArray& fileName,
                                                       const QByteArray& csv) const
{
    if (multipart && !fileName.toLower().endsWith(".csv")) {
        return fileProblem(QStringLiteral("Broken file"),
                           QStringLiteral("The file uploaded is broken as it has a different extension. Please upload "
                                          "a csv file and try again."));
    }
    if (csv.size() > m_simulator.options().maxFileBytes) {
        return fileProblem(QStringLiteral("File too big"),
                           QStringLiteral("The file uploaded is too big. Please upload a smaller file and try again."));
    }
    CsvReader reader(csv, ',');
    QList<QByteArray> header;
    reader.readRecord(header);
    for (const QByteArray& column : std::as_const(header)) {
        if (!PaymentHubColumns::known().contains(QString::fromUtf8(column).trimmed())) {
            return fileProblem(
                QStringLiteral("Invalid file structure"),
                QStringLiteral(
                    "The file uploaded contains wrong structure. Please upload correct file columns and try again."));
        }
    }
    return std::nullopt;
}

HubResponse BulkProcessorApi::gatewayError(int status)
{
    HubResponse gateway;
    gateway.status = status;
    gateway.contentType = "text/html";
    gateway.body = "<html><head><title>" + QByteArray::number(status) + " Error</title></head><body><center><h1>" +
                   QByteArray::number(status) + " Error</h1></center><hr><center>gateway</center></body></html>";
    return gateway;
}

HubResponse BulkProcessorApi::accepted(const QString& tenant, const QString& batchId) const
{
    HubResponse response =
        HubResponse::json({{QStringLiteral("PollingPath"), QString(QStringLiteral("/batch/Summary/") + batchId)},
                           {QStringLiteral("SuggestedCallbackSeconds"), QStringLiteral("120")}},
                          202);
    response.headers.append({"Platform-TenantId", tenant.toUtf8()});
    const auto configured = m_simulator.tenant(tenant);
    if (configured && !configured->privateKey.isEmpty()) {
        QString error;
        if (const auto key = SigningKey::fromPem(configured->privateKey, {}, &error)) {
            response.headers.append({"X-SIGNATURE", key->sign(XSignature::sha3HexDigest(response.body), &error)});
        }
    }
    return response;
}
