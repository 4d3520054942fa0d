#include "RegistryFilePreview.h"

#include "PayeeColumnDetector.h"

#include "csv/CsvReader.h"
#include "csv/Utf8Validity.h"

#include <QDir>
#include <QFile>

RegistryFilePreview RegistryFilePreview::read(const QString& filePath, const RegistryColumnMapping& mapping,
                                              char delimiter)
{
    RegistryFilePreview preview;
    preview.m_mapping = mapping;
    const QString fileName = QDir::toNativeSeparators(filePath);
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.m_fileError = tr("Cannot open %1: %2").arg(fileName, file.errorString());
        return preview;
    }
    CsvReader reader(&file, delimiter);
    reader.setKeepReadingPastDamage(true);
    if (!readHeaders(reader, fileName, &preview.m_headers, &preview.m_fileError)) {
        return preview;
    }
    if (!preview.m_mapping.resolve(preview.m_headers, &preview.m_mappingError)) {
        preview.m_mappingError = tr("%1, header row: %2").arg(fileName, preview.m_mappingError);
        return preview;
    }
    PayeeColumnDetector detector(preview.m_mapping, preview.m_headers);
    QList<QByteArray> record;
    for (int row = 0; row < PayeeColumnDetector::kSampleRows && reader.readRecord(record); ++row) {
        detector.observe(record);
    }
    preview.m_warnings = detector.warnings();
    return preview;
}

bool RegistryFilePreview::readHeaders(CsvReader& reader, const QString& fileName, QStringList* headers, QString* error)
{
    QList<QByteArray> record;
    if (!reader.readRecord(record)) {
        *error = reader.hasError() ? tr("%1: %2").arg(fileName, reader.errorString())
                                   : tr("%1 is empty: a registry file starts with a header row").arg(fileName);
        return false;
    }
    if (!reader.recordDamage().reason.isEmpty()) {
        *error = tr("%1, header row, column %2: %3")
                     .arg(fileName)
                     .arg(reader.recordDamage().column)
                     .arg(reader.recordDamage().reason);
        return false;
    }
    headers->clear();
    for (int column = 0; column < record.size(); ++column) {
        const QByteArray& field = record.at(column);
        const qsizetype invalid = invalidUtf8Offset(field);
        if (invalid >= 0) {
            *error = tr("%1, header row, column %2: invalid encoding (byte %3 is not UTF-8); save the file as UTF-8")
                         .arg(fileName)
                         .arg(column + 1)
                         .arg(invalid + 1);
            return false;
        }
        headers->append(QString::fromUtf8(field).trimmed());
    }
    return true;
}
