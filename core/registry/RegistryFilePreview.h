#pragma once

#include "RegistryColumnMapping.h"

#include <QCoreApplication>
#include <QStringList>

class CsvReader;

// What a registry file's first rows tell before anything is imported: its headers, the field each
// column would feed and how that was found (a guess to confirm when another system's spelling),
// and the columns left out although they look like payee accounts.
class RegistryFilePreview
{
    Q_DECLARE_TR_FUNCTIONS(RegistryFilePreview)

public:
    // Reads the header row and up to PayeeColumnDetector::kSampleRows rows of filePath.
    static RegistryFilePreview read(const QString& filePath, const RegistryColumnMapping& mapping, char delimiter = 0);
    // Reads the header row for an import or a preview: it must be whole, UTF-8 and not empty.
    static bool readHeaders(CsvReader& reader, const QString& fileName, QStringList* headers, QString* error);

    bool readable() const { return m_fileError.isEmpty(); }
    const QString& fileError() const { return m_fileError; }       // the file cannot be read
    const QString& mappingError() const { return m_mappingError; } // the columns cannot be imported as mapped
    const QStringList& headers() const { return m_headers; }
    const RegistryColumnMapping& mapping() const { return m_mapping; }
    const QStringList& warnings() const { return m_warnings; }

private:
    QString m_fileError;
    QString m_mappingError;
    QStringList m_headers;
    RegistryColumnMapping m_mapping;
    QStringList m_warnings;
};
